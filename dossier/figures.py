"""Figures: the numbers a sentence gives, each as a ``Figure`` with the range its wording allows and what it counts.

"over 600,000" → 600,000 to unbounded; "several thousand" → value None, 2,000 to 9,999. Units are the counted noun,
lower-cased and singular; words for military personnel (troops, soldiers, personnel, fighters…) all become ``troops``
so that "10,000 soldiers" and "3,000 troops" count the same thing. Money becomes ``USD``/``GBP``/``EUR`` ("pounds"
without "£" only with money words, else ``lb`` with weight words or ``pounds``, compared with neither); "%" and
"percent" become ``percent``. Each figure also carries what it counts (``counted``: the killed, the injured, "house
destroyed", troops, dollars), the date it is given for (``when``) and whether it is a running count (``growing``: a
toll). Ages, spans of time and numbers that are part of a name ("the 76ers") are no counts. Comparing figures is the
claims stage's work (``claims.figure_disagreement``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entity_data import gazetteer
from .lang.en import speech
from .lang.en import stance as cues
from .lang.en.words import IRREGULAR_FORMS, STOPWORDS
from .patterns import Folded
from .structure import Article, Figure

# --- figures --------------------------------------------------------------------------

_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
}
_SCALES = {"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "m": 1e6, "bn": 1e9, "k": 1e3}
# Vague amounts: the range the phrase allows.
_VAGUE = {
    "tens of thousands": (2e4, 99_999), "hundreds of thousands": (2e5, 999_999),
    "several thousand": (2e3, 9_999), "a few thousand": (2e3, 5_000), "thousands": (2e3, 9_999),
    "several hundred": (200, 999), "a few hundred": (200, 500), "hundreds": (200, 999),
    "dozens": (24, 99), "several dozen": (24, 99), "millions": (2e6, 9_999_999),
    "tens of millions": (2e7, 99_999_999), "billions": (2e9, 9_999_999_999),
}
# Wording before a number → (normalised qualifier, how it shapes the range).
QUALIFIERS = {
    "over": "more than", "more than": "more than", "upwards of": "more than", "in excess of": "more than",
    "at least": "at least", "no fewer than": "at least", "as many as": "at most", "up to": "at most",
    "no more than": "at most", "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "below": "fewer than", "above": "more than", "sub": "fewer than",
    "nearly": "about", "almost": "about", "around": "about", "about": "about", "roughly": "about",
    "approximately": "about", "some": "about", "an estimated": "about", "estimated": "about",
}
UNIT_SYNONYMS = {
    "troop": "troops", "soldier": "troops", "personnel": "troops", "fighter": "troops",
    "serviceman": "troops", "servicemen": "troops", "service member": "troops", "forces": "troops",
    "men": "people", "women": "people", "mercenary": "troops", "military personnel": "troops",
    "%": "percent", "per cent": "percent", "percentage point": "percentage points",
    "dollar": "USD", "$": "USD", "£": "GBP", "pound": "GBP", "€": "EUR", "euro": "EUR",
    "people": "people", "person": "people",
    # One length however abbreviated or spelt: "1,180 km" and "2,000 kilometres" are rival distances.
    **cues.LENGTH_UNITS,
    "kmh": "km/h", "kph": "km/h", "lb": "lb", "lbs": "lb", "kg": "kilogram", "kgs": "kilogram",
    "kilogramme": "kilogram",
}
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}
# Nouns for people in general: "dozens of villagers were injured" and "injuring at least five
# people" count the same injured; "Roe and 19 others" and "Roe along with 19 other defendants", the same accused.
PERSON_UNITS = {"other", "villager", "resident", "civilian", "passenger", "child", "children", "student",
                 "pedestrian", "victim", "bystander", "person", "adult", "local", "tourist", "defendant", "suspect",
                 "detainee"}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Written with hyphens too: "the more-than 11 million documents".
_QUALIFIER_RE = "|".join(re.escape(q).replace(r"\ ", r"[\s-]") for q in sorted(QUALIFIERS, key=len, reverse=True))
_VAGUE_RE = "|".join(sorted(map(re.escape, _VAGUE), key=len, reverse=True))
_WORD_NUMBER_RE = "|".join(sorted(map(re.escape, _SMALL_NUMBERS), key=len, reverse=True))
# The units of a compound number word: "twenty-one".
_UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_UNIT_WORD_RE = "|".join(_UNIT_WORDS)
_HYPHENED_SCALE = r"(?:million|billion|trillion)\b"
_FIGURE = Folded(
    rf"(?:\b(?P<qual>{_QUALIFIER_RE})(?:\s+|-(?=\d)))?"  # "sub-6000" too
    rf"(?:(?P<vague>\b(?:{_VAGUE_RE})\b)"
    # "$5-million" too: a compound adjective's hyphen before a scale written out.
    rf"|(?P<cur>[$£€])?\s?(?P<num>{_NUMBER})(?:(?:\s?|-(?={_HYPHENED_SCALE}))"
    r"(?P<scale>hundred|thousand|million|billion|trillion|bn|m|k)\b)?"
    rf"(?P<pct>\s?(?:%|per ?cent\b|percentage points?\b))?"
    # "two dozen", "nearly two-dozen executive actions": 24.
    rf"|\b(?P<word>{_WORD_NUMBER_RE})(?:-(?P<wunit>{_UNIT_WORD_RE}))?"
    r"(?:\s(?P<wscale>hundred|thousand|million|billion)|[\s-](?P<dozen>dozen))?\b)",
    )
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# A date written as a name of the thing counted, between a count and its noun: "the 19 Sept. 11 hijackers", "Jan. 6
# defendants". Capitalised, as a month is: "may" is a verb.
_DAY_FIRST = re.compile(r"\d{1,2}")  # a date written day first: "19 Sept."
_DATE_AS_NAME = re.compile(rf"\s+(?:{'|'.join(month.capitalize() for month in MONTHS.split('|'))})\.?\s+\d{{1,2}}"
                           r"(?=\s+[a-z])")
# What comes before a count whose noun a date names ("the 19 Sept. 11 hijackers"): "on 19 May 12 people died" is a date.
_COUNT_OPENER_BEFORE = re.compile(r"\b(?:the|of|its|their|all|those|these)\s*$", re.IGNORECASE)
# Words that may sit between a number and its counted noun ("3,000 North Korean troops").
_UNIT_FILLERS = {"of", "its", "their", "his", "her", "the", "additional", "more", "new", "extra", "other"}
UNIT_STOP = {"and", "or", "but", "to", "in", "on", "at", "by", "for", "from", "with", "that", "which", "who",
              "a", "an", "is", "are", "was", "were", "have", "has", "had", "be", "been", "will", "would"}


def singular(word: str) -> str:
    if word in cues.SAME_IN_PLURAL:
        return word
    if word in cues.PLURALS_IN_ES:
        return cues.PLURALS_IN_ES[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")) and len(word) > 4:
        return word[:-2]  # "inches", "crashes", "taxes", "losses"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _unit_after(text: str, several: bool = False) -> str | None:
    """The counted noun following a number: the first lower-case word, skipping adjectives
    written with capitals ("North Korean") and fillers ("of its"). After a number above one
    (``several``) the counted noun is plural, so a verb is no unit: "people under 30 engage in…"."""
    compound = _MEASURE_COMPOUND.match(text) if several else None
    if compound:
        return UNIT_SYNONYMS.get(compound.group("measure"), compound.group("measure"))
    text = _DATE_AS_NAME.sub("", text, count=1)  # "19 Sept. 11 hijackers" counts hijackers
    text = re.split(r"[,;:.!?()\[\]–—―]|\s-\s", text, maxsplit=1)[0]  # "Two – yet another…" counts no "yet"
    tokens = [_POSSESSIVE.sub("", token) for token in re.findall(r"[A-Za-z][A-Za-z'’-]*", text)[:5]]
    for index, token in enumerate(tokens):
        lower = token.lower()
        previous, following = tokens[index - 1].lower() if index else "", tokens[index + 1 : index + 2]
        if (several and lower in ("and", "or") and index == 1 and tokens[0][0].islower() and not _plural_like(previous)
                and not previous.endswith("ed") and previous not in cues.COUNTED_EVENTS and following
                and following[0].islower() and following[0] not in STOPWORDS
                and not re.search(r"\d", text.split(token, 1)[1])):
            continue  # "12 current or former world leaders": two adjectives of one noun
        if lower in UNIT_STOP:
            return None
        if token[0].isupper() and is_national_unit(token) and not re.match(r"\s+[A-Z]", text.split(token, 1)[1]):
            return token  # "10 Americans": people counted by their nationality, a group of their own
        if token[0].isupper() or lower in _UNIT_FILLERS:
            continue
        if two_words := cues.TWO_WORD_UNITS.get(" ".join(tokens[index : index + 2]).lower()):
            return two_words
        if lower in cues.PRONOUN_UNITS and previous == "of":
            return cues.PRONOUN_UNITS[lower]  # "30 of us": people; "three of them": of what, not said
        if lower in cues.ADJUNCT_PLURALS and following and following[0].islower() and _plural_like(following[0]) and (
                singular(following[0].lower()) != following[0].lower()):
            continue  # "100 media groups", "five police officers": the noun after it is the counted one
        if lower in ("military", "service") and re.match(r"\s*(personnel|members?)", text.split(token, 1)[1]):
            return "troops"
        if several and not _plural_like(lower) and not text.startswith("-"):
            continue  # an adjective ("two major parties"), or a verb ("30 engage in"): no count of it
        if several and not text.startswith("-") and _short_adjective(lower, tokens[index + 1 : index + 2]):
            continue  # "two big voids": the noun is "voids" (but "a 90-day stint" counts days)
        single = singular(lower)
        if single in cues.COMPOUND_HEADS:
            return " ".join([*_compound_before(tokens[:index]), single])
        return UNIT_SYNONYMS.get(lower) or UNIT_SYNONYMS.get(single) or _measured_length(lower) or single
    return None


# A measure sizing the noun after it ("40-60 hour program"): ``cues.MEASURE_COMPOUND_UNITS``. In lower case: "the Six
# Day War" is a name.
_MEASURE_COMPOUND = re.compile(
    rf"\s+(?P<measure>{'|'.join(sorted(cues.MEASURE_COMPOUND_UNITS, key=len, reverse=True))})\s+"
    rf"(?!(?:{'|'.join(sorted(STOPWORDS | UNIT_STOP))}|{cues.MEASURE_COMPOUND_NOT_BEFORE})\b)[a-z]")
# A possessive after a counted noun: "400,000 British people's personal information" counts people.
_POSSESSIVE = re.compile(r"['’]s?$")


def _compound_before(tokens: list[str]) -> list[str]:
    """The lower-case nouns written right before a noun that counts nothing alone (``cues.COMPOUND_HEADS``): "credit
    card" of "209,000 US credit card numbers"; none past a filler or a capitalised word ("its numbers", "US")."""
    words: list[str] = []
    for token in reversed(tokens):
        if token[0].isupper() or token.lower() in _UNIT_FILLERS:
            break
        words.insert(0, token.lower())
    return words


def _measured_length(word: str) -> str | None:
    """The length unit of a unit joined to its dimension ("metre-deep", "foot-tall", "mile-long"), else None: "a
    40-metre-deep well" is 40 metres, as "40 metres deep" is."""
    length, _, dimension = word.rpartition("-")
    return cues.LENGTH_UNITS.get(singular(length)) if dimension in cues.LENGTH_DIMENSIONS else None


# Plural nouns without a final "s", and short unit abbreviations ("10 km") are counted too.
INVARIANT_PLURALS = {"people", "men", "women", "children", "staff", "personnel", "police", "crew", "aircraft",
                      "sheep", "cattle", "livestock", "feet", "teeth", "geese", "mice", "data", "media", "fish",
                      "deer", "offspring", "clergy", "youth", "infantry", "cavalry", "artillery"}


# Words between a number and its noun that say nothing of which ones are counted ("3,000 of its troops").
_GRAMMATICAL_FILLERS = {"of", "its", "their", "his", "her", "the"}
_POUND_CURRENCIES = frozenset(cues.POUND_CURRENCIES.values())
_BASE_MONEY_UNITS = {"USD", "GBP", "EUR", *_POUND_CURRENCIES}
_MONEY_RATE_AFTER = re.compile(cues.MONEY_RATE_AFTER, re.IGNORECASE)
# A sum per span of time is money too ("USD a year"), of its own unit (``cues.MONEY_RATES``).
MONEY_UNITS = _BASE_MONEY_UNITS | {f"{unit} {rate}" for unit in _BASE_MONEY_UNITS
                                    for rate in cues.MONEY_RATES.values()}


def _modifiers(after: str, unit: str | None) -> tuple[str, ...]:
    """The lower-case words between a number and the noun it counts: "two side cores" → ("side",), "five other
    defendants" → ("other",); none when the noun is not right after them."""
    if unit is None:
        return ()
    words = [_POSSESSIVE.sub("", word) for word in re.findall(r"[A-Za-z][A-Za-z'’-]*",
                                                              re.split(r"[,;:.!?()]", after, maxsplit=1)[0])[:7]]
    for index, word in enumerate(words):
        lower = word.lower()
        if unit in (lower, singular(lower), UNIT_SYNONYMS.get(lower), UNIT_SYNONYMS.get(singular(lower))) or (
                unit in _POUND_CURRENCIES and singular(lower) == "pound"):
            # A nation before money names its currency: "1 million Egyptian pounds" are no pounds sterling.
            kept = [w.lower() for w in words[:index] if (w[0].islower() and w.lower() not in _GRAMMATICAL_FILLERS)
                    or (unit in MONEY_UNITS and w in nations())]
            # A count per head ("1 million pounds each") or a distance in one direction ("735 miles east of").
            kept += [w.lower() for w in words[index + 1 : index + 2] if w.lower() in cues.FIGURE_SCOPE_AFTER]
            # "Two of the boosters": a part of a whole the other figure may count in full.
            return ("of", *kept) if words[0].lower() == "of" else tuple(kept)
    return ()


FROM_A_PLACE = "from a place"
_LENGTH_WORDS = "|".join(sorted(cues.LENGTH_UNITS, key=len, reverse=True))
# A length's noun within the words after its number, then a word making it a distance from a place.
_LENGTH_WRITTEN = re.compile(rf"\s*(?:[A-Za-z-]+\s+){{0,2}}?(?:{_LENGTH_WORDS})s?\s+(?:{cues.DISTANCE_FROM_AFTER})\b",
                             re.IGNORECASE)


def _distance_from_a_place(after: str, unit: str) -> bool:
    """Is a length a distance from a place ("about 730 miles off the coast of Cape Erimo", "140 miles away"), not how
    far something went ("travelled around 1,677 miles")? The two are no rival figures of one distance."""
    return unit in _LENGTHS and bool(_LENGTH_WRITTEN.match(after))


_LENGTHS = frozenset(cues.LENGTH_UNITS.values())


def _plural_like(word: str) -> bool:
    return word.endswith("s") or word in INVARIANT_PLURALS or word in cues.SHORT_UNITS


def _short_adjective(word: str, following: list[str]) -> bool:
    """Is a short word that is no plural ("big", "new", "top"), taken by ``_plural_like`` for a unit's abbreviation
    ("10 km", "5 mph"), an adjective of the plural noun written after it ("two big voids")? Such an adjective is a
    word of three letters with a vowel; an abbreviation has none or is a unit's ("10 km races"). Before a word that is
    no plural it may be a noun's first word ("two law enforcement sources", "three per cent"): left as it was."""
    return (len(word) == 3 and bool(re.search("[aeiou]", word)) and word not in UNIT_SYNONYMS
            and word not in INVARIANT_PLURALS and bool(following) and following[0].islower()
            and following[0].endswith("s") and not following[0].endswith("ss"))


# A length, a weight or a speed written against its number ("flew 2,735km", "winds of 50mph", "a 5ft wall"): a
# quantity, not a code like "IE8" or "G20".
_GLUED_UNIT = re.compile(r"(?:kms?|mph|kmh|kph|ft|kg|cm|mm)\b")
_SPEEDS = [(re.compile(rf"\s?(?:{pattern})\b", re.IGNORECASE), unit) for pattern, unit in cues.SPEED_UNITS.items()]
_WEIGHT_BEFORE = re.compile(cues.WEIGHT_BEFORE, re.IGNORECASE)
_MONEY_BEFORE = re.compile(cues.MONEY_BEFORE, re.IGNORECASE)
_POUNDS_WEIGHT_AFTER = re.compile(cues.POUNDS_WEIGHT_AFTER, re.IGNORECASE)
_POUNDS_MONEY_AFTER = re.compile(cues.POUNDS_MONEY_AFTER, re.IGNORECASE)
_GLUED_METRES_AFTER = re.compile(cues.GLUED_METRES_AFTER, re.IGNORECASE)
_GLUED_METRES_BEFORE = re.compile(cues.GLUED_METRES_BEFORE, re.IGNORECASE)
_POUNDS_STERLING_AFTER = re.compile(cues.POUNDS_STERLING_AFTER, re.IGNORECASE)
_POUND_WORD = re.compile(r"\bpounds?\b", re.IGNORECASE)
_POUNDS_NATION = re.compile(r"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s*$")
# Pounds that may be money or a weight (``_pounds_unit``): compared with neither.
EITHER_POUNDS = "pounds"
_AGES_BEFORE = re.compile(cues.AGES_BEFORE, re.IGNORECASE)
_ADDED_COUNT_BEFORE = re.compile(cues.ADDED_COUNT_BEFORE, re.IGNORECASE)
_TOTAL_SO_FAR_BEFORE = re.compile(cues.TOTAL_SO_FAR_BEFORE, re.IGNORECASE)
_SHOWN_TO_BEFORE = re.compile(cues.SHOWN_TO_BEFORE, re.IGNORECASE)
_APPOSED = re.compile(r",\s*")  # between a count and a figure set off after it by a comma alone
_COUNT_PART_AFTER = re.compile(cues.COUNT_PART_AFTER, re.IGNORECASE)
OTHER = "other"  # the modifier of a count of others ("five other men", "another 1,000 troops")


# A time of day: "10:15 a.m.", "9:45 am", "10.15pm", "10 p.m.", "22:15", "09:45 GMT". A time with a colon and no
# "a.m."/"p.m." is read only as the 24-hour clock writes it (an hour after 12, or a leading zero) or with a zone:
# "10:15" alone may be morning or evening. Not a span ("2:05:30") or a verse ("John 3:16").
_CLOCK = Folded(
    r"(?<![\d:.,$£€])\b(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<minute>[0-5]\d))?(?![\d:])"
    r"(?:\s?(?P<half>[ap])\.?\s?m\b\.?)?"
    rf"(?:\s+(?P<zone>{cues.CLOCK_ZONES})\b)?")
CLOCK_UNIT = "time of day"
_CLOCK_QUALIFIER = Folded(rf"\b(?P<qual>{'|'.join(sorted(cues.CLOCK_QUALIFIERS, key=len, reverse=True))})"
                           r"\s+(?:at\s+)?$")
_CLOCK_GROUPS = {f"event{index}": event for index, event in enumerate(cues.CLOCK_EVENTS)}  # a group name per event
_CLOCK_EVENT = Folded("|".join(rf"\b(?P<{group}>{cues.CLOCK_EVENTS[event]})\b"
                                for group, event in _CLOCK_GROUPS.items()))
_CLOCK_SCHEDULED = Folded(cues.CLOCK_SCHEDULED_BEFORE)
# A clause ends before a time at a stop or at a relative pronoun: "a full moon on Monday that rises at 4:52 p.m." is no
# time of what "starts" before it.
# A comma before a capitalised word may be inside a place's name ("left Auckland, New Zealand at 12:05 am").
_CLOCK_CLAUSE_START = re.compile(r",(?!\s*[A-Z])|[;:.()]|\s[―—–-]\s|\b(?i:that|which|who|whose|where)\b")
_CLOCK_CLAUSE_END = re.compile(r"[;:.()]|\s[―—–-]\s|\s(?:and|but|then|before|after|while|when|until)\s", re.IGNORECASE)


def _clock_times(text: str) -> list[tuple[int, int, Figure]]:
    """The times of day a sentence gives for an event (``_clock_event``), each with where it is written, as a figure
    of minutes after midnight whose ``counted`` is the event ("arrival (time of day)") and whose ``when`` is the date
    the sentence gives for it (``date_in``), not the article's: two times of one event disagree unless both are dated
    apart. A time of no event ("at 6:09 pm") is left out: what it is the time of is not said."""
    found = []
    for m in _CLOCK.finditer(text):
        hour, minute, half = int(m.group("hour")), int(m.group("minute") or 0), m.group("half")
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half == "p" else 0)
        elif m.group("sep") != ":" or not (hour > 12 or re.fullmatch(r"0\d", m.group("hour")) or m.group("zone")):
            continue
        before = text[: m.start()]
        # "… at about 9:41 a.m. There were no reports …": a sentence the splitter did not end at "a.m.".
        event = _clock_event(before, "" if re.match(r"\.\s+[A-Z]", text[m.end() - 1 :]) else text[m.end() :])
        if event is None:
            continue
        value = hour * 60 + minute
        qualified = _CLOCK_QUALIFIER.search(before)
        qualifier, earlier, later = cues.CLOCK_QUALIFIERS[qualified.group("qual")] if qualified else (None, 0, 0)
        zone = m.group("zone")
        found.append((qualified.start() if qualified else m.start(), m.end(), Figure(
            text=text[m.start() : m.end()].strip(), value=value, unit=CLOCK_UNIT, qualifier=qualifier,
            low=None if earlier is None else value - earlier, high=None if later is None else value + later,
            counted=f"{event} ({CLOCK_UNIT})", when=date_in(text),
            modifiers=(zone,) if zone else ())))
    return found


def _clock_event(before: str, after: str) -> str | None:
    """The event a time is told for: the nearest event word before it in its clause ("landed in Honolulu at"), else
    the first after it ("At 10:15 p.m., the plane landed"); "scheduled …" where the clause plans it ("was due to
    land", "launch is scheduled during a window opening at")."""
    clause_before = _CLOCK_CLAUSE_START.split(before)[-1]
    words = list(_CLOCK_EVENT.finditer(clause_before))
    if words:
        word, planned = words[-1], clause_before
    else:
        clause_after = _CLOCK_CLAUSE_END.split(after, maxsplit=1)[0]
        word = _CLOCK_EVENT.search(clause_after)
        if word is None:
            return None
        planned = clause_before + clause_after[: word.start()]
    event = _CLOCK_GROUPS[word.lastgroup]
    return f"scheduled {event}" if _CLOCK_SCHEDULED.search(planned) else event


# A fraction's denominator, in the singular; "halves" as the plural of "half".
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10}
_NUMERATORS = {"a": 1, **_UNIT_WORDS}
# A number before a fraction's denominator is its numerator, no count: "two-thirds" counts no thirds. Quarters may be
# periods ("in three quarters") and halves of a match, so counts of them are read as before.
_FRACTION_AFTER = re.compile(rf"[\s-](?:{'|'.join(sorted(set(_FRACTIONS) - {'half', 'quarter'}))})s?\b", re.IGNORECASE)


def _fraction_re(end: str) -> str:
    return (rf"(?P<num{end}>{'|'.join(_NUMERATORS)})[\s-]"
            rf"(?P<den{end}>halves|(?:{'|'.join(_FRACTIONS)})s?)")


# A share written as a fraction of a whole, or a range of two: "two-thirds of the schools", "a third of voters",
# "one-half to two-thirds of the budget". Only before "of" and a whole that is no one thing ("a third of a mile", "three
# quarters of an hour" measure no share), so that "a third term" or "the third of March" are no fractions.
_FRACTION = Folded(rf"\b{_fraction_re('1')}(?:\s+(?:to|or)\s+{_fraction_re('2')})?"
                   r"(?=\s+of\s+(?!(?:a|an|one)\b))")
# Before a fraction, words making its denominator a period ("the three quarters of contraction", "the last two quarters
# of the year") or its "a half" a part of a span ("the first hour and a half of it").
_FRACTION_NOT_AFTER = re.compile(r"\b(?:the|last|past|first|next|previous|and)\s+$", re.IGNORECASE)


def _fraction_value(numerator: str, denominator: str) -> float:
    """The share a fraction says, in percent: "two-thirds" → 66.7."""
    return 100 * _NUMERATORS[numerator.lower()] / _FRACTIONS[singular(denominator.lower().replace("halves", "half"))]


def _fractions(text: str, dates: list[tuple[int, int, str]], when: str | None) -> list[tuple[int, int, Figure]]:
    """The shares a sentence writes as fractions (``_FRACTION``), each with where it is written, as a figure in
    percent of its whole ("percent of schools"). A fraction is a share said roundly: it spans what "about" allows, so
    "a third" and "30 percent" agree; a range of fractions runs upward, and no share is more than the whole ("nine
    quarters of football" are periods of play)."""
    found = []
    for m in _FRACTION.finditer(text):
        first = _fraction_value(m.group("num1"), m.group("den1"))
        last = _fraction_value(m.group("num2"), m.group("den2")) if m.group("num2") else first
        if not first <= last <= 100 or _FRACTION_NOT_AFTER.search(text, 0, m.start()):
            continue
        qualified = _RANGE_QUALIFIER.search(text[: m.start()])
        qualifier = QUALIFIERS[qualified.group("qual").lower().replace("-", " ")] if qualified else None
        low = qualified_range(first, qualifier or "about")[0]
        high = qualified_range(last, qualifier or "about")[1]
        start = qualified.start() if qualified else m.start()
        found.append((start, m.end(), Figure(
            text=text[start : m.end()].strip(), value=first if first == last else None, unit="percent",
            qualifier=qualifier, low=low, high=high, counted=_share_of("percent", text[m.end() :]),
            when=_nearest_date(dates, start, m.end()) or when)))
    return found


def parse_figures(text: str, when: str | None = None, pounds: str = "GBP") -> list[Figure]:
    """The quantities a sentence gives, with the range their wording allows, what each
    counts and ``when`` (the date the sentence is about). Years, dates and
    ordinal-like numbers ("Article 5") are left out; a time of day only as an event's (``_clock_times``), a
    range ("four or five times", "between 4 and 5") one figure spanning it. ``pounds``: the currency of plain "pounds"
    of money in the sentence's article (``article_pounds``)."""
    # Times of day and fractions have readers of their own: no number inside them is read again.
    read_apart = _clock_times(text)
    ranges = {r.end(): r for r in RANGE.finditer(text)}
    dates = [(d.start(), d.end(), _date_text(text, d)) for d in _DATE_IN.finditer(text)
             if not _SPAN_BOUND_BEFORE.search(text, 0, d.start())
             and not _count_before_date_name(text[: d.start()], text[d.start() + len(_DAY_FIRST.match(d[0])[0]) :]
                                             if _DAY_FIRST.match(d[0]) else "")]
    read_apart += _fractions(text, dates, when)
    figures: list[tuple[int, int, Figure]] = []
    last_event = None  # what the figure before counts: a total "so far" counts it too
    for m in _FIGURE.finditer(text):
        if any(start <= m.start() < end for start, end, _ in read_apart):
            continue
        qualifier = QUALIFIERS.get((m.group("qual") or "").lower().replace("-", " "))
        before, after = text[: m.start()], text[m.end() :]
        spanned = _range_before(text, m, ranges.get(m.start("cur") if m.group("cur") else m.start("num")
                                                     if m.group("num") else m.start("word")))
        # "$4-5 million": the currency written once, before the range's first number.
        cur = m.group("cur") or (spanned[3] if spanned else None)
        if spanned:
            # What is said of the range is said before its first number, and so is its qualifier ("some 10 to 15").
            ranged = _RANGE_QUALIFIER.search(text[: spanned[0]])
            spanned = (ranged.start(), *spanned[1:]) if ranged else spanned
            qualifier = QUALIFIERS[ranged.group("qual").lower().replace("-", " ")] if ranged else None
            before = text[: spanned[0]]
        vague_from = _vague_range_before(before, m.group("vague"))
        if vague_from:
            qualifier, before = vague_from[2], text[: vague_from[0]]
        if _ORDINAL_BEFORE.search(before):
            continue  # "on lap 13", "Game 7": which one, not how many
        if _FRACTION_AFTER.match(after):
            continue  # the numerator of a fraction not read as a share ("two-thirds to one-half")
        if re.match(r"-times?\b", after):
            continue  # "a four-time world champion": who someone is, not a count of the story
        # "ten times as fast", "hundreds of times faster", "three times a week": a ratio or a rate, a number of no unit
        # and no count (no figure a claim compares or restates), which two statements of one fact still share.
        ratio = bool(_RATE_OR_RATIO_AFTER.match(after))
        if re.match(r"s?['’]s\b", after):
            continue  # "the Falcon 9's first stage": a name's possessive, not a count
        glued = (re.match(r"[A-Za-z]", after) and not _GLUED_UNIT.match(after)
                 or re.search(r"[A-Za-z]$", text[: m.start("num")]))
        if m.group("num") and not cur and glued:
            continue  # part of a name or code ("the 76ers", "IE8", "G20"), not a quantity
        if m.group("num") and not (cur or m.group("scale") or m.group("pct") or qualifier) and _model_number(
                text[: m.start("num")], after, m.group("num")):
            continue  # "the Hwasong-12 missile", "a Boeing 737": a name's number, not a count
        if m.group("num") and re.search(r"\d\.\s$", text[: m.start("num")]):
            continue  # the decimals of "6. 1", a decimal spaced out as text rebuilt from tokens has it
        plus = re.match(r"(?:-plus\b|\+)", after)  # "15-plus years", "50+ staff": more than
        if plus:
            qualifier, after = qualifier or "more than", after[plus.end() :]
        metres = False  # "the 40m well": the short scale "m" read as the length
        if m.group("vague"):
            low, high = _VAGUE[m.group("vague").lower()]
            low = vague_from[1] if vague_from else low  # "tens to hundreds": from the first end's low
            value = None
        else:
            if m.group("num"):
                raw = m.group("num")
                number = float(raw.replace(",", ""))
                scale = (m.group("scale") or "").lower()
                metres = scale == "m" and not cur and bool(
                    _GLUED_METRES_AFTER.match(after) or _GLUED_METRES_BEFORE.search(before))
                if scale in ("m", "k", "bn") and not cur and not metres:
                    continue  # "5m people" unsure millions, "the 7 k" noise: only money takes short scales
                number *= 1 if metres else _SCALES.get(scale, 1)
                is_year = re.fullmatch(r"(1[89]|20)\d\d", raw) and not cur and not scale
                aged = not cur and not m.group("pct") and _is_age(before, after, raw)  # "60%," is no age
                if is_year or _is_date_or_time(before, after, raw) or aged or _AGES_BEFORE.search(before):
                    continue
            else:
                if _AGE.match(after):
                    continue  # "a five-year-old boy": an age (``ages``), as "a 5-year-old boy" is
                number = _word_value(m.group("word").lower(), m.group("wunit")) * _SCALES.get(
                    (m.group("wscale") or m.group("dozen") or "").lower(), 1)
            value = number
            low, high = qualified_range(number, qualifier)
        if cur:
            unit = _CURRENCY[cur]
        elif m.group("pct"):
            unit = "percentage points" if "point" in m.group("pct").lower() else "percent"
        elif ratio:
            unit = None
        else:
            # "revised the number of North Korean troops up to 10,000": the unit comes first.
            counted = re.search(r"\bnumber of\s+(.*)$", before, re.IGNORECASE)
            several = value is not None and value > 1 or bool(m.group("vague"))  # "dozens of strong tremors"
            area = _AREA_AFTER.match(after) if m.group("num") else None
            speed = next((unit for pattern, unit in _SPEEDS if pattern.match(after)), None) if m.group("num") else None
            glued_unit = _GLUED_UNIT.match(after) if m.group("num") else None
            # A unit written against the number is its unit, whatever follows it ("a 30cm-wide well").
            unit = "meter" if metres else _area_unit(area) if area else speed or (
                UNIT_SYNONYMS.get(glued_unit.group(0).lower(), glued_unit.group(0).lower()) if glued_unit
                else _unit_after(after, several) or (_unit_after(counted.group(1)) if counted else None))
            if unit is None and m.group("vague") and not counted:
                # "hundreds injured": read as before, the participle its unit (read as no unit, the count joins
                # any other count of the injured, "dozens" of an earlier quake among them).
                unit = _unit_after(after)
            if unit == "GBP":
                unit = _pounds_unit(before, after, pounds)
        if value is not None and unit is None and m.group("word") and not ratio:
            continue  # a bare "two" or "ten" is rarely a quantity worth showing
        if value is not None and unit is None and number < 10 and not cur and not ratio:
            continue  # "one", "3" on their own: list markers, not quantities
        sized = _PART_COMPOUND.match(after)  # "the seven-member group": the size of the group
        if sized and sized.group("part") in cues.PART_UNITS and not cur:
            unit = sized.group("part")
        else:
            sized = None
        relative = _is_relative(before, after, unit)
        event = None if unit in NOT_EVENT_UNITS or relative or sized or ratio else _counted_event(before, after)
        total_so_far = event is None and bool(figures) and bool(_TOTAL_SO_FAR_BEFORE.search(before))
        if total_so_far:
            event = last_event
            # "an additional 2.5 million …, bringing the total to 145.5 million": the first is an added group.
            earlier_start, _, earlier = figures[-1]
            if _ADDED_COUNT_BEFORE.search(text[:earlier_start]) and OTHER not in earlier.modifiers:
                earlier.modifiers = (OTHER, *earlier.modifiers)
        # "143 million consumers affected": the people affected, whatever the noun ("customers", "users", "Americans").
        person = unit in (None, "people") or unit in PERSON_UNITS or (
            event == "affected" and (unit in cues.AFFECTED_PEOPLE_UNITS or is_national_unit(unit)))
        # "more than 10 children were among the dead": a part of the toll, counted as a kind of people.
        part = person and unit is not None and bool(_COUNT_PART_AFTER.match(after))
        counted = f"{sized.group('head')} ({unit})" if sized else f"{unit} {event}" if event and not (
            person and not part) else (event or unit)
        if unit in _SHARE_UNITS and not relative:
            counted = _share_of(unit, after)
        elif counted == unit and _distance_from_a_place(after, unit):
            counted = f"{unit} ({FROM_A_PLACE})"
        # "exposed to 145.5 million, some 2.5 million more than it had disclosed": the difference is of that count.
        if relative and figures and figures[-1][2].unit == unit and _APPOSED.fullmatch(text, figures[-1][1], m.start()):
            counted = figures[-1][2].counted
        running = bool(_RUNNING_COUNT.search(before)) or total_so_far
        growing = event in cues.GROWING_COUNTS or running
        start = m.start()
        if spanned:
            start, value = spanned[0], None
            low = qualified_range(spanned[1] * (number / spanned[2]), qualifier)[0]
            high = qualified_range(number, qualifier)[1]
            while figures and figures[-1][1] > start:
                figures.pop()  # the range's first number, read alone
        elif vague_from:
            start = vague_from[0]
            while figures and figures[-1][1] > start:
                figures.pop()  # "hundreds" of "hundreds to thousands", read alone
        # What a share measures is in what it counts; the words after it are the next figure's ("14 percent bigger
        # and 30 percent brighter").
        modifiers = (RATIO,) if ratio else _modifiers(after, unit) if not (sized or unit in _SHARE_UNITS) else ()
        # "850 soldiers, with another 1,000 troops": a second group of what the sentence counted before, not a second
        # count of the first ("two were killed and a further 12 injured" counts the injured once). It is written with
        # its "another", so that a list of the figures tells it from a count of the first group.
        added = _ADDED_COUNT_BEFORE.search(before)
        if added and OTHER not in modifiers and any(earlier.counted == counted for _, _, earlier in figures):
            modifiers, start = (OTHER, *modifiers), added.start()
        rate = _MONEY_RATE_AFTER.match(after) if unit in _BASE_MONEY_UNITS else None
        if rate:
            unit = f"{unit} {cues.MONEY_RATES[rate.group('period').lower()]}"
            counted = unit if counted in _BASE_MONEY_UNITS else counted
        # A span of time is how long, given for no date: "three days later, he was released Nov. 15".
        figures.append((start, m.end(), Figure(
            text=text[start : m.end()].strip(), value=value, unit=unit, qualifier=qualifier, low=low, high=high,
            counted=counted, when=None if unit in _TIME_UNITS else _nearest_date(dates, start, m.end()) or when,
            growing=growing, running=running,
            relative=relative, modifiers=modifiers)))
        last_event = event
    return [figure for _, _, figure in sorted([*figures, *read_apart], key=lambda found: found[0])]


# A range of two numbers before its second: "four or five", "4-5", "10 to 15", "between 4 and 5".
_RANGE_NUMBER = rf"{_NUMBER}|one|{_WORD_NUMBER_RE}"
RANGE = Folded(rf"(?:\b(?P<between>between)\s+)?(?<![\d.,$£€-])(?:(?P<fcur>[$£€])\s?)?\b"
                 rf"(?P<first>{_NUMBER}|one|(?:{_WORD_NUMBER_RE})(?:-(?:{_UNIT_WORD_RE}))?)"
                 rf"(?:(?:\s?|-(?={_HYPHENED_SCALE}))(?P<fscale>hundred|thousand|million|billion|trillion|bn|m|k)\b)?"
                 # A hyphen left hanging shares the rest of the compound: "a 40- to 60-hour course", "$3- to $5-million"
                 r"(?P<hang>-(?=\s+(?:to|or)\s))?"
                 rf"\s*(?P<join>or|to|and|-|–)\s*(?=(?:[$£€]\s?)?(?:{_RANGE_NUMBER})(?:bn|m|k)?\b)")
# "from 4 to 5", "from its normal £3 to £5": a change, not a range.
_FROM_BEFORE = re.compile(r"\b(?i:from)\s+(?:[a-z]+\s+){0,3}$")
_RANGE_RATIO = 10  # a range's ends rarely lie further apart: "10 to 100 times"
# "5-6,000", "£30m, £40m or £50m": a number of a list before, no range of two.
_NUMBER_BEFORE = re.compile(r"\d(?:\s?(?:hundred|thousand|million|billion|trillion|bn|m|k))?,?\s*$")
_AGED_AFTER = re.compile(r"[\s-]*years?[\s-]+olds?\b", re.IGNORECASE)
_RANGE_QUALIFIER = re.compile(rf"\b(?P<qual>{_QUALIFIER_RE})\s+$", re.IGNORECASE)
# Cased: "ten times as fast" multiplies, "ten times as Ulster captain" counts.
_RATE_OR_RATIO_AFTER = re.compile(cues.RATE_OR_RATIO_AFTER)
RATIO = "times"  # the modifier of a ratio's or a rate's number, which has no unit


def _range_before(text: str, m: re.Match[str],
                  found: re.Match[str] | None) -> tuple[int, float, float, str | None] | None:
    """Is the number ``m`` the second of a range (``found``, ending where it starts): where the range starts, its two
    numbers on one scale (the scale written once is shared: "4-5 million" is 4 and 5; written twice, each end's own:
    "$2 billion to $3 billion") and the currency of a range of money ("$4-5 million", "$30,000 to $50,000"), else
    None. A range runs upward; "and" only after "between"; "to" not after "from" or a change ("rose from 4 to 5",
    "fell 11,000 to 813,200"); a dash only before a plural noun, a share or after a currency ("4-5 times", "10-15%",
    "$4-5 million": not the score of "a 2-3 defeat"). Money of two currencies, or whose currency only the second end
    names ("30,000 to $50,000"), is left as written."""
    if found is None or m.group("qual") or m.group("vague"):
        return None
    currency, first_scale = found.group("fcur"), (found.group("fscale") or "").lower()
    if m.group("cur") and m.group("cur") != currency or first_scale in ("m", "k", "bn") and not currency:
        return None
    first, join = found.group("first").lower(), found.group("join")
    low = _word_value(*first.split("-")) if first[0].isalpha() else float(first.replace(",", ""))
    high = _word_value(m.group("word").lower(), m.group("wunit")) if m.group("word") else float(
        m.group("num").replace(",", ""))
    second_scale = (m.group("scale") or m.group("wscale") or "").lower()
    if first_scale or m.group("cur") and second_scale and not found.group("hang"):
        # Each end with its own scale ("$2 billion to $3 billion", "$500 to $5 million": no range).
        low, high = low * _SCALES.get(first_scale, 1), high * _SCALES.get(second_scale, 1)
    before = text[: found.start()]
    if not 0 < low < high <= _RANGE_RATIO * low or YEAR.fullmatch(first) and not currency or _NUMBER_BEFORE.search(
            before):
        return None  # "about 5-6,000 people", "2000 and 2100", "10 737-800 planes"
    qualified = _RANGE_QUALIFIER.search(before)
    unqualified = before[: qualified.start()] if qualified else before
    if join == "and" and not found.group("between") or join == "to" and (
            _FROM_BEFORE.search(unqualified) or _CHANGE_BEFORE.search(unqualified)):
        return None  # "fell 11,000 to 813,200", "dropped more than $11 billion to $106 billion": a change and a level
    if _AGED_AFTER.match(text, m.end()):
        return None  # "14-16 year olds": ages
    if join in "-–" and not (currency or m.group("pct") or _counts_plural(text[m.end() :])
                             or _MEASURE_COMPOUND.match(text, m.end())):
        return None
    return found.start(), low, high, currency


# The lower end of a range of vague amounts: "tens to hundreds of kilometres", "hundreds or thousands of people".
_VAGUE_ENDS = {"tens": (20, 99), **_VAGUE}
_VAGUE_RANGE_BEFORE = re.compile(
    rf"\b(?P<first>{'|'.join(sorted(map(re.escape, _VAGUE_ENDS), key=len, reverse=True))})\s+(?:to|or)\s+$",
    re.IGNORECASE)


def _vague_range_before(before: str, vague: str | None) -> tuple[int, float, str | None] | None:
    """Is the vague amount ``vague`` the upper end of a range of vague amounts written before it ("tens to hundreds",
    "hundreds or thousands")? Where the range starts (at its qualifier: "some tens to hundreds"), its lower end's low
    bound and the qualifier, else None. A range runs upward."""
    found = _VAGUE_RANGE_BEFORE.search(before) if vague else None
    if found is None or _VAGUE_ENDS[found.group("first").lower()][0] >= _VAGUE[vague.lower()][0]:
        return None
    ranged = _RANGE_QUALIFIER.search(before[: found.start()])
    qualifier = QUALIFIERS[ranged.group("qual").lower().replace("-", " ")] if ranged else None
    return (ranged.start() if ranged else found.start()), _VAGUE_ENDS[found.group("first").lower()][0], qualifier


def _word_value(word: str, unit_word: str | None = None) -> float:
    """The number a word says: "four", "twenty" (with "one" of "twenty-one"). The one reader of number words."""
    tens = _UNIT_WORDS[word] if word == "one" else _SMALL_NUMBERS[word]
    return tens + _UNIT_WORDS.get((unit_word or "").lower(), 0)


# An area or a volume after its number: "800 square metres", "800-square metre", "1,200 sq m", "5 cubic feet".
_AREA_AFTER = re.compile(rf"[\s-]?(?P<power>{'|'.join(cues.AREA_POWERS)})\.?[\s-]+(?P<length>[a-z]+)\b", re.IGNORECASE)


def _area_unit(area: re.Match[str]) -> str | None:
    """The unit of an area or a volume ("square meter", "cubic feet"), None if the word after "square" is no length."""
    length = area.group("length").lower()
    named = "meter" if length == "m" else cues.LENGTH_UNITS.get(singular(length)) or cues.LENGTH_UNITS.get(length)
    return f"{cues.AREA_POWERS[area.group('power').lower()]} {named}" if named else None


def _pounds_unit(before: str, after: str, money: str = "GBP") -> str:
    """What a number of pounds written without "£" counts: ``lb`` where the words right after it make it a weight or
    a force ("140,000 pounds (63,500kg)", "pounds of thrust"); a nation's currency where its adjective is before
    "pounds" ("1 million Egyptian pounds": ``EGP``; ``cues.POUND_CURRENCIES``), ``EITHER_POUNDS`` where another
    capitalised word is; ``GBP`` where "sterling" follows; ``money`` (the article's pounds, ``article_pounds``) where
    the words after or before it make it money ("182 pounds ($282)", "a fine of 400 pounds"), ``lb`` where those
    before make it a weight ("weighs 900 pounds"); else ``EITHER_POUNDS``."""
    word = _POUND_WORD.search(after)
    between, rest = (after[: word.start()], after[word.end() :]) if word else ("", after)
    if _POUNDS_WEIGHT_AFTER.match(rest):
        return "lb"
    if nation := _POUNDS_NATION.search(between):
        # A capitalised word before "pounds" names a currency: "Egyptian pounds", of a nation the table may not know.
        return cues.POUND_CURRENCIES.get(nation.group(1), EITHER_POUNDS)
    if _POUNDS_STERLING_AFTER.match(rest):
        return "GBP"
    if _POUNDS_MONEY_AFTER.match(rest):
        return money
    if _WEIGHT_BEFORE.search(before):
        return "lb"
    return money if _MONEY_BEFORE.search(before) else EITHER_POUNDS


_POUND_NATION = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(cues.POUND_COUNTRIES, key=len, reverse=True))) + r")(?![\w])")


def article_pounds(article: Article) -> str:
    """The currency of the plain "pounds" of money an article gives: that of the one nation using pounds it names
    ("Egypt", "Egyptian": ``EGP``), pounds sterling where it names none, ``EITHER_POUNDS`` (unknown) where it names
    two ("Egypt" and "Britain")."""
    named = {cues.POUND_COUNTRIES[m.group(0)] for text in (article.title, *article.paragraphs)
             for m in _POUND_NATION.finditer(text)}
    if not named:
        return "GBP"
    return min(named) if len(named) == 1 else EITHER_POUNDS


_TIME_UNITS = cues.TIME_UNITS
# Money, shares and spans of time are not what an event happened to: "killed by police
# eight days ago" counts days, not the killed.
NOT_EVENT_UNITS = MONEY_UNITS | {"percent", "percentage points"} | _TIME_UNITS
_COUNTED_WORD = re.compile(r"[a-z]+")
# The compound's noun may come after the same size in other units: "a 400-pound (181-kg) gorilla".
_PART_COMPOUND = re.compile(r"-(?P<part>[a-z]+)\s+(?:\([^()]*\)\s+)?(?P<head>[a-z]+)")
_RUNNING_COUNT = re.compile(rf"\b(?:{cues.RUNNING_COUNT_WORDS})\b[^,;.]*$", re.IGNORECASE)


_SCORE_WORDS = "|".join(unit.replace(" ", r"\s") for unit in sorted(cues.SCORE_UNITS))
_MARGIN_AFTER = re.compile(rf"^[\s-]*(?:(?:{_SCORE_WORDS})s?[\s-]+)?(?:{cues.MARGIN_AFTER_SCORE})\b", re.IGNORECASE)
_DIFFERENCE_AFTER = re.compile(rf"^(?:[\s-]+[a-z]+){{0,2}}?\s+{cues.DIFFERENCE_AFTER}\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(rf"(?:{cues.MARGIN_BEFORE})\s*$", re.IGNORECASE)
_SCORE_LINE_AFTER = re.compile(cues.SCORE_LINE_AFTER, re.IGNORECASE)
_CHANGE_BEFORE = re.compile(rf"(?:{cues.CHANGE_BEFORE})\s*$", re.IGNORECASE)
# What a change is measured in: "gunned down 5 people" counts the shot, "rose 3%" a change.
_CHANGE_UNITS = cues.SCORE_UNITS | MONEY_UNITS


_SHARE_UNITS = ("percent", "percentage points")
_SHARE_COMPARED = re.compile(cues.SHARE_COMPARED, re.IGNORECASE)
_SHARE_OF = re.compile(cues.SHARE_OF, re.IGNORECASE)


def _share_of(unit: str, after: str) -> str:
    """What a share measures, with its unit: "percent larger" ("14 per cent larger"), "percent of voters" ("40 percent
    of voters"), else the unit alone ("turnout was 64%")."""
    compared = _SHARE_COMPARED.match(after)
    if compared:
        written = compared.group("compared").split()
        if len(written) > 1 and (written[1].lower() in STOPWORDS or written[1][0].isupper()):
            written = written[:1]  # "30% more in June", "10% more UK homes": "more" alone says what
        words = [word.lower() for word in written]
        return " ".join([unit, *words[:-1], cues.SAME_COMPARATIVES.get(words[-1], words[-1])])
    whole = _SHARE_OF.match(after)
    words = []
    for word in whole.group("whole").lower().split() if whole else ():
        if word in STOPWORDS or word in IRREGULAR_FORMS or word.endswith("ed") and words:
            break  # the noun phrase ends where a verb begins: "67% of people voted", "60% of mobiles sold"
        words.append(word)
    return f"{unit} of {' '.join(words)}" if words else unit


def _is_relative(before: str, after: str, unit: str | None) -> bool:
    """Is the figure a margin or a difference ("19 points clear of Hamilton", "a 12-point
    lead", "trails Rosberg by 19 points", "seven points more than Hamilton", "the Dow gained
    45.4 points") rather than a total? A margin words the gap between two contestants, and
    changes as they do; a change is the gap between two moments."""
    if _DIFFERENCE_AFTER.match(after) or unit in _CHANGE_UNITS and _CHANGE_BEFORE.search(before):
        return True
    # "3,000 troops ahead of the winter" is no margin: only a score is one ("12 point lead"
    # leaves the unit unread: a singular noun after a plural number is taken for an adjective).
    if (unit is None or unit in cues.SCORE_UNITS) and _MARGIN_AFTER.match(after):
        return True
    return unit in cues.SCORE_UNITS and bool(_MARGIN_BEFORE.search(before)) and not _SCORE_LINE_AFTER.match(after)


_NEXT_EVENT = re.compile(rf"\s(?:and|or|but)\s+(?=(?:{'|'.join(sorted(cues.COUNTED_EVENTS))})\b)", re.IGNORECASE)


# An aside naming a part of what a figure counts, right after its noun: "84 people, including 10 children, were".
_PART_ASIDE = re.compile(rf"^(?P<noun>(?:\s+[\w'’-]+){{0,2}}),\s+(?:{cues.COUNT_PART_ASIDE_OPENERS})\b"
                         r"[^,;:.()]*,(?=\s)", re.IGNORECASE)


def _counted_event(before: str, after: str) -> str | None:
    """What happened to the things a figure counts: the event word within a few words after it in its clause ("12
    people were killed", "249 injured"), else just before it ("killing at least 12", "the death toll rose to 12"). The
    words after it end where a conjunction opens another event: "killed at least 50 people and wounded over 400" tells
    what happened to the 400, not to the 50 (but "1,500 houses and buildings were damaged" counts the damaged). A part
    of them set off by commas is read past: "At least 84 people, including 10 children, were killed" counts the
    killed."""
    after = _PART_ASIDE.sub(r"\g<noun>", after, count=1)
    clause_after = _NEXT_EVENT.split(re.split(r"[,;:.()]|\s[―—–-]\s", after, maxsplit=1)[0], maxsplit=1)[0]
    for word in _COUNTED_WORD.findall(clause_after.lower())[:5]:
        if word in cues.COUNTED_EVENTS:
            return cues.COUNTED_EVENTS[word]
    clause_before = re.split(r"[,;:.()]|\s[―—–-]\s", _RELATIVE_ASIDE.sub("", before))[-1]
    if _SHOWN_TO_BEFORE.search(clause_before):
        return None
    earlier = _EARLIER_COUNT.search(clause_before)
    if earlier and any(word in cues.COUNTED_EVENTS for word in _COUNTED_WORD.findall(earlier.group("told").lower())):
        clause_before = clause_before[earlier.end() :]  # "seven were killed and 50 taken to hospital": not the killed
    for word in reversed(_COUNTED_WORD.findall(clause_before.lower())[-5:]):
        if word in cues.COUNTED_EVENTS:
            return cues.COUNTED_EVENTS[word]
        if word.endswith("ing") and len(word) > 5:
            # The nearest verb governs the count: "injuring dozens and destroying hundreds of
            # buildings" counts destroyed buildings, not injured ones.
            return cues.COUNTED_EVENTS.get(word[:-3] + "ed")
    toll = _TOLL_OF.search(clause_before)
    return cues.COUNTED_EVENTS.get(toll.group("event").lower()) if toll else None


# A relative clause set off by commas before a figure: "Death toll in Nice attack, in which a man drove a truck into
# crowds, rose to 85" tells the toll rose to 85.
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:in|at|on|during|from|of|by)\s+)?(?:which|whom|whose|who|where)\b[^,;:.()]*,")
# A count and what happened to it, then a conjunction before the figure: the event is the earlier count's ("seven
# people were killed and more than 50 taken to hospital" tells nothing of what befell the 50; but "the deaths of 10
# passengers and two pilots" tells the deaths of both).
_EARLIER_COUNT = re.compile(rf"\b(?:\d[\d,.]*|{_WORD_NUMBER_RE})\b(?P<told>.*)\s(?:and|but|while|whereas)\s",
                            re.IGNORECASE)
# A toll named as its clause's subject, further back than the words just before its figure, which its verb gives:
# "The death toll from the attack rose to 85" (not "the death toll rose in the city of 40,000 residents").
_TOLL_OF = re.compile(r"\b(?P<event>[a-z]+)\s+(?:toll|tally|count)\b[^\d]*\b(?:to|at|is|was|reached|hit)\s*$",
                      re.IGNORECASE)


# Ages describe a person, they count nothing of the story: "a 66-year-old woman", "Andrew
# Lopez, 20, was found guilty".
_AGE = re.compile(r"(?:-|\s)years?[- ]old\b", re.IGNORECASE)
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w'’.-]+,\s*$")
_AFTER_AGE = re.compile(r"\s*(?:[,)]|$)|\s+(?:was|is|has|had|of|who|from)\b")


# A person's age set off by commas after a noun for them: "The tram driver, 42, from Beckenham".
_AGE_AFTER_NOUN = re.compile(r"\b[a-z]+,\s*$")


def _is_age(before: str, after: str, raw: str = "") -> bool:
    return bool(_AGE.match(after) or _AGE_AFTER_NAME.search(before) and _AFTER_AGE.match(after)
                or _AGE_AFTER_NOUN.search(before) and after.startswith(",") and raw.isdigit() and len(raw) <= 2)


_AGE_WORDS = sorted((w for w in {*_SMALL_NUMBERS, *_UNIT_WORDS} if _SMALL_NUMBERS.get(w, 0) < 100), key=len,
                    reverse=True)
_AGE_NUMBER = rf"(?P<num>\d{{1,3}}|{'|'.join(_AGE_WORDS)})"
# A person's or an animal's age and whom it is of: "the 3-year-old boy", "the boy is 4 years old".
_AGES = (Folded(rf"\b{_AGE_NUMBER}[- ]years?[- ]old\s+(?P<noun>[a-z]+)\b"),
         Folded(rf"\b(?P<noun>[a-z]+)\s+(?:is|was)\s+(?:now\s+)?{_AGE_NUMBER}\s+years?[- ]old\b"))
AGE_UNIT = "years old"


def ages(text: str) -> list[Figure]:
    """The ages a sentence gives with the noun of whom they are ("boy"), as figures of that noun: ``parse_figures``
    leaves them out, for an age counts nothing of the story, but two ages of one person in a claim must agree. An age
    without such a noun ("Jo Roe, 20,", "he is 4 years old") is left out: whose it is is not said."""
    found = []
    for pattern in _AGES:
        for m in pattern.finditer(text):
            noun = m.group("noun")
            if noun in UNIT_STOP or noun in _AGE_PRONOUNS or noun in _UNIT_FILLERS:
                continue
            if noun in IRREGULAR_FORMS or noun.endswith("ed"):
                continue  # "the six-year-old fell into…": a verb after the age, whose age it is is not said
            raw = m.group("num").lower()
            value = float(raw) if raw.isdigit() else float(_word_value(raw))
            found.append(Figure(text=m.group(0), value=value, unit=AGE_UNIT, low=value, high=value,
                                counted=f"{singular(noun)} ({AGE_UNIT})"))
    return found


_AGE_PRONOUNS = {"he", "she", "it", "they", "who", "which", "that", "this"}


STAGES_DONE = "completed"  # what a count of the stages done is of: "stoppage (laps completed)"
_POSITIONS = [
    # "on lap 20", "Lap 29 Drivers …", "lap seven"
    Folded(rf"\b(?P<noun>{cues.POSITION_NOUNS})\s+(?P<num>\d{{1,3}}|{_WORD_NUMBER_RE})\b(?!\s*(?:-|of\b))"),
    # "in the 28th lap", "in the 48th of 71 laps"
    Folded(rf"\b(?P<num>\d{{1,3}})(?:st|nd|rd|th)\s+(?:of\s+(?:the\s+)?\d{{1,3}}\s+)?(?P<noun>{cues.POSITION_NOUNS})s?\b"),
]
# "halted after 20 of 71 scheduled laps", "with 21 of 71 laps completed": how many stages were done.
_COMPLETED = Folded(rf"\b(?:after\s+(?P<num>\d{{1,3}})\s+(?:of\s+(?:the\s+)?\d{{1,3}}\s+)?(?:scheduled\s+)?"
                    rf"(?P<noun>{cues.POSITION_NOUNS})s\b"
                    rf"|with\s+(?P<wnum>\d{{1,3}})\s+(?:of\s+(?:the\s+)?\d{{1,3}}\s+)?(?P<wnoun>{cues.POSITION_NOUNS})s"
                    r"\s+(?:completed|done|run)\b)")
_POSITION_NOUN = re.compile(cues.POSITION_NOUNS, re.IGNORECASE)
_POSITION_EVENT = Folded("|".join(rf"\b(?P<{event}>{words})\b"
                                  for event, (words, _) in cues.POSITION_EVENTS.items()))
_POSITION_OCCURRENCE = Folded(rf"\b(?P<occurrence>{'|'.join(cues.POSITION_OCCURRENCES)})\b")
OCCURRENCE_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
# An event's clause around a stage: it ends at a stop, a bracket, a dash, a comma before a lower-case word or a word
# opening another clause ("suspended on lap 20 after Raikkonen crashed": the suspension's lap, not the crash's).
_POSITION_CLAUSE_START = re.compile(r",(?!\s*[A-Z])|[;:.()]|\s[―—–-]\s|\b(?i:that|which|who|whose|where)\b")
_POSITION_CLAUSE_END = re.compile(r"[,;:.()]|\s[―—–-]\s|\s(?:and|but|then|before|after|while|until|following)\s",
                                  re.IGNORECASE)


def positions(text: str) -> list[tuple[Figure, str]]:
    """The stages of a contest (``cues.POSITION_NOUNS``: laps) at which the sentence tells an event happened
    (``cues.POSITION_EVENTS``), as figures of that event: ``parse_figures`` leaves "on lap 20" out (which lap, not how
    many), but two outlets telling one stoppage at laps 28 and 29 disagree. ``counted`` is the event and the noun
    ("stoppage (lap)"; "stoppage (laps completed)" for "after 20 of 71 laps"); ``modifiers`` the time it happened
    where its clause tells it ("second": "stopped for a second time", "another red flag"), else none. The event is
    the first of the stage's clause before it, else the first after it ("Lap 20 Raikkonen has a huge smash"); a
    stage of no event ("on lap seven the safety car peeled in") is left out. Each figure with its clause, where
    whom the event befell is named."""
    if not _POSITION_NOUN.search(text):
        return []  # most sentences name no stage: the cheap test first
    found = []
    matches = [(m, "num", "noun", False) for pattern in _POSITIONS for m in pattern.finditer(text)]
    for m in _COMPLETED.finditer(text):
        matches.append((m, "num", "noun", True) if m.group("num") else (m, "wnum", "wnoun", True))
    for m, num, noun, completed in sorted(matches, key=lambda found: found[0].start()):
        clause_before = _POSITION_CLAUSE_START.split(text[: m.start()])[-1]
        clause_after = _POSITION_CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        event = _POSITION_EVENT.search(clause_before) or _POSITION_EVENT.search(clause_after)
        if event is None:
            continue
        raw = m.group(num).lower()
        value = float(raw) if raw.isdigit() else float(_word_value(raw))
        told = _POSITION_OCCURRENCE.search(f"{clause_before} {clause_after}")
        occurrence = cues.POSITION_OCCURRENCES[told.group("occurrence")] if told else None
        unit = m.group(noun).lower()
        found.append((Figure(
            text=text[m.start() : m.end()].strip(), value=value, unit=unit, low=value, high=value,
            counted=f"{event.lastgroup} ({unit}s {STAGES_DONE})" if completed else f"{event.lastgroup} ({unit})",
            modifiers=(OCCURRENCE_WORDS[occurrence],) if occurrence else ()), clause_before + clause_after))
    return found


def qualified_range(number: float, qualifier: str | None) -> tuple[float | None, float | None]:
    if qualifier in ("more than", "at least"):
        return number, None
    if qualifier in ("at most", "fewer than"):
        return None, number
    if qualifier == "about":
        return number * 0.85, number * 1.15
    return number, number


_ORDINAL_BEFORE = re.compile(rf"\b(?:{cues.ORDINAL_NOUNS})\s*$", re.IGNORECASE)


_HYPHENED_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w]*-$")
_NAME_BEFORE = re.compile(r"(?P<before>[\w'’,]+)\s+(?:[A-Z][\w'’.-]*\s+)*(?P<name>[A-Z][a-z]*[A-Za-z])\s$")
_PHRASE_BEFORE_NAME = re.compile(rf"(?:{cues.PHRASE_BEFORE_NAME})", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|and|or)\s*\d")


def _model_number(before: str, after: str, raw: str) -> bool:
    """Is the number part of a name: joined to a capitalised word by a hyphen ("Hwasong-12", "F-35"), or after a
    capitalised word inside a sentence that no preposition opens ("a Boeing 737", "former Apollo 11 pad"), neither
    the first of a range ("Japan 125 to 155 miles") nor counting a plural noun after it? A month or weekday before
    it is a date's. A digit below ``SPELLED_OUT_BELOW`` after a name is always the name's ("Pixel 2 users")."""
    if _HYPHENED_NAME.search(before):
        return True
    named = _NAME_BEFORE.search(before)
    if not named or _RANGE_AFTER.match(after) or named.group("before").endswith(","):
        return False
    name = named.group("name").lower()
    if name in speech.MONTHS or name in _WEEKDAY_NAMES or name in STOPWORDS:
        return False
    if raw.isdigit() and int(raw) < cues.SPELLED_OUT_BELOW:
        return True
    # "told the Vell Post 41 bodies were found": a plural noun after it counts, unless a count of the named things
    # comes first ("three Falcon 9 rockets").
    counted_before = named.group("before").isdigit() or named.group("before").lower() in _SMALL_NUMBERS
    if _counts_plural(after) and not counted_before:
        return False
    return not _PHRASE_BEFORE_NAME.fullmatch(named.group("before"))


def _counts_plural(after: str) -> bool:
    """Does a plural noun follow the number as what it counts ("41 bodies", "9 rockets"), not a noun in the singular
    ("11 launch pad")?"""
    unit = _unit_after(after, several=True)
    if unit and unit.rsplit(" ", 1)[-1] in cues.COMPOUND_HEADS:
        unit = unit.rsplit(" ", 1)[-1]  # "41 phone numbers": the plural is the head's
    words = re.findall(r"[a-z][a-z'’-]*", re.split(r"[,;:.!?()]", after, maxsplit=1)[0])[:5]
    return unit is not None and any(word in INVARIANT_PLURALS or word != singular(word) and unit in (
        singular(word), UNIT_SYNONYMS.get(word), UNIT_SYNONYMS.get(singular(word))) for word in words)


def _count_before_date_name(before: str, after: str) -> bool:
    """Is the number between ``before`` and ``after`` a count whose noun a date names ("the 19 Sept. 11 hijackers")?"""
    return bool(_DATE_AS_NAME.match(after) and _COUNT_OPENER_BEFORE.search(before)
                and _counts_plural(_DATE_AS_NAME.sub("", after, count=1)))


def _is_date_or_time(before: str, after: str, raw: str) -> bool:
    if re.search(rf"\b(?:{MONTHS})\.?\s*$", before, re.IGNORECASE):
        return True  # "October 28"
    if re.match(rf"\s*(?:st|nd|rd|th)?\b\s*(?:of\s+)?(?:{MONTHS})\b", after, re.IGNORECASE):
        return not _count_before_date_name(before, after)  # "23 October", not "the 19 Sept. 11 hijackers"
    if re.match(r"(?:st|nd|rd|th)\b", after) or re.match(r"\s*(?:a\.\s?m|p\.\s?m|am\b|pm\b|:\d)", after, re.I):
        return True
    if re.search(r"(?:article|chapter|section|no\.|number|page|route|resolution|#)\s*$", before, re.I):
        return True
    return bool(re.match(r"[-/]\d", after) or re.search(r"\d[-/:]$", before))


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b(?![,.]\d)")


WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_NAMES = frozenset(WEEKDAYS.split("|"))
_DATE_IN = Folded(
    rf"\b(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?|"
    rf"(?:on|last|early|late)\s+(?:{WEEKDAYS})|(?:{WEEKDAYS})\s+(?:morning|afternoon|evening|night))\b")


def date_in(sentence: str) -> str | None:
    """The date a sentence gives for what it tells ("on Sunday", "Oct. 28"), as written."""
    match = _DATE_IN.search(sentence)
    return _date_text(sentence, match) if match else None


def _date_text(sentence: str, match: re.Match) -> str:
    return re.sub(r"^(?:on|last|early|late)\s+", "", sentence[match.start() : match.end()], flags=re.IGNORECASE)


# "the total since Dec. 23", "open until Feb. 15": where a span starts or ends, not the day a figure is of.
_SPAN_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|through|from|to)\s+$", re.IGNORECASE)


def _nearest_date(dates: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Of a sentence's dates, the one written nearest a figure: in "on Nov. 24 they seized a ship that on Oct. 19
    transferred 600 tons", the tons are of Oct. 19, the day of the transfer, not of the seizure."""
    distances = [(max(start - date_end, date_start - end, 0), date_start, text) for date_start, date_end, text in dates]
    return min(distances)[2] if distances else None


@lru_cache(maxsize=1)
def nations() -> dict[str, str]:
    """Each demonym and country name ("Australian", "New Zealand") → its country."""
    gaz = gazetteer()
    return {**{name: name for name in gaz.countries}, **gaz.demonyms}


def is_national_unit(unit: str | None) -> bool:
    """A nationality's people ("Americans", "New Zealanders") as a counted noun."""
    return bool(unit) and unit.endswith("s") and unit[:-1] in nations()
