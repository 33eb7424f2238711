"""Figures told apart across claims, and where one claim's figures disagree
(``figure_disagreement``, ``claim_figures``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..figures import CLOCK_UNIT, OTHER, QUALIFIERS, ages, date_in, positions, qualified_range
from ..lang.en import stance as cues
from ..structure import UNKNOWN_OUTLET, Claim, Figure, Statement
from .evidence import _VAGUE_SLACK, _overlaps, _same_kind
from .joins import LEAD_PARAGRAPHS
from .titles import _A_YEAR, _SLACK, _whole_count


def ages_told_apart(statements: list[Statement]) -> list[list[tuple[Figure, Statement]]]:
    """The ages of one noun ("boy") that the story's sources tell two ways or more, each of those ages told by two
    sources or more (outlets, those running one text counted once) and no source telling two of them. Three outlets'
    "a 4-year-old boy" and two others' "a 3-year-old boy" are one boy's age told apart (a first report, corrected
    later), which no claim shows: the sentences telling it tell different facts (he fell, the gorilla was shot). Not
    an age of a sentence naming a year ("a 3-year-old boy fell into the den in 1996", "the 2013 mauling of a 2-year-old
    boy": another time's boy), nor of a noun a sentence gives two ages of ("a 2-year-old boy and a 6-year-old boy":
    two of them); an age one source alone tells is left aside (a boy of another paragraph, as likely as a wrong age).
    Each noun's rows by age, then article and paragraph; the nouns in order."""
    told: dict[str, list[tuple[Figure, Statement]]] = defaultdict(list)
    several = set()
    for statement in statements:
        found = ages(statement.text)
        values: dict[str, set[float | None]] = defaultdict(set)
        for figure in found:
            values[figure.counted].add(figure.value)
        several |= {noun for noun, given in values.items() if len(given) > 1}
        if not _A_YEAR.search(statement.text):
            for figure in found:
                told[figure.counted].append((figure, statement))
    apart = []
    for noun, rows in sorted(told.items()):
        by_value: dict[float | None, set[str]] = defaultdict(set)
        for figure, statement in rows:
            by_value[figure.value].add(_source_of(statement))
        camps = {value: sources for value, sources in by_value.items() if len(sources) > 1}
        in_camps = [source for sources in camps.values() for source in sources]
        if noun not in several and len(camps) > 1 and len(in_camps) == len(set(in_camps)):
            apart.append(sorted(((f, s) for f, s in rows if f.value in camps),
                                key=lambda row: (row[0].value, row[1].article, row[1].paragraph)))
    return apart


def counts_told_apart(statements: list[Statement]) -> list[list[tuple[Figure, Statement]]]:
    """The counts of the story's dead, injured or missing (``cues.STORY_COUNTS``) that sources tell two ways in
    different claims, which no claim's figures show: "27 people are injured" (one outlet's claim) and "a ship struck a
    bridge and 25 people were injured" (another's). Only counts of people told as the whole (``_whole_count``), in an
    article's first ``LEAD_PARAGRAPHS`` (a later paragraph's count is more often another event's: an earlier crash,
    another attack), and only of articles giving one such count of that event throughout (one giving 77 and 80 dead
    tells a running toll, or two groups); not of a sentence naming a year (another time's count). Two counts are told
    apart where they cannot both be true (``_rivals``: dates, bounds and running tolls as within a claim: "at least 20"
    is true of 25, a later date's count is an update) and two sources tell them (outlets, those running one text
    counted once), in two claims. Each count's rows by value, then article and paragraph; the counts in order."""
    found: dict[str, list[tuple[Figure, Statement]]] = defaultdict(list)
    values: dict[tuple[str, str], set[float | None]] = defaultdict(set)
    for statement in statements:
        if statement.negated or _A_YEAR.search(statement.text):
            continue
        for figure in statement.figures:
            if _whole_count(figure, statement.text):
                values[(statement.article, figure.counted)].add(figure.value)
                if statement.paragraph < LEAD_PARAGRAPHS:
                    found[figure.counted].append((figure, statement))
    apart = []
    for counted, rows in sorted(found.items()):
        told = [(f, s) for f, s in rows if len(values[(s.article, counted)]) == 1]
        dated = {id(s): date_in(s.text) is not None for _, s in told}
        rivals = {id(f) for f, s in told for g, t in told if s.claim != t.claim and _source_of(s) != _source_of(t)
                  and _rivals(f, g, dated[id(s)] or dated[id(t)])}
        if rivals:
            apart.append(sorted(((f, s) for f, s in told if id(f) in rivals),
                                key=lambda row: (row[0].value, row[1].article, row[1].paragraph)))
    return apart


def positions_told_apart(statements: list[Statement], people: Callable[[Statement], dict[str, str]]
                         ) -> list[tuple[str | None, list[tuple[Figure, Statement]]]]:
    """The stages of a contest at which sources tell one event happened two ways (``positions``): "stopped for a
    second time in the 28th lap" and "Lap 29 … stops the race with another red flag". An event is one where it is the
    same kind (``counted``), the same time of it (the clause's "second", "another"; unmarked, the first) and, for an
    event befalling one person (a crash), the one person its clause names (``people``: each name the sentence writes
    → its entity); a clause naming none or several is left aside. An unmarked stage is no first one where it comes
    no earlier than a later time's stage told in the story (a stoppage "on lap 29", told once, is the second if
    another is "the second, on lap 28"), and an event told a third time is left aside ("another" may be any later
    one). Not of a sentence naming a year (another race) or negated; a source telling two stages of one event is left
    aside (two events, or its own slip). Each event's person (an Entity.id, or None) and rows by stage, article and
    paragraph."""
    found: dict[tuple[str, str | None], list[tuple[Figure, Statement, int | None]]] = defaultdict(list)
    for statement in statements:
        if statement.negated or _A_YEAR.search(statement.text):
            continue
        told = positions(statement.text)
        names = people(statement) if told else {}
        for figure, clause in told:
            personal = cues.POSITION_EVENTS[(figure.counted or "").split(" (")[0]][1]
            named = {entity for name, entity in names.items() if name in clause}
            if personal and len(named) != 1:
                continue
            # The figure carries the time as its word (``figures.positions``), which the cue table numbers.
            occurrence = cues.POSITION_OCCURRENCES[figure.modifiers[0]] if figure.modifiers else None
            found[(figure.counted or "", min(named) if personal else None)].append((figure, statement, occurrence))
    apart = []
    for (_, person), rows in sorted(found.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        if any(occurrence and occurrence > 2 for _, _, occurrence in rows):
            continue
        later = min((f.value for f, _, occurrence in rows if occurrence == 2 and f.value is not None), default=None)
        by_time: dict[int, list[tuple[Figure, Statement]]] = defaultdict(list)
        for figure, statement, occurrence in rows:
            if occurrence or later is None or (figure.value is not None and figure.value < later):
                by_time[occurrence or 1].append((figure, statement))
        for _, told in sorted(by_time.items()):
            values: dict[str, set[float | None]] = defaultdict(set)
            for figure, statement in told:
                values[_source_of(statement)].add(figure.value)
            kept = [(f, s) for f, s in told if len(values[_source_of(s)]) == 1]
            if len({f.value for f, _ in kept}) > 1:
                apart.append((person, sorted(kept, key=lambda row: (row[0].value, row[1].article, row[1].paragraph))))
    return apart


def counts_differing_undated(claim: Claim) -> list[list[tuple[Figure, Statement]]]:
    """The counts of the story's dead, injured or missing (``_whole_count``) that the claim's articles give with
    different values and no date in their sentences: "Seven people have died" and "At least five people are dead".
    Without dates neither reads as the other's update, though a lower bound may be true of the higher count. Each
    count's rows, the highest value first, then by article and paragraph."""
    found: dict[str, list[tuple[Figure, Statement]]] = defaultdict(list)
    for statement in claim.statements:
        if date_in(statement.text) is None:
            for figure in statement.figures:
                if figure.when is None and _whole_count(figure, statement.text):
                    found[figure.counted].append((figure, statement))
    return [sorted(rows, key=lambda row: (-row[0].value, row[1].article, row[1].paragraph))
            for _, rows in sorted(found.items())
            if any(f.value != g.value and s.article != t.article for f, s in rows for g, t in rows)]


def _source_of(statement: Statement) -> str:
    """Whose text a statement is: the agency or the article it copies, else its outlet."""
    return statement.wire or statement.copy_of or statement.outlet or UNKNOWN_OUTLET


def figure_disagreement(claim: Claim) -> bool:
    """Do the claim's statements give figures for the same unit that cannot all be true?"""
    if len(claim.statements) < 2:
        return False  # figures within one article never conflict (``claim_figures``)
    return any(conflicting for _, _, conflicting in claim_figures(claim))


def claim_figures(claim: Claim) -> list[tuple[Figure, Statement, bool]]:
    """Each figure of the claim with the statement (source, outlet) that gives it, and
    whether another statement gives a figure of the same thing (``Figure.counted``: the
    killed, the injured, houses, troops, dollars) for the same time that cannot be true with
    it. A running count (a toll) given for different dates is an update, not a rival (the days two articles came out
    are no such dates: undated, only a count a sentence tells is moving, "rose to six", is an update); a
    margin or a change ("19 points clear", "gained 45 points") and a span of time ("two
    seasons") are nobody's rival.
    Figures within one article never conflict: "46 percent to 42 percent" is one poll, and
    "two executives were charged" and "three other executives settled" are two groups. A
    statement giving several values of one thing tells of its parts ("three gorillas were in
    the enclosure but the two females were called out") or of a change, so those figures are
    no one's rivals either. Ages (``ages``) are figures here: the boy's age is one of a claim about him."""
    rows = [(f, s) for s in claim.statements for f in [*s.figures, *ages(s.text)] if f.counted]
    # A count of others is of another group: "850 soldiers, with another 1,000 troops" gives one value of each. Not
    # so "three gorillas…, but the two female gorillas…": a whole and its part.
    def thing(f: Figure, s: Statement) -> tuple[int, str, bool]:
        return id(s), f.counted, OTHER in f.modifiers

    values: dict[tuple[int, str, bool], set[float | None]] = defaultdict(set)
    for f, s in rows:
        values[thing(f, s)].add(f.value)
    compared = [(f, s) for f, s in rows if len(values[thing(f, s)]) == 1]
    dated = {id(s): date_in(s.text) is not None for s in claim.statements}
    return [(f, s, len(values[thing(f, s)]) == 1 and any(
        t.article != s.article and _rivals(f, g, dated[id(s)] or dated[id(t)]) for g, t in compared))
            for f, s in rows]


def _undated_tolls_differ(f: Figure, g: Figure) -> bool:
    """Are both a running count (a toll) given with no date at all, neither said to be moving nor an estimate, and of
    different values? "Five people are dead" and "Seven people have died" can both be true, but with no date neither
    reads as the other's update: a reader must see the two counts differ, not that the outlets agree. A lower bound
    the other count meets agrees with it: "at least five dead" is true of seven."""
    if None in (f.value, g.value):
        return False
    low, high = (f, g) if f.value <= g.value else (g, f)
    return (f.growing and g.growing and f.when is None and g.when is None and not (f.running or g.running)
            and "about" not in (f.qualifier, g.qualifier) and low.qualifier not in _LOWER_BOUNDS
            and high.value > low.value * _SLACK)


def _estimates_differ(f: Figure, g: Figure) -> bool:
    """Are both figures estimates ("about", "roughly", "nearly") and the higher value beyond what the lower one's
    estimate allows? The two ranges overlap, yet a reader sees two outlets give two numbers for one thing: "about 850
    soldiers" and "roughly 1,000 service members" at one base (not "about 900" and "roughly 1,000": one figure
    rounded two ways)."""
    if None in (f.value, g.value) or f.qualifier != "about" or g.qualifier != "about":
        return False
    low, high = sorted((f.value, g.value))
    return high > qualified_range(low, "about")[1]


_LOWER_BOUNDS = frozenset(qualifier for qualifier in QUALIFIERS.values() if qualified_range(1, qualifier)[1] is None)


def _rivals(f: Figure, g: Figure, dated: bool) -> bool:
    """Can the two figures not both be true? ``dated``: a sentence of the two gives its own date, so each figure's
    ``when`` is the day it is told for; else both are only the days their articles came out."""
    if f.counted != g.counted or not _same_kind(f, g):
        return False
    if (_overlaps(f, g, _VAGUE_SLACK if None in (f.value, g.value) else _SLACK) and not _undated_tolls_differ(f, g)
            and not _estimates_differ(f, g)):
        return False
    if f.modifiers != g.modifiers:
        return False  # "two side cores" and "three booster cores", "five other defendants" and "25 defendants"
    # A margin changes as the contest goes and names a pair the sentence may not: Rosberg "19
    # points clear" before a race and "a 12 point lead" after it. A span of time is a fact of
    # whoever it belongs to ("his two seasons", "eight seasons at Ferrari").
    if f.relative or g.relative or f.unit in cues.TIME_UNITS:
        return False
    if f.unit == CLOCK_UNIT:
        # The time of one event is one time whenever the articles came out: only dates their sentences give apart
        # ("at 9 a.m. on Monday" / "at 11 a.m. on Tuesday") make two times of it no rivals.
        return f.when is None or g.when is None or f.when == g.when
    # Figures for different dates (or one dated, one not) tell of different moments: a later
    # figure of a running count is an update, a release months later another release. Two articles that came out on
    # different days and date neither figure tell of one moment, unless a sentence tells its count is moving
    # ("rose to six"): "five people were injured" one day and "six people were injured" the next disagree.
    if f.when != g.when and (dated or None in (f.when, g.when) or f.running or g.running):
        return False
    # Undated, a count the story tells is moving ("the death toll rose to 84", "trading at
    # 105.28 yen") has other figures of it as its earlier or later stages ("Hollande saying
    # 77 people died").
    return not (f.when is None and (f.running or g.running))
