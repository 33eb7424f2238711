"""Grouping, what keeps two statements apart however many words they share: different acts,
times, modalities, subjects, countries, dates, records; and the score of two parts (``_part_score``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..figures import CLOCK_UNIT, RATIO, YEAR
from ..lang.en import stance as cues
from ..patterns import whole_word_spans
from ..structure import Figure, Statement
from .days import days_apart
from .evidence import (
    _VAGUE_SLACK,
    _comparable,
    _count_unmatched,
    _figures_agree,
    _numbers_match,
    _overlap,
    _overlaps,
    _rivals_of_one,
    _same_actors_and_event,
    _tally_shared,
)
from .prepared import (
    _MEASURES,
    _TITLE_STEMS,
    NO_DAY,
    _countries,
    _country_forms,
    _identifiers_apart,
    _objects_apart,
    _Part,
    _precise,
    _Prepared,
    _weekdays,
)
from .terms import (
    _ACTOR_EVENT_SIMILARITY,
    _GENERIC_UNITS,
    _MERGE_SIMILARITY,
    _QUOTED,
    _TOPIC_SIMILARITY,
    _WORD,
    _content_stems,
    _is_range,
    _main_verb,
    _stem,
    propositions,
)


def _part_score(a: _Part, b: _Part, weight: dict[str, float], shared: frozenset[str]) -> float:
    """How surely two parts sharing the terms ``shared`` put forward the same fact: 0 when
    they cannot (different numbers for one thing), else their overlap, raised to the merge bar
    when their figures show they count the same thing."""
    similarity = _overlap(a, b, weight, shared)
    if similarity >= _ACTOR_EVENT_SIMILARITY and _same_actors_and_event(a, b, weight) or (
            0 < similarity < _TOPIC_SIMILARITY and _same_measure(a, b, shared)):
        similarity = _raised(similarity)
    if similarity < _TOPIC_SIMILARITY:
        return 0.0
    if not a.counts and not b.counts:
        # Nothing counted on either side (most parts): of the tests below only the numbers' and a ratio's can fail.
        if similarity < _MERGE_SIMILARITY + 0.1 and _tells_amount(a) != _tells_amount(b):
            return 0.0
        return similarity if not a.figures or not b.figures or _numbers_match(a.figures, b.figures) else 0.0
    agree = _figures_agree(a, b)
    shared_units = a.counts.keys() & b.counts.keys()
    counted = [u for u in shared_units if u not in _GENERIC_UNITS and _comparable(a, b, u) and _rivals_of_one(a, b, u)]
    if counted and _objects_apart(a, b):
        return 0.0  # one count of things aimed at two objects ("two missions to Mars" / "… to the far side")
    # Rival counts must also be about the same named things: "95 generals" backing Clinton
    # and "88 generals" backing Trump share a unit but no name ("generals" in lower case is
    # no name here, whatever "General Smith" is elsewhere).
    if counted and a.names & b.names & a.capitals & b.capitals:
        return _raised(similarity)  # the same count, whatever value each gives
    if agree is False or not _numbers_match(a.figures, b.figures):
        return 0.0  # different numbers: different facts (two polls, two lists of endorsements)
    # One amount and one other word ("Vellcorp's original $105 billion approach" / "…, or $105 billion, in November")
    # say which sum, not what was done with it: the figures raise a pair that shares two words besides them.
    if agree and any(_close_values(a, b, u) for u in shared_units) and sum("=" not in t for t in shared) >= 2:
        return _raised(similarity)
    if agree and _one_precise_amount(a, b, shared):
        return _raised(similarity)
    if _count_unmatched(a, b):
        return 0.0  # one counts people or things, the other does not: how many is its own claim
    if similarity < _MERGE_SIMILARITY + 0.1 and _tells_amount(a) != _tells_amount(b):
        return 0.0  # one gives an amount the other does not: likely a different fact
    return similarity


def _one_precise_amount(a: _Part, b: _Part, shared: frozenset[str]) -> bool:
    """Do the two parts give one precise amount (``_precise``) of one thing: a count of the same noun ("11.5 million
    documents"), or a sum of money or a share with a word of what it is of beside it in one part written in the other
    too ("a bill of more than $284 billion" / "her electric bill … more than $284 billion")? Outlets restating a figure
    keep it and its noun, whatever else their sentences tell. Not a span of time: "30 years" is of anything."""
    for x in a.figures:
        if not _precise(x) or x.relative or not x.counted or x.unit in cues.TIME_UNITS:
            continue
        for y in b.figures:
            if y.counted == x.counted and y.value == x.value and not y.relative and (
                    x.unit not in _MEASURES or (a.sum_nouns | b.sum_nouns) & shared):
                return True
    return False


def _same_measure(a: _Part, b: _Part, shared: frozenset[str]) -> bool:
    """Do the two parts give one measure of one thing: an amount of the same unit, the values one within rounding or
    one within the other's bound ("fell as low as $5,967.34" / "falling 14% to $5,920", "below $6,000"), no amount
    they both give apart, a happening word in common and a shared word either writes as a name (the subject:
    "Bitcoin")? Outlets report a measured fact in their own words: that is all their sentences need share."""
    units = a.counts.keys() & b.counts.keys() & _MEASURES
    return (bool(units) and bool(a.events & b.events) and bool(shared & (a.names | b.names) - a.events - b.events)
            and _figures_agree(a, b) is True and _numbers_match(a.figures, b.figures)
            and any(_overlaps(x, y) for unit in units for x in a.counts[unit] for y in b.counts[unit]
                    if x.value is not None and y.value is not None and not (x.relative or y.relative)))


def _close_values(a: _Part, b: _Part, unit: str) -> bool:
    """Do the two parts give for ``unit`` values within _VAGUE_SLACK of each other (or a vague amount, told by its
    bounds; a range by both its ends: "30-50 years" is not close to "30 years")? "More than $80 a share" agrees with
    "$235.77" only by leaving the top open: no sign that both give one figure, as "about $121 billion" and "more than
    $121 billion" do."""
    for x in a.counts[unit]:
        for y in b.counts[unit]:
            ends = [*_written(x), *_written(y)]
            if None in ends or max(ends) <= _VAGUE_SLACK * min(ends):
                return True
    return False


def _written(figure: Figure) -> tuple[float | None, ...]:
    """The values a figure writes: its value, a range's two ends ("four or five"), or None for a vague amount."""
    if figure.value is None:
        return (figure.low, figure.high) if _is_range(figure) else (None,)
    return (figure.value,)


def _raised(similarity: float) -> float:
    """A pair a rule judges to tell one fact, raised to the merge bar and no further: the
    wording's own overlap stays as a small remainder, so that of the pairs raised alike
    the closer restatements are joined first (not those of the lower article ids)."""
    return similarity if similarity >= _MERGE_SIMILARITY else _MERGE_SIMILARITY + similarity / 1000


def _tells_amount(part: _Part) -> bool:
    """Does the part give an amount (``_specific``) or a ratio ("seven times more likely", ``parse_figures``), which no
    claim compares but which is a fact of its own all the same?"""
    return _specific(part.counts) or any(f.modifiers == (RATIO,) and f.value is not None for f in part.figures)


def _specific(counts: dict[str, list[Figure]]) -> bool:
    """Does the part give an amount other than a span of time or a time of day ("a 90-day stint" is a detail
    of checking in, not a fact of its own; "46 percent" is)? A vague amount is no amount
    here: "used to attack millions of computer users" tells how bad a flaw is, not a count."""
    return any(unit not in cues.TIME_UNITS and any(f.value is not None and f.unit != CLOCK_UNIT or _is_range(f)
                                               for f in figures)
               for unit, figures in counts.items())


def _conflict(a: _Prepared, b: _Prepared) -> bool:
    """Do the two statements' figures show different facts (one counts people or things and
    the other does not, or they give numbers that cannot be one figure), or do they tell of
    people of different nationalities ("an Australian climber" / "a New Zealand climber"), or of things counted for
    different objects (``_objects_apart``), or one act as possible and as intended (``_modality_apart``), or is one a
    clause of the other's sentence (``_restated_from``)? Such statements never share a claim, however many close
    neighbours they have in common."""
    x, y = a.whole, b.whole
    if (_restated_from(a.statement, b.statement) or _count_unmatched(x, y) and not _tally_shared(x, y)
            or _nationals_differ(x, y)
            or _objects_apart(x, y) or _told_of_others(a, b) or _dated_apart(a, b) or _records_apart(a, b)
            or _identifiers_apart(a, b) or _modality_apart(a, b) or _past_and_future_apart(a, b)
            or _forecast_and_done_apart(a, b) or _forecast_and_done_apart(b, a)):
        return True
    counted = any(u not in _GENERIC_UNITS and _comparable(x, y, u) for u in x.counts.keys() & y.counts.keys())
    if counted:
        return _rivals_unshown(a, b)
    return _figures_agree(x, y) is False or not _numbers_match(x.figures, y.figures)


def _restated_from(a: Statement, b: Statement) -> bool:
    """Is one statement a clause of the other's sentence restated (``Statement.written``: "Roe, who fled the city,
    was arrested" → "Roe fled the city.")? The sentence tells its own fact besides: in one claim, the clause's words
    would draw the sentence from the claim of its own fact, and the clause from others telling it."""
    return bool((a.written or b.written) and a.article == b.article and a.paragraph == b.paragraph
                and (a.written and a.written in b.text or b.written and b.written in a.text))


def _past_and_future_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell a dated act as done ("Roe endorsed Lee in 2008") and the other an undated act to come
    or that may come ("an endorsement from Roe will help Dunn"), each naming someone or something the other does not?
    Two acts at two times, of different objects, however many words they share."""
    if a.time_of_act is None or b.time_of_act is None:
        return False
    (ours, our_names), (theirs, their_names) = a.time_of_act, b.time_of_act
    return {ours, theirs} == {"past", "future"} and bool(our_names - their_names) and bool(their_names - our_names)


def _forecast_and_done_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does ``a``'s main verb tell an act as expected or planned ("Congress is set to vote to override the veto":
    ``cues.FORECAST_FRAMES``) and ``b``'s main verb, in a past tense, tell something done that names that act ("the
    Senate voted to override his veto", "Congress rejected the veto … in the first veto override")? A plan and what was
    done are two facts, and a statement of the plan does not vouch that it happened."""
    forecast, _ = a.told_ahead
    if not forecast:
        return False
    ahead, done = b.told_ahead
    return done and not ahead and bool(forecast & b.whole.terms)


def _modality_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell an act as possible ("the verdict can be appealed") and the other as intended ("he
    would appeal the verdict"), the act not told both ways by either? Two propositions, however many words they
    share."""
    x, y = a.modal_acts, b.modal_acts

    def told(acts: frozenset[tuple[str, str]], verb: str) -> set[str]:
        return {kind for stem, kind in acts if stem == verb}

    return any(len(told(x, verb)) == 1 and len(told(y, verb)) == 1 and told(x, verb) != told(y, verb)
               for verb, _ in x)


def _rivals_unshown(a: _Prepared, b: _Prepared) -> bool:
    """Do the two give figures of one kind that cannot be one value (``_comparable``, no two overlapping) and that a
    claim would not show as rivals (``claim_figures``)? Rival estimates of one quantity share a claim only to be shown
    disagreeing. Not so when a statement gives several values of the unit ("the missile flew 3,700 km and reached
    770 km" / "flew 1,700 miles and reached 341 miles": two launches' measures), or when their figures are said of
    different things ("fell 735 miles east of the cape" / "landed 155 miles west of the island": two places): told as
    one claim, they would read as agreed. A running count's stages (a toll updated) are no rivals and no conflict."""
    x, y = a.whole, b.whole
    for unit in x.counts.keys() & y.counts.keys():
        ours, theirs = x.counts[unit], y.counts[unit]
        if (unit in _GENERIC_UNITS or not _comparable(x, y, unit) or any(_overlaps(f, g) for f in ours for g in theirs)
                or any(f.growing or f.running or f.relative for f in (*ours, *theirs))):
            continue
        several = len({f.value for f in ours}) > 1 or len({f.value for f in theirs}) > 1
        if several or not any(_scope(f) == _scope(g) for f in ours for g in theirs):
            return True
    return False


def _scope(figure: Figure) -> tuple[str, ...]:
    """What a figure is said of, besides its unit: its modifiers but "of" ("3,000 of its troops" are troops)."""
    return tuple(word for word in figure.modifiers if word != "of")


def _told_of_others(a: _Prepared, b: _Prepared) -> bool:
    """Do the two tell one happening (one main verb, or none: "has been", "is on") of different holders, or on
    different days? Each names in its subject someone or something (a name, ``_holders``) that the other does not
    name at all: "Ostland has been in a state of emergency since November" and "Vestria has been…", "Roe is heading
    to Ohio" and "Lee is heading to Detroit" are facts of two countries, two people ("Lee met Roe" / "Roe met Lee"
    may be one fact). Or both name a weekday, or both a day of a month, in their first proposition and none in
    common: "the meeting is on Sunday" and "…on Thursday" are two meetings, or a conflict the claim cannot tell from
    two; either way not one fact agreed. A day in a later clause is often another happening's ("…, in response to
    emails released on Friday")."""
    if a.predicate != b.predicate:
        return False
    holders_a, holders_b = a.holders & a.whole.names, b.holders & b.whole.names
    if holders_a and holders_b and not holders_a & b.whole.terms and not holders_b & a.whole.terms:
        return True
    if _other_countries(a.countries, b.countries):
        return True
    return any(x and y and not x & y for x, y in ((_weekdays(a.dates), _weekdays(b.dates)),
                                                (a.dates - _weekdays(a.dates), b.dates - _weekdays(b.dates))))


def _acts_of_others(a: _Prepared, b: _Prepared) -> bool:
    """Do the two tell the acts of different actors, each named in neither the other's subject nor anywhere else in
    it? An actor is the name heading the subject (``_holders``), or the named source of words a quote gives in the
    first person ("my thoughts are with…", Jo Roe said). "Ann Lee had a 48-yard run" and "Jo Roe made a 48-yard
    field goal", "Ann Lee offered her thoughts" and Jo Roe's "my thoughts are with the victims": two people's acts,
    whatever words and figures they share. One quote relayed word for word (``_same_words``) is one act, whomever
    each outlet credits."""
    actors_a, actors_b = _actors(a), _actors(b)
    x, y = a.statement.text, b.statement.text
    return bool(actors_a and actors_b and not actors_a & (b.whole.terms | actors_b)
                and not actors_b & (a.whole.terms | actors_a)) and not _same_words(x, y) and not _same_words(y, x)


def _actors(item: _Prepared) -> frozenset[str]:
    """Who acts in the statement (``_acts_of_others``)."""
    statement = item.statement
    if statement.quoted and statement.source_name and _FIRST_PERSON_QUOTED.search(statement.text):
        return frozenset(_content_stems(statement.source_name)) - _TITLE_STEMS
    return item.holders & item.whole.names


# A first person opening a sentence, a clause or a quotation: the speaker's own act ("my thoughts are with…", "In the
# coming days, we will…"), not one of the people the words tell of ("he was here to be near us").
_FIRST_PERSON_QUOTED = re.compile(r"(?:^|[“\"‘.,;:!?…]\s*)(?:I|[Mm]y|[Ww]e|[Oo]ur)\b")


def _other_countries(ours: tuple[frozenset[str], frozenset[str]], theirs: tuple[frozenset[str], frozenset[str]]
                     ) -> bool:
    """Do the two clauses (told with one main verb) have subjects naming countries, or their governments, that
    share none and that the other clause does not name at all? "Ostland has condemned the launch" and "The
    government of Vestria condemns this launch" are two governments' acts, two claims; "Ostland condemned…" and
    "Arlen condemned Ostland's…" may be one exchange. A country's capital standing for it ("Arlen") is the
    country. ``ours`` and ``theirs``: the two clauses' ``_subject_countries``."""
    return bool(ours[0] and theirs[0] and not ours[0] & theirs[1] and not theirs[0] & ours[1])


def _countries_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one's subject name a country (``_subject_countries``) the other does not name, and the other's subject a
    name (``_holders``) or a country the first does not write, whatever their main verbs? "Tunisia has been in a state
    of emergency since November 2015" and "Hollande recommended that the state of emergency be extended", "South Korea
    fears that North Korea …" and "Japanese residents were forced to hide after North Korea launched a missile" tell of
    two countries, whatever words they share. ``_told_of_others`` keeps apart the holders of one main verb, whoever
    they are."""
    for x, y in ((a, b), (b, a)):
        holders = y.holders & y.whole.names
        others = holders and not holders & x.whole.terms or y.countries[0] and not y.countries[0] & x.countries[1]
        if x.countries[0] and others and not x.countries[0] & y.countries[1] and _country_subject(x.clause):
            return True
    return False


@lru_cache(maxsize=65536)
def _country_subject(clause: str) -> bool:
    """Does the subject of a statement's claim clause's first proposition name a country as itself, not as the first
    word of a longer name ("the Panama Papers", "the Japan Times"; a title after it is no such name: "U.S. President
    Jo Roe")?"""
    found = propositions(clause)
    verb = _main_verb(found[0][0]) if found else None
    subject = found[0][0][: verb[0]] if verb else ""
    for country in _countries(subject):
        for form in _country_forms_of(country):
            for _, end in whole_word_spans(subject, form):
                after = _NAME_AFTER.match(subject, end)
                if after is None or _stem(after.group(1)) in _TITLE_STEMS:
                    return True
    return False


@lru_cache(maxsize=512)
def _country_forms_of(country: str) -> list[str]:
    return [form for form, named in _country_forms().items() if named == country]


_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def _dated_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do both claim clauses name a year, or both a day of a month, and none in common? "The Orsk rocket flew over
    Tarnia in 2009" and "…in 2017", "the launch on Aug. 29" and "the launch on Sept. 15" tell two events, however
    alike their words (a story of one launch recalls the earlier ones). Weekdays are left to ``_told_of_others``: a
    weekday names no one day across articles that came out on different days."""
    ours, theirs = a.when, b.when
    return any(x and y and not x & y for x, y in zip(ours, theirs, strict=True))


def _event_days_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one take its article's event day (``_Prepared.day``), two days or more from the other's day (its own, or
    its article's), in a story one of the two articles tells as a series: "Abe called for a meeting of the Security
    Council" in an article of the launch on Tuesday and in one of "another missile" on Friday; not two relaying one
    saying. Applied to a claim once clustered (``clusters._split_days``), not to a pair's score: a pair vetoed while
    linking lowers the average of the groups it lies in and undoes joins of other statements. A weekday of its own
    alone is left to ``_told_of_others``: two statements' same weekday may be two weeks apart."""
    return ((a.day != NO_DAY or b.day != NO_DAY) and (a.series or b.series)
            and any(days_apart(x, y) for x, y in zip(_day_told(a), _day_told(b), strict=True))
            and not _relay_one_saying(a.statement, b.statement))


def _relay_one_saying(a: Statement, b: Statement) -> bool:
    """Do the two relay the same words (one sentence, or a quoted passage of one in the other)? One saying, whichever
    day each article tells: an outlet quotes a statement days after another did."""
    return a.text_words == b.text_words or _same_words(a.text, b.text) or _same_words(b.text, a.text)


def _day_told(prepared: _Prepared) -> tuple[frozenset[str], frozenset[str]]:
    """The days of a month and the weekdays the statement is of: those its main clause names (not a side clause's:
    "…, who signed the contract on April 21"), else its article's event day (``_Prepared.day``). Two weekdays two days
    apart or more are two days, whenever each article came out."""
    of_month, weekday = prepared.day
    weekdays = _weekdays(prepared.dates)
    return (prepared.dates - weekdays or frozenset({of_month} - {None}), weekdays or frozenset({weekday} - {None}))


def _records_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do both claim clauses give a win-loss record or a score, and none in common? "Roe went 9-3 as interim coach"
    and "Roe went 59-35-1 as a head coach" are two records of one man, different facts however alike their words."""
    ours, theirs = a.records, b.records
    return bool(ours and theirs and not ours & theirs)


def years_written(text: str) -> list[int]:
    """The years the text writes in figures ("in 1996"), not "1,996" nor "2014.5"."""
    return [int(year) for year in YEAR.findall(text)]


def _nationals_differ(a: _Part, b: _Part) -> bool:
    """Do the two name the same kind of person or thing with no nationality in common?"""
    return any(not a.nationals[noun] & b.nationals[noun] for noun in a.nationals.keys() & b.nationals.keys())


_SAME_WORDS_MIN = 5  # a quoted passage this long found word for word in another sentence is the same words


def _same_words(text: str, other: str) -> bool:
    """Is a quoted passage of ``text`` (_SAME_WORDS_MIN words or more) found word for word in ``other``? Then the two
    relay one quote, whoever each outlet credits ("sadly we can say there has been some loss of life", credited to
    an officer in one and to his force in the other)."""
    words = " ".join(_WORD.findall(other.lower()))
    return any(len(found := _WORD.findall(passage.lower())) >= _SAME_WORDS_MIN and " ".join(found) in words
               for passage in _QUOTED.findall(text))
