"""Grouping, what two statements share: the weighted overlap of their terms, and whether their
figures agree (same count, same measure, comparable bounds).
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..entity_data import gazetteer
from ..figures import CLOCK_UNIT, FROM_A_PLACE, PERSON_UNITS, is_national_unit
from ..lang.en import stance as cues
from ..models import common_terms
from ..structure import Figure
from .prepared import _MEASURES, _TITLE_STEMS, _Part
from .terms import (
    _DISTINCTIVE_NAME_WEIGHT,
    _FIGURE_TERM_MIN,
    _GENERIC_UNITS,
    _MIN_PROPOSITION_TERMS,
    _MONTH_STEMS,
    _NAME_RUN_DISCOUNT,
    _OCCASION_STEMS,
    _ORDINARY_CONTAINED,
    _RIVAL_RATIO,
    _WORD,
    _is_range,
    _stem,
    _word_stem,
)
from .titles import _SLACK


def _overlap(a: _Part, b: _Part, weight: dict[str, float], shared: frozenset[str] | None = None) -> float:
    """Weighted overlap, mostly on the smaller side's share so that a short restatement can
    meet a long one, but damped when the long one says much more. ``shared``: their common
    terms, when the caller has them already."""
    shared = a.terms & b.terms if shared is None else shared
    if a.runs and b.runs and (others := _other_names(shared, a.runs, b.runs)):
        shared -= others
    if len(shared) < 2 or _one_name(shared, a.runs, b.runs) or shared in _place_names():
        return 0.0
    if shared & _OCCASION_STEMS and shared <= a.capitals & b.capitals:
        return 0.0  # "landed on New Year's Eve" / "celebrate New Year's Eve twice": when, not what happened
    w_shared = _evidence(shared, a.runs, b.runs, weight)
    w_a, w_b = a.mass, b.mass
    jaccard = w_shared / (w_a + w_b - w_shared)
    if len(a.terms) < _MIN_PROPOSITION_TERMS or len(b.terms) < _MIN_PROPOSITION_TERMS:
        return jaccard  # two words say too little for one side to contain the other
    # A name is shared only where both write it as one: "New Year's Eve" and "every three years" share a word.
    if len(shared) < _ORDINARY_CONTAINED and not a.counts.keys() & b.counts.keys() and not _telling(
            shared, a.names & b.names):
        return jaccard  # two words common in any news ("feel safe") are no fact one statement contains
    # The story's own words ("Cubs", "World Series", "Equifax", "breach") are in many of its facts: a few of them and
    # one other word (or name) found in a longer statement are no fact it contains, unless both count one thing,
    # too many to be chance ("200,000 credit card numbers" / "209,000 … card numbers"; not "two runs"). Many of
    # them together are the story's central fact, which each outlet tells in just those words.
    specific = shared - a.story
    if len(shared) < _STORY_CONTAINED and (len(specific) < 2 or _one_name(specific, a.runs, b.runs)) and not any(
            f.low is not None and f.low >= _FIGURE_TERM_MIN
            for unit in (a.counts.keys() & b.counts.keys()) - cues.TIME_UNITS for f in a.counts[unit] + b.counts[unit]):
        return jaccard
    containment = w_shared / (w_a if w_a < w_b else w_b)
    return 0.7 * containment + 0.3 * jaccard


def _other_names(terms: frozenset[str], runs: dict[str, frozenset[str]], other_runs: dict[str, frozenset[str]]
                 ) -> frozenset[str]:
    """The ``terms`` that are the one word two different names share: "Memphis" of "Memphis Hustle" and "Memphis
    State", "Clinton" of "Bill Clinton" and "Hillary Clinton". Each name has a word of its own that is no title
    ("President Obama" and "Barack Obama" are one man), and they share no other word ("Tory leader Michael Howard"
    and "Conservative leader Michael Howard" are one man too)."""
    found = set()
    for term in terms:
        mine, theirs = runs.get(term), other_runs.get(term)
        if (mine and theirs and len(mine & theirs) == 1 and mine - theirs - _TITLE_STEMS
                and theirs - mine - _TITLE_STEMS):
            found.add(term)
    return frozenset(found)


def _telling(terms: frozenset[str], names: frozenset[str]) -> bool:
    """Is one of ``terms`` telling evidence of a fact: a name, a figure or a word news at large seldom uses?"""
    return bool(terms & names) or not terms <= common_terms()


def _one_name(terms: frozenset[str], runs: dict[str, frozenset[str]], other_runs: dict[str, frozenset[str]]) -> bool:
    """Are ``terms`` all words of one multi-word name ("President Obama")? Then two statements share
    who is involved and nothing of what happened: "President Obama has been briefed" and "President
    Obama and President Hollande met last week" are two facts."""
    if not (runs or other_runs) or terms.difference(runs).difference(other_runs):
        return False  # a term in no name (most pairs): no name holds them all
    # Every term's name tried, not whichever a set yields first: its order changes with Python's hash seed.
    return any(terms <= runs.get(term, frozenset()) | other_runs.get(term, frozenset()) for term in terms)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[frozenset[str]]:
    """The stems of each place named in more than one word ("the British Virgin Islands", "Latin America"). Two
    statements sharing only such a place share where, not what happened there ("companies incorporated in the Vell
    Islands" / "the Vell Islands form more corporations than anywhere"): ``name_runs`` leaves places out of the names
    of people and bodies, so its words would otherwise count as several things in common."""
    found = set()
    for place in gazetteer().big_places:
        stems = frozenset(stem for part in _WORD.findall(place) if (stem := _word_stem(part.lower())) is not None)
        if len(stems) > 1:
            found.add(stems)
    return frozenset(found)


def _evidence(terms: frozenset[str], runs: dict[str, frozenset[str]], other_runs: dict[str, frozenset[str]],
              weight: dict[str, float]) -> float:
    """The summed weight of ``terms``, each multi-word name counted by its weightiest word and
    the rest of its words at a discount: "Tory leader Michael Howard" in two sentences is one
    shared person, not four shared words. fsum: exactly rounded, so the sum does not depend on
    the set's order (which changes with the interpreter's hash seed) and a pair right at a bar is
    judged alike on every run."""
    plain = math.fsum(map(weight.__getitem__, terms))
    if not runs and not other_runs:
        return plain
    # Most terms are in no name: only the others are looked up (set differences, not a lookup of each term). One
    # word of a name is counted whole.
    in_names = terms - terms.difference(runs).difference(other_runs)
    if len(in_names) < 2:
        return plain
    best: dict[frozenset[str], float] = {}
    named = []
    for term in in_names:
        mine, theirs = runs.get(term), other_runs.get(term)
        run = theirs if mine is None else mine if theirs is None else mine | theirs
        if run:
            key = frozenset(run & terms)
            best[key] = max(best.get(key, 0.0), weight[term])
            named.append(weight[term])
    return plain - _NAME_RUN_DISCOUNT * (math.fsum(named) - math.fsum(best.values()))


def _figures_agree(a: _Part, b: _Part) -> bool | None:
    """Whether two parts' figures can describe the same quantity: None if they share no
    unit, False if some shared unit has ranges that cannot overlap."""
    verdict = None
    for unit in a.counts.keys() & b.counts.keys():
        overlap = any(_overlaps(x, y) for x in a.counts[unit] for y in b.counts[unit])
        verdict = overlap if verdict is None else verdict and overlap
    return verdict


def _numbers_match(a: list[Figure], b: list[Figure]) -> bool:
    """Does every figure of the part giving fewer figures recur in the other? (True if
    either gives none.) Restating a fact keeps its numbers. Beside one price or share both give, a span of time the
    other gives none of is a detail of it ("plunged to a 12-week low below $6,000" / "falling 14% to $5,920"); so is
    a time of day of an event the other gives no time of ("landed at 10:15 a.m." / "took off at 12:05 a.m., landed")."""
    a, b = _timed_alike(a, b), _timed_alike(b, a)
    if not a or not b:
        return True
    fewer, more = sorted((a, b), key=len)
    measured = any(x.unit == y.unit and x.unit in _MEASURES and _overlaps(x, y) for x in fewer for y in more)
    spans = {y.unit for y in more if y.unit in cues.TIME_UNITS} if measured else cues.TIME_UNITS
    return all(any(_overlaps(x, y) for y in more if _same_kind(x, y) or _same_count(x, y)) for x in fewer
               if (x.unit in spans or x.unit not in cues.TIME_UNITS) and not _vague_toll_left_out(x, more))


def _vague_toll_left_out(figure: Figure, other: list[Figure]) -> bool:
    """Is the figure a vague count of the story's dead, injured or missing ("dozens were injured") that the other
    figures count none of? "Several people died and dozens were injured after a tram derailed" and "Seven people were
    killed when a two-car tram jumped the rails" tell one toll: the one leaves the injured out, it does not change
    their number."""
    return (figure.value is None and not _is_range(figure) and figure.counted in cues.STORY_COUNTS
            and all(f.counted != figure.counted for f in other))


def _timed_alike(figures: list[Figure], other: list[Figure]) -> list[Figure]:
    """The figures but the times of day of events ``other`` gives no time of: a time of day is when its event
    happened, compared only with another time of that event."""
    timed = {f.counted for f in other if f.unit == CLOCK_UNIT}
    return [f for f in figures if f.unit != CLOCK_UNIT or f.counted in timed]


def _same_count(x: Figure, y: Figure) -> bool:
    """One number of the same event's people or things under two nouns ("two guards were hurt" / "two officers were
    hurt"): a restatement may name them otherwise. Not "12 soldiers killed" and "12 civilians injured"."""
    event = _event_of(x)
    return (x.value is not None and x.value == y.value and bool(x.unit) and bool(y.unit)
            and event is not None and event == _event_of(y))


def _event_of(figure: Figure) -> str | None:
    """What happened to what a figure counts ("injured" of "guard injured" or of "injured"), None if it tells none."""
    if not figure.counted or figure.counted == figure.unit:
        return None
    return figure.counted.removeprefix(f"{figure.unit} ")


def _same_kind(x: Figure, y: Figure) -> bool:
    """Could the two figures count the same thing? The same unit, or one without a unit, or
    the same people or things counted under other nouns ("five people" / "dozens of
    villagers" injured; "two others" / "two men")."""
    if x.unit != y.unit and (is_national_unit(x.unit) or is_national_unit(y.unit)):
        return False  # "10 Americans" among "12 people" killed: a part of the count, not a rival of it
    if x.unit == y.unit or None in (x.unit, y.unit) or x.counted is not None and x.counted == y.counted:
        return True
    return _is_person_unit(x.unit) and _is_person_unit(y.unit)


def _is_person_unit(unit: str | None) -> bool:
    return unit == "people" or unit in PERSON_UNITS


def _bounds(figure: Figure) -> tuple[float, float]:
    return (figure.low if figure.low is not None else -math.inf,
            figure.high if figure.high is not None else math.inf)


def _overlaps(x: Figure, y: Figure, slack: float = _SLACK) -> bool:
    if x.unit == CLOCK_UNIT:
        slack = 1.0  # a time of day is exact to its minute: 10:05 p.m. is not 10:15 p.m.
    (x_low, x_high), (y_low, y_high) = _bounds(x), _bounds(y)
    return x_low <= y_high * slack and y_low <= x_high * slack


# A vague amount's bounds are loose: "dozens" injured and "more than 100" need not disagree.
_VAGUE_SLACK = 1.5


def _comparable(a: _Part, b: _Part, unit: str) -> bool:
    """Could the two parts' figures for ``unit`` be rival estimates of one quantity?
    Estimates of one thing rarely differ by more than a factor of _RIVAL_RATIO (3,000 vs
    10,000 troops); 600,000 casualties and 10,000 deployed troops are different quantities."""
    for x in a.counts[unit]:
        for y in b.counts[unit]:
            (x_low, x_high), (y_low, y_high) = _bounds(x), _bounds(y)
            gap_low, gap_high = max(x_low, y_low), min(x_high, y_high)
            if gap_low <= gap_high * 1.05 or gap_low <= _RIVAL_RATIO * max(gap_high, 1):
                return True
    return False


def _rivals_of_one(a: _Part, b: _Part, unit: str) -> bool:
    """Can the two parts' counts of ``unit`` be rival estimates of one quantity? Not differing counts of a game's
    units ("a 32-yard pass", "ran 16 yards"; ``cues.SCORE_UNITS``): those are different plays, and only the same
    value is one count. Estimates of the dead, of troops or of a crowd do differ."""
    return unit not in cues.SCORE_UNITS or any(_overlaps(x, y) for x in a.counts[unit] for y in b.counts[unit])


def _count_unmatched(a: _Part, b: _Part) -> bool:
    """Does one part count people or things ("3,000 engineers were sent") that the other
    mentions without a count ("engineers were sent")? Then how many is a fact of its own.
    A count of something the other does not mention ("…a business employing at least 10
    workers") is only a further detail."""
    # A distance from a place counts its length unit too: "landed 730 miles off the coast" mentions miles with a count.
    return any(unit not in _GENERIC_UNITS and unit not in other.counts and _stem(unit) in other.terms
               and f"{unit} ({FROM_A_PLACE})" not in other.counts
               for part, other in ((a, b), (b, a)) for unit in part.counts)


def _tally_shared(a: _Part, b: _Part) -> bool:
    """Do the parts give one count of the same people or things ("dozens injured" in both)? Then both tell that
    tally, and a further count one of them gives of what the other tells without a number ("at least five killed and
    dozens injured" / "dozens were injured in the quake, which killed people") is the fuller report of it, not a fact
    of its own."""
    return any(unit not in _GENERIC_UNITS and any(_overlaps(x, y) for x in a.counts[unit] for y in b.counts[unit])
               for unit in a.counts.keys() & b.counts.keys())


def _same_actors_and_event(a: _Part, b: _Part, weight: dict[str, float]) -> bool:
    """Do the parts name two or more of the same people, places or bodies, not all of them
    the dossier's ubiquitous ones, and tell of the same kind of event ("Stein was escorted
    off the premises of Hofstra" / "Hofstra security removed Stein")? Then little else need
    be shared: the rest of each sentence is usually circumstance."""
    events = a.events & b.events
    if not events:
        return False
    # "Twitter" capitalised somewhere is still the event; "September" is when, not who.
    actors = (a.names & b.names) - events - _MONTH_STEMS
    return len(actors) >= 2 and any(weight[t] >= _DISTINCTIVE_NAME_WEIGHT for t in actors)


_STORY_CONTAINED = 6
