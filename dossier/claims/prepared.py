"""Grouping, a statement prepared for comparison (``_Prepared``): its parts (whole clause and
propositions) with their terms, names, happenings, figures and dates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..entity_data import capital_countries, country_forms, gazetteer
from ..figures import (
    INVARIANT_PLURALS,
    MONTHS,
    NOT_EVENT_UNITS,
    UNIT_STOP,
    UNIT_SYNONYMS,
    WEEKDAYS,
    YEAR,
    nations,
    singular,
)
from ..lang.en import stance as cues
from ..lang.en.names import ROLE_NOUNS
from ..lang.en.words import IRREGULAR_FORMS, STOPWORDS
from ..patterns import Folded, whole_word_spans
from ..structure import Figure, Statement
from .detection import _CUE, _DENY, _PAST_VERB, _TIME_STEMS, _TIME_WORDS, _negation_scopes, negated_terms
from .terms import (
    _ASSERT_CUES,
    _AUXILIARIES,
    _BACKGROUND_WEIGHT,
    _GENERIC_UNITS,
    _MIN_PROPOSITION_TERMS,
    _MONTH_STEMS,
    _NONE,
    _OPENING_SUBORDINATE,
    _PAST_WITHOUT_ED,
    _PREDICATE_SKIP,
    _REPORT_CUES,
    _WORD,
    _content_stems,
    _describing_compound_end,
    _figure_terms,
    _is_event_word,
    _main_verb,
    _phrasal_verbs,
    _stem,
    _tells_happening,
    _word_stem,
    claim_clause,
    outlet_clause,
    propositions,
    side_terms,
)
from .titles import _TEXT_CUES, _make_title, _Title

NO_DAY: tuple[str | None, str | None] = (None, None)  # a statement that takes no event day from its article


@dataclass
class _Part:
    """One proposition of a statement, or its whole claim clause: what gets compared."""

    terms: frozenset[str]
    names: frozenset[str]  # stems written as names: the people, places and bodies involved
    figures: list[Figure]
    counts: dict[str, list[Figure]]  # unit → figures, counted things only
    weight: float  # background propositions count for less
    events: frozenset[str] = frozenset()  # stems of its verbs and news-event words
    capitals: frozenset[str] = frozenset()  # stems of the words written with a capital here
    mass: float = 0.0  # the summed weight of its terms, once the corpus weights are known
    # Each term of a multi-word name (with its title: "Tory leader Michael Howard") → all that name's
    # terms: one person or body, so one piece of evidence, however many words it takes.
    runs: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each kind of person or thing named with its nationality ("a British climber") → the
    # countries named for it: "an Australian climber" and "a New Zealand climber" are two people.
    nationals: dict[str, frozenset[str]] = field(default_factory=dict)
    # Each counted unit → the preposition after its noun and the stems of its object (``_counted_objects``).
    objects: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # The stems of the words around each precise sum of money or share: what it is of ("a bill of $284.7 billion").
    sum_nouns: frozenset[str] = frozenset()
    # Its terms in most of the dossier's articles (``_story_words``), once the corpus weights are known.
    story: frozenset[str] = frozenset()

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(_sharing_empty(state))


@dataclass
class _Prepared:
    statement: Statement
    whole: _Part
    parts: list[_Part]  # its propositions, when it has several long enough to stand alone
    predicate: str | None = None  # stem of the main verb of its first proposition
    title: _Title | None = None  # its wording as a claim's title (``summarise``)
    # A negated statement's first negated word (``_first_negated``): found with its article, not by every rebuild's
    # grouping.
    negated_verb: str | None = None
    vague_subject: bool = False  # a negated statement about "they", "it", "some" (``_VAGUE_SUBJECT``)
    negated_stems: frozenset[str] = frozenset()  # a negated statement's ``negated_terms``
    first_stems: frozenset[str] | None = None  # the content stems of its first proposition, None without one
    happenings: frozenset[str] = frozenset()  # ``_happenings`` of its claim clause
    holders: frozenset[str] = frozenset()  # ``_holders``: the capitalised stems of its first proposition's subject
    dates: frozenset[str] = frozenset()  # ``_dates`` of its first proposition: the weekdays and days of a month
    # What the vetoes of a pair read of one statement's claim clause, found with its article, not by every rebuild's
    # grouping: ``_when_told``, ``_records``, ``_identifiers``, ``_subject_countries``, ``_descriptions``.
    when: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    records: frozenset[str] = frozenset()
    identifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    countries: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    descriptions: frozenset[str] = frozenset()
    # What the join checks read of its claim clause or text alone: ``_modal_acts``, an opening on a demonstrative or
    # relative subject (``_anaphoric``), an inquiry "whether" (``_inquiry_apart``).
    modal_acts: frozenset[tuple[str, str]] = frozenset()
    anaphoric: bool = False
    inquiry: bool = False
    # What the checks of a claim's members read of its text alone, found with its article too: when it tells its act
    # (``_time_of_act``) and the state it tells with a copula (``_state``), each None for most statements.
    time_of_act: tuple[str, frozenset[str]] | None = None
    state: tuple[frozenset[str], str, bool] | None = None
    # The stems of the places and of the people its article's mentions name in it (``find_statements``).
    places: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    # The stems of the name a pronoun opening its claim clause stands for (``_stand_in``), which it does not write.
    stand_in: frozenset[str] = frozenset()
    # The stems its claim clause writes only in side clauses (``side_terms``): what its fact is about, not its fact.
    side_terms: frozenset[str] = frozenset()
    generic: bool = False  # it tells what is usual, not what happened (``_generic_apart``)
    # Which of ``_TEXT_CUES`` its text holds, and ``_told_ahead`` of it: what grouping's passes over every statement
    # and its vetoes of merged pairs read of its text alone, found with its article, not by every rebuild's grouping.
    cues: frozenset[str] = frozenset()
    told_ahead: tuple[frozenset[str], bool] = (frozenset(), False)
    # Its inquiry is told only beside its main clause ("…driven into the wall, but authorities were investigating if
    # a second car had been involved"): the main clause tells a fact of its own.
    inquiry_aside: bool = False
    # Its ``claim_clause``, found with its article: grouping's checks read it, in a forked copy whose caches are cold.
    clause: str = ""
    # Whose quoted words it is (an entity id) where only the quotes stage knows it (``quoted_speakers``): set by
    # ``group_claims``, not found with its article.
    speaker: str | None = None
    # Its article's event day (``days.event_day``: day of a month, weekday), where it tells a happening of no time of
    # its own (``days.takes_event_day``); NO_DAY else.
    day: tuple[str | None, str | None] = NO_DAY
    series: bool = False  # its article tells its news as one of a series (``days.tells_series``)
    # Its whole clause, then its propositions: what ``_pair_score`` compares, made once here, not for each pair.
    sides: tuple[_Part, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.sides = (self.whole, *self.parts)

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(_sharing_empty(state))


def _part(terms: frozenset[str], names: frozenset[str], figures: list[Figure], weight: float = 1.0,
          events: frozenset[str] = frozenset(), capitals: frozenset[str] = frozenset(),
          runs: dict[str, frozenset[str]] | None = None,
          objects: dict[str, tuple[str, frozenset[str]]] | None = None,
          sum_nouns: frozenset[str] = frozenset()) -> _Part:
    counts: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.counted:
            counts[figure.counted].append(figure)
    return _Part(terms, names, figures, counts, weight, events, capitals, runs=runs or {},
                 objects=objects or _NO_OBJECTS, sum_nouns=sum_nouns)


_PRECISE_DIGITS = 3  # "$284 billion", "11.5 million": an amount this precise two facts rarely share by chance
# What a sum is of: the noun joined to it before ("a bill of more than $284 billion", "a bill for a whopping $284
# billion", "her bill was $284 billion") or the compound's words after it ("a $284 billion electricity bill").
_SUM_OF_BEFORE = re.compile(r"\b([a-z]+)\s+(?:of|for|was|is|were|are|at|worth|totall?ing)\s+(?:(?:a|an|the)\s+)?"
                            r"(?:[a-z]+\s+)?$")
_SUM_COMPOUND_AFTER = re.compile(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)")
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]\"“”]")


def _precise(figure: Figure) -> bool:
    """Is the figure one exact amount of at least _PRECISE_DIGITS significant digits ("$284 billion", "527", not
    "50" or "3,000")?"""
    if figure.value is None or figure.value <= 0:
        return False
    return len(f"{figure.value:.12e}".split("e")[0].replace(".", "").rstrip("0")) >= _PRECISE_DIGITS


def _figure_at(text: str, figure: Figure) -> tuple[int, int] | None:
    """Where ``text`` first writes the figure, as a whole word: its start and end."""
    return next(whole_word_spans(text, figure.text), None)


def _sum_nouns(text: str, figures: list[Figure]) -> frozenset[str]:
    """The content stems of what each precise sum of money or share (``_MEASURES``) in ``text`` is of
    (``_SUM_OF_BEFORE``, ``_SUM_COMPOUND_AFTER``): "received a bill of more than $284 billion" → bill, "a $284 billion
    electricity bill" → electr, bill; not "rejected Vellcorp's original $105 billion approach"'s "original"."""
    words: list[str] = []
    for figure in figures:
        if figure.unit not in _MEASURES or not _precise(figure):
            continue
        at = _figure_at(text, figure)
        if at is None:
            continue
        if before := _SUM_OF_BEFORE.search(_CLAUSE_MARK.split(text[: at[0]])[-1]):
            words.append(before.group(1))
        if after := _SUM_COMPOUND_AFTER.match(_CLAUSE_MARK.split(text[at[1] :], maxsplit=1)[0]):
            compound = after.group(1).split()
            # The compound ends at a word that starts what follows: "$284 billion electricity bill over the holiday".
            cut = next((i for i, word in enumerate(compound) if word in UNIT_STOP), len(compound))
            words += compound[:cut]
    return frozenset(_content_stems(" ".join(words)))


_OBJECT_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_OBJECT_END = re.compile(r"[,;:.!?()\[\]–—―\"“”]|\s(?:and|or|but|which|that|who|where|when|while|as|by|with|"
                         r"after|before|in|on|at|from|of)\s")
_OBJECT_NOUN_WORDS = 4  # a counted noun further from its number than this ("two of the new …") is not looked for


def _counted_objects(text: str, figures: list[Figure]) -> dict[str, tuple[str, frozenset[str]]]:
    """Each counted unit of ``text`` whose noun is followed by a preposition of ``cues.COUNTED_OBJECT_PREPOSITIONS`` →
    that preposition and the content stems of its object, up to a punctuation mark or a clause's next word: "two
    missions to Mars" → ("to", {"mar"}), "two missions to the lunar far side" → ("to", {"lunar", "far", "side"})."""
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for figure in figures:
        unit = figure.counted
        if not unit or unit in _GENERIC_UNITS or unit in found:
            continue
        at = _figure_at(text, figure)
        if not at:
            continue
        words = list(_OBJECT_WORDS.finditer(text, at[1]))
        for index, word in enumerate(words[:_OBJECT_NOUN_WORDS]):
            lower = word.group(0).lower()
            if unit not in (lower, singular(lower), UNIT_SYNONYMS.get(lower), UNIT_SYNONYMS.get(singular(lower))):
                continue
            following = words[index + 1] if index + 1 < len(words) else None
            if (following and following.group(0).lower() in cues.COUNTED_OBJECT_PREPOSITIONS
                    and not text[word.end() : following.start()].strip()):
                rest = text[following.end() :]
                end = _OBJECT_END.search(rest)
                stems = frozenset(_content_stems(rest[: end.start() if end else len(rest)]))
                if stems:
                    found[unit] = (following.group(0).lower(), stems)
            break
    return found


def _objects_apart(a: _Part, b: _Part) -> bool:
    """Do the two count one unit of things sent or aimed at different objects ("two missions to Mars" / "two missions
    to the lunar far side"): the same preposition after the noun and no word of its object in common?"""
    for unit, (preposition, stems) in a.objects.items():
        other = b.objects.get(unit)
        if other and other[0] == preposition and not stems & other[1]:
            return True
    return False


_TITLE_STEMS = frozenset(_stem(word) for word in ROLE_NOUNS)
_CATENATIVE_STEMS = frozenset(_stem(word) for word in cues.CATENATIVE_VERBS)
_NAME_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*")


@lru_cache(maxsize=65536)
def name_runs(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each run of two or more words naming one person or body: capitalised words
    side by side, with the titles among them ("Tory leader Michael Howard", "Manchester United
    manager Sir Alex Ferguson", "Kilroy-Silk")."""
    runs, current, gap = [], [], ""
    for match in _NAME_TOKEN.finditer(text):
        word = match.group(0).rstrip(".")
        between = text[gap:match.start()] if current else ""
        if current and between.strip():
            runs.append(current)  # punctuation between: a list of names, not one
            current = []
        if word[0].isupper() or current and word.lower() in ROLE_NOUNS:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
        gap = match.end()
    runs.append(current)
    found = []
    for run in (part for whole in runs for part in _at_possessives(whole)):
        while run and run[-1][0].islower():
            run = run[:-1]  # a title only before a name: "the Vell mayor" is a town and a role, two things
        stems = frozenset(stem for word in _without_places(run) for part in _WORD.findall(word)
                          if (stem := _word_stem(part.lower())) is not None)
        if len(stems) > 1:
            found.append(stems)
    return tuple(found)


def _at_possessives(run: list[str]) -> list[list[str]]:
    """The run cut after each possessive that no title follows: "Massa's Williams car" is a driver and a team, two
    names; "Russia's Foreign Minister Sergey Lavrov" is one man, as "Tory leader Michael Howard" is."""
    parts, start = [], 0
    for i, word in enumerate(run[:-1]):
        if word.endswith(("'s", "’s")) and not any(later.lower() in ROLE_NOUNS for later in run[i + 1 :]):
            parts.append(run[start : i + 1])
            start = i + 1
    return [*parts, run[start:]]


def _without_places(run: list[str]) -> list[str]:
    """The run's words but its places and nationalities ("North Korean", "Manchester"): where
    something happens is evidence of its own, beside who did it."""
    gaz = gazetteer()
    kept, i = [], 0
    while i < len(run):
        span = next((n for n in (3, 2, 1) if " ".join(run[i : i + n]) in gaz.big_places
                     or " ".join(run[i : i + n]) in gaz.demonyms), 0)
        if span:
            i += span
        else:
            kept.append(run[i])
            i += 1
    return kept


def _runs_of(texts: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each term of a multi-word name in ``texts`` → the name's terms (overlapping names joined)."""
    linked: dict[str, frozenset[str]] = {}
    for text in texts:
        for run in name_runs(text):
            joined = run.union(*(linked[t] for t in run if t in linked))
            for term in joined:
                linked[term] = joined
    return linked


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _event_stems(text: str) -> frozenset[str]:
    """Stems of the words that say what happened: verb forms ("escorted", "tweeting",
    "sent"), news-event words and members of a word family ("tweets", "removal")."""
    phrasal = _phrasal_verbs(text)
    return frozenset(phrasal.get(m.start()) or _stem(m.group(0)) for m in _LOWER_WORD.finditer(text)
                     if m.start() in phrasal or _is_event_word(m.group(0))
                     and not _describing_compound_end(text, m.start()))


@lru_cache(maxsize=65536)
def _happenings(text: str) -> frozenset[str]:
    """Stems of the words that tell a happening as a verb or a news-event word: ``_event_stems`` without the word
    families' nouns ("companies" is of the family of "firm", and tells nothing that happened), with a main verb in the
    present tense, as headlines tell what happened ("Court overturns ban")."""
    phrasal = _phrasal_verbs(text)
    found = {phrasal.get(m.start()) or _stem(m.group(0)) for m in _LOWER_WORD.finditer(text)
             if _tells_happening(m.group(0)) and not _describing_compound_end(text, m.start())}
    verb = _main_verb(text)
    written = re.match(r"[a-z]+", text[verb[0]:]) if verb and verb[1] else None
    if written and written.group(0).endswith("s") and written.group(0) not in _AUXILIARIES:
        found.add(verb[1])
    return frozenset(found)


def _prepare(statement: Statement, places: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
             day: tuple[str | None, str | None] = NO_DAY, series: bool = False) -> _Prepared:
    """The statement's comparison data; a capital in it that stands for its country
    (``Statement.metonyms``) brings the country's name: "Pyongyang had sent…" is North Korea's act too. ``places``,
    ``people``: the stems of the places and people named in it (``_Prepared.places``); ``day``, ``series``: the event
    day it takes from its article and whether that article tells a series (``_Prepared.day``)."""
    metonyms = statement.metonyms
    parts = []
    clause = claim_clause(statement.text)
    clause = statement.text if clause == statement.text else clause  # one string in the cache, not two
    found = propositions(clause)
    if found and (outlet := outlet_clause(statement.text)):
        found += ((outlet, True),)  # after what is reported, which stays the statement's subject and predicate
    open_question = bool(found) and _open_question(found[0][0])
    inquiry = open_question or _INQUIRY.search(statement.text) is not None
    for text, main in found:
        # The country a capital in this proposition stands for: its name's stems, as a name's.
        acting = {stem: True for capital, country in metonyms if capital in text
                  for stem in _content_stems(f"The {country}")}
        stems = {**_content_stems(text), **acting}
        if open_question:
            stems = {stem: name for stem, name in stems.items() if stem not in _NOT_KNOWN}
        figures = [f for f in statement.figures if f.text in text]
        names = frozenset(s for s, name in stems.items() if name)
        capitals = frozenset(_stem(w) for w in re.findall(r"\b[A-Z][A-Za-z'’]*", text)) | frozenset(acting)
        parts.append(_part(frozenset(stems) | _figure_terms(text, figures), names, figures,
                           1.0 if main else _BACKGROUND_WEIGHT, _event_stems(text), capitals, _runs_of([text]),
                           _counted_objects(text, figures), _sum_nouns(text, figures)))
    # The whole clause is the union of its propositions.
    whole = _part(frozenset().union(*(p.terms for p in parts)), frozenset().union(*(p.names for p in parts)),
                  statement.figures, events=frozenset().union(*(p.events for p in parts)),
                  capitals=frozenset().union(*(p.capitals for p in parts)), runs=_runs_of(t for t, _ in found),
                  objects={unit: found for p in reversed(parts) for unit, found in p.objects.items()},
                  sum_nouns=frozenset().union(*(p.sum_nouns for p in parts)))
    whole.nationals = nationals(clause)
    parts = [p for p, (text, _) in zip(parts, found, strict=True)
             if len(p.terms) >= _MIN_PROPOSITION_TERMS and _proposes(text)]
    parts = parts if len(parts) > 1 else []
    prepared = _Prepared(statement, whole, parts, main_predicate(found[0][0]) if found else None,
                     _make_title(statement), _first_negated(statement.text) if statement.negated else None,
                     statement.negated and bool(_VAGUE_SUBJECT.match(clause)),
                     negated_terms(statement.text) if statement.negated else frozenset(),
                     frozenset(_content_stems(found[0][0])) if found else None,
                     _happenings(clause), _holders(found[0][0]) if found else frozenset(),
                     _dates(_main_clause(found[0][0])) if found else frozenset(),
                     _lean_pair(_when_told(statement.text)),
                     _records(statement.text) or _NONE, _identifiers(statement.text) or _NO_IDENTIFIERS,
                     _lean_pair(_subject_countries(statement.text)), _descriptions(statement.text) or _NONE,
                     _modal_acts(clause) or _NONE,
                     bool(_ANAPHORIC_OPENING.match(clause)),
                     inquiry, _time_of_act(statement.text), _state(statement.text),
                     places or _NONE, people or _NONE, _stand_in(statement), side_terms(clause),
                     generic=_GENERIC.search(statement.text) is not None,
                     cues=frozenset(name for name, cue in _TEXT_CUES.items() if cue.search(statement.text)),
                     told_ahead=_lean_told_ahead(_told_ahead(statement.text)),
                     inquiry_aside=inquiry and not open_question and bool(found) and not _INQUIRY.search(found[0][0]),
                     clause=clause, day=day, series=series)
    return _one_of_each(prepared)


# A quotation's words opening on the speaker's "I" ("“I will not resign,” Jo Roe said"): the speaker is its subject.
_OPENS_ON_I = re.compile(r"[\W]*I\b")


def _stand_in(statement: Statement) -> frozenset[str]:
    """The stems of the name the pronoun opening the statement's claim clause stands for: the person or body its
    leading "he", "she", "it" or "they" refers to (``Statement.referent``), or the named speaker of a quotation
    opening on "I"; none otherwise."""
    subject = statement.referent
    if not subject and statement.quoted and statement.source_name and _OPENS_ON_I.match(claim_clause(statement.text)):
        subject = statement.source_name
    return frozenset(_content_stems(f"The {subject}")) - _TITLE_STEMS if subject else _NONE


def _one_of_each(prepared: _Prepared) -> _Prepared:
    """``prepared`` with its equal sets of stems one object (its first proposition's stems are often its whole clause's
    terms, a one-word clause's events its happenings): a fifth of the comparison data cached was such copies."""
    seen: dict[frozenset[str], frozenset[str]] = {}
    for holder in (prepared, *prepared.sides):
        fields = vars(holder)
        for name, value in list(fields.items()):
            if type(value) is frozenset and value:
                fields[name] = seen.setdefault(value, value)
    return prepared


_NONE_PAIR = (_NONE, _NONE)
_NO_IDENTIFIERS: dict[str, frozenset[str]] = {}
_NO_OBJECTS: dict[str, tuple[str, frozenset[str]]] = {}


def _sharing_empty(state: dict[str, object]) -> dict[str, object]:
    """An unpickled ``_Part``'s or ``_Prepared``'s fields with each empty frozenset, and each pair of them, the shared
    one: unpickling makes a new one for each (216 bytes), and nearly all the comparison data read from the cache was
    empty sets."""
    return {name: _NONE if type(value) is frozenset and not value
            else _NONE_PAIR if type(value) is tuple and value == _NONE_PAIR else value
            for name, value in state.items()}


def _lean_pair(found: tuple[frozenset[str], frozenset[str]]) -> tuple[frozenset[str], frozenset[str]]:
    return (found[0] or _NONE, found[1] or _NONE) if found[0] or found[1] else _NONE_PAIR


_NOT_TOLD_AHEAD = (_NONE, False)  # most statements' ``_told_ahead``, shared likewise


def _lean_told_ahead(found: tuple[frozenset[str], bool]) -> tuple[frozenset[str], bool]:
    return found if found[0] or found[1] else _NOT_TOLD_AHEAD


# A name that is a word and a number ("Flight 3756", "Case 1000", "Game 7"): what is named, followed by no noun it
# would count ("gave Apple 10 days"), and neither a date ("Jan. 17", "May 2017"), a score ("Carolina 49-15") nor a
# number after a sentence's opening word ("After 15 seasons").
_IDENTIFIER = re.compile(r"\b(?P<word>[A-Z][A-Za-z]+)\.?\s+(?P<number>\d+)\b(?![.,]\d|[-–/:]\d|%)"
                         rf"(?=\s*$|\s*[^\w\s]|\s+[A-Z]|\s+(?:{'|'.join(sorted(UNIT_STOP | {'of'}))})\b)")


@lru_cache(maxsize=65536)
def _identifiers(text: str) -> dict[str, frozenset[str]]:
    """The numbers of the statement's claim clause's identifiers by their word's stem ("boarded Flight 3756" →
    {"flight": {"3756"}}): its terms are words without numbers, which two statements about different flights of one
    airline share all of."""
    found: dict[str, set[str]] = defaultdict(set)
    for match in _IDENTIFIER.finditer(claim_clause(text)):
        word, number = match.group("word").lower(), match.group("number")
        stem = _word_stem(word)
        if stem is None or word in _TIME_WORDS or stem in _MONTH_STEMS or re.fullmatch(r"(?:1[89]|20)\d\d", number):
            continue
        found[stem].add(str(int(number)))
    return {stem: frozenset(numbers) for stem, numbers in found.items()}


def _identifiers_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do the two name things of one kind by different numbers, and none of that kind alike ("boarded Flight 3756" /
    "Flight 1190 landed", "Game 6" / "Game 7")? Then they tell of different things, however alike their words."""
    ours, theirs = a.identifiers, b.identifiers
    return any(not ours[kind] & theirs[kind] for kind in ours.keys() & theirs.keys())


# A purpose or an aim ("…, and to avoid paying taxes"): what the first proposition was for, not a fact of its own;
# and a name given ("…, dubbed X", "… -- the so-called Panama Papers"): what a thing is called, not what happened.
_PURPOSE = re.compile(r"\W*(?:(?:and|but|or)\s+)?(?:(?:in order\s+)?to\s+[a-z]|(?:dubbed|nicknamed|"
                      r"(?:also |better |widely )?known as|billed as|(?:the |a |an )?so-called)\b)", re.IGNORECASE)


def _proposes(text: str) -> bool:
    """Can the proposition stand as a fact of its own? Not as a purpose ("and to avoid paying taxes") or a
    name given ("dubbed the so-called Panama Papers"): matched alone, their few words would join a statement
    that something avoided taxes, or any other statement naming the Panama Papers."""
    return not _PURPOSE.match(text)


# Who owns the subject ("Jo Roe's fortune", "Ostland’s government"): the holder is what is owned, not its owner.
_POSSESSOR = re.compile(r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?(?=\s)")


def _holders(proposition: str) -> frozenset[str]:
    """The stems of the name that heads the proposition's subject (the words before its main verb), but titles and
    times: whom or what the fact is told of ("Ostland has been in a state of emergency" → ostland, "Senator Jo Roe
    is heading…" → roe). None when the subject's head is a common noun ("The European country", "Jo Roe's fortune":
    what is owned, not its owner), a description ("The Finn", who may be a Finn named elsewhere), or a name that
    describes a word the verb finder took for a verb ("the Vaunt glasses use…", "Ukrainian forces launched…": after
    an article, or a nationality). Which of them are names is known only once the dossier is weighed (``_weigh``):
    "Police" opening a sentence is a word."""
    verb = _main_verb(proposition)
    # Only a verb found surely: an auxiliary or a past form. A word in -s after a name may be a plural noun the name
    # describes ("some 3,000 Chicago fans remained…"), and the name no subject.
    found = proposition[verb[0] :].split(maxsplit=1)[:1] if verb else []
    if not found or not (found[0].lower() in _AUXILIARIES or found[0].endswith("ed") or found[0] in IRREGULAR_FORMS):
        return frozenset()
    subject = _PRONOUN_I.sub(" ", _POSSESSOR.sub(" ", proposition[: verb[0]]))
    head = _SUBJECT_HEAD.search(subject)
    if (head is None or _DESCRIBED.search(subject[: head.start()]) or _DESCRIPTION.match(head.group(0))
            or head.group(0) in nations()):
        return frozenset()
    stems = {_word_stem(word.lower()) for word in head.group(0).split()}
    return frozenset(stems - {None} - _TITLE_STEMS - _TIME_STEMS - _MONTH_STEMS)


# The capitalised words that end a subject, past an age set off by commas ("Jo Roe, 33,").
_SUBJECT_HEAD = re.compile(r"(?:\b[A-Z][\w.'’-]*\s+)*\b[A-Z][\w.'’-]*(?=(?:,\s*\d{1,3},?)?\s*$)")
# A lower-case article just before a name: "the Vaunt" of "the Vaunt glasses" describes what follows.
_DESCRIBED = re.compile(r"\b(?:the|a|an)\s+$")
# "I", "I've", "I’m": a speaker, written with a capital, no name.
_PRONOUN_I = re.compile(r"\bI(?:['’][a-z]+)?\b")
# A subject opening on an article is a description, however capitalised: "The Finn" may be "Kimi Raikkonen".
_DESCRIPTION = re.compile(r"(?:the|a|an|this|that|these|those)\s", re.IGNORECASE)


_DATE_WORDS = Folded(rf"\b(?:(?P<weekday>{WEEKDAYS})|(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}})(?!\d|,\d)|"
                      rf"(?P<day_first>\d{{1,2}})\s+(?P<month_after>{MONTHS}))\b")


@lru_cache(maxsize=65536)
def _main_clause(clause: str) -> str:
    """The clause after the subordinate clause opening it, if any: the day of "As it promised Tuesday, Vellsoft issued
    the patch" is the promise's, not the patch's."""
    opening = _OPENING_SUBORDINATE.match(clause)
    return clause[opening.end():] if opening else clause


def _dates(clause: str) -> frozenset[str]:
    """The weekdays ("sunday") and days of a month ("mar 12") the clause names, each in one form."""
    found = set()
    for match in _DATE_WORDS.finditer(clause):
        if match.group("weekday"):
            found.add(match.group("weekday").lower())
        else:
            month = (match.group("month") or match.group("month_after")).lower()[:3]
            found.add(f"{month} {int(match.group('day') or match.group('day_first'))}")
    return frozenset(found)


def _prepared(statement: Statement) -> _Prepared:
    """The statement's comparison data: the copy found with its article (``find_statements``), else made now.
    Its parts are copied: ``_weigh`` sets their mass and names from the whole dossier."""
    found = statement.comparison
    if found is None:
        return _prepare(statement)
    return _Prepared(statement, _Part(**vars(found.whole)), [_Part(**vars(part)) for part in found.parts],
                     found.predicate, found.title, found.negated_verb, found.vague_subject, found.negated_stems,
                     found.first_stems, found.happenings, found.holders, found.dates, found.when, found.records,
                     found.identifiers, found.countries, found.descriptions, found.modal_acts, found.anaphoric,
                     found.inquiry, found.time_of_act, found.state, found.places,
                     found.people, found.stand_in, found.side_terms, generic=found.generic, cues=found.cues,
                     told_ahead=found.told_ahead, inquiry_aside=found.inquiry_aside, clause=found.clause,
                     day=found.day, series=found.series)


@lru_cache(maxsize=65536)
def main_predicate(clause: str) -> str | None:
    """The stem of the clause's main verb: the word after its auxiliary ("has checked into"
    → check, "was officially placed" → place), else its first verb form after the subject
    ("The Saints placed…", "Microsoft releases…", but not "Those moves…" or "Both attacks…": after a determiner,
    a quantifier or a possessive a word in -s is a noun); None when no verb is found or the verb is a bare "was" or
    "has"."""
    opening = _OPENING_SUBORDINATE.match(clause)
    found = _main_verb(clause[opening.end():] if opening else clause)
    return found[1] if found else None


# Amounts that measure something (a price, a share), unlike counts of people or things, which ``_part_score`` joins
# as rival counts of one toll.
_MEASURES = NOT_EVENT_UNITS - cues.TIME_UNITS


_FORECAST = re.compile(rf"(?:{cues.FORECAST_FRAMES})\s+(?:(?:{cues.MODAL_FILLERS}|[a-z]+ly)\s+)*(?P<verb>[a-z]+)\b"
                       r"(?P<rest>(?:\s+[\w'’-]+){0,6})", re.IGNORECASE)
# A main verb in a past or perfect tense, not a plan told in one ("was scheduled to", "was set for").
_DONE = re.compile(rf"(?!(?:{cues.PLAN_PARTICIPLES})\b)(?:(?:has|have|had|was|were)\s+(?:[a-z]+ly\s+)?(?:been\s+)?"
                   rf"(?!(?:{cues.PLAN_PARTICIPLES})\b)[a-z]+(?:ed|en|wn|ne|t)|[a-z]+ed|{cues.PAST_TENSES_WITHOUT_ED})\b")


@lru_cache(maxsize=65536)
def _told_ahead(text: str) -> tuple[frozenset[str], bool]:
    """How the sentence's main verb, or its claim clause's, tells its act: the stems of the acts told as expected or
    planned (the verb after a forecast frame and any verb after "to" in the next words: "is set to vote to override"
    → vote, override), and whether it tells something done in a past tense (not a verb of saying: "Roe said the
    council is set to vote" tells the plan)."""
    acts: set[str] = set()
    done = False
    for whole in dict.fromkeys((claim_clause(text), text)):
        clause = _main_clause(whole)
        found = _main_verb(clause)
        if found is None:
            continue
        at, stem = found
        forecast = _FORECAST.match(clause, at)
        if forecast and not _DONE_AFTER_ALL.search(clause, forecast.end("verb")):
            acts |= {stem for word in (forecast.group("verb"), *re.findall(r"\bto\s+([a-z]+)", forecast.group("rest")))
                     if (stem := _word_stem(word.lower()))}
        elif _DONE.match(clause, at) and stem not in _SAY_STEMS and not _SAYING_CUE.match(clause, at):
            done = True
    return frozenset(acts), done


# A verb of saying or reporting as the main verb ("Some reports had claimed Musk's plan to launch…"): the plan told at
# one remove, no act done.
_SAYING_CUE = re.compile(rf"(?:(?:has|have|had|was|were)\s+(?:[a-z]+ly\s+)?)?(?:{_REPORT_CUES}|{_ASSERT_CUES})\b",
                         re.IGNORECASE)
# The act told done after all, in a clause joined to the plan ("was scheduled to take off at 11:55 p.m. but left
# about 10 minutes late").
_DONE_AFTER_ALL = re.compile(r"\b(?:but|yet|and)\s+(?:(?:it|he|she|they|then|later|instead|eventually|finally)\s+)?"
                             rf"{_DONE.pattern}")


# An act to come, or one that may come: "will help", "could lose" (lower case: "May" is a month).
_FUTURE_OR_MODAL = re.compile(r"\b(?:will|shall|would|could|may|might)\s+(?:not\s+)?(?:[a-z]+ly\s+)?[a-z]{2,}\b")


def _time_of_act(text: str) -> tuple[str, frozenset[str]] | None:
    """When the statement's claim clause tells its act: "past" (in a past tense and dated by a year or a day, and
    nothing to come) or "future" (to come or possible, undated and in no past tense), and the capitalised words it
    names after its first; None when neither (most statements)."""
    clause = claim_clause(text)
    past = bool(_PAST_VERB.search(clause) or _PAST_WITHOUT_ED.search(clause))
    future = bool(_FUTURE_OR_MODAL.search(clause))
    dated = bool(_years(clause) or _dates(clause) - _weekdays(_dates(clause)))
    kind = "past" if past and dated and not future else "future" if future and not past and not dated else None
    return None if kind is None else (kind, frozenset(re.findall(r"\b[A-Z][\w'’-]+", clause[1:])))


_MODAL_ACT = re.compile(rf"\b(?:(?P<possibility>{cues.POSSIBILITY_MODALS})|(?P<intention>{cues.INTENTION_MODALS}))"
                        rf"(?:\s+(?:{cues.MODAL_FILLERS}|[a-z]+ly))*(?:\s+(?P<passive>be|been))?\s+(?P<verb>[a-z]+)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=65536)
def _modal_acts(clause: str) -> frozenset[tuple[str, str]]:
    """The acts the clause tells as possible or intended: (verb stem, "possibility" or "intention"). After "be" only
    a participle is an act ("can be appealed"): "could be the largest deal" tells of no act."""
    phrasal = _phrasal_verbs(clause)
    return frozenset((phrasal.get(m.start("verb")) or _stem(m.group("verb").lower()),
                      "possibility" if m.group("possibility") else "intention")
                     for m in _MODAL_ACT.finditer(clause)
                     if not m.group("passive") or m.group("verb").lower().endswith(("ed", "en"))
                     or m.group("verb").lower() in IRREGULAR_FORMS)


@lru_cache(maxsize=65536)
def _subject_countries(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries named in the subject of the claim clause's first proposition (before its main verb), and
    those named anywhere in the clause."""
    clause = claim_clause(text)
    found = propositions(clause)
    verb = _main_verb(found[0][0]) if found else None
    subject = found[0][0][: verb[0]] if verb else ""
    return _countries(subject), _countries(clause)


def _countries(text: str) -> frozenset[str]:
    """The countries ``text`` names (``_country_forms``), each form found as a whole word, not after a dot, the
    longest first where several start at one word, left to right without overlaps: a form starts at one of the text's
    words, so each word is looked up (one alternation of all 2,969 forms tried at every word took 0.15 ms a
    sentence)."""
    starting = _country_starts()
    forms = _country_forms()
    found = set()
    end = 0
    for word in _WORD_RUN.finditer(text):
        start = word.start()
        if start < end or (candidates := starting.get(word.group(0))) is None or start and text[start - 1] == ".":
            continue
        for form in candidates:
            if text.startswith(form, start) and not _WORD_CHAR.match(text, start + len(form)):
                found.add(forms[form])
                end = start + len(form)
                break
    return frozenset(found)


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Each way of naming a country ("DPRK", "Republic of Korea", "South Korean") or its capital → the country."""
    forms = {form: country for country, names in country_forms().items() for form in names}
    return {**capital_countries(), **forms}


_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=1)
def _country_starts() -> dict[str, tuple[str, ...]]:
    """Each country form's first word (every form starts with one) → the forms starting with it, the longest first."""
    found: dict[str, list[str]] = defaultdict(list)
    for form in sorted(_country_forms(), key=len, reverse=True):
        found[_WORD_RUN.match(form).group(0)].append(form)
    return {word: tuple(forms) for word, forms in found.items()}


# A win-loss record ("went 9-3", "59-35-1 as a head coach", "a 13-3 record"): after a verb of finishing with it, or
# of three parts, or before a word naming it; not a game's score at one moment ("a 6-3 lead", "tied at 6-6"), a range
# of a count ("10-15 people", "3-5 days": a plural noun after it), a year span ("2013-14") or a code ("555-1234").
_RECORD = re.compile(r"(?<![\w.,:/–-])\d{1,3}[–-]\d{1,3}(?:[–-]\d{1,3})?(?![\w%/–-]|[.,:]\d)(?!\s+[a-z]+[^s\W]s\b)")
_RECORD_CUE = re.compile(r"\b(?:went|finished|go|goes|going|was|is|were|are)\s+$")
_RECORD_NOUN = re.compile(r"\s+(?:record|mark|season|campaign|start|finish)\b")


@lru_cache(maxsize=65536)
def _records(text: str) -> frozenset[str]:
    """The win-loss records and scores of the statement's claim clause, each with plain hyphens; not those of an aside
    in brackets, a team's standing named with it ("The Vells (10-5, 4-4 away) clinched…")."""
    clause = re.sub(r"\([^()]*\)", " ", claim_clause(text))
    found = set()
    for match in _RECORD.finditer(clause):
        after = _FOLLOWING_WORD.match(clause, match.end())
        if after and after.group(1) in INVARIANT_PLURALS:
            continue  # "10-15 people": a range of a count
        if (match.group(0).count("-") + match.group(0).count("–") == 2 or _RECORD_CUE.search(clause[: match.start()])
                or _RECORD_NOUN.match(clause, match.end())):
            found.add(match.group(0).replace("–", "-"))
    return frozenset(found)


_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")


@lru_cache(maxsize=65536)
def _when_told(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The years and the days of a month ("aug 29") the statement's claim clause names."""
    clause = claim_clause(text)
    return _years(clause), _dates(clause) - _weekdays(_dates(clause))


# A year that dates what is told ("in 2009", "in early 2017", "Sept. 3, 2017"), or after such a year and "and" ("in
# 1998 and 2009"); not a year that bounds a span ("the first landing since 1976", "by 2020"), nor a count ("an army of
# 2000 troops": no such word before it).
_YEAR_BEFORE = re.compile(rf"(?:\b(?:in|during|early|late|spring|summer|autumn|fall|winter|{MONTHS})\.?|\d{{1,2}},|"
                          rf"mid-)\s*$", re.IGNORECASE)
_YEAR_LISTED = re.compile(r"(?P<year>\d{4}),?\s+(?:and|or)\s+$")


def _years(clause: str) -> frozenset[str]:
    found: set[str] = set()
    for match in YEAR.finditer(clause):
        before = clause[max(0, match.start() - 20) : match.start()]
        listed = _YEAR_LISTED.search(before)
        if _YEAR_BEFORE.search(before) or listed and listed.group("year") in found:
            found.add(match.group(0))
    return frozenset(found)


# A date opening the sentence, before its subject ("On April 13, 2012, the DPRK launched…", "In 2012, …", "Between
# 1910 and 1945, the Cubs won…"): it dates all the sentence tells, a complement of a saying too ("…, but later
# confirmed that the satellite failed to enter its orbit"), which its claim clause may be without the date.
_OPENING_DATE = re.compile(rf"(?:In|On|During|Between|Back in)\s+(?:(?:early|late|mid-?)\s*)?"
                           rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?\s+)?"
                           r"(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d(?:\s+and\s+(?:1[89]|20)\d\d)?,", re.IGNORECASE)


def opening_years(text: str) -> frozenset[str]:
    """The years of a date opening the statement's sentence, with a comma after it (``_OPENING_DATE``)."""
    found = _OPENING_DATE.match(text)
    return frozenset(YEAR.findall(found.group(0))) if found else frozenset()


def _weekdays(dates: frozenset[str]) -> frozenset[str]:
    return frozenset(d for d in dates if " " not in d)


# Capitalised words (up to three) before a lower-case noun: "New Zealand climber"; and before
# "and"/"or"/a comma, where a list of nationalities goes on ("One Australian and one English climber").
_CAPITALISED = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_BEFORE_NOUN = re.compile(rf"(?P<words>{_CAPITALISED})\s+(?P<noun>[a-z]{{3,}})\b")
_LISTED_BEFORE = re.compile(rf"(?P<words>{_CAPITALISED})(?:,|\s+and|\s+or)\s+(?:one\s+|an?\s+)?$")


def _nation_ending(words: str) -> str | None:
    """The country of the nationality that ends ``words``: "On Sunday British" → United Kingdom,
    "New Zealand" → New Zealand, "Real Madrid" → None."""
    split = words.split()
    country = nations()
    return next((country[form] for n in (3, 2, 1) if len(split) >= n
                 and (form := " ".join(split[-n:])) in country), None)


@lru_cache(maxsize=65536)
def nationals(text: str) -> dict[str, frozenset[str]]:
    """Each noun that nationalities describe in ``text`` → their countries: "One Australian
    and one English climber" → {"climber": {"Australia", "United Kingdom"}}."""
    found: dict[str, set[str]] = defaultdict(set)
    for match in _BEFORE_NOUN.finditer(text):
        noun, country = singular(match.group("noun")), _nation_ending(match.group("words"))
        if country is None or noun in STOPWORDS:
            continue
        found[noun].add(country)
        before = text[: match.start()]
        while (listed := _LISTED_BEFORE.search(before)) and (country := _nation_ending(listed.group("words"))):
            found[noun].add(country)
            before = before[: listed.start()]
    return {noun: frozenset(countries) for noun, countries in found.items()}


_ANAPHORIC_OPENING = re.compile(cues.ANAPHORIC_OPENING, re.IGNORECASE)


_INQUIRY = re.compile(cues.INQUIRY_WHETHER, re.IGNORECASE)
_NOT_KNOWN_OPENING = re.compile(cues.NOT_KNOWN_OPENING, re.IGNORECASE)
_ASKED_WHETHER = re.compile(cues.ASKED_WHETHER, re.IGNORECASE)
_ASK_STEM = _stem("ask")
# The words of a thing said not to be known are no terms of an open question: "unclear if other passengers were with
# her" / "unclear how the passenger got on the flight" share that each is open, not what is asked.
_NOT_KNOWN = frozenset(_stem(word) for word in cues.NOT_KNOWN_WORDS)


def _open_question(proposition: str) -> bool:
    """Does the statement's first proposition tell an open question (``NOT_KNOWN_OPENING``, or a main verb asking
    whether: ``ASKED_WHETHER``)? Like an inquiry (``_inquiry_apart``), it tells that something is asked, not that it is
    so. A question in a side clause ("…, though it is not known how many have died") leaves the main fact told."""
    asked = _ASKED_WHETHER.search(proposition)
    return bool(_NOT_KNOWN_OPENING.match(proposition)
                or asked and not _ASKED_ASIDE.match(proposition[: asked.start()])
                and main_predicate(proposition) == _ASK_STEM)


# An opening "Asked if…, Roe said" tells the answer, not the question.
_ASKED_ASIDE = re.compile(r"\W*(?:(?:and|but|so|yet|when|after)\s+)?$", re.IGNORECASE)


_GENERIC = re.compile(cues.GENERIC_FRAME, re.IGNORECASE)


# Words describing a person's full name: up to three before it ("star running back Jo Roe", "first base coach Jo
# Roe"), or after it and an article or possessive ("Jo Roe, the first base coach for…"); a stop word or a verb ends
# them, and the word next to the name is a noun ("stopping Jo Roe" describes no one).
_BEFORE_NAME = re.compile(r"(?P<words>(?:\b[a-z][a-z-]*\s+){1,3})(?=[A-Z][\w'’.-]*\s+[A-Z])")
_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]*,\s+(?:the|a|an|his|her|its|their)\s+"
                         r"(?P<words>(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)")


@lru_cache(maxsize=65536)
def _descriptions(text: str) -> frozenset[str]:
    """The stems of the words describing the names of the statement's claim clause (_BEFORE_NAME, _AFTER_NAME)."""
    clause = claim_clause(text)
    found = set()
    for pattern, nearest_last in ((_BEFORE_NAME, True), (_AFTER_NAME, False)):
        for match in pattern.finditer(clause):
            words = re.split(r"[\s-]+", match.group("words").strip())
            for index, word in enumerate(reversed(words) if nearest_last else words):
                stem = _word_stem(word)
                if stem is None or word.endswith("ed") or word in IRREGULAR_FORMS or not index and word.endswith("ing"):
                    break
                found.add(stem)
    return frozenset(found)


_SAY_STEMS = frozenset(_stem(verb) for verb in cues.SAYING_VERBS)


@lru_cache(maxsize=65536)
def _first_negated(sentence: str) -> str | None:
    """The stem of the first word a negation governs in the sentence's main proposition, past its adverbs
    ("did not reveal what…" → reveal, "did not immediately confirm" → confirm), None when there is none or it is
    a denial."""
    for _, _, following in _negation_scopes(sentence):
        verb = following.split(maxsplit=1)[:1]
        if verb and _DENY.search(verb[0]):
            return None  # "did not deny the presence of…" puts the presence forward
        for word in re.findall(r"[A-Za-z'’-]+", following.lower()):
            # Adverbs are skipped as ``main_predicate`` skips them, so that the two can be compared ("did not
            # immediately confirm" negates "confirm"), and so are stop words but a verb of saying ("did not say").
            if word.endswith("ly") or word in _PREDICATE_SKIP:
                continue
            if (stem := _word_stem(word)) is not None:
                return stem
            if _CUE.search(word):
                return _stem(word)
    return None


# "These people are not injured", "They did not…": whom the negation is about is unknown.
_VAGUE_SUBJECT = re.compile(r"\W*(?:these|those|this|they|it|he|she|some|others?)\b", re.IGNORECASE)


_COPULA = re.compile(rf"\b(?:{cues.COPULAS})(?![\w'’])", re.IGNORECASE)


def _state(sentence: str) -> tuple[frozenset[str], str, bool] | None:
    """The subject's stems, the state its main proposition tells with a copula ("China's station has been
    completely out of control" → (china, station), control), past adverbs and a negation, and whether it is told of
    the past ("was", "had been": "was not open" is no dispute of "is open"); None without one, or with no subject of
    content words ("It is not safe")."""
    parts = propositions(claim_clause(sentence))
    if not parts:
        return None
    first = parts[0][0]
    copula = _COPULA.search(first)
    if copula is None:
        return None
    subject = frozenset(_content_stems(first[: copula.start()]))
    for word in re.findall(r"[A-Za-z'’-]+", first[copula.end() :].lower()):
        if word.endswith("ly") or word in _PREDICATE_SKIP:
            continue
        if (stem := _word_stem(word)) is not None:
            return (subject, stem, copula.group(0).lower().startswith(("was", "were", "had"))) if subject else None
    return None
