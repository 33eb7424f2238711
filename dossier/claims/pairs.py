"""Grouping, the score of two statements (``_pair_score``): their best pair of parts, raised
where one act of one subject is told, set to nothing where a veto holds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from itertools import chain

from ..figures import AGE_UNIT
from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.names import SETTLEMENT_NOUNS
from ..structure import Figure, Statement
from .apart import (
    _SAME_WORDS_MIN,
    _acts_of_others,
    _countries_apart,
    _dated_apart,
    _part_score,
    _raised,
    _records_apart,
    _same_words,
    _told_of_others,
)
from .detection import _asserted_stems
from .evidence import _evidence, _overlap
from .prepared import _MEASURES, _SAY_STEMS, _TITLE_STEMS, _figure_at, _identifiers_apart, _Part, _Prepared
from .terms import (
    _COMMON_ONLY_SIMILARITY,
    _FIGURE_TERM_MIN,
    _LEDE_ACT_SCORE,
    _LEDE_PARAGRAPHS,
    _LEDE_SIMILARITY,
    _MERGE_SIMILARITY,
    _MONTH_STEMS,
    _NONE,
    _PREDICATE_SIMILARITY,
    _QUOTED,
    _TEXT_CACHE_SIZE,
    _THIN_JACCARD,
    _THIN_SHARE,
    _WORD,
    _content_stems,
    _main_verb,
    _stem,
    _word_stem,
    word_terms,
)
from .titles import _WHETHER


def _pair_score(a: _Prepared, b: _Prepared, weight: dict[str, float]) -> float:
    """The best score of the two statements' whole clauses or of any two propositions: a
    statement may restate one fact of a long lead sentence. Two statements whose main verb
    is the same ("Lohan has checked into a rehab facility to begin…" / "…checked into a
    rehab facility to comply…") and that name the same participant tell the same fact
    with different circumstances: they need only share _PREDICATE_SIMILARITY."""
    score = _best_part_score(a, b, weight)
    # A figure two outlets restate with a word of what it is of: one fact, however few their words in common (which
    # ``_part_score`` may have judged an amount one gives and the other does not, beside another figure).
    restated = score < _COMMON_ONLY_SIMILARITY and _figure_restated(a, b)
    if restated and score < _MERGE_SIMILARITY:
        found = score or _overlap(a.whole, b.whole, weight)
        score, restated = (_raised(found), True) if found > 0 else (score, False)
    if not restated and 0 < score < _MERGE_SIMILARITY and _one_predicate(a, b, weight):
        return _raised(score)
    if not restated and score < _MERGE_SIMILARITY and _one_act_of_one_subject_standing_in(a, b):
        return _raised(score)
    if score and any(apart(a, b) for apart in _PAIR_VETOES):
        return 0.0
    if 0 < score < _COMMON_ONLY_SIMILARITY and (not restated and _thin_share(a, b, weight)
                                                or any(apart(a, b) for apart in _LOOSE_PAIR_VETOES)):
        return 0.0
    if _LEDE_SIMILARITY <= score < _LEDE_ACT_SCORE and _same_lede_act(a, b):
        return _LEDE_ACT_SCORE + score / 1000  # the wording's own overlap orders such pairs, as ``_raised`` does
    return score


def _best_part_score(a: _Prepared, b: _Prepared, weight: dict[str, float]) -> float:
    """The best ``_part_score`` of the two statements' whole clauses or of any two of their propositions, each weighed
    by the lesser weight of the two parts (a background proposition counts for less)."""
    score = 0.0
    others = b.sides
    for x in a.sides:
        for y in others:
            shared = x.terms & y.terms
            if len(shared) >= 2:  # the cheap test first: most pairs of parts fail it
                found = _part_score(x, y, weight, shared) * (x.weight if x.weight < y.weight else y.weight)
                if found > score:
                    score = found
    return score


def _one_predicate(a: _Prepared, b: _Prepared, weight: dict[str, float]) -> bool:
    """Do the two have one main verb and a named participant in common, and share _PREDICATE_SIMILARITY, neither's
    subject a pronoun for a name the other writes (``_pair_score`` lifts such a pair to the merge bar)?"""
    return bool(a.predicate and a.predicate == b.predicate
                and (a.whole.names & b.whole.names) - a.whole.events - _MONTH_STEMS
                and _overlap(a.whole, b.whole, weight) >= _PREDICATE_SIMILARITY
                and not _pronoun_for_one_named(a, b))


def _one_act_of_one_subject_standing_in(a: _Prepared, b: _Prepared) -> bool:
    """Does a pronoun open either (``_Prepared.stand_in``), and do the two tell one act of one subject?"""
    return bool(a.stand_in or b.stand_in) and _one_act_of_one_subject(a, b)


def _same_lede_act(a: _Prepared, b: _Prepared) -> bool:
    """Do two articles open (``_LEDE_PARAGRAPHS``) on one act: main verbs of one act (``cues.LEDE_ACT_VERBS``: "A zoo
    shot and killed a 17-year-old gorilla that grabbed … a boy" / "After a 3-year-old boy slipped into the gorilla
    enclosure …, a security team killed the gorilla")? Each outlet words the story's central event its own way, in a
    long lead sentence whose circumstances differ; told with the same act there, and several words in common, it is
    one fact. Not an act someone does to themselves ("the gunman killed himself" / "a gunman killed 50 people")."""
    x, y = a.statement, b.statement
    if (x.article == y.article or x.paragraph >= _LEDE_PARAGRAPHS or y.paragraph >= _LEDE_PARAGRAPHS
            or _REFLEXIVE.search(x.text) or _REFLEXIVE.search(y.text)):
        return False
    act = _LEDE_ACTS.get(a.predicate or "")
    return act is not None and act == _LEDE_ACTS.get(b.predicate or "")


_REFLEXIVE = re.compile(r"\b(?:him|her|them|it|your|my|our)sel(?:f|ves)\b", re.IGNORECASE)
# Each stem of a verb of ``cues.LEDE_ACT_VERBS`` → the stem of its group's first verb.
_LEDE_ACTS = {_stem(verb): _stem(group[0]) for group in cues.LEDE_ACT_VERBS for verb in group}


def _pronoun_for_one_named(a: _Prepared, b: _Prepared) -> bool:
    """Is what one's main verb acts on a pronoun ("Her husband said Vell was holding her for political reasons") where
    the other names more than its subject ("Vell has held Jo Roe since May")? The "her" is whoever its own article
    told of, not shown to be the one named."""
    return any(_object_pronoun(x.clause) and y.whole.names - x.whole.names - y.holders
               for x, y in ((a, b), (b, a)))


# A personal pronoun as the object of the main verb, after it and at most a few lower-case words: "was holding her
# for", "freed them on Friday", not "her family home".
_OBJECT_PRONOUN = re.compile(r"(?:[a-z'’-]+\s+){1,4}(?:him|them|her(?=\s+(?:for|to|in|on|at|since|until|after|before|"
                             r"from|with|as|over|without|because|and|but)\b|\s*[,.;:]|\s*$))\b")


def _object_pronoun(clause: str) -> bool:
    verb = _main_verb(clause)
    return bool(verb and _OBJECT_PRONOUN.match(clause, verb[0]))


# Figures outlets restate in their own words: lengths, ages and counts of at least _FIGURE_TERM_MIN (a smaller count,
# "two people", is in too many facts of one story). Not spans of time: "three years", "a two-day summit" are of
# anything (over every seventh BBC article, four pairs of facts joined on one). Sums of money and shares are
# ``_same_measure``'s.
_RESTATED_UNITS = frozenset(cues.LENGTH_UNITS.values()) | {AGE_UNIT}


# A game named by its score, with who won it and whom it was against: "Arizona's 26-24 victory over the Seattle
# Seahawks", "the team's 3-1 home win at Vell". Which game, as a date tells which day.
_GAME = re.compile(r"(?:[\w.-]+['’]s?\s+)?\b\d{1,3}\s?[-–]\s?\d{1,3}(?![\d-])(?:\s+[\w-]+){0,2}?"
                   rf"\s+(?:{cues.GAME_RESULTS})\b(?:\s+(?:over|against|at|to|in|versus|vs\.?|with)\s+(?:the\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?")
# What every ``_GAME`` holds, its score's dash between two digits: found first, since ``_GAME`` tries its owner's word
# at every letter of the text and few texts give a score.
_SCORE_DASH = re.compile(r"\d\s?[-–]\s?\d")


@lru_cache(maxsize=65536)
def _game_terms(text: str) -> frozenset[str]:
    """The stems of the words of the games ``text`` names by their scores (``_GAME``)."""
    if not _SCORE_DASH.search(text):
        return frozenset()
    return frozenset(stem for found in _GAME.finditer(text) for stem in _content_stems(found.group(0)))


def _shares_only_a_game(a: _Prepared, b: _Prepared) -> bool:
    """Are all the words the two share those of a game one of them names by its score ("He told his team after
    Arizona's 26-24 victory over the Vell Hawks" / "… announced his departure the day after a 26-24 win over the Vell
    Hawks")? The game is when, as a date is: two acts after one game are two facts, and a score is no figure of
    either."""
    shared = a.whole.terms & b.whole.terms
    return any(games and shared <= games for games in (_game_terms(a.statement.text), _game_terms(b.statement.text)))


def _figure_restated(a: _Prepared, b: _Prepared) -> bool:
    """Do two statements of different outlets, or two of their propositions, give the same figures of one thing (the
    same values of the same units, counting the same, a conversion in brackets aside: "the 30cm-diameter well" / "the
    well measured 30 centimetres wide (11.8 inches)", "a well of 40 metres" / "… was about 40 metres deep and had been
    abandoned"), and share a word besides the figures' own that is no name (the "well" of both)? Outlets
    restating a measured or counted fact keep its figures and little else of its wording; a name in common is who or
    where, not what. A figure of one the other does not give is more than a restatement ("in addition to the 21 girls,
    a 20-month-old boy was released" / "welcomed the release of the 21 girls")."""
    if (not a.whole.figures or not b.whole.figures or a.statement.article == b.statement.article
            or a.statement.outlet and a.statement.outlet == b.statement.outlet):
        return False
    for x in a.sides:
        for y in b.sides:
            if not x.figures or not y.figures or not (_same_figures(x, y, a.statement.text)
                                                      and _same_figures(y, x, b.statement.text)):
                continue
            words = x.terms & y.terms - x.names - y.names - _MONTH_STEMS - _figure_words(x) - _figure_words(y)
            if any("=" not in term and not term.isdigit() for term in words) or (
                    _stop_words_as_nouns(a.statement.text) & _stop_words_as_nouns(b.statement.text)):
                return True
    return False


def _same_figures(x: _Part, y: _Part, text: str) -> bool:
    """Is each figure of ``x`` (``text``'s), but a conversion in brackets ("30 centimetres (11.8 inches)"), one of
    ``y``'s (``_one_figure``)?"""
    # A figure's own match first: finding where the text writes it (``_converted``) is a search of the text.
    return all(any(_one_figure(f, g) for g in y.figures) or _converted(text, f) for f in x.figures)


def _converted(text: str, figure: Figure) -> bool:
    """Is the figure written in brackets, as a conversion of the one before ("40 metres (131 feet)")?"""
    found = _figure_at(text, figure)
    return found is not None and text[: found[0]].rstrip().endswith("(")


def _one_figure(f: Figure, g: Figure) -> bool:
    """Are ``f`` and ``g`` one exact figure of one unit, counting the same, of a kind outlets restate
    (``_RESTATED_UNITS``, or a count of at least _FIGURE_TERM_MIN)?"""
    if f.value is None or f.value != g.value or not f.unit or f.unit != g.unit or f.counted != g.counted:
        return False
    if f.relative or g.relative or f.unit in _MEASURES:
        return False
    return f.unit in _RESTATED_UNITS or f.value >= _FIGURE_TERM_MIN and f.unit not in cues.TIME_UNITS


def _figure_words(part: _Part) -> frozenset[str]:
    """The stems of the part's figures' own words: their numbers and units ("around five years" → five, year), and
    what a length measures ("deep", "wide": two things 30 centimetres wide are not one thing)."""
    return _DIMENSION_STEMS.union(*((*word_terms(figure.text), _stem(figure.unit), _stem(f"{figure.unit}s"))
                                    for figure in part.figures if figure.unit))


_DIMENSION_STEMS = frozenset(_stem(word) for word in cues.LENGTH_DIMENSIONS)
# A stop word that is a noun after a determiner or an owner and at most one word ("the dry well", "its well").
_STOP_WORD_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+(?:[\w'’-]+\s+)?"
                             rf"({'|'.join(sorted(cues.STOP_WORDS_AS_NOUNS))})\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _stop_words_as_nouns(text: str) -> frozenset[str]:
    """The stop words ``text`` writes as nouns (``cues.STOP_WORDS_AS_NOUNS``: "the dry well", not "as well"): no terms,
    as a word so often something else is in every story, but a word of what a figure measures."""
    return frozenset(found.lower() for found in _STOP_WORD_NOUN.findall(text))


def _side_clauses_only(a: _Prepared, b: _Prepared) -> bool:
    """Do the words the two share lie in side clauses of one of them (``_Prepared.side_terms``), its main clause sharing
    no word but one name? Then the other tells what that one's fact is about or follows, not its fact: "Trump posted a
    tweet lashing out at Abedin, apparently in response to Abedin emails released by the State Department" / "the State
    Department released about 3,000 of Ms. Abedin's emails"; "Roe and Lee – who both play for the Vell Hustle –
    boarded the plane" / "The Vell Hustle is in the G League". A main clause sharing two names ("North Korean units
    were seen in Kursk, where …") still tells of the other's fact."""
    shared = a.whole.terms & b.whole.terms
    names = a.whole.names & b.whole.names
    for item in (a, b):
        main = shared - item.side_terms
        if not shared & item.side_terms or main - names:
            continue
        if len({a.whole.runs.get(term) or b.whole.runs.get(term) or frozenset({term}) for term in main}) < 2:
            return True
    return False


def _anaphoric(a: _Prepared, b: _Prepared) -> bool:
    """Does either statement's claim clause open on a demonstrative or relative subject (``ANAPHORIC_OPENING``: "Which
    is where the Vell chip comes in", "These aren't the only updates coming to Vell"), and the two give no figure in
    common? What it tells of is told in the sentence before: only a near restatement (_COMMON_ONLY_SIMILARITY) or a
    figure both give ("Which is a 50% premium" / "Those offers are a 50 percent premium") is the same fact. "This" and
    "that" open too many restatements of one fact ("That was my worst mistake", the director said) to be listed."""
    return (a.anaphoric or b.anaphoric) and not any("=" in term for term in a.whole.terms & b.whole.terms)


def _inquiry_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell of an inquiry into whether something happened (``INQUIRY_WHETHER``: "police are
    investigating whether the driver fell asleep") and the other tell it as so ("he told her it looked like the
    driver had fallen asleep")? An open question is no account of what happened. An inquiry told beside a main clause
    ("…was travelling at a significantly higher speed, and are probing whether the driver fell asleep") leaves the main
    clause's fact told, which the other may tell too."""
    return a.inquiry != b.inquiry and not (a.inquiry_aside or b.inquiry_aside)


def _generic_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell what is usual (``GENERIC_FRAME``: "it is surprisingly common for planes to return to
    their point of origin"), and the other not ("the flight's return to its point of origin was because of a mix-up")?
    A kind of happening is no account of one that happened."""
    return a.generic != b.generic


def _two_voices(a: _Prepared, b: _Prepared) -> bool:
    """Are the two the own accounts (``_own_account``) of two different named sources? One witness's account and
    another's ("I saw people running in the opposite direction", "we saw people running and screaming", "Witness Jo
    Roe said he saw bodies lying in the street" / "“People were lying on the streets dead,” Ann Lee said", "The game
    had all the ups and downs" / "It was a game of ups and downs") are two claims however many words they share;
    only the same words (``_same_words``) are one quote, whoever each outlet credits. A source's words and an
    outlet's own sentence, or a report of what another source said, may still tell one fact ("the truck drove a long
    way along the promenade," the prefect said / the truck crashed into the crowd over a long distance, a channel
    reported). Sources compare by entity once the build has named them (``Statement.source``, or the speaker of the
    quote it lies in, ``_Prepared.speaker``), else as written, by surname; one known only as written and the other
    by entity cannot be told apart."""
    x, y = a.statement, b.statement
    if not (_own_account(x) and _own_account(y)) or _same_words(x.text, y.text) or _same_words(y.text, x.text):
        return False
    first, second = x.source or a.speaker, y.source or b.speaker
    if first and second:
        return first != second
    # As written, one surname is one speaker ("Jane Doe", "Jane R. Doe"), as for ``_same_speaker``.
    return not (first or second) and not _same_speaker(x, y, 0) and bool(x.source_name and y.source_name)


def _own_account(statement: Statement) -> bool:
    """Is the statement a source's own account: their quoted words, or what they are said to say of themselves
    ("Witness Jo Roe said he saw bodies lying in the street": the "he" is the source, ``Statement.referent``)?"""
    return statement.quoted or bool(statement.referent) and statement.referent == statement.source_name


def _thin_share(a: _Prepared, b: _Prepared, weight: dict[str, float]) -> bool:
    """Do the two statements share a thing and not what is told of it? At most _THIN_SHARE terms in common, neither's
    main verb in the other, no word telling a happening in both, fewer than two participants (names both write as
    names, exact figures), no count of one kind of thing in both, and those terms a small part of the two (weighted
    Jaccard below _THIN_JACCARD): "a Tarn 4 rocket will carry the satellite" / "the key to this is the Tarn 9 rocket",
    "the truck was rented in Vell County" / "the Vell County sheriff expressed outrage". The short one's few words are
    found in the other, which is what containment rewards, but nothing of what either tells."""
    x, y = a.whole, b.whole
    shared = x.terms & y.terms
    if len(shared) > _THIN_SHARE or a.predicate in y.terms or b.predicate in x.terms or a.happenings & b.happenings:
        return False
    named = (x.names & y.names & x.capitals & y.capitals) - _MONTH_STEMS
    participants = {x.runs.get(t) or y.runs.get(t) or frozenset({t}) for t in named}
    figures = {t for t in shared if "=" in t or t.isdigit()}
    # Counts of one kind of thing in both ("30 transfers", "3,000 troops" / "several thousand troops"; not "two
    # companies", a figure too small to be a term) tell how many, a fact of its own.
    counted = any(f.low is not None and f.low >= _FIGURE_TERM_MIN for u in x.counts.keys() & y.counts.keys()
                  for f in x.counts[u] + y.counts[u])
    if len(participants) + len(figures) >= 2 or counted:
        return False
    common = _evidence(shared, x.runs, y.runs, weight)
    return common < _THIN_JACCARD * (x.mass + y.mass - common)


def _shares_only_who(a: _Prepared, b: _Prepared) -> bool:
    """Do the two share only whom they tell of: names both write as names and words describing them ("running back
    Jo Roe", "Jo Roe, the first base coach"), with each its own main verb, one the other does not use? "Roe, also
    on Twitter, praised the leadership of Poe" / "They lost running back Roe in Week 1", "Roe, the first base coach,
    lost color on stage" / "first base coach Roe nearly died": different things told of the same people."""
    if not (a.predicate and b.predicate) or a.predicate in b.whole.terms or b.predicate in a.whole.terms:
        return False
    shared = a.whole.terms & b.whole.terms
    names = a.whole.names & b.whole.names
    if not shared & names:
        return False
    described = shared & a.descriptions & b.descriptions
    return bool(described) and not shared - names - described - _TITLE_STEMS - _MONTH_STEMS


# Nouns a place's name is written with ("the village of Vell", "Vell County", "Vell city"): where, as the name is.
_SETTLEMENT_STEMS = frozenset(_stem(noun) for noun in SETTLEMENT_NOUNS)


def _shares_only_where_or_one_name(a: _Prepared, b: _Prepared) -> bool:
    """Do the two share only where (the places both name, and the nouns they are written with) and at most one
    person's name both give, however many words it takes? "Jo Roe of Vell, Tarnshire, received a bill of $900" / "Jo
    Roe of Vell, Tarnshire, was in that boat", "the boy fell into the well in the village of Vell" / "the uncle saw mud
    in the well in the village of Vell": what each tells of them is its own. ``_one_name`` judges a pair sharing one
    name and nothing else, ``_shares_only_who`` one sharing a person's name and the words describing them."""
    x, y = a.whole, b.whole
    shared = x.terms & y.terms
    if x.counts.keys() & y.counts.keys() or any("=" in term or term.isdigit() for term in shared):
        return False  # a count of one kind of thing in both ("added 337,000 jobs in October" / "the 337,000 new jobs")
    # A place both name as one: "Russian forces" of one and "sent to Russia" of the other share who, not where. A title
    # both write as a name is the person's ("Secretary of State Jo Roe"); "investigations" is no "Investigator".
    rest = shared - (a.places & b.places) - _SETTLEMENT_STEMS - _MONTH_STEMS - (_TITLE_STEMS & x.names & y.names)
    if len(rest) == len(shared) or not rest <= a.people & b.people:
        return False  # no place in common, or a word besides a person's name
    return len(rest) < 2 or any(rest <= x.runs.get(term, _NONE) | y.runs.get(term, _NONE) for term in rest)


def _shares_only_a_phrase(a: _Prepared, b: _Prepared) -> bool:
    """Do the two share only one thing named in a phrase of lower-case words both write next to each other ("lunar
    exploration programme", "programme of lunar exploration"), and at most one name besides: no figure, neither's main
    verb in the other, no word telling a happening in both? "China's new probe is the latest step in its lunar
    exploration programme" / "It is not just the Chinese that have a programme of lunar exploration": what each tells
    of the programme is its own. A name and the word it describes are such a phrase too ("the Vell campaign")."""
    x, y = a.whole, b.whole
    shared = x.terms & y.terms
    if (a.predicate in y.terms or b.predicate in x.terms or a.happenings & b.happenings
            or any("=" in t or t.isdigit() for t in shared)):
        return False
    named = shared & x.names & y.names & x.capitals & y.capitals
    phrase = shared - named
    # A phrase either writes with capitals names something of its own ("Einstein's theory of General Relativity").
    if len(named) > 1 or not phrase or phrase & (x.capitals | y.capitals):
        return False
    if len(phrase) == 1:
        # One word and the name both write just before it name one thing: "the Romney campaign retorted with an ad" /
        # "disputed the Romney campaign's characterization" share who, not what.
        return bool(named) and all(_name_compound(next(iter(named)), next(iter(phrase)), item.clause)
                                   for item in (a, b))
    # An outlet quoting just the phrase ("staff were “safe and uninjured”", "called it “the biggest regret of my
    # life”") tells that the speaker said it; the other, quoting it too, reports the same words: one utterance.
    if any(_quotes_just(one, phrase, shared) and _quotes(other, phrase) for one, other in ((a, b), (b, a))):
        return False
    return all(_written_together(phrase, item.clause) for item in (a, b))


def _quotes_just(item: _Prepared, phrase: frozenset[str], shared: frozenset[str]) -> bool:
    """Does the statement give the phrase in quotation marks holding no word the other does not share?"""
    return any(phrase <= quoted <= shared for quoted in _quoted_spans(item.statement.text))


def _quotes(item: _Prepared, phrase: frozenset[str]) -> bool:
    """Does the statement give the phrase as a speaker's words: it is a quotation, or holds it in quotation marks?"""
    return item.statement.quoted or any(phrase <= quoted for quoted in _quoted_spans(item.statement.text))


@lru_cache(maxsize=_TEXT_CACHE_SIZE)  # asked of a statement for each pair it is in
def _quoted_spans(text: str) -> tuple[frozenset[str], ...]:
    """The content stems of each run of words the text gives in quotation marks."""
    return tuple(frozenset(_content_stems(match.group(1))) for match in _QUOTED.finditer(text))


def _name_compound(name: str, word: str, clause: str) -> bool:
    """Does the statement's claim clause write the name just before the word, after a determiner or an owner ("the Vell
    campaign", "Roe's Vell campaign"): one thing the name describes?"""
    words = _WORD.findall(clause)
    return any(_word_stem(first.lower()) == name and _word_stem(second.lower()) == word and first[0].isupper()
               and (words[index - 1].lower() in _PHRASE_OPENERS or words[index - 1].endswith(("'s", "’s")))
               for index, (first, second) in enumerate(zip(words, words[1:], strict=False)) if index > 0)


_SHORT_QUOTED_WORDS = 2  # "spiritual guidance": a phrase one speaker coined, which outlets put in other facts


@lru_cache(maxsize=_TEXT_CACHE_SIZE)  # asked of a statement for each pair it is in (52,338 asks over the BBC)
def _quoted_phrase_stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the text's short quoted phrases (``_SHORT_QUOTED_WORDS`` words or fewer), and with them the stem of
    the word before each ("seek “spiritual guidance”": seek)."""
    phrases: set[str] = set()
    around: set[str] = set()
    for match in _QUOTED.finditer(text):
        words = _WORD.findall(match.group(1))
        if not words or len(words) > _SHORT_QUOTED_WORDS:
            continue
        stems = set(_content_stems(match.group(1)))
        phrases |= stems
        before = _WORD.findall(text[: match.start()])
        around |= stems | (set(_content_stems(before[-1])) if before else set())
    return frozenset(phrases), frozenset(around)


def _shares_only_a_quoted_phrase(a: _Prepared, b: _Prepared) -> bool:
    """Do the two share, besides names both write as names, only a short phrase both quote (and the word before it),
    while one's main verb is not in the other? "He will be seeking “spiritual guidance”" / "Thibodeau said senators
    were still deciding whether his promise to seek “spiritual guidance” had allayed their concerns": the phrase is one
    fact's, told inside another."""
    x, y = a.whole, b.whole
    if a.predicate in y.terms and b.predicate in x.terms:
        return False
    shared = (x.terms & y.terms) - (x.names & y.names) - (x.capitals & y.capitals)
    phrase_a, around_a = _quoted_phrase_stems(a.statement.text)
    phrase_b, around_b = _quoted_phrase_stems(b.statement.text)
    return bool(shared & phrase_a & phrase_b) and shared <= around_a & around_b


def _written_together(stems: frozenset[str], clause: str) -> bool:
    """Are ``stems`` next to each other among the content words of a statement's claim clause, in any order, as a noun
    phrase: after a determiner, a preposition, a name or an owner ("its lunar exploration programme", "China's
    lunar…", "a programme of lunar exploration"; not "families still want neighbourhood schools", a clause)?"""
    found = _clause_stems(clause)
    return any(frozenset(stem for stem, _ in found[i : i + len(stems)]) == stems and found[i][1]
               for i in range(len(found) - len(stems) + 1))


_PHRASE_OPENERS = speech.DETERMINERS | speech.POSSESSIVES | speech.PREPOSITIONS


@lru_cache(maxsize=65536)
def _clause_stems(clause: str) -> tuple[tuple[str, bool], ...]:
    """The content stems of a statement's claim clause, in their order (stop words left out), each with whether the
    word before it opens a noun phrase (a determiner, a possessive pronoun, a preposition, a name or an owner's: "its",
    "of", "Chinese", "China's")."""
    words = _WORD.findall(clause)
    return tuple((stem, index > 0 and (words[index - 1].lower() in _PHRASE_OPENERS or words[index - 1][0].isupper()
                                       or words[index - 1].endswith(("'s", "’s"))))
                 for index, word in enumerate(words) if (stem := _word_stem(word.lower())) is not None)


@lru_cache(maxsize=1)
def _opposite_stems() -> tuple[tuple[str, str], ...]:
    """``cues.OPPOSITE_EVENTS`` as stems, both ways round: the stems the text's words get, those of each word's
    written forms (``_written_stems``), since a base form may stem apart from its inflections ("regain" → regai,
    "regained" → regain)."""
    pairs = [(x, y) for first, second in cues.OPPOSITE_EVENTS
             for x in _written_stems(first) for y in _written_stems(second)]
    return tuple(sorted({*pairs, *((y, x) for x, y in pairs)}))


def _written_stems(word: str) -> frozenset[str]:
    """The stems ``word_terms`` gives a verb as a text writes it: as is, in -s, -ed and -ing, and without its hyphen
    ("re-establish" is read "establish", "reestablished" "reestablish")."""
    root = word.removesuffix("e")
    forms = {word, word + "s", root + "ed", root + "ing", word.replace("-", "")}
    return frozenset(chain.from_iterable(word_terms(form) for form in forms))


@lru_cache(maxsize=1)
def _opposites() -> dict[str, tuple[str, ...]]:
    """``_opposite_stems`` by their first stem: each stem → the stems of the happenings that undo it."""
    found: dict[str, list[str]] = defaultdict(list)
    for x, y in _opposite_stems():
        found[x].append(y)
    return {x: tuple(ys) for x, ys in found.items()}


def _opposite_events(a: _Prepared, b: _Prepared) -> bool:
    """Does each statement tell one of two happenings that undo each other, and not the other ("contact was lost" /
    "Energiya re-established contact")? Then they are two facts, whatever words they share."""
    mine, theirs = a.whole.terms, b.whole.terms
    opposite = _opposites()
    # Only the statement's own stems that have an opposite are tried (most have none), not every pair of opposites.
    return any(y in theirs and y not in mine for x in mine & opposite.keys() if x not in theirs for y in opposite[x])


def _negated_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement negate its main verb, or a subject before it ("No major attacks occurred"), a verb the
    other does not use at all? Then it tells that something else did not happen, and is no dispute of the other:
    "Ketsoyan did not reveal what she is treated for" says nothing against "Reid has entered a rehab program". Not two
    relays of one quote (``_same_words``): 'the meeting should not take place until “Russia takes demonstrable
    steps…”' and the quote it comes from, which words its demand otherwise, are one speaker's one demand."""
    if a.statement.negated == b.statement.negated:
        return False
    negated, other = (a, b) if a.statement.negated else (b, a)
    verb = negated.negated_verb
    # Only a negation that governs the main verb: "collided … but did not derail" still tells the collision, and
    # "showed no emotion as the verdict was read" still tells of the verdict.
    predicate = negated.predicate
    x, y = a.statement.text, b.statement.text
    return (verb is not None and predicate is not None and predicate not in other.whole.terms
            and (verb == predicate or predicate in negated.negated_stems)
            and not _same_words(x, y) and not _same_words(y, x))


def _one_act_of_one_subject(a: _Prepared, b: _Prepared) -> bool:
    """Do the two tell one act of one subject the same way, with little else: the same person or body as their subject
    (a name heading it, or the name a pronoun stands for: ``_Prepared.stand_in``), the same main verb or act told as
    intended or possible ("he has no plans to resign" / "“I will not resign,” Roe said"), both negated or neither, both
    as possible or neither, and the other words of one's first proposition all in the other's? "He has no plans to
    resign" never meets "Roe resigned" (that disputes it), nor "he may resign"; "he attacked the press" never meets
    "Roe attacked the police": two objects."""
    subject_a, subject_b = a.stand_in or a.holders, b.stand_in or b.holders
    if not subject_a & subject_b or a.statement.negated != b.statement.negated or _possible(a) != _possible(b):
        return False
    acts = _told_acts(a) & _told_acts(b)
    if not acts or a.first_stems is None or b.first_stems is None:
        return False
    rest_a, rest_b = a.first_stems - subject_a - acts, b.first_stems - subject_b - acts
    return rest_a <= rest_b or rest_b <= rest_a


def _told_acts(item: _Prepared) -> frozenset[str]:
    """The stems of the acts a statement tells: its main verb, and the acts it tells as intended or possible."""
    return frozenset({item.predicate, *(verb for verb, _ in item.modal_acts)} - {None}) - _SAY_STEMS


def _possible(item: _Prepared) -> bool:
    return any(kind == "possibility" for _, kind in item.modal_acts)


def _same_speaker(x: Statement, y: Statement, words: int) -> bool:
    """Can the two be one speaker's words: sources of one surname ("Paul R. Roe", "Paul Roe"), or one unknown where
    the quote is long enough to be the same words whoever says them (``_SAME_WORDS_MIN``)?"""
    if x.source_name and y.source_name:
        return x.source_name.split()[-1].casefold() == y.source_name.split()[-1].casefold()
    return words >= _SAME_WORDS_MIN


def _shares_only_a_question(a: _Prepared, b: _Prepared) -> bool:
    """Do the words the two share lie, in one of them, only in what a "whether" leaves open ("Republicans steered clear
    of discussing whether Mr. Trump should cancel Monday’s meeting"), while the other puts them all forward ("Reed said
    Trump should “immediately cancel his meeting”")? Whether a thing is so is no account that it is, and who asks or
    avoids asking it is another fact. Not an "if", which as often opens a condition both may restate."""
    shared = a.whole.terms & b.whole.terms
    return any("whether" in x.cues and not shared & _asserted_stems(x.clause, _WHETHER)
               and shared <= _asserted_stems(y.clause, _WHETHER) for x, y in ((a, b), (b, a)))


# What keeps two statements that share words out of one claim, whatever their overlap (``_pair_score``), in the order
# tried (defined here, after all of them) ...
_PAIR_VETOES: tuple[Callable[[_Prepared, _Prepared], bool], ...] = (
    _negated_apart, _opposite_events, _told_of_others, _acts_of_others, _dated_apart, _shares_only_a_game,
    _records_apart, _identifiers_apart, _side_clauses_only, _two_voices, _shares_only_a_question, _countries_apart)
# ... and what keeps them apart unless they are near restatements (_COMMON_ONLY_SIMILARITY), ``_thin_share`` aside.
_LOOSE_PAIR_VETOES: tuple[Callable[[_Prepared, _Prepared], bool], ...] = (
    _shares_only_who, _shares_only_where_or_one_name, _shares_only_a_phrase, _shares_only_a_quoted_phrase, _anaphoric,
    _inquiry_apart, _generic_apart)
