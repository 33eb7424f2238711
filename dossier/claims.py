"""Claims stage: find statements of fact and group them into claims across outlets.

A *statement* is one sentence of one article (cut by ``sentences.split_sentences``) that
puts a fact forward: reported speech ("South Korean intelligence reported that Pyongyang
had sent 3,000 troops"), a sentence with "according to", a sentence in the outlet's own
voice telling what happened (a verb in a past, perfect or future tense, a figure, a date,
a news event), or a direct quote that asserts something. Questions, demands ("we need
weapons", "NATO calls on Russia to…"), first-person opinion, the outlet about itself and
page furniture (time stamps, appeals) are not statements.

A statement's *source* is an entity the article names (a mention of a person, a body, or a
place standing for its government) or nothing, never a clause: the quote's speaker when
the sentence lies in a quote whose speaker is known, the person "he"/"she" stands for,
the person in "X of Y said", a surname named in full earlier ("King" → "Billy King"); a person described by a role
("the VFL coach of the year said") is no source, not the body the role names; nor is the subject of an act told
with a verb of rejection ("Congress rejected the veto", not "rejected the claims"). A sentence in the first person
outside quotation marks, or in a paragraph a quote runs on into (its opening mark lost), is a speaker's words
(``quoted``), never the outlet's own voice (the newsroom's "as we reported" aside).

Stance — how the sentence presents the fact (cue words are data in ``lang/en/stance.py``):

* ``asserts``: the cited source states it as its own fact or assessment ("Rutte said he
  could confirm…", "the Pentagon estimated…", a direct quote), or the outlet states it in
  its own voice with no source; "according to" a person the article names, with at most a title
  ("according to Dr. Jo Roe"), is that person's word.
* ``reports``: the outlet relays a report or allegation at one remove, without anyone in
  the sentence vouching for it: "according to", "reportedly", "X reported that",
  "X claimed", "alleged", "media outlets report", "the article said", a document's words
  ("the letter added that", "sent a letter …, saying"). A reporting verb in
  an aside ("The ship, which dpa reports was bound for…, hit…") does not count, nor a report word qualifying a noun
  after the verb ("voted to let victims sue Ostland for its alleged role").
* ``disputes``: the sentence denies or contradicts the claim: a denial verb ("denied that"),
  a verb of rejection whose object is a report ("dismissed the reports", not "rejected
  appeals for new leaders"), declining to confirm, a contradicting phrase ("that was never
  the case", "not accurate", "no evidence that", "no such"), or, within a claim, the same
  predicate negated against a majority that puts it forward ("did not see any casualties"
  among "12 killed"; "…but didn't derail" disputes nothing about a collision). A negated
  denial ("did not deny") is not a dispute; nor, within a claim, a denial of something the
  claim does not tell ("disputed claims of bias and called on…"; a denial of an act, "denied that he asked Roe
  to…", must name the act most of the claim's statements tell), nor one among statements
  that deny the same thing (the claim is the denial) or quote that denial ("…were “unequivocally denied”"). A denial
  of doing what the sentence before tells its denier did ("Lee had threatened to end her contract" / "Lee
  denied ever threatening her prospects") disputes it. Claims whose statements put the same predicate
  the opposite way and name the same actors are linked both ways (``Claim.contradicts``); so are, within one
  article, a bid for another term told both ways ("is not running for re-election" / "wants to run for another
  term") and "no one was injured" against a count of the injured.

Each statement carries the figures its sentence gives (``figures.parse_figures``: the range its wording allows,
the unit, what it counts and when); only figures of the same thing are compared, and a running count given for
two different dates is an update.

Grouping (``group_claims``) compares what statements say, not who says it: the clause
after the attribution ("X said (that) Y", "X denied Y" → Y), cut into propositions at
semicolons, dashes and conjunctions, so that a short sentence can match one fact of a long
lead sentence (background clauses, "…, where …", count for less). Words are compared as
Snowball stems mapped onto small families of news synonyms ("deployed"/"sent",
"derogatory"/"disparaging"), weighted by rarity, names more; a name of several words, with its
title ("Tory leader Michael Howard"), is one shared thing, not four shared words, so that two
statements about different acts of one person are not one claim. A capital acting for its
government ("Pyongyang had sent…", "Moscow denied…") is compared as its country too. Two statements score by their
best matching pair of propositions; for counts of the same unit, talking about the same
thing is enough (the topic rule that puts "3,000", "several thousand" and "10,000 North
Korean troops in Russia" in one claim, whose figures then disagree), while different
numbers, or a count against no count, keep statements apart, as do people of different
nationalities ("an Australian climber" / "a New Zealand climber": two people). Two statements with the same
main verb ("has checked into" / "checked into") naming the same participant need share
less: the rest is circumstance (why, when, where from); a statement whose main verb is
negated ("did not reveal why she entered rehab") tells of something else than one without
that verb ("she entered rehab"), and a plan ("Congress is set to vote to override the veto") of the act told done
("the Senate voted to override"). Ages, spans of time and numbers that
are part of a name ("the 76ers") are no counts. Claims are then built by average
link: the two groups most alike on average merge first, only while that average reaches
the bar and none of their members conflict, so no chain of near pairs joins two facts.
In a dossier of many articles, words found in a large share of them (its protagonists
and subject) cannot alone link a pair unless it is a near restatement. Candidate pairs come from an inverted
index of the rarer words, so the work grows with the number of statements, not its square.
When in doubt it keeps claims apart: a false merge would tell readers that outlets
corroborate each other.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import chain
from typing import NamedTuple

import Stemmer

from . import forked, outlets
from .entity_data import capital_countries, country_forms, gazetteer, given_name_gender
from .figures import (
    AGE_UNIT,
    CLOCK_UNIT,
    EITHER_POUNDS,
    FROM_A_PLACE,
    INVARIANT_PLURALS,
    MONEY_UNITS,
    MONTHS,
    NOT_EVENT_UNITS,
    OTHER,
    PERSON_UNITS,
    QUALIFIERS,
    RANGE,
    RATIO,
    UNIT_STOP,
    UNIT_SYNONYMS,
    WEEKDAYS,
    YEAR,
    ages,
    article_pounds,
    date_in,
    is_national_unit,
    nations,
    parse_figures,
    qualified_range,
    singular,
)
from .forked import Share
from .lang.en import speech
from .lang.en import stance as cues
from .lang.en.names import (
    ACCOUNT_NOUNS,
    COMMON_BODY_HEADS,
    EVENT_WORDS,
    FUNCTION_WORDS,
    ROLE_NOUNS,
    SETTLEMENT_NOUNS,
    SOCIAL_PLATFORMS,
)
from .lang.en.words import IRREGULAR_FORMS, STOPWORDS
from .models import common_terms
from .patterns import Folded
from .sentences import DATELINE, split_sentences
from .structure import UNKNOWN_OUTLET, Article, Claim, Entity, Figure, Mention, Quote, Statement, slugify

__all__ = ["cite_quote_speakers", "find_statements", "group_claims", "quoted_speakers", "split_sentences"]


# --- figures told apart across claims ---------------------------------------------

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


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


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


LEAD_PARAGRAPHS = 3


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


# A count without a noun that is the count of its event: "27 injured", "59 are dead", "wounding 120,".
_BARE_COUNT_AFTER = re.compile(rf"\s*(?:(?:(?:were|are|was|is|have|has|had)\s+)?(?:been\s+)?"
                               rf"(?:{'|'.join(sorted(cues.COUNTED_EVENTS))})\b|[,;.]|$)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[―—–-]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _whole_count(figure: Figure, sentence: str) -> bool:
    """Is the figure a count of all the people an event of the story befell ("25 people were injured", "killing 12"),
    not of some of them: of a kind of people ("10 Americans", "two pilots"), qualified ("two other people"), by how
    badly or where they are (``cues.COUNT_PART_WORDS`` in its clause: "four people with serious injuries", "20
    others slightly hurt"), nor a vague amount or a difference?"""
    if figure.value is None or figure.relative or figure.modifiers or figure.counted not in cues.STORY_COUNTS:
        return False
    written = re.search(rf"(?<![\w.,]){re.escape(figure.text)}(?!\w)", sentence)
    if written is None or figure.unit not in (None, "people"):
        return False
    at, after = written.start(), sentence[written.end():]
    if figure.unit is None and not _BARE_COUNT_AFTER.match(after):
        return False
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1] + figure.text + _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return not cues.COUNT_PART_WORDS & set(re.findall(r"[a-z][a-z-]*", clause.lower()))



# --- statement detection --------------------------------------------------------------

_REPORT_CUES = cues.REPORT_CUES
_DISPUTE_CUES = f"{cues.FALSE_BELIEF_CUES}|{cues.DENY_VERBS}|{cues.DISPUTE_OBJECT_VERBS}|{cues.DECLINE_CUES}"
_ASSERT_CUES = cues.ASSERT_CUES
_CUE = Folded(rf"\b(?P<cue>{_DISPUTE_CUES}|{_REPORT_CUES}|{_ASSERT_CUES})\b")
_DENY = Folded(rf"\b(?:{cues.DENY_VERBS})\b")
# ...unless a clause follows it: "denied the request was ever made" denies a fact.
_WITHHELD = re.compile(rf"(?:\s+(?![\w'’-]+ing\b)[\w'’-]+){{0,2}}?\s+(?:{cues.WITHHELD_OBJECTS})\b"
                       r"(?!\s+(?:was|were|is|are|had|has|have|would|could|did|ever|never)\b)", re.IGNORECASE)
_DISPUTE_OBJECT = re.compile(rf"\b(?:{cues.DISPUTE_OBJECT_VERBS})\s+(?:{cues.DISPUTED_OBJECTS})")
_DISPUTE_VERB = re.compile(cues.DISPUTE_OBJECT_VERBS, re.IGNORECASE)
# What a verb of rejection governs when its subject answers in words rather than acts: a report or words voiced among
# its first words, a that-clause, or a verdict after "as" ("dismissed Mr. Barak, who …, as a failed politician").
_SPOKEN_OBJECT_AFTER = re.compile(
    rf"\s+(?:{cues.DISPUTED_OBJECTS})|(?:\s+[\w'’$-]+){{0,3}}?\s+(?:{cues.REPORT_NOUNS}|{cues.VOICED_WORDS})\b|"
    r"[^;:,]*?,?\s+as\s+(?:an?|the|being|not|too|[a-z]+(?:ly|ed|ous|ive|al|ic|ful|less|ent|ant))\b")
_DENY_VERB = re.compile(cues.DENY_VERBS, re.IGNORECASE)
_NOUN_MARKER = re.compile(rf"\b(?:{cues.NOUN_MARKERS_BEFORE})\s+$", re.IGNORECASE)
_DECLINE = Folded(rf"\b(?:{cues.DECLINE_CUES})\b")
_FALSE_BELIEF = Folded(rf"\b(?:{cues.FALSE_BELIEF_CUES})\b")
_DENIAL_PHRASE = Folded(rf"\b(?:{cues.DENIAL_PHRASES})")
_REPORT = Folded(rf"\b(?:{_REPORT_CUES})\b")
_NEGATED = re.compile(cues.NEGATED_BEFORE, re.IGNORECASE)
_NEGATION = Folded(rf"\b(?:{cues.NEGATIONS})\b")
# Outlet-voice news events that make a sentence a statement without any reporting verb.
_EVENT = Folded(
    r"\b(?:deploy(?:ed|s|ing)?|deployment|sent|sends|summoned|summons|launch(?:ed|es)|invaded|attacked|"
    r"kill(?:ed|s)|wounded|injured|arrested|detained|charged|convicted|sentenced|fired|voted|vote[sd]|"
    r"signed|seized|captured|elected|resigned|died|released|published|filed|sued|approved|passed|banned|"
    r"expelled|imposed|condemned|met|visited|held|removed|escorted|withdrew|arrived|struck|shot|"
    r"bombed|occupied|retook|retaken|clawed back|broke|agreed|ordered|appointed|nominated|"
    r"raised|lost|won|fell|rose|grew|dropped|increased|decreased|cut|closed|opened|endorsed|"
    r"sanction(?:ed|s)|breach(?:ed|es)?|violat(?:ed|es|ion)|involved|identified|training|trained|"
    r"briefing|plans? to|promot(?:ed|es|ing)|unveil(?:ed|s|ing))\b",
)
_DATE = Folded(
    rf"\b(?:(?:on|last|this|next|since|until|by|in|early|late|mid)[- ](?:monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|{MONTHS})|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    rf"sunday)|(?:{MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})|(?:in|since|by) (?:1[89]|20)\d\d|"
    rf"(?:last|this|next|earlier this|later this) (?:week|month|year)|yesterday|today)\b",
)
# First-person or imperative wants: demands and calls, not facts.
_DEMAND = re.compile(
    r"\b(?:we|i|you)\s+(?:really\s+)?(?:need|must|should|have to|want|urge|demand|call on|ask)\b|\bplease\b",
    re.IGNORECASE)
# A call made in the speaker's own words ("NATO calls on Russia to cease…") is a demand too;
# outside quotes, "X urged Y to…" is a reported event.
_QUOTED_CALL = re.compile(r"\b(?:calls? on|urges?|appeals? to|demands?)\b", re.IGNORECASE)
_OPINION = re.compile(r"\b(?:i think|i believe|i feel|in my (?:view|opinion)|i hope|we hope|let's|let us)\b|"
                      rf"{cues.OPINION_HEDGES}", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:last updated|updated|posted|published on|subscribe|share|leave a|read more|click|sign up|"
    r"follow us|copyright|image copyright|image caption|photo|skip|advertisement|related|tagged|"
    rf"dear readers|thank you)|pic\.twitter|https?://|www\.|@\w+|\bsubscribe\b|\bnewsletter\b|{cues.PAGE_POINTERS}",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]?")


@lru_cache(maxsize=65536)  # each sentence is read by several tests
def _outside_quotes(text: str) -> str:
    """The sentence with quoted words blanked out (keeping offsets), so that a reporting
    verb inside a quote is not taken for the article's attribution."""
    return re.sub(r"[“\"][^”\"]*(?:[”\"]|$)", lambda m: " " * len(m.group(0)), text)


# A sentence's opening words that close a quote opened in the sentence before: '… Roe. Jail!” Trump tweeted.'
_QUOTE_TAIL = re.compile(r"^[^“”\"]*”")
# Who said it and when, nothing else: "Trump tweeted early Tuesday.", "Jo Roe said in a statement."
_ATTRIBUTION_ONLY = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{'|'.join(sorted(speech.REPORTING_VERBS, key=len, reverse=True))})\b"
    r"(?:\s+[\w'’]+){0,3}[.!?]?")
_WORDS_OF = re.compile(r"[A-Za-z0-9$£€%]+")


def is_statement(sentence: str) -> bool:
    """Does this sentence put a fact forward (rather than opinion, a demand, a question or
    page furniture)?"""
    text = sentence.strip()
    words = re.findall(r"[A-Za-z0-9$£€%]+", text)
    # A question, or a line announcing what follows ("On Monday, the firm released a statement:",
    # "The leak includes:"): neither puts a fact forward itself.
    if len(words) < 4 or text.rstrip("”\"’' ").endswith(("?", ":")) or _FURNITURE.search(text):
        return False
    if _CREDIT_LINE.search(text) or _asks(text):
        return False
    quoted = " ".join(_QUOTED.findall(text))
    if _OPINION.search(text) or _DEMAND.search(text) or _QUOTED_CALL.search(quoted):
        return False
    if sum(w[0].isupper() for w in words) > 0.7 * len(words):
        return False  # headlines, name lists
    if sum(w.islower() and len(w) > 2 for w in words) < 2 and not _short_news(text):
        return False  # time stamps ("Thu, 10 Nov 2011 02:45 PM"), list lines ("Vell Hall: 12 killed")
    # A sentence wholly inside a quote (one that runs on from the sentence before) is the
    # speaker's statement: judge its words.
    plain = _outside_quotes(text).strip() or re.sub(r"[“”\"]", " ", text)
    if text.startswith(("“", '"')) or _QUOTE_TAIL.match(text):
        attributed = _QUOTE_TAIL.sub(lambda m: " " * len(m.group(0)), _outside_quotes(text)).strip()
        if _ATTRIBUTION_ONLY.fullmatch(attributed) and len(words) - len(_WORDS_OF.findall(attributed)) < 3:
            return False  # '“Jail!” Trump tweeted early Tuesday.': a few words, then who said them, tell no fact
    if _OUTLET_SELF.search(plain):
        return False  # "our" outside quotes: the outlet about itself (appeals, notices), not news
    if _caption_line(text) and not (_PAST_VERB.search(plain) or _CAPTION_VERB.search(plain)
                                              or IRREGULAR_FORMS.keys() & set(words)):
        return False  # a caption: "Fire crews arriving at the scene", what a photo shows, told as no fact
    if len(words) < 6:
        return _tells_what_happened(plain) or _copular_fact(text)  # "She checked in today.": short, but news
    # The cheap tests first: most news sentences have a verb in a past or future tense.
    return bool(_tells_what_happened(plain) or _FINITE_VERB.search(plain) or _CUE.search(plain)
                or _CUE.search(text) and re.search(r"\b(?:confirm|can confirm)\b", text, re.I)
                or _EVENT.search(text) or _DATE.search(text) or parse_figures(text) or _copular_fact(text))


# "The final tally was 97-1.", "The lone “no” vote in the Senate was Senate Minority Leader Harry Reid, D-Nev.": a
# definite subject of a few words (a quoted word among them), a copula, then a figure of a few words or a name of two
# capitalised words or more (an aside after a comma: a party and state), and a full stop (a heading has none).
_COPULAR_FACT = re.compile(
    rf"^(?i:{cues.COPULAR_FACT_DETERMINERS})\s+(?P<subject>(?:[“\"‘']?[\w'’-]+[”\"’']?\s+){{1,6}}?)"
    rf"(?:{cues.COPULAR_FACT_VERBS})\s+(?:"
    rf"(?:(?:{cues.COPULAR_FACT_QUALIFIERS})\s+)?[$£€]?\d[\d,.]*(?:[-–]\d{{1,3}}){{0,2}}%?(?:\s+[a-z]+){{0,3}}"
    rf"|(?:[A-Z][\w.'’-]*\s+){{1,5}}[A-Z][\w'’-]*(?:,\s*[A-Z][\w.'’-]*)?"
    r")\s*[.!][\"”’']*$")
_NOT_IN_COPULAR_SUBJECT = re.compile(rf"\b(?:{cues.COPULAR_FACT_NOT_IN_SUBJECT})\b", re.IGNORECASE)


def _copular_fact(text: str) -> bool:
    """Does the sentence tell what one thing of the story was, a figure or a name, with a copula and no verb besides
    (``_COPULAR_FACT``): "The final tally was 97-1.", "The gunman was Omar Mateen."?"""
    fact = _COPULAR_FACT.match(text.strip())
    return bool(fact) and not _NOT_IN_COPULAR_SUBJECT.search(fact.group("subject"))


def _short_news(text: str) -> bool:
    """Is a sentence of few lower-case words news all the same: a sentence ending in a stop, with a verb telling what
    happened and a figure of something ("It landed in Vell at 10:15 a.m.")? Not a player's line ("Roe (5-11, 220)
    played at Vell State."), whose numbers count nothing."""
    return (bool(re.search(r"[.!?][\"”’')]*$", text)) and _tells_what_happened(_outside_quotes(text))
            and any(figure.unit for figure in parse_figures(text)))


# A verb in a past or perfect tense: the outlet telling what happened ("has checked into",
# "was badly damaged", "fled the scene").
_PAST_VERB = re.compile(r"\b(?:has|have|had|was|were)\s+(?:[a-z]+ly\s+|been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b|"
                        r"\b[a-z]{3,}ed\b")


# A line without a full stop whose verb is a participle after its subject ("Fire crews arriving at the scene"): with
# no finite verb besides (``is_statement``), a photo's caption. Told apart from a headline's verb in "-s" and its
# object ("PETA releases depressing ad", "Roe acknowledges profiting from…", "Fire destroys dairy building") by its
# subject, common nouns with one capital at most (a name and its verb have two: "David Roe acknowledges"), none of
# them a verb in "-s" but the last; by what follows the participle, a preposition or a determiner ("arriving on the
# scene", not "depressing ad"); and by no verb in "-s" after it ("Truck driver shouting slogans kills 84").
_PARTICIPLE_LINE = re.compile(r"^(?P<subject>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+[a-z]{2,}ing"
                              r"(?P<rest>\s+(?:the|a|an|at|on|in|to|into|from|with|outside|inside|near|by|after|for|"
                              r"past|through|during|over|up|down|out|off)\b.*|\s*)$")
_CAPTION_OPENERS = {"with", "as", "after", "while", "when", "before", "despite", "amid", "without", "by", "in", "on",
                    "at", "for", "from", "if", "since", "the", "a", "an", "of", "to", "during"}
_VERB_IN_S = re.compile(r"[a-z][\w'’-]*[^s\W]s")


def _caption_line(text: str) -> bool:
    """Is the line a caption's participle after its subject (``_PARTICIPLE_LINE``), ending without a full stop?"""
    line = _PARTICIPLE_LINE.match(text.strip())
    if not line or re.search(r"[.!?…\"”’')]$", text.strip()):
        return False
    words = line.group("subject").split()
    return (words[0].lower() not in _CAPTION_OPENERS and words[-1].lower() not in _CAPTION_OPENERS
            and sum(word[0].isupper() for word in words) <= 1
            and not any(_VERB_IN_S.fullmatch(word) for word in [*words[:-1], *line.group("rest").split()]))


# Its subject's plural "-s" is no verb there ("crews arriving"), so only these tell a finite verb besides the past.
_CAPTION_VERB = re.compile(r"\b(?:will|would|could|can|may|might|must|should|is|are|was|were|am|be|been|has|have|had|"
                           r"do|does|did|says|said)\b", re.IGNORECASE)


# "our work", "our staff": the outlet about itself; "our reporter saw…" is its reporting.
_OUTLET_SELF = re.compile(r"\b(?:ours|our(?!\s+(?:own\s+)?(?:reporters?|correspondents?|team|crew|photographers?|"
                          r"journalists?|sources?|analysis|investigation)\b))\b", re.IGNORECASE)
# A finite verb: "will play the 12th Doctor", "is seeking help", "was the second attack",
# "Microsoft releases a fix" (a name, then a verb in -s).
_FINITE_VERB = re.compile(r"\b(?:will|would|could|can|may|might|must|should|is|are|was|were)\s+"
                          r"(?:[a-z]+ly\s+|not\s+)?[a-z]{2,}|"
                          r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[a-z]{3,}s\b")


_CREDIT_LINE = re.compile(cues.CREDIT_LINES, re.IGNORECASE)
_ASKING = re.compile(rf"\b(?:{cues.ASK_VERBS})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{cues.QUESTION_OPENERS})\b",
                     re.IGNORECASE)
_ASIDE_BEFORE_ASKING = re.compile(cues.ASIDE_BEFORE_ASKING, re.IGNORECASE)
_CLAUSE_AFTER_QUESTION = re.compile(cues.CLAUSE_AFTER_QUESTION, re.IGNORECASE)
_QUOTED_QUESTION = re.compile(r"\?\s*['’]?\s*[”\"]")


def _asks(sentence: str) -> bool:
    """Does the sentence only tell of a question: someone asking whether/why…, not as an aside ("When asked
    whether…", "who was asked how…"), and no verb of saying for an answer or another statement ("Roe asked Lee
    whether Acme would close the plant."), or a quoted question and its attribution ('"Will the plant close?" Roe
    asked.')? A question asserts nothing."""
    plain = _outside_quotes(sentence)
    asking = [m for m in _ASKING.finditer(plain) if not _ASIDE_BEFORE_ASKING.search(plain[: m.start()])
              and not _CLAUSE_AFTER_QUESTION.search(plain, m.end())]
    if asking and not _CUE.search(plain):
        return True
    closing = list(_QUOTED_QUESTION.finditer(sentence))
    return bool(closing) and len(plain[closing[-1].end() :].split()) <= 8 and not plain[: closing[-1].start()].strip()


def _tells_what_happened(plain: str) -> bool:
    return bool(_PAST_VERB.search(plain)) or any(w in IRREGULAR_FORMS for w in re.findall(r"\b[a-z]+\b", plain))


@lru_cache(maxsize=65536)
def is_denial(sentence: str) -> bool:
    """Does the sentence deny or decline to confirm what it reports? A denial verb that is
    not itself negated ("denied that…", not "did not deny") nor withholding something ("deny
    service to", "was denied entry"); a verb of rejection whose object
    is a report or claim ("dismissed the reports", not "rejected appeals for new leaders");
    declining to confirm; a belief or saying marked false ("mistakenly believed that…"); or a phrase that
    contradicts without such a verb ("that was never the case", "the account is not accurate", "no evidence that")."""
    return _denial(sentence) is not None


def denies_outright(sentence: str) -> bool:
    """Does the sentence deny what it reports (``is_denial``), not only decline to confirm it ("declined to confirm",
    "could not verify": a hedge, which leaves the claim open)?"""
    denial = _denial(sentence)
    return denial is not None and denial[0].re not in (_DECLINE.pattern, _DECLINE.fallback)


def disputed_between_sources(claim: Claim) -> bool:
    """Does a source an article cites deny outright (``denies_outright``) what another source it cites has just put
    forward in the claim: one voice asserts, a different voice denies it, pointing back at it ("Brad Woodhouse said
    Mr. Steele was …" / "Republican officials dismissed that criticism", in that paragraph or the next)? Not where the
    denial cites no source or the outlet itself (its own doubt), nor a source denying what it said itself, nor a denial
    naming what it denies ("denied the hunting ban had led to a breakdown of trust"), which may be of something else
    than the claim tells. Read once the statements' sources are settled (entities name them)."""
    for denial in claim.statements:
        denier = _voice(denial)
        if (denial.stance != "disputes" or denier is None or _outlet_itself(denial)
                or not _REFERRING_DENIAL.search(denial.text) or not denies_outright(denial.text)):
            continue
        if any(s.stance != "disputes" and s.article == denial.article and 0 <= denial.paragraph - s.paragraph <= 1
               and _voice(s) not in (None, denier) for s in claim.statements):
            return True
    return False


def contradicted_between_sources(claim: Claim, claims_by_id: dict[str, Claim]) -> bool:
    """Is the claim, told in one article, contradicted by another claim of that article (``Claim.contradicts``) told in
    another voice: two sources the article cites at odds ("The FBI says the perpetrator had no connections to
    international terrorist groups" / "The attack was carried out by a soldier of the Islamic State," Amaq said)? As
    ``disputed_between_sources``, the two voices must be sources, not the outlet's own words, and one must deny the
    other's link or dismiss its argument (``_denied_links``, ``_dismissed_arguments``): a figure or a word negated
    in one article (26% of networks used default settings / more than a third had security turned off) is more often
    two measures than two sources at odds."""
    if len(claim.articles) != 1 or not claim.contradicts:
        return False
    voices = {_voice(s) for s in claim.statements if not _outlet_itself(s)} - {None}
    for other in (claims_by_id[i] for i in claim.contradicts if i in claims_by_id):
        others = {_voice(s) for s in other.statements if not _outlet_itself(s)} - {None}
        if (other.articles == claim.articles and voices and others and voices.isdisjoint(others)
                and any(_LINK_DENIED.search(s.text) or _ARGUMENT_DISMISSED.search(s.text)
                        for s in [*claim.statements, *other.statements])):
            return True
    return False


def _voice(statement: Statement) -> str | None:
    """Who a statement cites: its source's entity, else its source as written (case aside), else None."""
    return statement.source or (statement.source_name.casefold() if statement.source_name else None)


def _outlet_itself(statement: Statement) -> bool:
    """Does the statement cite its own outlet, by a part of its name or all of it ("The Post found no evidence that
    …" in The Washington Post)?"""
    if not statement.source_name or not statement.outlet:
        return False
    named = set(_WORDS_OF_NAME.findall(statement.source_name.casefold())) - {"the"}
    return bool(named) and named <= set(_WORDS_OF_NAME.findall(statement.outlet.casefold()))


_WORDS_OF_NAME = re.compile(r"\w+")


def _denial(sentence: str) -> tuple[re.Match[str], bool] | None:
    """The sentence's denial (``is_denial``) and whether it is a verb, whose object follows it, rather than a
    phrase standing in its clause ("her claims are untrue")."""
    plain = _outside_quotes(sentence)
    for pattern in (_DENY, _DECLINE, _FALSE_BELIEF):
        for m in pattern.finditer(plain):
            if not _NEGATED.search(plain[: m.start()]) and not (pattern is _DENY and _WITHHELD.match(plain, m.end())):
                return m, True
    for m in _DISPUTE_OBJECT.finditer(plain):
        if not _NEGATED.search(plain[: m.start()]) and not _NOUN_MARKER.search(plain[: m.start()]):
            return m, True
    phrase = next((m for m in _DENIAL_PHRASE.finditer(sentence) if not _DESCRIBING.search(sentence, 0, m.start())),
                  None)
    return (phrase, False) if phrase else None


_DESCRIBING = re.compile(cues.DESCRIBING_BEFORE, re.IGNORECASE)


def is_negated(sentence: str) -> bool:
    """Is the sentence's own proposition negated ("our reporter did not see any casualties",
    "Sudan had not bombed…", 'it added that "no one was injured"')?"""
    return bool(negated_terms(sentence))


# Where the words a negation governs end: punctuation, a clause of its own ("did not materialise as he
# crashed out" negates no crash) or a time adjunct ("did not collect many accolades upon release" negates no release).
_NEGATION_SCOPE_END = re.compile(
    r"[,;:.()]|\b(?:as|because|after|when|while|since|before|although|though|until|unless|whereas|which|who|whom|"
    r"upon|during|following)\b")


@lru_cache(maxsize=65536)
def negated_terms(sentence: str) -> frozenset[str]:
    """The stems of the words a negation governs in the sentence's main proposition ("did not
    derail" → derail, "will not seek a second term" → seek, second, term): only the first
    proposition of the clause after the attribution counts ("…, which did not spread"
    negates a detail, not the fact). A quote that is the reported clause counts as said."""
    if not _NEGATION.search(sentence.replace("n’t", "n't")):
        return frozenset()
    stems: set[str] = set()
    for before, _, following in _negation_scopes(sentence):
        if _IN_RELATIVE_CLAUSE.search(before):
            continue  # "fans who have not seen their team win…" negates a detail of the fans
        stems |= set(list(_content_stems(following))[:3])
    return frozenset(stems)


def _negation_scopes(sentence: str) -> list[tuple[str, str, str]]:
    """Each negation of the sentence's main proposition (the first of the clause after its attribution) that
    negates what follows, as the words before it, the negation and the words it governs: not those of "almost didn't
    happen", "not the only update", "wasted no time" (``NOT_NEGATING``)."""
    parts = propositions(claim_clause(sentence))
    if not parts:
        return []
    first = parts[0][0].replace("n’t", "n't")
    idioms = [m.span() for m in _NOT_NEGATING.finditer(first)]
    return [(first[: m.start()], m.group(0), _NEGATION_SCOPE_END.split(first[m.end() :], maxsplit=1)[0])
            for m in _NEGATION.finditer(first) if not any(start <= m.start() < end for start, end in idioms)]


@lru_cache(maxsize=65536)
def _negates_a_thing(sentence: str) -> bool:
    """Is every negation of the sentence's main proposition a determiner before a noun ("There should be no
    one-on-one meeting", "no survivors"): does it tell that a thing is not, or should not be, rather than negate a
    verb?"""
    scopes = _negation_scopes(sentence)
    return bool(scopes) and all(negation.lower() in cues.THING_NEGATIONS for _, negation, _ in scopes)


_EXISTENTIAL = re.compile(rf"\bthere\s+(?:{cues.EXISTENTIAL_VERBS})\s+(?P<thing>.*)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _existing_terms(clause: str) -> frozenset[str]:
    """The stems a clause tells exist or happen with an existential "there is" ("there will be a summit meeting" →
    summit, meet), as ``negated_terms`` reads the words a negation governs; empty without one."""
    found = _EXISTENTIAL.search(clause)
    if found is None:
        return frozenset()
    return frozenset(list(_content_stems(_NEGATION_SCOPE_END.split(found.group("thing"), maxsplit=1)[0]))[:3])


_NOT_NEGATING = Folded(rf"\b(?:{cues.NOT_NEGATING})\b")
# A relative clause still open before a negation: "fans who have", "the shop, which had".
_IN_RELATIVE_CLAUSE = re.compile(rf"\b(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))})\b[^,;:.]*$")


# Where what a denial governs ends: a clause of its own, or a second verb of its subject ("disputed claims of
# racism and called on the group to withdraw" denies no call).
_DENIAL_SCOPE_END = re.compile(rf"{_NEGATION_SCOPE_END.pattern}|\b(?:and|but)\s+(?:also\s+|then\s+)?(?=[a-z]+ed\b)")
_REPORT_NOUN = re.compile(rf"\b(?:{cues.REPORT_NOUNS})\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def denied_terms(sentence: str) -> frozenset[str] | None:
    """The stems of what the sentence's denial denies ("denied that troops were sent" → troop, send;
    "her claims of assault are untrue" → assault), None when it names nothing of its own ("denied the
    reports Friday", "something she has denied"): then it denies whatever its claim tells."""
    found = _denial(sentence)
    if found is None:
        return None
    match, is_verb = found
    following = _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0]
    governed = following
    # A predicate ("…are untrue", "never happened") denies its subject; "no evidence that…" what follows.
    if not is_verb and not re.search(r"\b(?:that|of)$", match.group(0)):
        governed = _DENIAL_SCOPE_END.split(sentence[: match.start()])[-1] + " " + following
    words = _REPORT_NOUN.sub(" ", governed)
    stems = frozenset(stem for stem in _content_stems(words) if stem not in _TIME_STEMS)
    return stems or None


_HAPPENING_AFTER = re.compile(r"\s+(?:that\b|(?:ever\s+|having\s+)?[a-z]+ing\b)")


def _denies_happening(sentence: str) -> bool:
    """Whether the sentence's denial denies that something happened ("denied that troops were sent", "denied
    ever threatening her", "no evidence that the hacks were related"), not a thing ("denied the report")."""
    found = _denial(sentence)
    if found is None:
        return False
    match, _ = found
    return match.group(0).lower().endswith(" that") or bool(_HAPPENING_AFTER.match(sentence, match.end()))


@lru_cache(maxsize=65536)
def _denied_act(sentence: str) -> tuple[str, frozenset[str]] | None:
    """What the sentence's denial of a happening denies was done: the stem of the verb of the clause it governs, and
    the stems of that clause's words after the verb (its object and complement; the clause's other words when none
    follow). "denied that he asked Roe to stop the inquiry" → (ask, {roe, stop, inquiri}); "denied ever threatening
    her prospects" → (threaten, {prospect}); "has not sent any missiles over Japan" → (send, {missil, japan}).
    None when it denies a thing ("denied the reports"), a state ("denied the troops are in Vell") or a clause whose
    verb is not found."""
    found = _denial(sentence)
    if found is not None and not found[1] and _NEGATED_ACT.fullmatch(found[0].group(0)):
        # "had not bombed the town": the act is the verb the phrase ends with, what follows it its object.
        verb = _stem(found[0].group(0).split()[-1])
        following = _DENIAL_SCOPE_END.split(sentence[found[0].end() :], maxsplit=1)[0]
        return verb, frozenset(_content_stems(following)) - {verb}
    if not _denies_happening(sentence):
        return None
    match, _ = _denial(sentence)
    governed = re.sub(r"^\s*that\b", "", _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0])
    gerund = _GERUND.match(governed)
    if gerund:
        verb, after = _stem(gerund.group("verb")), governed[gerund.end() :]
    else:
        found = _main_verb(governed)
        if found is None or found[1] is None:
            return None
        verb, after = found[1], governed[found[0] :]
    words = frozenset(_content_stems(after)) - {verb} or frozenset(_content_stems(governed)) - {verb}
    return verb, words


_GERUND = re.compile(r"\s*(?:ever\s+|having\s+)?(?P<verb>[a-z]+ing)\b")
_NEGATED_ACT = re.compile(cues.NEGATED_ACTS, re.IGNORECASE)


def _denies_told_act(sentence: str, forward: list[_Prepared]) -> bool:
    """Does the sentence's denial deny the act its claim tells: is the denied verb (or one of its word family) told by
    at least half the statements putting the claim forward, one of which shares a word of what follows that verb?
    "Lee denied that he asked Roe to stop the inquiry" disputes no claim that "Lee fired Roe for lying", though both
    name the two men and one member says Lee asked Roe. True when the denial names no act to compare
    (``_denied_act``)."""
    act = _denied_act(sentence)
    if act is None:
        return True
    verb, words = act
    telling = [item for item in forward if verb in _told_events(item)]
    return 2 * len(telling) >= len(forward) and any(words & _asserted_terms(item) for item in telling)


def stance_of(sentence: str) -> str:
    """``asserts``, ``reports`` or ``disputes`` (see the module docstring)."""
    return "disputes" if is_denial(sentence) else _stance_besides_denial(sentence)


def _stance_besides_denial(sentence: str) -> str:
    """``reports`` or ``asserts``: how the sentence gives what it tells, its denial aside."""
    plain = _without_attributive_reports(_ASIDE.sub(lambda m: " " * len(m.group(0)), _outside_quotes(sentence)))
    if _REPORT.search(plain) or _REPORTING_SOURCE.search(plain) or _DOCUMENT_SOURCE.search(plain):
        return "reports"
    return "asserts"


_ATTRIBUTIVE_REPORT = re.compile(rf"\b(?:{cues.ATTRIBUTIVE_DETERMINERS})\s+(?P<word>{cues.ATTRIBUTIVE_REPORT_WORDS})"
                                 r"(?=\s+[a-z])", re.IGNORECASE)


def _without_attributive_reports(plain: str) -> str:
    """``plain`` with each report word that qualifies a noun after the sentence's verb blanked ("…for its alleged
    role": ``cues.ATTRIBUTIVE_REPORT_WORDS``): no report of the sentence's act."""
    for match in _ATTRIBUTIVE_REPORT.finditer(plain):
        if _STATING.search(plain, 0, match.start("word")):
            plain = f"{plain[: match.start('word')]}{' ' * len(match.group('word'))}{plain[match.end('word') :]}"
    return plain


def _named_person_vouches(sentence: str, person: str, body: bool = False) -> bool:
    """Is "according to" the sentence's only cue of a report, naming ``person`` (an entity of the article, as written)
    with at most a title before the name ("…is "perfectly fine," according to Dr. Jo Roe", "according to production
    designer Jo Roe")? Then that person vouches for it: their word, not a report at one remove. Not "according to a
    translation by…", "according to her LinkedIn account", "according to the Vell Times". A ``body`` (an
    organisation of the article) vouches the same way, with at most "the" before its name ("according to Nasa",
    "according to the Vell Space Agency"), unless it is a news outlet, whose report it is."""
    plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), _outside_quotes(sentence))
    cues_found = [m.group(0) for m in _REPORT.finditer(plain)]
    if (not cues_found or any(cue != "according to" for cue in cues_found) or _REPORTING_SOURCE.search(plain)
            or _DOCUMENT_SOURCE.search(plain)):
        return False
    phrase = _ACCORDING.search(plain)
    # Another verb of saying ("According to the Vell Daily, Jo Roe said to the Post, …") tells whose words they are.
    if phrase is None or any(m.group("cue").lower() != "according to" for m in _CUE.finditer(plain)):
        return False
    before = phrase.group(1).split(person)[0] if person in phrase.group(1) else None
    if body:
        after = phrase.group(1)[len(before) + len(person) :] if before is not None else ""
        return (before is not None and _BODY_BEFORE.fullmatch(before) is not None and not _NAME_GOES_ON.match(after)
                and not _is_outlet(person) and not _MEDIA_NOUN.search(after))
    return before is not None and not _NOT_A_TITLE.search(before)


_BODY_BEFORE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
# Words after a body's name that make it part of another's ("an IS-affiliated website", "the Vell Matin newspaper"):
# a hyphen, or a lower-case word other than a preposition ("the Vell Mission to the UN" is the mission).
_NAME_GOES_ON = re.compile(r"-|\s+(?!(?:of|to|for|in|at|on|and)\b)[a-z]")
_MEDIA_NAME = re.compile(rf"\b(?:{cues.MEDIA_NAME_WORDS})\b|{cues.BROADCAST_NAMES}")
_MEDIA_NOUN = re.compile(rf"\b(?:{cues.MEDIA_NOUNS})\b", re.IGNORECASE)
# The outlets' names and their short names ("BBC News", "BBC", "CNN").
_OUTLET_FORMS = outlets.NAMES | {key.upper() for _, _, keys in outlets.OUTLETS for key in keys}


def _is_outlet(name: str) -> bool:
    """Is the organisation a news outlet or agency: a known one ("the BBC"), or one its name says is one ("the Vell
    Times", "Vell News")?"""
    return name in _OUTLET_FORMS or f"{name} News" in _OUTLET_FORMS or bool(_MEDIA_NAME.search(name))


# Words before a name that make it no title of the person: "a report by", "the", "her".
_NOT_A_TITLE = re.compile(r"\b(?:the|a|an|his|her|their|its|by|of|from|in|at|for|with|to|on)\b", re.IGNORECASE)


# A relative clause between commas ("The Swiss Crystal, which news agency dpa reports was en
# route…, hit a pillar") qualifies a detail: its reporting verb is not the sentence's.
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,]*,")
# A participle clause between commas after the subject: "Mr. Roe, speaking to a local radio station, rejected…". Not
# one holding the sentence's cue ("the group issued an advisory, claiming the airline …, and"): that tells who says.
_PARTICIPLE_ASIDE = re.compile(rf",\s+(?!(?:{'|'.join(sorted(speech.ING_PREPOSITIONS))})\b)[a-z]+ing\b[^,]*,")


def _without_participle_asides(plain: str) -> str:
    return _PARTICIPLE_ASIDE.sub(lambda m: m.group(0) if _CUE.search(m.group(0)) or _FURTHER_SAYING.match(m.group(0))
                                 else ",", plain)
_REPORTING_SOURCE = Folded(rf"\b(?:{cues.REPORTING_SOURCES})\b")
_DOCUMENT_SOURCE = Folded(rf"\b(?:{cues.DOCUMENT_SOURCES})\b")


# --- sources --------------------------------------------------------------------------

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "his", "her", "their", "its"}
_LEADING_JUNK = re.compile(
    r"^(?:(?:and|but|so|yet|however|meanwhile|also|later|earlier|then|now|still|in|on|at|after|before|"
    r"while|as|when|during|since|by|with|for|last|this|that|which|who)\b[^,]*,\s*)+",
    re.IGNORECASE,
)
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:has|have|had|also|later|initially|earlier|previously|already|first|then|now|on|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|again|once|has also|"
    r"would|will|did|does|do|could|can|may|might|not|never|repeatedly|recently|publicly|officially|"
    r"(?:on|last|this) \w+))+$",
    re.IGNORECASE,
)


_CONCESSIVE = re.compile(r",\s+(?:even though|although|though|whereas|even as)\s+[^,]*$", re.IGNORECASE)
_PREDICATE_OPENING = re.compile(r"(?:was|were|is|are|has|have|had)\b")
_PREDICATE_AFTER_COMMA = re.compile(rf",\s+{_PREDICATE_OPENING.pattern}(?:\s+[a-z]+){{2,}}$")
_RELATIVE_OPENING = re.compile(r"(?:(?:to|of|in|for|from|by|with|at|on|through)\s+)?(?:which|whom|whose|where)\b",
                               re.IGNORECASE)


_DESCRIBES_NAME_BEFORE = re.compile(speech.PARTY_OR_PLACE_AFTER_NAME)


def _clean_source(raw: str) -> str | None:
    text = raw.strip(" ,;:—–-\"“”'")
    # An aside between the subject and its verb ("The governments have, thus far, denied") is not the subject; words
    # with a verb of their own (", were aboard and she live-tweeted") are the predicate, no aside.
    predicate = _PREDICATE_AFTER_COMMA.search(text)
    if not predicate:
        text = re.sub(r",\s+[a-z]+(?: [a-z]+){0,5}$", "", text)
    text = _LEADING_JUNK.sub("", text)
    text = _TRAILING_JUNK.sub("", text).strip(" ,;:")
    # Keep the last clause: "In response, Russia's Foreign Minister Sergey Lavrov", unless it only describes the name
    # before it ("Representative Jo Roe, Republican of Ohio").
    clauses = re.split(r",\s+|\s+(?:and then|but|while|as|because|after|when|that)\s+", text)
    while len(clauses) > 1 and _DESCRIBES_NAME_BEFORE.fullmatch(clauses[-1].strip()):
        clauses.pop()
    text = clauses[-1].strip()
    words = text.split()
    if not words or len(words) > 10 or not re.search(r"[A-Za-z]", text) or predicate and _PREDICATE_OPENING.match(text):
        return None
    if words[0].lower() in ("it", "there", "this", "which", "what") and len(words) == 1:
        return None
    if _RELATIVE_OPENING.match(text):
        return None  # "…, to which The Post does not have access, have revealed": a clause about the subject
    return text


# Titles written with a full stop that does not end the source's name ("according to Dr. Jo Roe").
_ABBREVIATED = rf"\b(?:{cues.ABBREVIATED_TITLES})"
_ACCORDING = re.compile(rf"\baccording to\s+(?!(?:the\s+)?(?:{cues.ACCORDING_TO_STANDARDS})\b)(?:a |an )?"
                        rf"((?:{_ABBREVIATED}\.\s*|[^,.;])+)", re.IGNORECASE)
_UNNAMED_REPORTS = re.compile(cues.UNNAMED_REPORTS, re.IGNORECASE)


# A quote in single marks opening the sentence, up to its closing mark after a stop or a comma (an apostrophe, "I'll",
# has a letter before it).
_SINGLE_QUOTED_OPENING = re.compile(r"\s*['‘].*?[,.!?…]['’](?=\s)")


# A passive verb of saying or thinking with an infinitive after it ("Barr is expected to", "is widely believed to"): the
# subject is what is said or thought of, not who says it.
_RAISED_PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(speech.BE_FORMS))})\s+(?:[a-z]+ly\s+|not\s+|also\s+)?$",
                                    re.IGNORECASE)
_RAISED_PASSIVE_CUE = re.compile(rf"(?:{'|'.join(sorted(speech.BE_FORMS))})\s+\w+\s+to")  # the cue "is said to"
# "to" and a verb, not a determiner ("pointed to a march", "was added to the list").
_NOUN_OPENERS = "|".join(sorted(speech.DETERMINERS | speech.POSSESSIVES))
_INFINITIVE_AFTER = re.compile(rf"\s+to\s+(?!(?:{_NOUN_OPENERS})\b)[a-z]+\b")
_PERFECT_AFTER = re.compile(r"(?:\s+to)?\s+have\b")


def find_source(sentence: str) -> str | None:
    """Who the sentence cites, as written, or None for the outlet's own voice."""
    # "Umbro, which lost deals with Celtic, said": Umbro. A sentence opening on a quote in single marks ("'The tears
    # you see…,' the coach said") has its words blanked too: they are no part of the attribution.
    opening = _SINGLE_QUOTED_OPENING.match(sentence)
    if opening:
        sentence = " " * opening.end() + sentence[opening.end() :]
    plain = _without_attributive_reports(_without_participle_asides(_ASIDE.sub(",", _outside_quotes(sentence))))
    according = _ACCORDING.search(plain)
    if according:
        source = _clean_source(according.group(1))
        return None if source is None or _UNNAMED_REPORTS.fullmatch(source) else source
    trailing = _trailing_source(plain)
    # A closing "he said" may be anyone the article named; an earlier cue of the sentence ("Dr Roe said by the time
    # he arrived…, he said") names them better.
    if trailing and trailing.lower() not in _PRONOUNS:
        return trailing
    raised_at = acted_at = None
    for match in _CUE.finditer(plain):
        cue = match.group("cue").lower()
        if cue in ("reportedly", "allegedly", "purportedly", "no proof", "no evidence", "fake news"):
            continue
        if (_DISPUTE_VERB.fullmatch(cue) and not _SPOKEN_OBJECT_AFTER.match(plain, match.end())
                or _DENY_VERB.fullmatch(cue) and _WITHHELD.match(plain, match.end())) and not _FURTHER_SAYING.search(
                plain, match.end()):
            # "Congress rejected the veto", "was denied entry": the subject's act, not its word on a report (unless
            # it goes on ", saying …"); nor is a cue in the same clause after it ("rejected the plan before Trump
            # announced it") the sentence's.
            acted_at = match.end()
            continue
        if acted_at is not None and not re.search(r"[,;:]", plain[acted_at : match.start()]):
            continue
        if (_RAISED_PASSIVE_CUE.fullmatch(cue) or _RAISED_PASSIVE_BEFORE.search(plain, 0, match.start())
                and _INFINITIVE_AFTER.match(plain, match.end())) and not _PERFECT_AFTER.match(plain, match.end()):
            # "Barr is expected to release it", "is said to be planning": what someone unnamed says or thinks Barr will
            # do, and a verb of saying after it what he may say ("is expected to announce"); not "is said to have
            # told", which reports what was said.
            raised_at = match.end()
            continue
        if raised_at is not None and not re.search(r"[,;:]", plain[raised_at : match.start()]):
            continue
        # "Jo Roe, space analyst and author of Vell: The Long Road said": the name, however the role runs on (a colon
        # of a title in it, no comma closing it).
        described = _NAME_THEN_ROLE.match(re.split(r"[.;!?]\s|[“”\"]", plain[: match.start()])[-1])
        if (described and described.group("name").split()[0].lower() not in STOPWORDS
                and set(described.group("role").split()[:_ROLE_NOUN_WORDS]) & ROLE_NOUNS):
            return described.group("name")
        # "…,” Rutte said" / "X said" : the subject is the words just before the cue.
        subject = re.split(r"[.;:!?]\s|[“”\"]", plain[: match.start()])[-1]
        # "Y, even though Jo Roe has said Z": Roe's words are Z, which the sentence concedes; Y is the outlet's.
        if _CONCESSIVE.search(plain[: match.start()]):
            continue
        stated_first, source = _source_after_statement(subject, plain[match.end() :])
        if stated_first:
            return source
        apposed = _APPOSED_NAME.match(subject)
        if apposed and (any(word.lower() in ROLE_NOUNS for word in apposed.group("role").split())
                        or _INDEFINITE_ROLE.match(apposed.group("role")) and " " in apposed.group("name")):
            return apposed.group("name")
        # "The event organisers, Vell Fest, said": the group and the name it goes by, both kept (``apposed_group``).
        grouped = _GROUP_THEN_NAME.fullmatch(subject)
        if grouped and (group := _clean_source(grouped.group("group"))):
            return f"{group}, {grouped.group('name')}"
        source = _clean_source(subject)
        if source and not re.search(r"\b(?:that|if|whether)$", source, re.IGNORECASE):
            return source
        # Inverted: "…, said Douglas Holtz-Eakin, an economist".
        after = re.match(r"\s+([A-Z][^,.;]*)", plain[match.end() :])
        if after:
            return _clean_source(after.group(1))
    return None


# "Roe, the lead author of the study published in the Vell Journal, said…": a name, then its role between commas (too
# long to be taken whole for the source): the name is the source.
# "Jo Roe, a glaciologist from Vell University, said": a full name described as one of many is the source, not the
# body the description names.
_INDEFINITE_ROLE = re.compile(r"an?\s")
# A full name opening the sentence, then a role in lower case up to the cue, a closing comma or not.
_NAME_THEN_ROLE = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*),\s+(?P<role>[a-z][^,]*?),?\s*$")
_ROLE_NOUN_WORDS = 3  # the role's noun is among its first words: "space analyst and author of …"
_APPOSED_NAME = re.compile(r"\s*(?i:(?:and|but|as|while|when)\s+)*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),"
                           r"\s+(?P<role>(?:the|a|an)\s+[^,]+),\s*(?:(?:has|have|had|also|later|then)\s+)*$")


_REGULAR_FINITE = r"\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|[a-z]+ed)\b"
_FINITE = re.compile(_REGULAR_FINITE)
# A clause before the attribution states something with any verb, "-ed" or not ("Ebbers never made the decisions").
_STATING = re.compile(rf"{_REGULAR_FINITE}|\b(?:{cues.PAST_TENSES_WITHOUT_ED})\b")
# A phrase opening the sentence before its subject ("As well as the mayor's brother, the files named…"): no part of
# the statement's subject or verb, so the statement is what comes after it.
_OPENING_PHRASE = re.compile(r"^\s*(?:as well as|in addition to|besides|apart from|aside from|along with|unlike|like)\b"
                             r"[^,]{1,60},", re.IGNORECASE)
_NAME_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*")


# ", Jo Roe said on Monday." closing the sentence: the source, then a few words that are no clause of their own.
_CLOSING_SOURCE = re.compile(
    rf",\s+(?P<source>[^,;:]{{1,60}}?)\s+(?:{cues.TRAILING_ATTRIBUTION_VERBS})\b(?P<tail>(?:\s+[\w'’.-]+){{0,6}})"
    r"[\s.!]*$")


def _trailing_source(plain: str) -> str | None:
    """The source of a statement told first and attributed at its end ("Before the launch, a test firing is expected
    next week, Roe said."), as written: the attribution closes the sentence, so a cue word inside the statement
    ("expected", "were reported") is not its verb. None when the sentence does not end so, or the words before the
    verb are a clause ("…, which Roe said") or the words after it one ("…, Roe told Lee it was true.")."""
    match = _CLOSING_SOURCE.search(plain)
    if not match or not _STATING.search(plain[: match.start()]):
        return None
    source, tail = match.group("source"), match.group("tail")
    if len(source.split()) > 6 or _STATING.search(source) or _STATING.search(tail) or _RELATIVE_OPENING.match(source):
        return None
    if re.match(r"(?:as|when|while|because|after|before|if|and|but|so)\b", source, re.IGNORECASE):
        return None
    return _clean_source(source)


def _source_after_statement(before: str, after: str) -> tuple[bool, str | None]:
    """When a statement comes first and its source after it, whether it does and who the source is, as written:
    "Y, officials said" (the words after the comma), "Y, Jane Roe, director of the agency, said" (the name
    before the role), "Y, said a spokesperson here on Monday" (the words after the cue, if they name anyone).
    The words before the cue are then the statement, never the source."""
    *head, last = _OPENING_PHRASE.sub("", before).split(",")
    # The statement's verb may come after a comma, its aside taken out: "The incident, which sparked an inquiry,
    # happened when …, reports BBC".
    if not head or not (_STATING.search(head[0]) or len(head) > 1 and _STATING.match(head[1].lstrip())):
        return False, None
    if last.strip():
        stated_first = len(last.split()) <= 6 and not _FINITE.search(last)
        return stated_first, _clean_source(last) if stated_first else None
    if len(head) >= 3 and head[-1].strip()[:1].islower() and _NAME_WORDS.fullmatch(head[-2].strip()):
        return True, _clean_source(head[-2])
    if len(after.split()) <= 10 and not re.search(r"\bthat\b", after) and not _FINITE.search(after):
        named = re.match(r"\s+((?:the\s+)?[A-Z][^,.;]*)", after)
        return True, _clean_source(named.group(1)) if named else None
    return False, None


# --- find_statements ------------------------------------------------------------------


def find_statements(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list[Statement]:
    """The article's statements of fact, each with its stance, cited source and figures.

    A source is an entity the article names (one of ``mentions``: a person, a body, or a
    place standing for its government), a group of people as written ("Researchers said…",
    ``cues.GROUP_REPORTERS``) or nothing, never a clause: a statement inside a
    quote whose speaker is known (``quotes``) has that speaker; "he said" names the last
    person mentioned before it outside anyone's quoted words (``Statement.source_pronoun``: the
    build drops it where that is no man, ``pronoun_fits``).
    """
    statements: list[Statement] = []
    named: list[tuple[frozenset[str], frozenset[str]]] = []  # each statement's ``_Prepared.places`` and ``people``
    fullest = _fullest_names(mentions)
    by_paragraph: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_paragraph[mention.paragraph].append(mention)
    people = sorted(((m.paragraph, m.start), m.text) for m in mentions if m.kind == "person")
    person_names = {text for _, text in people}
    body_names = {m.text for m in mentions if m.kind == "organization"} - person_names
    owners = {(m.paragraph, m.start) for m in mentions
              if m.kind == "person" and article.paragraphs[m.paragraph][m.end:m.end + 2] in ("'s", "’s")}
    capitals = _capital_metonyms(article, mentions)
    pounds = article_pounds(article)
    lines = _short_lines(article.paragraphs) | _ticker_lines(article.paragraphs) | set(article.subheads)
    # Whom a "he"/"she" may mean: the people, and any other mention written as one of them ("Jones" tagged a person
    # in one sentence and not in the next).
    # Not a name inside someone's quoted words: '… names like “Jo, Smoothie and Ace”. He later said …' is the speaker.
    quoted_words = _quoted_ranges(quotes)
    named_people = sorted(((m.paragraph, m.start), m.text) for m in mentions
                          if (m.kind == "person" or m.text in person_names)
                          and not any(a <= m.start and m.end <= b for a, b in quoted_words[m.paragraph]))
    # Whom a "he said" may mean: the people the article names, not those someone names in their words ('… heard "Uma
    # was trepidatious". He said he drove down the road' is the director): words of a known speaker, someone else. A
    # quote of no known speaker may be marks misread ('"I see houses, "said Jo Roe, a resident.' opens one at "said").
    sayers = [(at, text) for at, text in people
              if not any(at[0] == paragraph and a <= at[1] < b and quote.speaker_name and text not in quote.speaker_name
                         for quote in quotes for paragraph, a, b in quote.ranges())]
    previous: tuple[int, int] | None = None  # where the sentence before the current one starts
    carried: tuple[tuple[int, int], str] | None = None  # whom the he/she opening the sentence before surely meant
    for index, paragraph in enumerate(article.paragraphs):
        if index in lines:
            previous = None
            continue
        for start, end in split_sentences(paragraph):
            sentence = paragraph[start:end].strip()
            opened, previous = previous, (index, start)
            sure = _only_one_before(named_people, opened, (index, start), fullest, carried)
            if sure and _quotes_someone_else(article.paragraphs, quoted_words, opened, (index, start)):
                sure = None
            carried = sure if _OPENING_HE_OR_SHE.match(sentence) else None
            if not is_statement(sentence):
                continue
            last = _last_named(sayers, (index, start))
            last_person = last[1] if last else None
            inside = [m for m in by_paragraph[index] if start <= m.start and m.end <= end]
            source, sayer = _quote_speaker(quotes, index, start, end, fullest)
            quoted = _quoted(quotes, index, start, end)
            written = find_source(sentence)
            pronoun = bool(written) and written.lower() in ("he", "she")
            if source and written and source not in person_names and _describes_person(written) and source in written:
                # '"…," the VFL coach of the year said': a person, not the body named in the role
                source = sayer = None
            # A quote's speaker is the quotes stage's to find: where it found none, "she wrote" is not given to
            # whoever the article named last (the quotes stage weighs who "she" can be, and declined).
            if source is None and written and not (quoted and pronoun):
                sayer = written
                # "He told his team" after "… after Jo Roe's late goal": whose goal is no clue to who "he" is.
                after_quote = last is not None and _quoted_since(quotes, last, (index, start), fullest, written,
                                                                 person_names)
                source = ((last_person if last and last[0] not in owners and not after_quote else None)
                          if pronoun else _entity_source(written, inside, _mentions_before(mentions, index, start)))
            run_on = None if quoted else _run_on(paragraph, start)
            if run_on or not quoted and _first_person(sentence):
                quoted = True  # someone's words, the marks lost or never set: not the outlet's own telling
                # Whose they are, where the paragraph opens in the quote (no verb of saying before its closing mark:
                # 'Roe said: We almost died. It was …"' names its speaker there): the speaker of the one before.
                if source is None and run_on and not _CUE.search(paragraph[: run_on.end()]):
                    source = _run_on_speaker(quotes, index, fullest)
            # A "he"/"she" in a speaker's quoted words is whom they speak of, not the last person the article named.
            opening = not quoted and _HE_OR_SHE.search(sentence) and _CLAUSE_HE_OR_SHE.match(claim_clause(sentence))
            # "Ryan said he welcomed …": the "he" of a clause a named person is said to say is that person.
            named_source = source if written and not pronoun and source in person_names else None
            referent = _referent(sure, owners, opening.group(1), fullest, named_source) if opening else None
            group = (apposed_group(_LEADING_CONJUNCTION.sub("", written)) if source is None and written and not quoted
                     else None)
            if group and is_group_source(group):
                source = group  # "Researchers said…": their word, though no entity names them
            if referent is None and source and written and not quoted and source in written and not pronoun:
                referent = _body_referent(sentence, _LEADING_CONJUNCTION.sub("", written), source in person_names)
            when = date_in(sentence) or article.published
            stance = stance_of(sentence)
            if stance == "reports" and source and (
                    source in person_names and _named_person_vouches(sentence, source)
                    or source in body_names and _named_person_vouches(sentence, source, body=True)):
                stance = "asserts"
            statements.append(Statement(
                article=article.id, paragraph=index, text=sentence, outlet=article.outlet, wire=article.wire,
                stance=stance,
                source_name=fullest.get(source, source) if source else None,
                source_written=_written_form(source, written, fullest),
                source_pronoun=sayer.lower() if source and sayer and sayer.lower() in speech.PRONOUN_GENDER else None,
                figures=_fact_figures(parse_figures(sentence, when, pounds), source, sentence),
                negated=is_denial(sentence) or is_negated(sentence),
                quoted=quoted or bool(_SAID_AS_QUOTE.match(claim_clause(sentence))),
                referent=referent,
                metonyms=sorted({pair for (at, offset), pair in capitals.items()
                                 if at == index and start <= offset < end}),
            ))
            named.append(tuple(word_terms(" ".join(m.text for m in inside if m.kind == kind))
                               for kind in ("place", "person")))
            if quoted:
                continue
            # A fact the sentence tells in passing about someone it names: a statement of its own, in the outlet's
            # voice, so that it meets another outlet's sentence telling that fact alone.
            for name, told_end, text in _relative_acts(paragraph, start, end, inside):
                statements.append(Statement(
                    article=article.id, paragraph=index, text=text, outlet=article.outlet, wire=article.wire,
                    stance="asserts", figures=parse_figures(text, when, pounds),
                    metonyms=sorted({pair for (at, offset), pair in capitals.items()
                                     if at == index and name.start <= offset < told_end}),
                    written=paragraph[name.start : told_end],
                ))
                named.append(tuple(word_terms(" ".join(m.text for m in inside if m.kind == kind
                                                       and name.start <= m.start and m.end <= told_end))
                                   for kind in ("place", "person")))
    for statement, (places, people) in zip(statements, named, strict=True):
        statement.comparison = _prepare(statement, places, people)
    return statements


def pronoun_fits(pronoun: str, entity: Entity, gender: str | None) -> bool:
    """Can a "he"/"she" (``pronoun``) name ``entity``, whom the dossier shows to be of ``gender``
    (``quotes.person_gender``)? A person of that gender or of none known; never a body or a work ("Deadline
    Hollywood", a person in one sentence)."""
    return entity.kind == "person" and gender in (None, speech.PRONOUN_GENDER.get(pronoun))


def link_sources(statements: list[Statement], mentions: list[Mention], entity_named: Callable[[str, str], str | None],
                 by_id: dict[str, Entity], gender_of: Callable[[Entity], str | None]) -> None:
    """Each statement's source as an entity of the dossier, once entities are resolved (``entity_named``: a name as
    an article writes it, and the article → the entity's id). A surname the article also writes in full for another
    person is the person entity resolution joined that surname to; a "he"/"she" that cannot name its source
    (``pronoun_fits``) leaves the statement without one."""
    written_as: dict[tuple[str, str], set[str | None]] = defaultdict(set)  # (article, a name as written) -> entities
    for mention in mentions:
        written_as[(mention.article, mention.text)].add(mention.entity)
    for statement in statements:
        if statement.source_name:
            statement.source = entity_named(statement.source_name, statement.article)
            written = written_as.get((statement.article, statement.source_written or ""), set())
            person = by_id.get(next(iter(written)) or "") if len(written) == 1 else None
            if (person and person.kind == "person" and person.id != statement.source
                    and person.name.endswith(" " + str(statement.source_written))):
                # "Thurman says" where the article names her father in full, "Robert Thurman", and no one else of
                # the name: the article's "Thurman" is the person entity resolution joined it to, if it joined it to
                # a full name (a lone "Honea" it left apart is still the article's "Whit Honea").
                statement.source, statement.source_name = person.id, statement.source_written
        source = by_id.get(statement.source or "")
        pronoun = statement.source_pronoun
        if pronoun and source and not pronoun_fits(pronoun, source, gender_of(source)):
            # "She said … Weinstein's collaborator …" read as the last man named, "Weinstein", or "He said" as
            # "Deadline Hollywood": unknown, or the speaker of the quote it lies in (``cite_quote_speakers``)
            statement.source = statement.source_name = statement.source_written = None


def _written_form(source: str | None, written: str | None, fullest: dict[str, str]) -> str | None:
    """The shorter name a sentence gives its source where the source is named by the article's fuller form of it:
    "Thurman" of "Thurman says", the source "Robert Thurman"; None where it is written in full."""
    if source and fullest.get(source, source) != source:
        return source
    whole = written.strip() if written else ""
    return whole if source and whole[:1].isupper() and source.endswith(" " + whole) else None


def _fact_figures(figures: list[Figure], source: str | None, sentence: str) -> list[Figure]:
    """The figures of what a statement tells, not those counting who tells it ("…, two law enforcement sources told
    CNN"): another outlet's one source tells the same fact. A count of what an event befell told only in clauses
    describing a noun (``_DESCRIBING_CLAUSE``) is the outlet's own, when the sentence cites its source for no figure
    besides: "The shooter, who killed 59 people, acted for IS, according to a website" cites the website for whom he
    acted for, not for the toll. Beside a figure of the main clause ("20 died in the attack, which also wounded 50, the
    ministry said") the clause goes on with the source's account."""
    if not source:
        return figures
    told = [f for f in figures if not (f.unit and f.text in source and f.unit in source.lower())]
    described = [f for f in told if f.counted in _EVENT_COUNTS and _in_describing_clause(sentence, f)]
    if not described or len(described) < len(told):
        return told
    return [replace(f, outlets_own=True) for f in told]


_EVENT_COUNTS = frozenset(cues.COUNTED_EVENTS.values())
# A clause describing a noun by what it did ("the shooter, who killed 59 people and injured hundreds more,", "a
# shooting … that left at least 50 dead", "the storm, which has killed 12,"), up to a comma (not one within a number),
# a colon, a bracket, a quotation mark or a dash. ``word``: the word before "that", which opens what a verb of saying
# tells, not a clause describing a noun ("officials said that wounded people …").
_DESCRIBING_CLAUSE = re.compile(
    rf"(?:,|\b(?P<word>[A-Za-z]+))\s+(?:who|which|that)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]{{3,}}ed|{cues.ACT_PAST_TENSES}|{cues.ACT_PARTICIPLES_WITHOUT_ED})\b(?:[^,;:()“”\"—–]|,(?=\d))*")


def _in_describing_clause(sentence: str, figure: Figure) -> bool:
    """Is the figure written in a clause describing a noun (``_DESCRIBING_CLAUSE``), outside quotation marks?"""
    written = _figure_at(_outside_quotes(sentence), figure)
    return written is not None and any(
        clause.start() < written.start() and written.end() <= clause.end()
        for clause in _DESCRIBING_CLAUSE.finditer(sentence)
        if (clause["word"] or "").lower() not in speech.REPORTING_VERBS)


# A relative clause set off by a comma after a name, telling an act ("Flynn, who pleaded guilty on Friday to lying to
# the FBI, is …", "… for Flynn, who pleaded guilty on Friday."): a verb in "-ed" or an act's past form, or a perfect or
# a passive ("who has resigned", "who was arrested"); not a state ("who was a senator", "who heads the agency"), a
# biography's usual words, nor speech ("who said"). The clause ends the sentence, or a comma closes it before the
# sentence's own verb (as ``_ENCLOSED_RELATIVE``): cut anywhere else, it may stop mid-list ("who met Roe, Lee and …").
_RELATIVE_ACT = re.compile(
    rf"(?:,\s*\d{{1,3}})?,\s+(?P<pronoun>who|which)\s+(?P<clause>(?:[a-z]+ly\s+)?(?:"
    rf"(?P<auxiliary>has|have|had|is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:been\s+)?"
    rf"(?:[a-z]{{3,}}ed|{cues.ACT_PARTICIPLES_WITHOUT_ED})|[a-z]{{3,}}ed|{cues.ACT_PAST_TENSES})\b[^,;:()“”\"—–]*?)"
    rf"(?=[.!?]?\s*$|,\s+(?:[a-z]+ly\s+)?(?!(?:{'|'.join(sorted(speech.S_WORDS_NOT_VERBS))})\b)"
    rf"(?:{'|'.join(sorted(speech.AUXILIARIES | {'has', 'have', 'had'}))}|[a-z]+ed|[a-z]+[^s\W]s)\b)")
# A plural verb after "who" is about more than the name before it: "Ann Lee and Jo Roe, who were married …".
_PLURAL_AUXILIARIES = frozenset({"have", "are", "were"})
# A name after these may not be what "who" is about: "the son of Jo Roe, who …", "Ann Lee and Jo Roe, who …".
_SHARED_ANTECEDENT = re.compile(r"\b(?:of|and|or|&)\s+$", re.IGNORECASE)


def _relative_acts(paragraph: str, start: int, end: int, inside: list[Mention]) -> list[tuple[Mention, int, str]]:
    """The acts the sentence ``paragraph[start:end]`` tells in a relative clause about a person or a body it names
    (``_RELATIVE_ACT``: "who" of a person, "which" of a body; a "who" after a body is about a person named before
    it, "a fellow at the Vell Institute, who …"), outside quotation marks, each as (the name's mention, where the
    clause ends in the paragraph, the name and the clause as a sentence: "Flynn pleaded guilty on Friday to …."),
    when the sentence is a plain telling in the outlet's voice."""
    blanked = _outside_quotes(paragraph[start:end])
    found = []
    for mention in inside:
        if mention.kind not in ("person", "organization") or blanked[mention.start - start] == " ":
            continue
        relative = _RELATIVE_ACT.match(paragraph, mention.end, end)
        if (relative is None or (relative.group("pronoun") == "who") != (mention.kind == "person")
                or relative.group("auxiliary") in _PLURAL_AUXILIARIES
                or _SHARED_ANTECEDENT.search(paragraph, 0, mention.start)):
            continue
        clause = relative.group("clause").rstrip()
        text = f"{mention.text} {clause}{'' if clause.endswith('.') else '.'}"  # "… based in the U.K."
        if is_statement(text) and claim_clause(text) == text and stance_of(text) == "asserts":
            found.append((mention, relative.end("clause"), text))
    return found


_ENDS_PROSE = re.compile(r"[.!?…:;][\s\"'”’)\]]*$")
_LINE_WORDS = 12
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d+[.)])\s")


def _short_lines(paragraphs: list[str]) -> set[int]:
    """The paragraphs that are lines rather than prose: three or more short ones in a row, none ended by a full
    stop nor marked as a list's items ("- Pledged $2.3bn for victims" is a fact). The lines of a song, a list
    of fixtures, a match's venue and kick-off, a box of links to other stories: no statement of the story."""
    short = [len(p.split()) <= _LINE_WORDS and not _ENDS_PROSE.search(p) and not _LIST_ITEM.match(p)
             for p in paragraphs]
    lines: set[int] = set()
    start = 0
    for index in range(len(paragraphs) + 1):
        if index == len(paragraphs) or not short[index]:
            if index - start >= 3:
                lines.update(range(start, index))
            start = index + 1
    return lines


# A ticker's label: a word or two and a number, a time or a minute ("Lap 12", "15:32", "3.54pm", "90'"), then a
# colon or a dash (``sep``), or straight the capital of what happened ("Lap 14 Roe spins").
_TICKER_LABEL = re.compile(r"\s*(?:(?P<word>[A-Za-z]+)\.?\s+(?:[A-Za-z]+\s+)?)?\d{1,3}(?:[:.]\d{2})?"
                           r"(?:\s*[AaPp]\.?[Mm]\.?|['’])?(?:\s*(?P<sep>[:–—-])\s+\S|\s+[A-Z])")


def _ticker_lines(paragraphs: list[str]) -> set[int]:
    """The paragraphs of a ticker: two or more in a row, each opening with a short label with a number ("Lap 12: Roe
    pits from the lead.", "15:32 - Police close the road."). Without a colon or a dash, the label's word must be no
    common word and open its neighbour too, unless that one has a colon or a dash: "Lap 14 Roe spins", "Lap 20 Lee
    crashes", but not "About 300 Syrians fled…", "On 12 March the…". A race's or a live blog's timeline tells
    moments as they came, in few words, not facts an outlet states: two outlets' "Lap 12" lines are not one claim."""
    labels: list[str | None] = []
    for paragraph in paragraphs:
        match = _TICKER_LABEL.match(paragraph)
        word = (match.group("word") or "").lower() if match else None
        labels.append(None if match is None or not match.group("sep") and (not word or word in STOPWORDS) else
                      "" if match.group("sep") else word)

    def joins(i: int, j: int) -> bool:
        return (0 <= j < len(labels) and labels[i] is not None and labels[j] is not None
                and (labels[i] == labels[j] or "" in (labels[i], labels[j])))

    return {i for i in range(len(labels)) if joins(i, i - 1) or joins(i, i + 1)}


# Where a clause's subject may stand: the start of a sentence or clause, after "that" or a conjunction.
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,(“\"]|\b(?:that|and|but|when|while|since|after|before|because|as|"
                             r"although|though|if|until|whereas))\s*$")
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _capital_metonyms(article: Article, mentions: list[Mention]) -> dict[tuple[int, int], tuple[str, str]]:
    """The capitals that stand for their country's government in the article ("Pyongyang had
    sent 3,000 troops", "Moscow denied"), by (paragraph, offset) → (capital, country): a place
    mention that is a whole capital, no part of a longer name the article uses ("Real Madrid",
    "Berlin Film Festival", "Denzel Washington"), opening its clause and followed by a verb
    other than "to be" (what the city is: "Berlin is a city of…", "has been chosen"), in an
    article that names the country too."""
    capitals = capital_countries()
    names = {m.text for m in mentions}
    body = "\n".join(article.paragraphs)
    found = {}
    for m in mentions:
        country = capitals.get(m.text)
        if country is None or m.kind != "place" or any(
                other != m.text and re.search(rf"\b{re.escape(m.text)}\b", other) for other in names):
            continue
        # Written beside another capitalised word anywhere ("the Athens Games"): part of a name.
        if re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(m.text)}\b|\b{re.escape(m.text)}\s+[A-Z]", body):
            continue
        paragraph = article.paragraphs[m.paragraph]
        if _CLAUSE_OPENING.search(paragraph[: m.start]) and _acts(paragraph[m.end :]):
            found[m.paragraph, m.start] = (m.text, country)
    if not found:
        return found
    text = "\n".join([article.title, *article.paragraphs])
    named = {country for _, country in found.values()
             if re.search(r"\b(?:" + "|".join(map(re.escape, sorted(country_forms().get(country, ())))) + r")\b", text)}
    return {key: pair for key, pair in found.items() if pair[1] in named}


def _acts(after: str) -> bool:
    """Does a verb other than "to be" follow, as a subject's would ("had sent", "denied",
    "says", "will not send")?"""
    words = re.match(r"\s+((?:[a-z]+\s+){0,3}[a-z]+)\b", after)
    if not words:
        return False
    auxiliary = False
    for word in words.group(1).split():
        if word in _BE_FORMS:
            return False
        if word in _AUXILIARIES or word in ("not", "never", "also") or word.endswith("ly"):
            auxiliary = auxiliary or word in _AUXILIARIES
            continue
        return auxiliary or word.endswith("ed") or word in IRREGULAR_FORMS or bool(_ACTING_VERB.fullmatch(word))
    return False


# A present-tense verb a government does: "Moscow says", "Beijing insists", "Tehran denies".
_ACTING_VERB = re.compile(rf"(?:{_DISPUTE_CUES}|{_ASSERT_CUES}|{cues.REPORT_CUES}|{cues.ACTING_VERBS})")


def _mentions_before(mentions: list[Mention], paragraph: int, offset: int) -> list[Mention]:
    return [m for m in mentions if (m.paragraph, m.start) < (paragraph, offset)]


def _fullest_names(mentions: list[Mention]) -> dict[str, str]:
    """Each mention's text → the longest form of the name the article gives ("King" →
    "Billy King"), so that a source is named as the entities name it."""
    forms = sorted({m.text for m in mentions}, key=lambda t: (-len(t), t))
    places = gazetteer().places
    fullest = {}
    for text in forms:
        # Only capitalised words before it make a fuller form: "Sea of Japan" is another place than "Japan". A
        # common head of bodies' names is only a place's body: "the House" is the "U.S. House", not the "White House".
        longer = [f for f in forms if f != text and f.endswith(" " + text)
                  and all(word[:1].isupper() for word in f[: -len(text)].split())
                  and (text not in COMMON_BODY_HEADS or f[: -len(text) - 1] in places)]
        # Longer forms that do not end one another are different people: "Vell" of "Ann Vell" and "Tom Vell" is
        # left as written.
        heads = [f for f in longer if not any(g != f and g.endswith(" " + f) for g in longer)]
        fullest[text] = heads[0] if len(heads) == 1 else text
    return fullest


# A third person in quoted words: '“He seemed normal,” Jo Roe, a neighbour, said.' speaks of someone.
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)


def _quotes_someone_else(paragraphs: list[str], quoted_words: dict[int, list[tuple[int, int]]],
                         opened: tuple[int, int] | None, position: tuple[int, int]) -> bool:
    """Whether the sentence from ``opened`` to ``position`` quotes words about a "he" or "she": the one person it
    names is then who speaks, and a "he" opening the next sentence is likelier whom they spoke of."""
    if opened is None:
        return False
    paragraph, start = opened
    end = position[1] if position[0] == paragraph else len(paragraphs[paragraph])
    return any(_THIRD_PERSON.search(paragraphs[paragraph], max(a, start), min(b, end))
               for a, b in quoted_words[paragraph] if a < end and b > start)


def _quoted_ranges(quotes: list[Quote]) -> dict[int, list[tuple[int, int]]]:
    """Each paragraph's (start, end) ranges of quoted words."""
    ranges: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in quotes:
        for paragraph, start, end in quote.ranges():
            ranges[paragraph].append((start, end))
    return ranges


def _referent(last: tuple[tuple[int, int], str] | None, owners: set[tuple[int, int]], pronoun: str,
              fullest: dict[str, str], speaker: str | None = None) -> str | None:
    """Whom an opening "he"/"she" names: the person the sentence says is speaking (``speaker``), else the one person
    named in the sentence before it (``last``: where, and as written; ``_only_one_before``), in their fullest form;
    none where that person was named as an owner ("… topped Jo Roe's song. She married …": the sentence before was
    about the song) or goes by a given name of the other sex ("Tom Vell" for "she")."""
    if not speaker and (last is None or last[0] in owners):
        return None
    written = speaker or last[1]
    name = fullest.get(written, written)
    sex = given_name_gender(name.split()[0]) if " " in name else None
    return None if sex and sex != ("f" if pronoun.lower() == "she" else "m") else name


def _only_one_before(people: list[tuple[tuple[int, int], str]], opened: tuple[int, int] | None,
                     position: tuple[int, int], fullest: dict[str, str],
                     carried: tuple[tuple[int, int], str] | None = None) -> tuple[tuple[int, int], str] | None:
    """The one person the sentence before ``position`` (which opens at ``opened``) tells of, where only one is: whom a
    "he" opening the next sentence is sure to mean. That sentence's people are those it names and whom its own opening
    "he" surely meant (``carried``: "Roe was sacked. He fell. He left the game" is Roe). Named further back, or beside
    another person ("Roe threw to Lee. He left the game"), the "he" may be anyone: a title naming the wrong person is
    worse than one left as written."""
    if opened is None:
        return None
    named = [(at, text) for at, text in people if opened <= at < position] + ([carried] if carried else [])
    return named[-1] if len({fullest.get(text, text) for _, text in named}) == 1 else None


def _quoted_since(quotes: list[Quote], named: tuple[tuple[int, int], str], position: tuple[int, int],
                  fullest: dict[str, str], pronoun: str, people: set[str]) -> bool:
    """Whether someone other than the person ``named`` (where, and as written) is quoted after them and before
    ``position``: a "he said" then goes on with that speaker ('A spokesman for the police said: "…" He said …'), not
    with the person named before the quote. A speaker of the other sex than ``pronoun`` (one of ``people``, by their
    pronoun or given name) is no one it goes on with ('Roe met him. "I felt safe," she recalls. He told her …' is
    still about him)."""
    person = fullest.get(named[1], named[1])
    wanted = "f" if pronoun.lower() == "she" else "m"
    for quote in quotes:
        speaker = fullest.get(quote.speaker_name, quote.speaker_name) if quote.speaker_name else None
        if speaker is None or speaker.split()[-1] == person.split()[-1]:
            continue
        sex = ({"he": "m", "she": "f"}.get((quote.speaker_text or "").lower())
               or (given_name_gender(speaker.split()[0]) if " " in speaker and speaker in people else None))
        if sex and sex != wanted:
            continue
        paragraph, start, _ = quote.ranges()[0]
        if named[0] < (paragraph, start) < position:
            return True
    return False


def _last_named(people: list[tuple[tuple[int, int], str]], position: tuple[int, int]
                ) -> tuple[tuple[int, int], str] | None:
    """The last of ``people`` (where each is named, and as written) named before ``position``."""
    at = bisect_right(people, (position, ""))
    return people[at - 1] if at else None


def _entity_source(written: str, inside: list[Mention], earlier: list[Mention]) -> str | None:
    """The entity a written source names: the person in it ("Francesca Grifo of the Union of
    Concerned Scientists" → the person), else the body, else a place that is the whole source
    ("Russia denied…"), or a surname of a person named ``earlier``; None when it names none
    ("But critics", "It is"). A person named as an owner speaks through another ("Jo Roe's spokesman Tom Lee"): no
    source; a body does ("Acme's spokeswoman"), and so with a possessive split from its name ("Jo Roe 's")."""
    # "Her Vellbook profile said": a platform before an account noun is where someone wrote, not who.
    named = [m for m in inside if m.text in written
             and not (m.text in SOCIAL_PLATFORMS and re.search(re.escape(m.text) + _ACCOUNT_AFTER, written))]
    for kind in ("person", "organization"):
        found = [m for m in named if m.kind == kind
                 and not (kind == "person" and re.search(re.escape(m.text) + _OWNED_OR_SPEAKING_FOR, written))]
        # "Los Angeles television station KTLA": a name before a noun naming another is its modifier, not the source.
        heads = [m for m in found if not any(other.text != m.text and re.search(
            re.escape(m.text) + _MODIFIED_NAME + re.escape(other.text), written) for other in found)]
        if heads:
            return min(heads, key=lambda m: written.index(m.text)).text
        if kind == "person" and _describes_person(written):
            # "the two-time VFL coach of the year": a person the article does not name here, not the body.
            return None
    whole = re.sub(r"^(?:the|a|an)\s+|(?:'s|’s)?\s+(?:government|authorities|officials)$", "", written.strip(),
                   flags=re.IGNORECASE)
    place = next((m.text for m in named if m.text == whole), None) or _government_source(written, inside, earlier)
    # "King said…" where the article named "Billy King" before: the surname alone is the person.
    return place or next((m.text for m in reversed(earlier) if m.kind == "person" and " " in m.text
                          and m.text.endswith(" " + whole) and whole[:1].isupper()), None)


_ACCOUNT_AFTER = r"\s+(?:" + "|".join(sorted(ACCOUNT_NOUNS)) + r")\b"


# Common nouns between two names, the first modifying the second ("Vell television station KVEL"); not a function word
# ("Acme and Vell Foods", "Acme of Vell") or a verb ("Roe dropped Lee").
_MODIFIED_NAME = (rf"\s+(?:(?!(?:{'|'.join(sorted(FUNCTION_WORDS))}|[a-z]+ed|{cues.PAST_TENSES_WITHOUT_ED})\b)"
                  r"[a-z][\w-]*\s+){1,3}")


# After a person's name in a source: the name owns the source ("Jo Roe's spokesman") or says whom it speaks for ("the
# Roe campaign", "a Roe campaign aide"), and is not the source.
_OWNED_OR_SPEAKING_FOR = (rf"(?: ?['’]s?(?!\w)|\s+(?:(?!(?:{cues.NOT_IN_GROUP_NAME})\b)[a-z][\w-]*\s+){{0,2}}"
                          rf"(?:{cues.GROUP_REPORTERS})\b)")


# A description of one person by their role: "the two-time VFL coach of the year", "a Vell Rovers player".
_DESCRIBED_PERSON = re.compile(r"(?:the|a|an)\s+(?:[\w.'’-]+\s+){0,4}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r")"
                               r"(?:\s+(?:of|for|at|in|with)\s+.*)?", re.IGNORECASE)
_SPEAKS_FOR = re.compile(cues.SPEAKS_FOR_ROLES, re.IGNORECASE)


# A group of people as the subject of a verb of saying: a determiner or a few words before the noun, a place or
# body after it ("Scientists at the Vell institute", "Local police", "The researchers").
_GROUP_REPORTER = re.compile(rf"(?:(?!(?i:{cues.NOT_IN_GROUP_NAME})\b)[\w'’.-]+\s+){{0,3}}?(?i:{cues.GROUP_REPORTERS})"
                             r"(?:\s+(?:at|from|of|in|with|for|on)\s+(?:(?!\b(?:is|are|was|were)\b)[^,;]){1,60})?")


# A group, then the name it goes by between commas, as the subject of a verb of saying: "The event organisers, Vell
# Fest,".
_GROUP_THEN_NAME = re.compile(rf"\s*(?P<group>{_GROUP_REPORTER.pattern}),\s+(?P<name>[A-Z][^,;:]{{0,60}}?),\s*")


def apposed_group(written: str) -> str:
    """The group of a written source that gives the group, then its name ("The event organisers, Vell Fest" → "The event
    organisers"), else the source as written."""
    group, _, name = written.partition(", ")
    return group if name and is_group_source(group) else written


def is_group_source(name: str) -> bool:
    """Is a statement's source a group of people the article names only as such ("Researchers", "Local police")?"""
    return bool(_GROUP_REPORTER.fullmatch(name))


_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|yet|while|as)\s+", re.IGNORECASE)


def _describes_person(written: str) -> bool:
    """Is a written source a description of one person by a role that does not speak for a body ("the two-time VFL
    coach of the year", not "the Acme press secretary")?"""
    return bool(_DESCRIBED_PERSON.fullmatch(written.strip())) and not _SPEAKS_FOR.search(written)


_GOVERNMENT_BODY = re.compile(
    rf"(?:the\s+)?(?:(?P<owner>{cues.COUNTRY_OWNERS})|(?P<country>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}?)(?:['’]s)?)"
    rf"\s+(?:{cues.GOVERNMENT_BODIES})", re.IGNORECASE)


def _government_source(written: str, inside: list[Mention], earlier: list[Mention]) -> str | None:
    """The country a government body that is the whole source speaks for ("its foreign ministry", "the country's
    defence ministry", "the German foreign ministry"), as the article names the country: "its" is the country the
    sentence names first (its subject: "Vellia condemned the launch, its foreign ministry said"), a name or
    nationality one named in the sentence or before it. None when the article names no such country."""
    match = _GOVERNMENT_BODY.fullmatch(written.strip())
    if not match:
        return None
    places = [m for m in inside if m.kind == "place"]
    if match.group("owner"):
        return places[0].text if places else None
    country = nations().get(re.sub(r"['’]s$", "", match.group("country") or ""))
    return next((m.text for m in [*places, *reversed(earlier)] if m.kind == "place" and m.text == country), None)


# A clause opening on a body's or a group's pronoun: "Nato said it was investigating…", "…its offer stood…", "Officials
# said they are still seeking…".
_BODY_PRONOUN = re.compile(r"\W*(it|its|they|their)\b", re.IGNORECASE)


def _body_referent(sentence: str, written: str, person: bool) -> str | None:
    """The source as written (``written``, "China's foreign ministry") where the sentence names it before the clause it
    reports ("… said it opposed…", not "It will grow, Acme estimates") and that clause opens on "it"/"its" (a body: an
    entity that is no person) or "they"/"their" (a group of people, ``is_group_source``); None for any other pronoun
    or source."""
    clause = claim_clause(sentence)
    found = _BODY_PRONOUN.match(clause)
    # The source as written, found before the clause: one not found as written (blanks where a quotation was, "…
    # known as the "Club," state-run Vell Gazette reported") is not shown to be before it.
    at = sentence.find(written)
    if not found or person or at < 0 or at > sentence.find(clause):
        return None
    group = is_group_source(written)
    return written if (found.group(1).lower() in ("they", "their")) == group else None


def _quote_speaker(quotes: list[Quote], paragraph: int, start: int, end: int, names: dict[str, str]
                   ) -> tuple[str | None, str | None]:
    """The known speaker of a quote the sentence lies in or overlaps, if an entity of the article, and the quote's
    speaker as written ("she" of '"…," she says'). A quote that runs on into the paragraph covers its words there only
    ('“… carnage.” Police have confirmed …' is the outlet's)."""
    for quote in quotes:
        name = _article_name(quote.speaker_name, names) if quote.speaker_name else None
        if name and any(index == paragraph and (piece_start < end and piece_end > start or not piece_end)
                        for index, piece_start, piece_end in quote.ranges()):
            return name, quote.speaker_text
    return None, None


def quoted_speakers(statements: list[Statement], quotes: list[Quote], paragraphs: dict[str, list[str]],
                    names: dict[str, str]) -> list[Quote | None]:
    """For each statement of no source that lies in a quote (``_quoted``) whose speaker the build knows
    (``Quote.speaker``, an entity id of ``names``), perhaps from the same quote in another article only, one of the
    quotes it lies in (all of that speaker); None for the others."""
    spoken: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.speaker in names:
            spoken[quote.article].append(quote)
    found: list[Quote | None] = []
    for statement in statements:
        found.append(None)
        if statement.source_name or not statement.quoted or statement.article not in spoken:
            continue
        start = paragraphs[statement.article][statement.paragraph].find(statement.text)
        if start < 0:
            continue
        end = start + len(statement.text)
        inside = [quote for quote in spoken[statement.article] if _quoted([quote], statement.paragraph, start, end)]
        if len({quote.speaker for quote in inside}) == 1:
            # Named as the article names them where it does: a title or page quotes the article's words.
            found[-1] = next((quote for quote in inside if quote.speaker_name), inside[0])
    return found


def cite_quote_speakers(statements: list[Statement], speakers: list[Quote | None], names: dict[str, str]) -> None:
    """Give a statement of no source that lies in a quote the quote's speaker (``speakers``, as ``quoted_speakers``
    found them for ``statements``): the outlet quotes that speaker, it does not tell the words as its own."""
    for statement, quote in zip(statements, speakers, strict=True):
        if quote is not None and quote.speaker is not None:
            statement.source = quote.speaker
            statement.source_name = quote.speaker_name or names[quote.speaker]


# A middle initial, which a name is written with or without: "Paul R. Roe" is "Paul Roe".
_MIDDLE_INITIAL = re.compile(r"\s[A-Z]\.(?=\s)")


def _article_name(name: str, names: dict[str, str]) -> str | None:
    """The article's name for a speaker: as written, or the one name of the article that differs by a middle initial
    only (the quotes stage names "Paul Roe" the article writes "Paul R. Roe")."""
    if name in names:
        return name
    bare = _MIDDLE_INITIAL.sub("", name)
    found = [written for written in names if _MIDDLE_INITIAL.sub("", written) == bare]
    return found[0] if len(found) == 1 else None


QUOTED_OPENING = 1 / 3  # of a sentence that opens in a quote: the rest is whose words they are, however long


# What was said is a quotation from its opening mark to the sentence's end, or past it ('the harbour master said last
# Tuesday: "Small ferries can…'): the speaker's words, however long the words before it.
_SAID_AS_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]?[\s.!?]*$")


def _quoted(quotes: list[Quote], paragraph: int, start: int, end: int) -> bool:
    """Does the sentence lie mostly in a direct quote (more than half its characters, a third where it opens in
    the quote: "… on the Moon,' Jo Roe, chief designer of the container, told the Vell Post", or a paragraph a quote
    runs on into)? A sentence that quotes a phrase ('X said Obama "wasted no time"') is the outlet's words."""
    inside = 0
    opens_inside = False
    for quote in quotes:
        for index, piece_start, piece_end in quote.ranges():
            if index == paragraph:
                inside += max(0, min(end, piece_end) - max(start, piece_start))
                opens_inside = opens_inside or piece_start <= start + 1 < piece_end
    return inside * 2 > end - start or (opens_inside and inside > QUOTED_OPENING * (end - start))


# A paragraph whose first quotation mark closes a quote: it runs on from the paragraph before, its opening mark lost
# ('… across the sea. I have looked at other seas."'). Its sentences up to that mark are the speaker's words. A straight
# mark closes after a stop or a comma only (' what it called " Vellophobia ."' opens one).
_RUN_ON_CLOSING = re.compile(r"[^“”\"]*?(?:[\w.,!?…'’]”|[.,!?…]\")(?=\s|$)")
_FIRST_PERSON = re.compile(cues.FIRST_PERSON)
_NEWSROOM_WE = re.compile(cues.NEWSROOM_WE)


def _run_on(paragraph: str, start: int) -> re.Match[str] | None:
    """The paragraph's closing mark, if the sentence at ``start`` lies before it and no mark opens before it."""
    match = _RUN_ON_CLOSING.match(paragraph)
    return match if match and start < match.end() - 1 else None


def _first_person(sentence: str) -> bool:
    """Is the sentence in the first person ("I", "we", "my", "our") outside quotation marks? The outlet does not
    speak so of the news, but for the newsroom's "we" (``NEWSROOM_WE``: "as we reported"). Capitalised inside the
    sentence, the word is part of a name ("My Big Coin") or a numeral ("World War I")."""
    plain = _NEWSROOM_WE.sub(lambda m: " " * len(m.group(0)), _outside_quotes(sentence))
    for match in _FIRST_PERSON.finditer(plain):
        before = re.findall(r"[A-Za-z][\w'’-]*", plain[: match.start()])
        if match.group(0).islower() or not before or match.group(0) == "I" and before[-1].islower():
            return True
    return False


def _run_on_speaker(quotes: list[Quote], paragraph: int, names: dict[str, str]) -> str | None:
    """Whose words a paragraph a quote runs on into are: the one known speaker (an entity of the article) of the
    quotes of the paragraph before it; None when two speak there."""
    speakers = {quote.speaker_name for quote in quotes
                if paragraph - 1 in {quote.paragraph, *quote.paragraphs} and quote.speaker_name in names}
    return next(iter(speakers)) if len(speakers) == 1 else None


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# A "he"/"she" opening a claim clause, after the writer's comment if any ("Not surprisingly, he plans…").
_CLAUSE_HE_OR_SHE = re.compile(rf"\W*(?:{cues.COMMENT_OPENING})?(he|she)\b", re.IGNORECASE)
# A "he"/"she" as the sentence's subject: first, or after a short opening phrase ("In the sixth, he landed…").
_OPENING_HE_OR_SHE = re.compile(r"\W*(?:(?:and|but|so|then)\s+)?(?:[^,.;:\"“”]{1,40},\s+)?(?:he|she)\b", re.IGNORECASE)
# --- grouping -------------------------------------------------------------------------

# Forms that are only a verb's, of a verb whose noun means something else: "Microsoft issued a patch" released it,
# and is of no "issue" (a problem, ``_WORD_FAMILIES``); "issues" may be the noun.
_VERB_SENSES = {"issued": "release", "issuing": "release"}
_BASE_FORMS = {**IRREGULAR_FORMS, **_VERB_SENSES}
# Small families of words news writers use for one another; every member stands for the
# first. Only near-synonyms in news usage, so that a paraphrase meets its original.
_WORD_FAMILIES = (
    ("send", "deploy", "deployment", "dispatch", "station"),
    ("remark", "comment"),
    ("disparage", "disparaging", "derogatory", "insulting", "demeaning"),
    ("problem", "issue", "glitch", "malfunction", "fault"),
    ("remove", "escort", "eject", "oust"),
    ("plan", "proposal", "propose", "initiative"),
    ("win", "winner", "victory", "victor"),
    ("invade", "invasion", "incursion", "offensive", "assault"),
    ("wound", "injure", "injury", "hurt"),
    ("fire", "sack", "lay off"),
    ("employee", "worker", "staff", "staffer", "employ"),
    ("obtain", "gain", "receive", "secure"),
    ("help", "assist"),
    ("arrest", "detain", "apprehend"),
    ("resign", "quit", "step down"),
    ("increase", "rise", "grow", "climb", "jump", "surge"),
    ("decrease", "fall", "drop", "decline", "slump", "plunge"),
    ("company", "firm"),
    ("release", "publish", "disclose"),
    ("citizenship", "citizen", "naturalization"),
    ("inform", "brief", "briefing", "notify"),
    ("foreigner", "foreign"),
    ("investor", "invest", "investment"),
    ("audit", "auditor"),
    ("buy", "purchase", "acquire", "acquisition"),
    ("ban", "prohibit", "outlaw"),
    ("tweet", "twitter"),
    ("wide", "width", "diameter"),
    ("overrule", "override"),  # "overrule" first: the common terms (models/common_terms.txt) hold its stem
)
# How strongly two statements must overlap (weighted share of their content words).
_MERGE_SIMILARITY = 0.4
# Counts of the same unit about the same subject: a looser bar, as the figures differ.
_TOPIC_SIMILARITY = 0.2
# A statement joins a claim only if it is this similar to its members on average (pairs
# the index did not propose count as 0): one close pair must not chain two facts together.
_CLAIM_SIMILARITY = 0.4
# Two groups the average kept apart join when their closest pair of two articles is this close (and more, see
# ``_join_mutual_best``): at the merge bar, closest pairs of two facts of one kind join ("the pupils were abducted
# in May" / "the release of 21 of the pupils abducted in May"); from 0.55 the hand gold stories keep their purity.
_CROSS_JOIN_SIMILARITY = 0.55
# ... and when the two groups are this similar on average (pairs not scored count as 0): a close pair whose one side
# also tells another fact ("spotted in the Tasman Sea by analysing sea level data" / "a pair of eddies spotted in the
# Tasman Sea") must not join two groups that otherwise share nothing (how the rings were found; how eddies travel).
# At 0.2 groups of two facts' pairs joined on ECB+ dev are lost; 0.1 loses none.
_CROSS_JOIN_MEAN = 0.1
# Names (people, places, bodies) say more about what a statement is about than common words.
_NAME_WEIGHT = 1.5
# A proposition shorter than this many content terms is too vague to carry a match alone.
_MIN_PROPOSITION_TERMS = 3
# Fewer shared words than this, all of them common in news at large (``common_terms``: "people feel
# safe", "a black hole"), none written as a name in either (that the dossier capitalises "Bring Back Our
# Girls" makes no name of "brought back") and nothing counted on both sides: no evidence that one statement
# contains the other, however rare the words are in a dossier of a few articles.
_ORDINARY_CONTAINED = 3
# Words carried by more statements than this share of the dossier's articles are too common
# to suggest a pair: counted per article, so that finding more statements in each article
# does not make more words worth pairing on (the work grows with the square of this bound).
_COMMON_SHARE = 0.1
_RIVAL_RATIO = 5
# Terms in more than this share of a dossier's articles cannot by themselves link two
# statements (see _common_terms); the rule needs enough articles for shares to mean much.
_COMMON_ARTICLE_SHARE = 0.25
_COMMON_MIN_ARTICLES = 20
_COMMON_ONLY_SIMILARITY = 0.8
# Names in more than this share of a dossier's articles (at least _STORY_NAME_MIN_ARTICLES of them) are the story's own
# ("LePage" and "Democrats" in every article of a story about LePage): two statements sharing only such names, each
# with its own main verb, tell two facts of the story, however few its articles (``_common_terms`` needs many).
_STORY_NAME_SHARE = 0.7
_STORY_NAME_MIN_ARTICLES = 3
# A multi-word name counts by its weightiest word, its other words this much less ("Tory leader
# Michael Howard" is one person, not four shared words), in what two statements share and in each
# one's mass alike. Left out altogether, a sentence full of names would be matched on its two or
# three other words.
_NAME_RUN_DISCOUNT = 0.75
_FREQUENT_NAME_ARTICLES = 20
# Two statements naming the same actors and the same kind of event need share only this much.
_ACTOR_EVENT_SIMILARITY = 0.15
# Two statements sharing this many terms or fewer, none of them a happening both tell, and fewer than two participants
# share a thing, not a fact (``_thin_share``), unless they are near restatements (_COMMON_ONLY_SIMILARITY).
_THIN_SHARE = 3
# ... and when those terms are less than this share of the two statements' words together (weighted Jaccard): the match
# rests on a short statement's few words found in a longer one, not on two wordings of one short fact ("families still
# want neighborhood schools" / "parents still want neighborhood schools").
_THIN_JACCARD = 0.2
# Two statements with the same main verb and a named participant in common need share only this much.
_PREDICATE_SIMILARITY = 0.2
# The paragraphs of an article that open it (its lede): where each outlet tells the story's central event first.
_LEDE_PARAGRAPHS = 2
# Two ledes telling one act (``_same_lede_act``) need share only this much, and are then as close as a pair that joins
# two groups (``_CROSS_JOIN_SIMILARITY``): raised only to the merge bar, they lose to whatever else each opening
# sentence tells (the boy's fall, the team's response), and the story's central fact stays no claim.
_LEDE_SIMILARITY = 0.3
_LEDE_ACT_SCORE = _CROSS_JOIN_SIMILARITY
# A name carried by more than about 2% of statements (the dossier's protagonists) tells
# little about which fact a statement gives: log(1 + 50) at the name weight.
_DISTINCTIVE_NAME_WEIGHT = _NAME_WEIGHT * math.log(51)
# Weights too: many things of a story weigh so much ("the module weighs…", "another craft weighed…"). Not speeds: two
# accounts giving one crash's "40mph" tell one fact.
_GENERIC_UNITS = NOT_EVENT_UNITS | {"time", "lb", EITHER_POUNDS}
_SNOWBALL = Stemmer.Stemmer("english")


def _strip_suffix(word: str) -> str:
    """The Snowball (Porter2) stem of a lower-case word, after its irregular forms are
    mapped to the base ("sent" → "send", "deaths" → "die"): "deployments"/"deployed" →
    "deploy", "murdered"/"murders" → "murder", "confession"/"confessed" → "confess"."""
    return _SNOWBALL.stemWord(_BASE_FORMS.get(word, word))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A deterministic stem (Snowball stem, then word family): enough to meet
    "deployed"/"deployment", "Korea"/"Korean", "derogatory"/"disparaging"."""
    word = word.lower().strip("'’")
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if word.endswith("ans") and len(word) > 6:
        word = word[:-1]  # "Koreans" meets "Korean", and so "Korea", below
    if word.endswith("an") and len(word) > 5 and not word.endswith("ain"):
        # "Korean" → "Korea", "Russian" → "Russia"; not a verb in -ain ("obtain" must meet "obtained") nor a word in -in
        word = word[:-1]
    stem = _strip_suffix(word)
    return _FAMILY.get(stem, stem)


_FAMILY = {_strip_suffix(member): _strip_suffix(family[0]) for family in _WORD_FAMILIES for member in family}
_FAMILY_STEMS = set(_FAMILY.values())
# A family's members of two words, a verb and its particle ("step down", "lay off"): (the verb's stem, the particle) →
# the family's stem. Words are stemmed one by one, and the particle is a stop word: "stepped down" meets "resigned"
# only where the verb is read with its particle (``_phrasal_verbs``). A verb and the noun of its idiom
# (``cues.VERB_IDIOMS``) → one term of both: "took place" → "take place".
_PHRASAL_FAMILY = {**{(_strip_suffix(verb), noun): f"{_strip_suffix(verb)} {noun}"
                      for verb, nouns in cues.VERB_IDIOMS.items() for noun in nouns},
                   **{(_strip_suffix(verb), particle): _strip_suffix(family[0]) for family in _WORD_FAMILIES
                      for verb, particle in (member.split() for member in family if " " in member)}}
_PHRASAL = re.compile(rf"\b([A-Za-z]+)\s+({'|'.join(sorted({particle for _, particle in _PHRASAL_FAMILY}))})\b")


# A light verb and its event noun (``cues.LIGHT_VERB_OBJECTS``): (the verb's stem, its particle or "", the noun) → the
# stem of the noun's verb, and the pattern finding them ("made two arrests", "carried out a raid"): the verb, its
# particle, the word describing the noun, the noun.
_LIGHT_VERB_TERMS = {(_strip_suffix(verb.split()[0]), " ".join(verb.split()[1:]), noun): _strip_suffix(act)
                     for verb, objects in cues.LIGHT_VERB_OBJECTS.items() for noun, act in objects.items()}
_LIGHT_VERB = re.compile(  # a lookahead, so that the word before a verb ("Voters cast ballots") does not take it
    rf"\b(?=([A-Za-z]+)(?:\s+({'|'.join(sorted({particle for _, particle, _ in _LIGHT_VERB_TERMS if particle}))}))?"
    rf"(?:\s+(?:{'|'.join(sorted(cues.LIGHT_VERB_DETERMINERS))}))?(?:\s+([a-z]+))??"
    rf"\s+({'|'.join(sorted({noun for _, _, noun in _LIGHT_VERB_TERMS}))})(?:e?s)?\b)")
_LIGHT_VERB_NOUN = re.compile(rf"\b(?:{'|'.join(sorted({noun for _, _, noun in _LIGHT_VERB_TERMS}))})(?:e?s)?\b")
# ... and in the passive, the noun first: "no arrests have been made", "the raid was carried out".
_LIGHT_VERB_PASSIVE = re.compile(
    rf"\b({'|'.join(sorted({noun for _, _, noun in _LIGHT_VERB_TERMS}))})(?:e?s)?"
    rf"(?:\s+(?:has|have|had|will|would))?(?:\s+(?:{'|'.join(sorted(speech.BE_FORMS))})){{1,2}}\s+([a-z]+)"
    rf"(?:\s+({'|'.join(sorted({particle for _, particle, _ in _LIGHT_VERB_TERMS if particle}))}))?\b")


@lru_cache(maxsize=65536)
def _light_verbs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each light verb of ``text`` and its event noun open, and their term: "police made two arrests" → the
    places of "made" and "arrests", "arrest"; "no arrests were made" → the places of "made" and "arrests", "arrest"."""
    if not _LIGHT_VERB_NOUN.search(text):
        return ()  # most texts name no event noun: the cheap search first
    active = [(m.start(1), m.start(4), term) for m in _LIGHT_VERB.finditer(text)
              if m.group(3) not in STOPWORDS  # "made to request", "the issue of warnings": no noun's describing word
              and (term := _LIGHT_VERB_TERMS.get((_strip_suffix(m.group(1).lower()), m.group(2) or "", m.group(4))))]
    passive = [(m.start(2), m.start(1), term) for m in _LIGHT_VERB_PASSIVE.finditer(text)
               if (term := _LIGHT_VERB_TERMS.get((_strip_suffix(m.group(2)), m.group(3) or "", m.group(1))))]
    return tuple(active + passive)


@lru_cache(maxsize=65536)
def _phrasal_verbs(text: str) -> dict[int, str]:
    """Where a phrasal verb, a verb's idiom or a light verb opens in ``text`` ("he stepped down", "were laid off", "the
    crash took place", "made an arrest") → its term: the word family's stem, the idiom's, or the stem of the light
    verb's noun's verb. The verb stands for the term, its particle or noun for nothing (``_phrasal_particles``)."""
    found = {m.start(1): family for m in _PHRASAL.finditer(text)
             if (family := _PHRASAL_FAMILY.get((_strip_suffix(m.group(1).lower()), m.group(2))))}
    return {**found, **{verb: _FAMILY.get(term, term) for verb, _, term in _light_verbs(text)}}


_NO_PARTICLES: frozenset[int] = frozenset()


@lru_cache(maxsize=65536)
def _phrasal_particles(text: str) -> frozenset[int]:
    """Where the particles and idiom nouns of ``text``'s phrasal verbs, and the nouns of its light verbs
    (``_phrasal_verbs``) open: the "place" of "took place" is no term of its own. Most texts have none: they share one
    empty set, not one each in the cache (some 16 MB in each process that extracts 1,000 articles)."""
    return frozenset(m.start(2) for m in _PHRASAL.finditer(text)
                     if (_strip_suffix(m.group(1).lower()), m.group(2)) in _PHRASAL_FAMILY
                     ) | frozenset(noun for _, noun, _ in _light_verbs(text)) or _NO_PARTICLES


def _describing_compound_end(text: str, start: int) -> bool:
    """Is the word at ``start`` the describing end of a hyphened compound ("California-based", "U.S.-based":
    ``cues.DESCRIBING_COMPOUND_ENDS``)?"""
    return (start > 1 and text[start - 1] == "-" and (text[start - 2].isalnum() or text[start - 2] == ".")
            and _WORD.match(text, start).group(0).lower() in cues.DESCRIBING_COMPOUND_ENDS)


# A month's name is capitalised, but tells when, not who took part.
_MONTH_STEMS = frozenset(_stem(month) for month in speech.MONTHS)
# The last words of an occasion's name ("New Year's Eve", "Election Day", "the World Cup"): a date or an event named.
_OCCASION_STEMS = frozenset(_stem(word.lower()) for word in EVENT_WORDS)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")  # "early-morning" is two words


@lru_cache(maxsize=65536)
def _content_stems(text: str) -> dict[str, bool]:
    """Content stems of ``text`` → whether the word is written as a name (capitalised, not
    first in the sentence). Cached, so callers must not change the mapping."""
    stems: dict[str, bool] = {}
    phrasal = _phrasal_verbs(text)
    particles = _phrasal_particles(text)
    for match in _WORD.finditer(text):
        word = match.group(0)
        if match.start() in particles or _describing_compound_end(text, match.start()):
            continue
        stem = phrasal.get(match.start()) or _word_stem(word.lower())
        if stem is None:
            continue
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        is_name = word[0].isupper() and bool(before) and not before.endswith((".", "“", "\"", "—", "―"))
        stems[stem] = stems.get(stem, False) or is_name
    return stems


@lru_cache(maxsize=65536)
def _word_stem(lower: str) -> str | None:
    """The content stem of a lower-cased word, None for a stop word: the same words recur in every statement."""
    if lower in STOPWORDS or len(lower) < 3:
        return None
    unit = UNIT_SYNONYMS.get(lower) or UNIT_SYNONYMS.get(singular(lower))
    return _stem(unit or lower)


# Caches of what is read of a text, not a word: ``forget_texts`` empties them.
_TEXT_CACHE_SIZE = 65536


def forget_texts() -> None:
    """Empty the caches of what was read of statements' sentences and clauses (those of ``_TEXT_CACHE_SIZE``): a
    process that extracts articles batch after batch never reads a batch's sentences again, and they held some 140 MB
    of each of the build's two extracting processes by its thousandth article. The caches of words stay: every article
    writes the same words."""
    for cached in list(globals().values()):
        if (hasattr(cached, "cache_clear") and cached.cache_parameters()["maxsize"] == _TEXT_CACHE_SIZE
                and cached not in (_stem, _word_stem, _is_event_word, _tells_happening)):
            cached.cache_clear()


def word_terms(text: str) -> frozenset[str]:
    """The content stems of ``text``'s words, names or not: the terms statements are compared by
    (``scripts/train_terms.py`` counts them over news text)."""
    phrasal = _phrasal_verbs(text)
    particles = _phrasal_particles(text)
    return frozenset(stem for match in _WORD.finditer(text)
                     if match.start() not in particles and not _describing_compound_end(text, match.start())
                     and (stem := phrasal.get(match.start()) or _word_stem(match.group(0).lower())) is not None)


_SAY_VERBS = (
    r"said|says|say|told \w+|tells \w+|stated|states|believes|believed|believe|argues|argued|insists|"
    rf"insisted|insist|claims|claimed|claim|noted|notes|added{cues.NOUN_OBJECT_AFTER_ADDED}|"
    rf"adds{cues.NOUN_OBJECT_AFTER_ADDED}|warned|warns|thinks|think|thought|"
    r"assessed|estimated|reported|wrote|writes|suggested|suggests|denied|denies|deny|disputed|disputes|"
    r"rejected|rejects|contends|contended|maintains|maintained"
)
# "X said (on Monday) (that) Y", "X denied (reports that) Y": Y is what is said.
# "X said (on Monday) that Y", "X insisted, in an interview on Monday, that Y".
# ... and how it was said, however long: "said in a statement posted on the club's page that…".
# A date or an aside written with commas sits there too: "said Friday, Dec. 29, 2017, that…", "said this week, citing
# officials, that…".
_THAT_CLAUSE = Folded(rf"\b(?:{_DISPUTE_CUES}|{_REPORT_CUES}|{_ASSERT_CUES})\b"
                       r"(?:(?:\s+[\w'’.]+){0,3}?(?:,[^,;]{2,80}?){1,3},|(?:\s+[\w'’]+){0,3}?"
                       rf"(?:\s+in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:{cues.SAYING_MEDIA})\b(?:\s+[\w'’.]+){{0,12}}?)?)"
                       r"\s+that\s+(?!(?:was|were|is|are|has|had)\b)")
# Telling a named audience, then when: "told The Indianapolis Star on Saturday that…" (the names
# are told apart by their capitals, which the folded patterns above cannot see).
_TOLD_THAT = re.compile(
    r"\b(?:told|tells|telling|informed|assured|reminded)\s+"
    r"(?:(?:[A-Z][\w'’.-]*|the|a|an|of|on|in|at|last|this|reporters|journalists|lawmakers)\s+){1,7}?that\s+"
)
# Going on with what one said: "Roe continued that the rings need calm water"; only before a clause's subject, as
# "continued that tradition" continues a thing.
_CONTINUED_THAT = re.compile(rf"\b(?:{cues.CONTINUING_VERBS})\s+that\s+(?=(?:{cues.CLAUSE_SUBJECT_OPENERS})\b)",
                             re.IGNORECASE)
# How it was said opens no claim: "said in a statement: …", "said in a statement that was posted online it would…".
_SAID_IN_MEDIA = (rf"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:{cues.SAYING_MEDIA})\b"
                  r"(?:\s+that\s+(?:was|were|is|had\s+been)\s+[a-z]+(?:ed|en)\s+(?:online|(?:on|to)\s+"
                  r"(?:its|the|their|his|her)\s+(?:[\w'’-]+\s+)?(?:website|site|page|account|feed)))?)?")
_SAY_CLAUSE = Folded(
    rf"\b(?:{_SAY_VERBS}|{cues.DECLINE_CUES})\b{_SAID_IN_MEDIA}(?:\s?:\s|,?\s+)"
    r"(?:(?:on|last|this|late|early) \w+(?::\s|,?\s+))?"
    r"(?:(?:the |these |those )?(?:reports?|claims?|allegations?|accusations?|suggestions?)\s+(?:of|that)\s+)?",
)
# After the verb, a noun phrase and an adverbial: "The Kremlin suggested a US plot after the leaks put…" suggests a
# plot; what follows is when, not what it said ("a US plot after the leaks put a friend at the top" is no statement).
_OBJECT_THEN_ADVERBIAL = re.compile(
    rf"\s*(?:an?|the|its|his|her|their)\s+(?:(?!{_REGULAR_FINITE}|\b(?:{cues.PAST_TENSES_WITHOUT_ED}|should|must)\b)[\w'’-]+\s+){{0,3}}?"
    r"(?:after|before|following|amid|over|despite|since)\b", re.IGNORECASE)
_TRAILING_ATTRIBUTION = re.compile(
    r"[,”\"]\s*(?:[\w'’.-]+\s+){0,8}?(?:said|says|added|adds|noted|notes|stated|told|wrote|reported|"
    r"argued|insisted|warned)\b[^”\"]{0,60}$",
    re.IGNORECASE,
)
# Nouns of saying whose "that"-clause is a reported fact in its own right: "seizing upon a
# report that Y", "despite media pronouncements that Y".
_REPORT_NOUNS = (
    r"reports?|pronouncements?|claims?|allegations?|accusations?|suggestions?|assertions?|statements?|"
    r"announcements?|findings?|revelations?|news|word|evidence|proof|rumou?rs?|speculation|indications?|"
    r"signs?|fears?|concerns?|beliefs?|insistence"
)
# Participles that open a further claim of the same speaker: "…, adding that…", "…, stating, “…”".
_FURTHER_SAYING_VERBS = "adding|noting|saying|stating|warning|insisting|arguing|explaining"
# Where a sentence passes from one proposition to the next: semicolons, dashes, commas
# before a conjunction, a relative pronoun, a participle ("…, decrying the deployment") or
# a new subject ("…, she did not…"), and a report noun's "that". The group names whether
# what follows is a main proposition or background to the first.
_PROPOSITION_BREAK = Folded(
    r"\s*(?:(?P<main>;|\s[―—–-]{1,2}\s|[―—]|,\s+(?=(?:and|but|while|whereas|although|though)\b)"
    r"|\s+(?=(?:and|but) (?:was|were|is|are|has|have|had|will|would)\b)"
    r"|,\s+(?=(?:he|she|they|we)\s+(?!said|says|told|added)\w+)"
    r"|,\s+(?=(?:[\w'’.-]+\s+){1,4}(?:said|says|added|adds|stated|wrote),?\s+[“\"])"  # "Y, X said, “Z”"
    rf"|\b(?P<noun>{_REPORT_NOUNS})(?:\s+(?:from|by|in|of|on)\s+[^,;]{{1,40}}?)?\s+that(?=\s))"
    rf"|,\s+(?=(?:{_FURTHER_SAYING_VERBS})\b)"  # a further claim
    r"|(?P<background>,\s+(?=(?:which|where|who|whom|as|after|because|since|when|despite|including|with|"
    r"hours|days)\b|[a-z]+ing\b)))\s*",
)
# A match on background ("…, where Ukrainian forces have been active since August") says
# less about what the statement puts forward than a match on a main proposition.
_BACKGROUND_WEIGHT = 0.7


def _verb_matches(pattern: Folded, text: str) -> list[re.Match[str]]:
    """Matches of a reporting-verb pattern whose verb is written in lower case: the "States"
    of "United States" or the "Reports" of a name is no saying verb."""
    return [m for m in pattern.finditer(text) if text[m.start()].islower()]


@lru_cache(maxsize=65536)
def claim_clause(text: str) -> str:
    """What the sentence says happened, without its attribution: "X said that Y" → "Y",
    "X says Y" → "Y", "Y, X said at a press conference" → "Y", "according to X, Y" → "Y".
    An attribution after the statement goes first: in "Police shot the driver, said Jean Roe, a
    spokesman" what was said comes before "said", and "Jean Roe, a spokesman" is no statement."""
    # A transcript's speaker label ("ARI SHAPIRO, HOST: …") and a salutation ("Dear Vell residents, …") say who
    # speaks and to whom, not what happened.
    text = _without_attribution_tail(DATELINE.sub("", _SALUTATION.sub(r"\g<mark>", _SPEAKER_LABEL.sub("", text),
                                                                      count=1)))
    plain = _outside_quotes(text)
    # The last "… said that" holds the innermost reported clause.
    that = max([*_verb_matches(_THAT_CLAUSE, plain)[-1:], *list(_TOLD_THAT.finditer(plain))[-1:],
                *list(_CONTINUED_THAT.finditer(plain))[-1:]], key=lambda m: m.end(), default=None)
    if that:
        # The spaces the match ends on may be a quotation blanked out ('added that "no one was injured"'): what was
        # said.
        return text[that.start() + len(that.group(0).rstrip()) :].lstrip()
    text = re.sub(rf"\baccording to (?!(?:the\s+)?(?:{cues.ACCORDING_TO_STANDARDS})\b)[^,.;]+[,.;]?", " ", text,
                  flags=re.IGNORECASE)
    plain = _outside_quotes(text)
    says = [m for m in _verb_matches(_SAY_CLAUSE, plain)
            if not (_AFTER_COMMA.search(plain, 0, m.start()) and _RAISED_INFINITIVE.match(plain, m.end()))]
    # A colon after the verb opens what was said: 'Asked if he thought…, he said: "…"' is the quote.
    say = next((m for m in says if ":" in m.group(0)), None) or next(iter(says), None)
    # "X says Y": only when the saying verb comes early, after its subject (not after a
    # quote: in "“Y,” she said in the debate" what she said is the quote).
    if (say and len(text[: say.start()].split()) <= 20 and len(text[say.end() :].split()) >= 4
            and not re.search(r"[”\"]", text[: say.start()]) and not _OBJECT_THEN_ADVERBIAL.match(text[say.end() :])
            and not _INVERTED_ATTRIBUTION.match(text, say.start())):
        start = _past_audience(text, say)
        # A quotation right after the verb opens what was said: 'said "a legitimate negotiation" can proceed…'.
        opening = re.search(r"[“\"]", text[say.start() : start])
        if not opening and (aside := _ATTRIBUTION_ASIDE.search(text, 0, say.start())) and say.group(0).endswith(
                ", ") and _STATING.match(text, start):
            return f"{text[: aside.start()]} {text[start:]}"  # the statement's own subject, without the aside
        return text[say.start() + opening.start() if opening else start :]
    tail = _TRAILING_ATTRIBUTION.search(_outside_quotes(text))
    return text[: tail.start() + 1] if tail and tail.start() > 20 else text


# "a tram, believed to have been going too fast, crashed": a participle aside of a raised passive says what is believed
# of the noun before it, and no one says the sentence.
_AFTER_COMMA = re.compile(r",\s*$")
_RAISED_INFINITIVE = re.compile(r"to\s+(?:be|have)\b", re.IGNORECASE)
# A speaker set off by commas between the statement's subject and its verb: "This, Kim said, made it impossible…" tells
# that "this made it impossible"; the subject is no speaker's ("This") and stays in what was said.
_ATTRIBUTION_ASIDE = re.compile(r"(?<=\w),\s+(?:[A-Za-z][\w'’.-]*\s+){0,3}[A-Za-z][\w'’.-]*\s+$")


# Where a sentence passes from one independent clause to the next: ", but", ", and", "; ".
_COORDINATION = re.compile(r"(?:,\s+(?:but|and|yet|while|whereas)|;)\s+")
# At most this many words between that break and what is reported: its speaker and saying verb ("the Saudi government
# denies", "Yahoo said that").
_REPORTER_WORDS = 10
# The reporter opens on a subject of its own, a name or a noun phrase ("the company said"): after "…, but said" or
# "…, but he warned" the first clause is the same speaker's and the sentence is about what they said.
_OTHER_REPORTER = re.compile(rf"(?!I\b)[A-Z]|(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s")
# The outlet's own clause tells what happened: its first auxiliary is of a past or perfect tense, or it has none and a
# verb in a past tense ("Yahoo was hacked", "They met"). "Advocates are hoping for a plan", "One of its leaders is Roe":
# a present state or wish, the background of the dispute reported after it.
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})


def outlet_clause(text: str) -> str | None:
    """The clause the outlet itself puts forward before a coordinated clause that reports someone's words, which
    ``claim_clause`` leaves out: "Fifteen of the 19 hijackers were Saudi citizens, but the Saudi government denies any
    role" tells the hijackers' nationality in the outlet's voice, and another outlet may tell just that. None when the
    sentence has no such clause (most sentences)."""
    told = claim_clause(text)
    cut = text.rfind(told) if told else -1
    if cut <= 0:
        return None
    breaks = list(_COORDINATION.finditer(_outside_quotes(text[:cut])))
    reporter = text[breaks[-1].end() : cut] if breaks else ""
    if len(reporter.split()) > _REPORTER_WORDS or not _OTHER_REPORTER.match(reporter):
        return None
    first = text[: breaks[-1].start()]
    if re.search(r"[“”\"]", first) or not _tells_past(first) or claim_clause(first) != first:
        return None  # words quoted, no act told as done, or itself attributed: no outlet's own clause
    return first


def _tells_past(clause: str) -> bool:
    """Does the clause tell what happened (``_PAST_AUXILIARIES``)?"""
    words = re.findall(r"[a-z]+", clause)
    auxiliary = next((word for word in words if word in _AUXILIARIES), None)
    if auxiliary is not None:
        return auxiliary in _PAST_AUXILIARIES
    return bool(_PAST_WITHOUT_ED.search(clause) or re.search(r"\b[a-z]{3,}ed\b", clause))


# A saying verb after the statement's comma, then its speaker and how it spoke to the end: "The Roes were members of
# the temple, said Rabbi Jo Lee in a statement posted on Facebook." What was said is before it.
_INVERTED_ATTRIBUTION = re.compile(rf"(?<=,\s)(?:{_SAY_VERBS})\s+{cues.INVERTED_SPEAKER}", re.IGNORECASE)


# The audience of "told" (_SAY_VERBS takes one word of it) when it is a name: "told The Vell Athletic, “…”" – the rest
# of the name, then the comma or colon that opens what was said.
_TOLD_NAME = re.compile(r"(?:told|tells)\s+(?:(?:the|a|an)\s+)?[A-Z]")
# Or the subject pronoun of what was said after the name: "told Le Monde he did not know…".
_NAME_REST = re.compile(r"(?:\s*[A-Z][\w'’.-]*)*(?:\s*[,:]\s+|\s+(?=(?:he|she|it|they|we|there)\s))")


def _past_audience(text: str, say: re.Match[str]) -> int:
    """Where what was said begins after the saying verb ``say``: past the rest of a named audience ("told The
    Athletic, …"), which _SAY_CLAUSE cut after its first word."""
    if not _TOLD_NAME.match(text, say.start()):
        return say.end()
    rest = _NAME_REST.match(text, say.end())
    return rest.end() if rest else say.end()


# A relative clause set off by commas between a subject and its verb: "Jo Roe, 33, who checked into rehab on
# Friday, has left the clinic". The head is the words since the last comma, with an age after them; the verb after
# the closing comma is an auxiliary or a word in -ed or -s (a determiner or an adverb in -s is none).
_ENCLOSED_RELATIVE = re.compile(
    rf"(?:^|(?<=[,;]\s))(?P<head>[^,;]+?(?:,\s*\d{{1,3}})?),\s+(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))})\s+"
    rf"(?P<clause>[^,;()“”\"]+?),\s+(?=(?:[a-z]+ly\s+)?(?!(?:{'|'.join(sorted(speech.S_WORDS_NOT_VERBS))})\b)"
    rf"(?:{'|'.join(sorted(speech.AUXILIARIES | {'has', 'have', 'had'}))}|[a-z]+ed|[a-z]+[^s\W]s)\b)",
)

# A participle opening a proposition ("…, killing four"), not a preposition in -ing ("including", "according").
_PARTICIPLE = re.compile(rf"(?:and\s+)?(?!(?:{'|'.join(sorted(speech.ING_PREPOSITIONS))})\b)[a-z]+ing\b")
_MAX_SUBJECT_WORDS = 8


@lru_cache(maxsize=65536)
def propositions(text: str) -> tuple[tuple[str, bool], ...]:
    """The clause's propositions, each with whether it is a main one (not background): a
    long lead sentence carries several facts, and a statement may restate only one. A relative
    clause between a subject and its verb is also a proposition of its own about that subject,
    background ("Jo Roe, who checked into rehab, has left" adds "Jo Roe checked into rehab"), and a
    participle after the main clause one of the main clause's subject: within their proposition
    their words are diluted by the rest, and another statement may tell only their fact."""
    text, aside = _without_dashed_aside(text)
    found, start, main = [], 0, True
    for match in _PROPOSITION_BREAK.finditer(text):
        # A report noun stays with the words before its "that".
        found.append((text[start : match.end("noun") if match.group("noun") else match.start()], main))
        start, main = match.end(), main and not match.group("background")
    found.append((text[start:], main))
    verb = _main_verb(found[0][0])
    subject = found[0][0][: verb[0]].strip() if verb else ""
    if len(subject.split()) <= _MAX_SUBJECT_WORDS and _content_stems(subject):
        # A participle after the main clause tells what its subject did too: "The club sacked its coach, naming
        # Jo Roe in his place" → "The club naming Jo Roe in his place". Not when the subject is a pronoun ("It",
        # "What"): who did it is unknown, and the participle's few words alone would join any statement using them.
        found = [found[0], *((f"{subject} {part}", True) if _PARTICIPLE.match(part) else (part, main)
                             for part, main in found[1:])]
    found.extend((f"{m.group('head')} {m.group('clause')}", False) for m in _ENCLOSED_RELATIVE.finditer(text))
    if aside:
        found.append((aside, False))
    return tuple((part, main) for part, main in found if part.strip())


# An aside between two dashes inside a clause, whose verb follows it: "Mr. Roe's plan — backed by the mayor — would
# close the port". Split at the dashes, the subject ("Mr. Roe's plan") would stand as a proposition of its own, and
# its few words would join any statement naming the plan.
_DASHED_ASIDE = re.compile(r"(?P<dash>\s[―—–-]{1,2}\s|[―—])(?P<aside>[^―—–;]+?)(?P=dash)")


def _without_dashed_aside(text: str) -> tuple[str, str]:
    """The clause with an aside between dashes taken out where the words after it open on the clause's verb ("— would
    close the port"), and the aside told of what comes before it since the last break ("Mr. Roe's plan backed by the
    mayor"), background; the clause as it is, and no aside, when the words after the aside have a subject of their
    own or no verb ("Ten died — three of them children — in the blast")."""
    match = _DASHED_ASIDE.search(text)
    if match is None:
        return text, ""
    rest = text[match.end() :]
    verb = _main_verb(rest)
    if verb is None or _content_stems(rest[: verb[0]]):
        return text, ""
    before = text[: match.start()]
    head = before[max((m.end() for m in _PROPOSITION_BREAK.finditer(before)), default=0) :]
    return f"{before} {rest}", f"{head} {match.group('aside')}"


# A side clause of a sentence (``cues.SIDE_CLAUSE_OPENERS``): between commas or running to the sentence's end, between
# dashes, or in brackets; and a participle between a subject and its verb ("Roe, returning from Vell, posted…"), not
# one after the main clause ("…, killing four", "…, replacing Jo Roe, who…": what its subject did too,
# ``propositions``). Written in lower case, as a clause's first word is after a comma: "Beijing" is no participle.
_SIDE_OPENING = rf"(?:(?:{cues.SIDE_CLAUSE_HEDGES})\s+)?(?:{cues.SIDE_CLAUSE_OPENERS})\b"
_SIDE_CLAUSE = re.compile(
    rf",\s+{_SIDE_OPENING}[^,;:]*(?:,|$)"
    rf"|,\s+(?!(?:{'|'.join(sorted(speech.ING_PREPOSITIONS))})\b)[a-z]+ing\b[^,;:]*,"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?!(?:{'|'.join(sorted(speech.S_WORDS_NOT_VERBS))})\b)"
    rf"(?:{'|'.join(sorted(speech.AUXILIARIES | {'has', 'have', 'had'}))}|[a-z]+ed|[a-z]+[^s\W]s)\b)"
    rf"|\s[–—-]{{1,2}}\s+{_SIDE_OPENING}[^–—;:]*?(?:\s[–—-]{{1,2}}\s|$)"
    rf"|\(\s*{_SIDE_OPENING}[^()]*\)"
)


@lru_cache(maxsize=65536)
def side_terms(clause: str) -> frozenset[str]:
    """The content stems the clause writes only in its side clauses (``_SIDE_CLAUSE``, and a subordinate clause
    opening it: "After the vote, …"): what its fact is about or follows, not its fact. "Roe, returning from Vell,
    posted a tweet, apparently in response to emails the club released" → return, vell, appar, respons, email, club,
    releas. A
    speaker's words are what the speaker puts forward, side clauses and all: "“…launches, which lead to escalation,”
    Roe said" and "said Roe, who added that “…”" have none there."""
    plain = _outside_quotes(clause)
    opening = _OPENING_SUBORDINATE.match(plain)
    sides = [plain[: opening.end()]] if opening else []
    rest = plain[opening.end() :] if opening else plain
    sides += [m.group(0) for m in _SIDE_CLAUSE.finditer(rest)]
    if not sides:
        return _NONE
    main_text = _SIDE_CLAUSE.sub(" ", rest)
    main = _content_stems(main_text)
    if len(main) < _MIN_PROPOSITION_TERMS:
        return _NONE  # "Now, after guiding the Colts back …-it's safe to say …": no main clause left, a misreading
    said = _content_stems(" ".join(_QUOTED.findall(clause)))  # a word the speaker's words use too is theirs
    # The side clauses' exact figures too, when the main clause gives one of its own: "A page had more than 3,000
    # likes, a day after the gorilla was shot about 10 minutes after …" gives its "10 minutes" as background, as it
    # gives "shot". A main clause without one may carry its side clause's figure as its news ("It would be a big hit
    # for the bank, which had been expected to post net income of $2.07 billion").
    side_text = " ".join(sides)
    main_figures = _figure_terms(main_text, parse_figures(main_text))
    figures = _figure_terms(side_text, parse_figures(side_text)) - main_figures if main_figures else set()
    return frozenset(_content_stems(side_text)).difference(main, said) | figures


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
    # Whose quoted words it is (an entity id) where only the quotes stage knows it (``quoted_speakers``): set by
    # ``group_claims``, not found with its article.
    speaker: str | None = None
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


def _figure_at(text: str, figure: Figure) -> re.Match[str] | None:
    """Where ``text`` writes the figure, as a whole word."""
    return _whole_words(figure.text).search(text)


@lru_cache(maxsize=65536)
def _whole_words(written: str) -> re.Pattern[str]:
    """A pattern of ``written`` as a whole word: kept, since grouping asks again for the figures of some 30,000
    statements, more than ``re``'s own cache of 512 patterns holds."""
    return re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")


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
        if before := _SUM_OF_BEFORE.search(_CLAUSE_MARK.split(text[: at.start()])[-1]):
            words.append(before.group(1))
        if after := _SUM_COMPOUND_AFTER.match(_CLAUSE_MARK.split(text[at.end() :], maxsplit=1)[0]):
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
        words = list(_OBJECT_WORDS.finditer(text, at.end()))
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


@lru_cache(maxsize=65536)
def _is_event_word(word: str) -> bool:
    return _tells_happening(word) or _stem(word) in _FAMILY_STEMS


@lru_cache(maxsize=65536)
def _tells_happening(word: str) -> bool:
    return word.endswith(("ed", "ing")) or word in IRREGULAR_FORMS or bool(_EVENT.search(word))


_FIGURE_TERM_MIN = 10  # smaller amounts ("two companies") are in too many facts to be terms


def _figure_terms(text: str, figures: list[Figure]) -> set[str]:
    """Exact amounts, ranges written in digits and years as terms ("$916 million" → "USD=9.16e+08", "30-50 years" →
    "year=30-50", "in 1995" → "1995"): two statements giving the same precise figure or year share a rare word."""
    amounts = {f"{f.unit}={f.value:.3g}" for f in figures  # a time of day is when, not what (``_timed_alike``)
               if f.value is not None and f.unit and f.unit != CLOCK_UNIT and f.value >= _FIGURE_TERM_MIN}
    ranges = {f"{f.unit}={f.low:.3g}-{f.high:.3g}" for f in figures
              if f.unit and _is_range(f) and re.search(r"\d", f.text) and f.high >= _FIGURE_TERM_MIN}
    # Each end of a range of money is a sum as written ("$30,000 to $50,000 a year" / "up to $50,000 a year").
    ends = {f"{f.unit}={end:.3g}" for f in figures if f.unit in MONEY_UNITS and f.qualifier is None and _is_range(f)
            for end in (f.low, f.high) if end >= _FIGURE_TERM_MIN}
    # A ratio is a word of what is told ("ten times as fast"), no figure: "10times", which no figure rule reads.
    ratios = {f"{f.value:.3g}{RATIO}" for f in figures
              if f.modifiers == (RATIO,) and f.value is not None and f.value >= _FIGURE_TERM_MIN}
    return amounts | ranges | ends | ratios | set(re.findall(r"(?<![\d,.$£€-])(?:1[89]|20)\d\d(?![\d,])", text))


def _prepare(statement: Statement, places: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
             ) -> _Prepared:
    """The statement's comparison data; a capital in it that stands for its country
    (``Statement.metonyms``) brings the country's name: "Pyongyang had sent…" is North Korea's act too. ``places``,
    ``people``: the stems of the places and people named in it (``_Prepared.places``)."""
    metonyms = statement.metonyms
    parts = []
    found = propositions(claim_clause(statement.text))
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
    whole.nationals = nationals(claim_clause(statement.text))
    parts = [p for p, (text, _) in zip(parts, found, strict=True)
             if len(p.terms) >= _MIN_PROPOSITION_TERMS and _proposes(text)]
    parts = parts if len(parts) > 1 else []
    prepared = _Prepared(statement, whole, parts, main_predicate(found[0][0]) if found else None,
                     _make_title(statement), _first_negated(statement.text) if statement.negated else None,
                     statement.negated and bool(_VAGUE_SUBJECT.match(claim_clause(statement.text))),
                     negated_terms(statement.text) if statement.negated else frozenset(),
                     frozenset(_content_stems(found[0][0])) if found else None,
                     _happenings(claim_clause(statement.text)), _holders(found[0][0]) if found else frozenset(),
                     _dates(_main_clause(found[0][0])) if found else frozenset(),
                     _lean_pair(_when_told(statement.text)),
                     _records(statement.text) or _NONE, _identifiers(statement.text) or _NO_IDENTIFIERS,
                     _lean_pair(_subject_countries(statement.text)), _descriptions(statement.text) or _NONE,
                     _modal_acts(claim_clause(statement.text)) or _NONE,
                     bool(_ANAPHORIC_OPENING.match(claim_clause(statement.text))),
                     inquiry, _time_of_act(statement.text), _state(statement.text),
                     places or _NONE, people or _NONE, _stand_in(statement), side_terms(claim_clause(statement.text)),
                     generic=_GENERIC.search(statement.text) is not None,
                     cues=frozenset(name for name, cue in _TEXT_CUES.items() if cue.search(statement.text)),
                     told_ahead=_lean_told_ahead(_told_ahead(statement.text)),
                     inquiry_aside=inquiry and not open_question and bool(found) and not _INQUIRY.search(found[0][0]))
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


# Most statements name no year, record, identifier, country or description: they share these empty ones rather than
# each hold its own (a set takes 216 bytes; pickled in one article's file, one object stands for all of them).
# Never written to.
_NONE: frozenset[str] = frozenset()
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
                     told_ahead=found.told_ahead, inquiry_aside=found.inquiry_aside)


# Words between an auxiliary and its verb ("has been officially placed"), and words that
# end in "-ed" or "-s" without being the verb of a clause.
_PREDICATE_SKIP = frozenset("""
been be being not also now already just still reportedly allegedly officially finally since never to expected
about going
""".split())
# Verbs that end like an adverb: "flags will fly at half-staff" tells flying.
_VERBS_IN_LY = frozenset("fly rely apply reply supply comply imply multiply rally tally ally".split())
_NOT_PREDICATES = frozenset("""
need used based related called named red bed hundred speed seed feed shed ahead instead indeed united limited
advanced news series species
""".split())
_AUXILIARIES = speech.AUXILIARIES | {"has", "have", "had"}
# "was", "has", "did" on their own tell no event: "X was the second attack" and "X was on
# probation" share no predicate.
_EMPTY_PREDICATES = frozenset({"be", "is", "was", "were", "are", "has", "have", "had", "do", "did", "does"})
_BE = frozenset({"is", "was", "were", "are"})


# After these a word in -s is a noun, though the sentence capitalises them: "Both attacks were…", "His remarks…".
_NOUN_BEFORE = speech.DETERMINERS | speech.QUANTIFIERS | speech.POSSESSIVES


# A clause set off at the start ("When the match began, …", "Just as people began to doubt them, …") tells when or
# why; the main verb is after its comma: two statements opening on "… began" need not tell one thing begun.
_OPENING_SUBORDINATE = re.compile(rf"\W*(?:(?:just|even|only)\s+)?(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s"
                                  r"[^,;:]+,\s+(?=\S)", re.IGNORECASE)


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



def _main_verb(clause: str) -> tuple[int, str | None] | None:
    """Where the clause's subject ends (at its auxiliary or main verb) and the stem of its main verb
    (``main_predicate``; None after a bare "was"); None when no verb is found."""
    matches = list(re.finditer(r"[A-Za-z'’-]+", clause))
    words = [m.group(0) for m in matches]
    phrasal = _phrasal_verbs(clause)
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in _AUXILIARIES:
            for following, at in zip(words[i + 1 : i + 5], matches[i + 1 : i + 5], strict=False):
                if following[0].isupper():
                    break
                verb = following.lower()
                if verb in _PREDICATE_SKIP or verb.endswith("ly") and verb not in _VERBS_IN_LY:
                    continue
                # After "was", "is": a participle ("was placed", "is seeking"), not "was the second".
                participle = verb.endswith(("ed", "en", "ing")) or verb in IRREGULAR_FORMS
                if verb in _EMPTY_PREDICATES or lower in _BE and not participle:
                    return matches[i].start(), None
                return matches[i].start(), phrasal.get(at.start()) or _stem(verb)
            return matches[i].start(), None
        if i == 0 or word[0].isupper() or lower in _NOT_PREDICATES:
            continue
        # A word in -'s is an owner ("the Romney campaign's characterization"), never the clause's verb, and what an
        # owner owns is a noun ("Turkmenistan's voters are going…").
        if lower.endswith("ed") or lower in IRREGULAR_FORMS and IRREGULAR_FORMS[lower] != "die" or (
                lower.endswith("s") and not lower.endswith(("ss", "'s", "’s")) and len(lower) > 3
                and words[i - 1][0].isupper() and not words[i - 1].endswith(("'s", "’s"))
                and words[i - 1].lower() not in _NOUN_BEFORE):
            return matches[i].start(), phrasal.get(matches[i].start()) or _stem(lower)
    return None


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


# One percent of slack: "$915 million" and "$916 million" are one figure.
_SLACK = 1.01


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
        if _tells_amount(a) != _tells_amount(b) and similarity < _MERGE_SIMILARITY + 0.1:
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
    if _tells_amount(a) != _tells_amount(b) and similarity < _MERGE_SIMILARITY + 0.1:
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


# Amounts that measure something (a price, a share), unlike counts of people or things, which ``_part_score`` joins
# as rival counts of one toll.
_MEASURES = NOT_EVENT_UNITS - cues.TIME_UNITS


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


def _is_range(figure: Figure) -> bool:
    """Is the figure a range written with its two ends ("four or five", "between 4 and 5"), not a vague amount?"""
    return figure.value is None and None not in (figure.low, figure.high) and bool(RANGE.search(figure.text))


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
_PAST_WITHOUT_ED = re.compile(rf"\b(?:{cues.PAST_TENSES_WITHOUT_ED})\b")


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


def _modality_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell an act as possible ("the verdict can be appealed") and the other as intended ("he
    would appeal the verdict"), the act not told both ways by either? Two propositions, however many words they
    share."""
    x, y = a.modal_acts, b.modal_acts

    def told(acts: frozenset[tuple[str, str]], verb: str) -> set[str]:
        return {kind for stem, kind in acts if stem == verb}

    return any(len(told(x, verb)) == 1 and len(told(y, verb)) == 1 and told(x, verb) != told(y, verb)
               for verb, _ in x)


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
        if x.countries[0] and others and not x.countries[0] & y.countries[1] and _country_subject(x.statement.text):
            return True
    return False


@lru_cache(maxsize=65536)
def _country_subject(text: str) -> bool:
    """Does the subject of the claim clause's first proposition name a country as itself, not as the first word of a
    longer name ("the Panama Papers", "the Japan Times"; a title after it is no such name: "U.S. President Jo Roe")?"""
    clause = claim_clause(text)
    found = propositions(clause)
    verb = _main_verb(found[0][0]) if found else None
    subject = found[0][0][: verb[0]] if verb else ""
    for country in _countries(subject):
        for form in _country_forms_of(country):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", subject):
                after = _NAME_AFTER.match(subject, match.end())
                if after is None or _stem(after.group(1)) in _TITLE_STEMS:
                    return True
    return False


@lru_cache(maxsize=512)
def _country_forms_of(country: str) -> list[str]:
    return [form for form, named in _country_forms().items() if named == country]


_NAME_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


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


def _dated_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do both claim clauses name a year, or both a day of a month, and none in common? "The Orsk rocket flew over
    Tarnia in 2009" and "…in 2017", "the launch on Aug. 29" and "the launch on Sept. 15" tell two events, however
    alike their words (a story of one launch recalls the earlier ones). Weekdays are left to ``_told_of_others``: a
    weekday names no one day across articles that came out on different days."""
    ours, theirs = a.when, b.when
    return any(x and y and not x & y for x, y in zip(ours, theirs, strict=True))


# A win-loss record ("went 9-3", "59-35-1 as a head coach", "a 13-3 record"): after a verb of finishing with it, or
# of three parts, or before a word naming it; not a game's score at one moment ("a 6-3 lead", "tied at 6-6"), a range
# of a count ("10-15 people", "3-5 days": a plural noun after it), a year span ("2013-14") or a code ("555-1234").
_RECORD = re.compile(r"(?<![\w.,:/–-])\d{1,3}[–-]\d{1,3}(?:[–-]\d{1,3})?(?![\w%/–-]|[.,:]\d)(?!\s+[a-z]+[^s\W]s\b)")
_RECORD_CUE = re.compile(r"\b(?:went|finished|go|goes|going|was|is|were|are)\s+$")
_RECORD_NOUN = re.compile(r"\s+(?:record|mark|season|campaign|start|finish)\b")


def _records_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do both claim clauses give a win-loss record or a score, and none in common? "Roe went 9-3 as interim coach"
    and "Roe went 59-35-1 as a head coach" are two records of one man, different facts however alike their words."""
    ours, theirs = a.records, b.records
    return bool(ours and theirs and not ours & theirs)


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


def years_written(text: str) -> list[int]:
    """The years the text writes in figures ("in 1996"), not "1,996" nor "2014.5"."""
    return [int(year) for year in YEAR.findall(text)]


def _years(clause: str) -> frozenset[str]:
    found: set[str] = set()
    for match in YEAR.finditer(clause):
        before = clause[max(0, match.start() - 20) : match.start()]
        listed = _YEAR_LISTED.search(before)
        if _YEAR_BEFORE.search(before) or listed and listed.group("year") in found:
            found.add(match.group(0))
    return frozenset(found)


def _weekdays(dates: frozenset[str]) -> frozenset[str]:
    return frozenset(d for d in dates if " " not in d)


def _nationals_differ(a: _Part, b: _Part) -> bool:
    """Do the two name the same kind of person or thing with no nationality in common?"""
    return any(not a.nationals[noun] & b.nationals[noun] for noun in a.nationals.keys() & b.nationals.keys())




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
    return any(_object_pronoun(x.statement.text) and y.whole.names - x.whole.names - y.holders
               for x, y in ((a, b), (b, a)))


# A personal pronoun as the object of the main verb, after it and at most a few lower-case words: "was holding her
# for", "freed them on Friday", not "her family home".
_OBJECT_PRONOUN = re.compile(r"(?:[a-z'’-]+\s+){1,4}(?:him|them|her(?=\s+(?:for|to|in|on|at|since|until|after|before|"
                             r"from|with|as|over|without|because|and|but)\b|\s*[,.;:]|\s*$))\b")


def _object_pronoun(text: str) -> bool:
    clause = claim_clause(text)
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
    return all(any(_one_figure(f, g) for g in y.figures) for f in x.figures if not _converted(text, f))


def _converted(text: str, figure: Figure) -> bool:
    """Is the figure written in brackets, as a conversion of the one before ("40 metres (131 feet)")?"""
    found = _figure_at(text, figure)
    return found is not None and text[: found.start()].rstrip().endswith("(")


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


_ANAPHORIC_OPENING = re.compile(cues.ANAPHORIC_OPENING, re.IGNORECASE)


def _inquiry_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell of an inquiry into whether something happened (``INQUIRY_WHETHER``: "police are
    investigating whether the driver fell asleep") and the other tell it as so ("he told her it looked like the
    driver had fallen asleep")? An open question is no account of what happened. An inquiry told beside a main clause
    ("…was travelling at a significantly higher speed, and are probing whether the driver fell asleep") leaves the main
    clause's fact told, which the other may tell too."""
    return a.inquiry != b.inquiry and not (a.inquiry_aside or b.inquiry_aside)


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


def _generic_apart(a: _Prepared, b: _Prepared) -> bool:
    """Does one statement tell what is usual (``GENERIC_FRAME``: "it is surprisingly common for planes to return to
    their point of origin"), and the other not ("the flight's return to its point of origin was because of a mix-up")?
    A kind of happening is no account of one that happened."""
    return a.generic != b.generic


_GENERIC = re.compile(cues.GENERIC_FRAME, re.IGNORECASE)


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


_SAME_WORDS_MIN = 5  # a quoted passage this long found word for word in another sentence is the same words


def _same_words(text: str, other: str) -> bool:
    """Is a quoted passage of ``text`` (_SAME_WORDS_MIN words or more) found word for word in ``other``? Then the two
    relay one quote, whoever each outlet credits ("sadly we can say there has been some loss of life", credited to
    an officer in one and to his force in the other)."""
    words = " ".join(_WORD.findall(other.lower()))
    return any(len(found := _WORD.findall(passage.lower())) >= _SAME_WORDS_MIN and " ".join(found) in words
               for passage in _QUOTED.findall(text))


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
        return bool(named) and all(_name_compound(next(iter(named)), next(iter(phrase)), item.statement.text)
                                   for item in (a, b))
    # An outlet quoting just the phrase ("staff were “safe and uninjured”", "called it “the biggest regret of my
    # life”") tells that the speaker said it; the other, quoting it too, reports the same words: one utterance.
    if any(_quotes_just(one, phrase, shared) and _quotes(other, phrase) for one, other in ((a, b), (b, a))):
        return False
    return all(_written_together(phrase, item.statement.text) for item in (a, b))


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


def _name_compound(name: str, word: str, text: str) -> bool:
    """Does the text's claim clause write the name just before the word, after a determiner or an owner ("the Vell
    campaign", "Roe's Vell campaign"): one thing the name describes?"""
    words = _WORD.findall(claim_clause(text))
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


def _written_together(stems: frozenset[str], text: str) -> bool:
    """Are ``stems`` next to each other among the content words of the text's claim clause, in any order, as a noun
    phrase: after a determiner, a preposition, a name or an owner ("its lunar exploration programme", "China's
    lunar…", "a programme of lunar exploration"; not "families still want neighbourhood schools", a clause)?"""
    found = _clause_stems(text)
    return any(frozenset(stem for stem, _ in found[i : i + len(stems)]) == stems and found[i][1]
               for i in range(len(found) - len(stems) + 1))


_PHRASE_OPENERS = speech.DETERMINERS | speech.POSSESSIVES | speech.PREPOSITIONS


@lru_cache(maxsize=65536)
def _clause_stems(text: str) -> tuple[tuple[str, bool], ...]:
    """The content stems of the statement's claim clause, in their order (stop words left out), each with whether the
    word before it opens a noun phrase (a determiner, a possessive pronoun, a preposition, a name or an owner's: "its",
    "of", "Chinese", "China's")."""
    words = _WORD.findall(claim_clause(text))
    return tuple((stem, index > 0 and (words[index - 1].lower() in _PHRASE_OPENERS or words[index - 1][0].isupper()
                                       or words[index - 1].endswith(("'s", "’s"))))
                 for index, word in enumerate(words) if (stem := _word_stem(word.lower())) is not None)


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


_SAY_STEMS = frozenset(_stem(verb) for verb in cues.SAYING_VERBS)


def _told_acts(item: _Prepared) -> frozenset[str]:
    """The stems of the acts a statement tells: its main verb, and the acts it tells as intended or possible."""
    return frozenset({item.predicate, *(verb for verb, _ in item.modal_acts)} - {None}) - _SAY_STEMS


def _possible(item: _Prepared) -> bool:
    return any(kind == "possibility" for _, kind in item.modal_acts)


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


def _candidate_pairs(prepared: list[_Prepared], share: Share = (0, 1)) -> Iterable[tuple[int, int]]:
    """Pairs sharing at least two uncommon terms, from an inverted index (near-linear); with a ``share``
    (index, count), the pairs of every count-th statement from the index-th only."""
    limit = max(200, int(_COMMON_SHARE * len({item.statement.article for item in prepared})))
    index: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        # A pronoun's name too: "he has no plans to resign" meets "“I will not resign,” Roe said" (``_pair_score``).
        for term in item.whole.terms | item.stand_in:
            index[term].append(i)
    rare = {term: postings for term, postings in index.items() if len(postings) <= limit}
    for i in range(share[0], len(prepared), share[1]):
        # Postings are ascending, so the later statements are a tail. A statement in two of the tails shares two
        # terms: found by set operations, which run in C, not by counting each statement in Python.
        tails = [postings[bisect_right(postings, i) :] for term in prepared[i].whole.terms | prepared[i].stand_in
                 if (postings := rare.get(term)) and postings[-1] > i]
        if len(tails) < 2:
            continue
        # The longest tail last: it is only looked up in the others, never added to them.
        tails.sort(key=len)
        seen = set(tails[0])
        twice: set[int] = set()
        for tail in tails[1:-1]:
            twice |= seen.intersection(tail)
            seen.update(tail)
        twice |= seen.intersection(tails[-1])
        yield from ((i, j) for j in sorted(twice))


def _cluster(prepared: list[_Prepared], weight: dict[str, float],
             common: frozenset[str] = frozenset(), story_names: frozenset[str] = frozenset()
             ) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Average-link agglomeration: the two groups whose members are most alike on average
    merge first, and only while that average reaches the bar, so no chain of near pairs joins facts.
    A pair sharing only the dossier's ``common`` terms ("Trump", "Clinton", "first debate")
    links only if it is a near restatement: those words say what the dossier is about, not
    which fact is told, but the dossier's central fact is told in just those words. A pair sharing only the
    dossier's ``story_names`` and telling each its own act (``_shares_only_story_names``) does not link below that bar.
    Returns the groups and the candidate pairs of opposite polarity (one negated)."""
    scores: dict[tuple[int, int], float] = {}
    opposed: list[tuple[int, int]] = []
    count = forked.cores() if len(prepared) >= _FORK_STATEMENTS else 1
    score_share = partial(_score_pairs, prepared, weight, common, story_names)
    for share_scores, share_opposed in forked.in_shares(score_share, count):
        scores.update(share_scores)
        opposed += share_opposed
    opposed.sort()  # the same order however the pairs were shared
    groups = {i: [i] for i in range(len(prepared))}
    # Summed pair scores between groups, and the heap of group pairs by their mean score: the
    # pair of groups most alike on average merges first (a group's id is its first member).
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), score in scores.items():
        links[i][j] = links[j][i] = score
    heap = [(-score, i, j) for (i, j), score in scores.items() if score >= _CLAIM_SIMILARITY]
    heapq.heapify(heap)
    while heap:
        mean, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups or links[a].get(b, 0.0) / (len(groups[a]) * len(groups[b])) != -mean:
            continue  # a group merged since, or the pair's mean changed: a newer entry stands for it
        if any(_kept_apart(prepared[x], prepared[y]) for x in groups[a] for y in groups[b]):
            links[a].pop(b)
            links[b].pop(a)
            continue
        keep, gone = min(a, b), max(a, b)
        groups[keep] += groups.pop(gone)
        moved = links.pop(gone)
        moved.pop(keep, None)
        links[keep].pop(gone, None)
        for other, total in moved.items():
            links[other].pop(gone)
            links[keep][other] = links[other][keep] = links[keep].get(other, 0.0) + total
        for other, total in links[keep].items():
            mean_score = total / (len(groups[keep]) * len(groups[other]))
            if mean_score >= _CLAIM_SIMILARITY:
                heapq.heappush(heap, (-mean_score, min(keep, other), max(keep, other)))
    _join_mutual_best(prepared, groups, scores)
    return [sorted(members) for _, members in sorted(groups.items())], opposed


def _join_mutual_best(prepared: list[_Prepared], groups: dict[int, list[int]],
                      scores: dict[tuple[int, int], float]) -> None:
    """Join two groups that are each other's closest, by their closest pair of statements from two articles, when
    that pair reaches _CROSS_JOIN_SIMILARITY, tells one happening (a verb or news-event word in common)
    and names one participant (a name both write with a capital: "the bridge" is no "Tarn Bridge"), and the groups
    are not far apart on average (``_CROSS_JOIN_MEAN``). The average kept them apart because each group also holds
    other statements, unlike the other group's; a group joins at most one other here, so no chain of near pairs links
    facts (a classic cross-document event-coreference heuristic: the same event and participant, each side's best
    match)."""
    group_of = {member: key for key, members in groups.items() for member in members}
    best: dict[int, tuple[float, int, int, int]] = {}  # group → (score, other group, its statement, the other's)
    for (i, j), score in scores.items():
        a, b = group_of[i], group_of[j]
        # A statement of the same article is never joined here, so it is no group's closest: an article's own
        # sentences of one event would hide the match another outlet tells.
        if a == b or score < _CROSS_JOIN_SIMILARITY or prepared[i].statement.article == prepared[j].statement.article:
            continue
        for mine, theirs, x, y in ((a, b, i, j), (b, a, j, i)):
            if mine not in best or (score, -theirs) > (best[mine][0], -best[mine][1]):
                best[mine] = (score, theirs, x, y)
    for a, (_, b, i, j) in sorted(best.items()):
        if a > b or best.get(b, (0.0, -1))[1] != a:
            continue
        x, y = prepared[i], prepared[j]
        if (not x.whole.names & y.whole.names & x.whole.capitals & y.whole.capitals
                or not x.happenings & y.happenings
                or _mean_score(groups[a], groups[b], scores) < _CROSS_JOIN_MEAN
                or any(_kept_apart(prepared[u], prepared[v]) for u in groups[a] for v in groups[b])):
            continue
        groups[a] += groups.pop(b)


def _kept_apart(a: _Prepared, b: _Prepared) -> bool:
    """May the two statements never share a claim, however alike their neighbours: their figures or circumstances
    show two facts (``_conflict``), or they are two speakers' quoted words (``_two_voices``)? A claim of quoted words
    is one speaker's: "we're gonna go in there and impeach the governor," Roe said / "And Ann said, We're not looking
    to impeach you," Lee said share "impeach" and the story's names, and a sentence telling of impeachment in an
    outlet's own words would join them through what each shares with it."""
    return _conflict(a, b) or _two_voices(a, b)


def _mean_score(first: list[int], second: list[int], scores: dict[tuple[int, int], float]) -> float:
    """The mean pair score between two groups of statements, a pair not scored counting as 0."""
    total = sum(scores.get((min(i, j), max(i, j)), 0.0) for i in first for j in second)
    return total / (len(first) * len(second))


# From this many statements on, the pairs are scored on all the cores (``forked``): below, forking costs more.
_FORK_STATEMENTS = 4000


def _score_pairs(prepared: list[_Prepared], weight: dict[str, float], common: frozenset[str],
                 story_names: frozenset[str], share: Share
                 ) -> tuple[dict[tuple[int, int], float], list[tuple[int, int]]]:
    """The scores of the candidate pairs of ``share`` (see ``_cluster``) and those of opposite polarity."""
    scores: dict[tuple[int, int], float] = {}
    opposed = []
    for i, j in _candidate_pairs(prepared, share):
        a, b = prepared[i], prepared[j]
        if a.statement.negated != b.statement.negated:
            opposed.append((i, j))
        score = _pair_score(a, b, weight)
        if 0 < score < _COMMON_ONLY_SIMILARITY and (common and not (a.whole.terms & b.whole.terms) - common
                                                    or _shares_only_story_names(a, b, story_names)):
            continue
        if score > 0:
            scores[i, j] = score
    return scores, opposed


def _weigh(prepared: list[_Prepared]) -> dict[str, float]:
    """Each term's weight (rarity, names more), and each part's mass and names with it."""
    frequency = Counter(chain.from_iterable(p.whole.terms for p in prepared))
    total = len(prepared) + 1
    names = set().union(*(p.whole.names for p in prepared))
    # A word the dossier writes in lower case more often than as a name is a word where it is written in lower case
    # ("people", "personal identifying information"), though a heading or a phrase somewhere capitalises it.
    written_lower = Counter(chain.from_iterable(p.whole.terms - p.whole.capitals for p in prepared))
    written_named = Counter(chain.from_iterable(p.whole.names for p in prepared))
    proper = {t for t, n in written_named.items() if n >= written_lower[t]}
    articles: dict[str, set[str]] = defaultdict(set)
    for p in prepared:
        for t in p.whole.names:
            articles[t].add(p.statement.article)
    # A name in many of the dossier's articles is in many of its facts: no more telling than a word.
    weight = {t: math.log(1 + total / n) * (_NAME_WEIGHT if t in names and len(articles[t]) <= _FREQUENT_NAME_ARTICLES
                                           else 1.0) for t, n in frequency.items()}
    story = _story_words(prepared, frequency)
    for item in prepared:
        for part in item.sides:
            part.mass = _evidence(part.terms, part.runs, {}, weight)
            part.story = part.terms & story
            # A name where written as one, and a word the dossier writes mostly as a name where capitalised even
            # first in its sentence ("Trump tweeted…"), but not where written in lower case ("laden", the "Laden"
            # of "bin Laden").
            part.names = part.names | part.terms & part.capitals & proper
    return weight


def _terms_by_article(prepared: list[_Prepared]) -> dict[str, set[str]]:
    """Each article's terms, over all its statements."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        articles[item.statement.article] |= item.whole.terms
    return articles


def _story_words(prepared: list[_Prepared], in_statements: Counter[str]) -> frozenset[str]:
    """The terms in more than _STORY_WORD_SHARE of the dossier's articles and in _STORY_WORD_RECURRENCE statements or
    more of each on average (``in_statements``: how many statements hold each term), none for fewer than
    _STORY_MIN_ARTICLES articles: what the story is about ("Cubs", "World Series"), told in many facts of each
    article, so no sign of which fact a statement tells. A fact most outlets tell once each ("a significant breakup
    fee") is no story word."""
    articles = _terms_by_article(prepared)
    if len(articles) < _STORY_MIN_ARTICLES:
        return frozenset()
    in_articles = Counter(chain.from_iterable(articles.values()))
    return frozenset(t for t, n in in_articles.items()
                     if n > _STORY_WORD_SHARE * len(articles) and in_statements[t] >= _STORY_WORD_RECURRENCE * n)


def _common_terms(prepared: list[_Prepared]) -> frozenset[str]:
    """The terms found in more than _COMMON_ARTICLE_SHARE of the dossier's articles (its
    protagonists and subject); none for a dossier of fewer than _COMMON_MIN_ARTICLES, where
    every article may well tell the same story."""
    articles = _terms_by_article(prepared)
    if len(articles) < _COMMON_MIN_ARTICLES:
        return frozenset()
    frequency = Counter(chain.from_iterable(articles.values()))
    return frozenset(t for t, n in frequency.items() if n > _COMMON_ARTICLE_SHARE * len(articles))


def _story_names(prepared: list[_Prepared]) -> frozenset[str]:
    """The names in more than _STORY_NAME_SHARE of the dossier's articles, none for fewer than _STORY_NAME_MIN_ARTICLES:
    whom the story is about, named in most of its facts."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        for name in item.whole.names:
            articles[name].add(item.statement.article)
    count = len({item.statement.article for item in prepared})
    if count < _STORY_NAME_MIN_ARTICLES:
        return frozenset()
    return frozenset(name for name, named_in in articles.items() if len(named_in) > _STORY_NAME_SHARE * count)


def _shares_only_story_names(a: _Prepared, b: _Prepared, story_names: frozenset[str]) -> bool:
    """Do the two share only names of the story (``_story_names``), titles and months aside, each with its own main
    verb, one the other does not use, and each a named subject (``_Prepared.holders``) naming no one of the other's?
    "A school said Roe threatened to cut its funding" / "Democrats have been pounding Roe": two things told of the
    story's people, each of another's acts. "Roe and Poe have broken up" / "Poe announced that she and Roe had split":
    one act of the same subject in other words; "Vell troops are in Tarn" / "Vell had deployed to Tarn" (no named
    subject sure): the story's one fact in its own names."""
    if not (story_names and a.predicate and b.predicate and a.holders and b.holders):
        return False
    if a.predicate in b.whole.terms or b.predicate in a.whole.terms:
        return False
    rest = (a.whole.terms & b.whole.terms) - _TITLE_STEMS - _MONTH_STEMS
    if not rest or not rest <= story_names & a.whole.names & b.whole.names:
        return False
    return not _subject_names(a) & _subject_names(b)


def _subject_names(item: _Prepared) -> frozenset[str]:
    """The stems of the names in the subject of the statement's claim clause, all of them ("Jo Roe and Ann Lee have
    split": ``_holders`` keeps the last)."""
    clause = claim_clause(item.statement.text)
    verb = _main_verb(clause)
    return frozenset(_content_stems(clause[: verb[0]])) & item.whole.names if verb else frozenset()


def group_claims(statements: list[Statement], speakers: list[str | None] | None = None) -> list[Claim]:
    """Group statements of the same fact into claims; sets ``Statement.claim``. ``speakers``: each statement's
    speaker where the build knows it only from the quote it lies in (``quoted_speakers``), else None.

    Claims come out in order of their first statement (article id, paragraph), with
    ids slugged from their summaries, so the same input always gives the same site. In a
    claim most of whose statements put the fact forward, a statement that negates it
    disputes it; claims whose propositions contradict each other are linked both ways.
    """
    ordered = sorted(statements, key=lambda s: (s.article, s.paragraph, s.text))
    prepared = [_prepared(s) for s in ordered]
    if speakers:
        speaker_of = {id(statement): speaker for statement, speaker in zip(statements, speakers, strict=True)}
        for item in prepared:
            item.speaker = speaker_of[id(item.statement)]
    weight = _weigh(prepared)
    story_names = _story_names(prepared)
    clusters, opposed = _cluster(prepared, weight, _common_terms(prepared), story_names)
    clusters = _join_same_quotes(clusters, prepared)
    clusters = _join_tolls(clusters, prepared, weight)
    clusters = _join_affected_counts(clusters, prepared)
    position = {id(item.statement): i for i, item in enumerate(prepared)}
    clusters, joined, denying = _join_denials(
        clusters, [(position[id(denial)], position[id(denied)])
                   for denial, denied in [*_denied_before(statements), *_unbacked_claims(statements)]]
        + _denied_acts(prepared) + _rebutted_words(prepared))
    corroborating = _without_story_terms(prepared, weight)
    claims, used, claim_of = [], set(), {}
    for members in clusters:
        group = [prepared[i].statement for i in members]
        _settle_denials(group, [prepared[i] for i in members])
        _mark_disputes(group, [prepared[i] for i in members])
        _mark_opposite_states([prepared[i] for i in members])
        for i in joined.intersection(members):
            prepared[i].statement.stance = "disputes"  # it denies what its claim tells, though in no word of it
        summary = summarise(group)
        claim = Claim(id=_unique_slug(summary, used), summary=summary, statements=group)
        claim.disagreement = figure_disagreement(claim)
        claim.corroborated = _corroborated([prepared[i] for i in members], corroborating, weight, story_names)
        for statement, index in zip(group, members, strict=True):
            statement.claim = claim.id
            claim_of[index] = claim
        claims.append(claim)
    for denial, denied in denying:
        _contradict(claim_of[denial], claim_of[denied])
    _link_contradictions(prepared, opposed, weight, claim_of)
    for denial, asserted in [*_denied_links(prepared, claim_of), *_dismissed_arguments(prepared, claim_of),
                             *_opposed_term_bids(prepared), *_denied_casualties(prepared)]:
        if claim_of[denial] is not claim_of[asserted]:  # within one claim a denial is its dispute (_mark_disputes)
            _contradict(claim_of[denial], claim_of[asserted])
    for claim in claims:
        claim.contradicts.sort()
    return claims


_REFERRING_DENIAL = re.compile(
    rf"\b(?:{cues.DENY_VERBS}|{cues.DISPUTE_OBJECT_VERBS}|{cues.DECLINE_CUES})\s+(?:{cues.REFERRING_OBJECT})"
    rf"{cues.REFERRING_DENIAL_END}"
    # "It is not the case that…" denies what follows, not what came before.
    rf"|{cues.REFERRING_SUBJECT_BEFORE}(?:{cues.REFERRING_OBJECT})\s+(?:{cues.REFERRING_DENIAL_PREDICATES})"
    r"(?!\s+(?:that|whether)\b)",
    re.IGNORECASE)


_SAME_QUOTE_MIN_WORDS = 4  # "I will not resign": fewer words ("no comment") are anyone's


def _quote_words(statement: Statement) -> tuple[str, ...]:
    """The words of a statement that is a speaker's quote (``Statement.quoted``): its longest quoted passage,
    lower-cased, without punctuation; empty when it is not a quote or the passage is too short to be one speaker's
    (``_SAME_QUOTE_MIN_WORDS``)."""
    if not statement.quoted:
        return ()
    longest = max((_WORD.findall(passage.lower()) for passage in _QUOTED.findall(statement.text)), key=len, default=[])
    return tuple(longest) if len(longest) >= _SAME_QUOTE_MIN_WORDS else ()


def _same_speaker(x: Statement, y: Statement, words: int) -> bool:
    """Can the two be one speaker's words: sources of one surname ("Paul R. Roe", "Paul Roe"), or one unknown where
    the quote is long enough to be the same words whoever says them (``_SAME_WORDS_MIN``)?"""
    if x.source_name and y.source_name:
        return x.source_name.split()[-1].casefold() == y.source_name.split()[-1].casefold()
    return words >= _SAME_WORDS_MIN


def _join_same_quotes(clusters: list[list[int]], prepared: list[_Prepared]) -> list[list[int]]:
    """Put a statement that is alone in its claim and is a speaker's quote into the claim of the same quote in another
    article (the same words, word for word, of the same speaker): "“I will not resign,” he said" and "“I will not
    resign,” said Mr. Roe" are one thing said, however few other words the two sentences share. Only a claim of one
    statement moves, so no chain of quotes joins two claims. Returns the clusters in order of their first member."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        words = _quote_words(item.statement)
        if words:
            by_words[words].append(i)
    for words, members in by_words.items():
        for i in members:
            if clusters[cluster_of[i]] != [i]:
                continue
            statement = prepared[i].statement
            target = next((j for j in members if cluster_of[j] != cluster_of[i]
                           and prepared[j].statement.article != statement.article
                           and _same_speaker(statement, prepared[j].statement, len(words))), None)
            if target is None or any(_two_voices(prepared[i], prepared[k]) for k in clusters[cluster_of[target]]):
                continue
            clusters[cluster_of[target]] = sorted([*clusters[cluster_of[target]], i])
            clusters[cluster_of[i]] = []
            cluster_of[i] = cluster_of[target]
    return sorted((members for members in clusters if members), key=lambda members: members[0])


def _toll_told(statement: Statement) -> str | None:
    """What the statement counts when its main clause is a count of the story's dead, injured or missing
    (``_whole_count``) as its subject, "At least 59 are dead and more than 500 were injured during the massacre…",
    "Five people were killed in the blast": told in an article's first ``LEAD_PARAGRAPHS`` in the outlet's words, not
    negated and naming no year (another time's toll); else None."""
    if (statement.paragraph >= LEAD_PARAGRAPHS or statement.negated or statement.quoted
            or not any(f.counted in cues.STORY_COUNTS for f in statement.figures) or _A_YEAR.search(statement.text)):
        return None
    opening = _opening_count(statement)
    return opening[0].counted if opening and opening[1] else None


def _join_tolls(clusters: list[list[int]], prepared: list[_Prepared], weight: dict[str, float]) -> list[list[int]]:
    """Join the claims of two articles' tolls of one event (``_toll_told``): each outlet counts the dead its own way
    ("At least 59 are dead …" / "At least 59 people were killed, and 527 were injured …"), and a figure that differs is
    the count moving, which the claim's figures show, not another fact. The two tolls count the same (the killed), name
    one place or participant, and are alike enough to be grouped (``_CLAIM_SIMILARITY``); no two statements of the
    joined claims are kept apart (``_kept_apart``). Returns the clusters in order of their first member."""
    tolls = {i: counted for i, item in enumerate(prepared) if (counted := _toll_told(item.statement))}

    def one_toll(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        return (tolls[i] == tolls[j] and a.statement.article != b.statement.article
                and bool((a.whole.names & b.whole.names) - _MONTH_STEMS)
                and _pair_score(a, b, weight) >= _CLAIM_SIMILARITY)

    return _join_where(clusters, prepared, list(tolls), one_toll)


def _join_where(clusters: list[list[int]], prepared: list[_Prepared], candidates: list[int],
                fits: Callable[[int, int], bool]) -> list[list[int]]:
    """Join the claims of each two of ``candidates`` (statements, in order) that ``fits`` and that are in two claims no
    two statements of which are kept apart (``_kept_apart``): the joins of a kind of fact told too differently to be
    grouped (``_join_tolls``, ``_join_affected_counts``). Returns the clusters in order of their first member."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    for n, i in enumerate(candidates):
        for j in candidates[n + 1:]:
            if cluster_of[i] == cluster_of[j] or not fits(i, j):
                continue
            kept, gone = clusters[cluster_of[i]], clusters[cluster_of[j]]
            if any(_kept_apart(prepared[x], prepared[y]) for x in kept for y in gone):
                continue
            kept += gone
            kept.sort()
            clusters[cluster_of[j]] = []
            for k in gone:
                cluster_of[k] = cluster_of[i]
    return sorted((members for members in clusters if members), key=lambda members: members[0])


_AFFECTED = re.compile(rf"\b(?:{cues.AFFECTED_WORDS})\b", re.IGNORECASE)
# Counts of people affected this far apart are one count revised (143 million, then 145.5 million); a smaller count
# is too often another's by chance.
_AFFECTED_SLACK = 1.05
_AFFECTED_LEAST = 1000


def _affected_counts(statement: Statement) -> list[float]:
    """The counts of people an event reached that the statement tells (``cues.AFFECTED_WORDS`` in its sentence, a
    count of people or customers, ``cues.AFFECTED_PEOPLE_UNITS``, or of a nation's people: "may have affected 143
    million consumers", "143million US customers were exposed"), of a thousand or more; none where it is negated,
    quoted or names a year (another time's count), nor a count of others ("an additional 2.5 million")."""
    if statement.negated or statement.quoted or _A_YEAR.search(statement.text) or not _cue(statement, "affected"):
        return []
    return [f.value for f in statement.figures
            if f.value is not None and f.value >= _AFFECTED_LEAST and not f.relative and OTHER not in f.modifiers
            and (f.unit in cues.AFFECTED_PEOPLE_UNITS or is_national_unit(f.unit))]


def _join_affected_counts(clusters: list[list[int]], prepared: list[_Prepared]) -> list[list[int]]:
    """Join the claims of two articles telling near the same count of people affected (``_affected_counts``, within
    ``_AFFECTED_SLACK``): "a breach … may have affected 143 million consumers" and "an additional 2.5 million
    Americans may have been affected …, bringing the total to 145.5 million people" tell one count, revised, worded
    apart too far to be grouped, naming the company only outside their claim clauses ("the company said that …").
    The two share a word besides a month; no two statements of the joined claims are kept apart (``_kept_apart``).
    Returns the clusters in order of their first member."""
    counts = {i: told for i, item in enumerate(prepared) if (told := _affected_counts(item.statement))}

    def one_count(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        return (a.statement.article != b.statement.article and bool((a.whole.terms & b.whole.terms) - _MONTH_STEMS)
                and any(max(x, y) <= _AFFECTED_SLACK * min(x, y) for x in counts[i] for y in counts[j]))

    return _join_where(clusters, prepared, list(counts), one_count)


def _denied_before(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each denial that points back at what was said before it (``cues.REFERRING_OBJECT``: "denied the report",
    "the charges were false") with the statement it denies: the one just before it in its article (an article's
    statements come in the order of its sentences), in its paragraph or the one before, put forward by a source the
    article names or a source it cites as written ("the military said"), other than the denier. None where that is
    unclear: after a sentence of the outlet's own ("…, reportedly"), or after another denial; not after a sentence in
    the negative alone ("They argued that he could not be impartial. He rejected that notion."). A clause restated from
    a sentence (``Statement.written``) is no sentence: the one before the denial is the sentence it came from."""
    return [(statement, before) for before, statement in _sentence_pairs(statements)
            if statement.stance == "disputes" and before.stance != "disputes"
            and _REFERRING_DENIAL.search(statement.text)
            and (before.source_name or find_source(before.text)) not in (None, statement.source_name)]


_NO_EVIDENCE_GIVEN = re.compile(cues.NO_EVIDENCE_GIVEN, re.IGNORECASE)
_CLAIM_CUE = re.compile(cues.CLAIM_CUES, re.IGNORECASE)


def _unbacked_claims(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each statement saying a claim came without evidence (``cues.NO_EVIDENCE_GIVEN``: "The group provided no
    evidence.") with the statement just before it in its article, in its paragraph or the one before, told as a claim
    (``cues.CLAIM_CUES``: "The Islamic State group claimed responsibility for the attack"), as ``_denied_before``
    pairs a denial pointing back."""
    return [(statement, before) for before, statement in _sentence_pairs(statements)
            if not before.negated and _cue(statement, "no evidence given") and _CLAIM_CUE.search(before.text)]


def _sentence_pairs(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each statement that is a sentence with the sentence just before it in its article, in its paragraph or the one
    before (an article's statements come in the order of its sentences; a clause restated from a sentence,
    ``Statement.written``, is none)."""
    sentences = [statement for statement in statements if statement.written is None]
    return [(before, statement) for before, statement in zip(sentences, sentences[1:], strict=False)
            if before.article == statement.article and 0 <= statement.paragraph - before.paragraph <= 1]


def _denied_acts(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each denial that names the act it denies and whom it is told of (``_subject_act`` of the clause it governs:
    "the minister denied that the 12 sailors were exchanged for Vellish prisoners") with each statement, of any
    article, putting that act of that subject forward in its first proposition ("The sailors were exchanged for three
    smugglers at the border, local sources said"): the same verb in the same voice, one subject's words all in the
    other's, and a word of what follows the verb in common (``_same_act``). As positions in ``prepared``, for
    ``_join_denials``. No "the sailors were freed" (another act) nor "the prisoners were exchanged" (another
    subject)."""
    telling: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        if item.predicate and not item.statement.negated and item.statement.stance != "disputes":
            telling[item.predicate].append(i)
    pairs = []
    told_acts: dict[int, tuple[frozenset[str], str, bool, frozenset[str]] | None] = {}  # read once, for every denial
    for i, item in enumerate(prepared):
        denied = _denied_clause(item.statement.text) if item.statement.stance == "disputes" else None
        act = _subject_act(denied) if denied else None
        doing = _denied_doing(item.statement.text) if denied and act is None else None
        if act is None and doing is None:
            continue
        for j in telling.get(act[1] if act else doing[1], ()):
            other = prepared[j]
            if j not in told_acts:
                clauses = propositions(claim_clause(other.statement.text))
                told_acts[j] = _subject_act(clauses[0][0]) if clauses else None
            told = told_acts[j]
            if told is None:
                continue
            if act is not None and _same_act(act, told):
                pairs.append((i, j))
            # "Roe said Lee had threatened to end her contract." / "Lee denied ever threatening her prospects.": the
            # denier denies doing what the sentence just before tells they did, in other words.
            elif (act is None and other.statement.article == item.statement.article
                  and 0 <= item.statement.paragraph - other.statement.paragraph <= 1 and not told[2]
                  and (doing[0] <= told[0] or told[0] <= doing[0])):
                pairs.append((i, j))
    return pairs


# A denial of doing something, by its subject: "Lee denied ever threatening her prospects".
_DENIED_DOING = re.compile(r"(?:ever\s+|having\s+)?(?P<verb>[a-z]+ing)\b")


def _denied_doing(sentence: str) -> tuple[frozenset[str], str] | None:
    """Who denies doing what, where the denial governs a gerund ("Through a spokesman, Lee denied ever threatening
    her prospects" → ({lee}, threaten)): the stems of the words before the denial in its clause and the gerund's
    stem. None for any other denial, or a denier of no content words ("He denied…")."""
    found = _denial(sentence)
    if found is None or not found[1]:
        return None
    match, _ = found
    gerund = _DENIED_DOING.match(sentence, match.end() + 1)
    if gerund is None or not sentence[match.end() : match.end() + 1].isspace():
        return None
    denier = frozenset(_content_stems(_DENIAL_SCOPE_END.split(sentence[: match.start()])[-1]))
    return (denier, _stem(gerund.group("verb"))) if denier else None


_REBUTTED_WORD = re.compile(cues.REBUTTED_WORD)


def _rebutted_words(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement rebutting another side's word (``cues.REBUTTED_WORD``: "the plan is to preserve the port, not
    “close” it, as the council claims") with each statement of another article putting that word forward of what the
    rebuttal names before its "not" ("the plan would close the port"): the word's stem and one of those words' stems
    among its terms, not negated. As positions in ``prepared``, for ``_join_denials``."""
    pairs = []
    for i, item in enumerate(prepared):
        rebuttal = _cue(item.statement, "rebutted word")
        if rebuttal is None:
            continue
        word = _stem(rebuttal.group("word").lower())
        named = frozenset(_content_stems(claim_clause(item.statement.text[: rebuttal.start()]))) - {word}
        pairs.extend((i, j) for j, other in enumerate(prepared)
                     if other.statement.article != item.statement.article and not other.statement.negated
                     and other.statement.stance != "disputes" and word in (terms := _asserted_terms(other))
                     and terms & named)
    return pairs


def _same_act(denied: tuple[frozenset[str], str, bool, frozenset[str]],
              told: tuple[frozenset[str], str, bool, frozenset[str]]) -> bool:
    """One act of one subject (``_subject_act``): the same verb in the same voice, one subject's words all in the
    other's, and a word after the verb in common."""
    subject, verb, passive, rest = denied
    other_subject, other_verb, other_passive, other_rest = told
    return (verb == other_verb and passive == other_passive and bool(rest & other_rest)
            and (subject <= other_subject or other_subject <= subject))


# A verb of being before the main verb: the subject is what the act was done to ("the girls were exchanged").
_PASSIVE = re.compile(r"(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def _subject_act(clause: str) -> tuple[frozenset[str], str, bool, frozenset[str]] | None:
    """The act the clause tells of its subject: the stems of its subject (the words before its main verb), the stem of
    its main verb, whether it is passive, and the stems of the words after the verb; None with no verb found, or a
    subject of no content words ("he", "it")."""
    found = _main_verb(clause)
    if found is None or found[1] is None:
        return None
    subject = frozenset(_content_stems(clause[: found[0]]))
    after = clause[found[0] :]
    rest = frozenset(_content_stems(after)) - {found[1]}
    if not subject or not rest:
        return None
    return subject, found[1], bool(_PASSIVE.match(after)), rest


def _denied_clause(sentence: str) -> str | None:
    """The clause a denial of a happening governs ("denied that the girls were exchanged …" → "the girls were
    exchanged …"), None for any other sentence."""
    if not _denies_happening(sentence):
        return None
    match, _ = _denial(sentence)
    return re.sub(r"^\s*that\b\s*", "", _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0])


def _join_denials(clusters: list[list[int]], denials: list[tuple[int, int]]
                  ) -> tuple[list[list[int]], set[int], list[tuple[int, int]]]:
    """Put each denial that points back (``_denied_before``, as positions) in the claim of what it denies, where it
    is a claim of its own: it disputes that claim. A denial that other statements share a claim with (several outlets'
    "China denied the reports") stays there, its claim linked as contradicting the denied one. Returns the clusters
    (in order of their first member), the denials joined, and the pairs to link."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    joined: set[int] = set()
    linked: list[tuple[int, int]] = []
    for denial, denied in denials:
        home, target = cluster_of[denial], cluster_of[denied]
        if home == target:
            continue
        if clusters[home] == [denial]:
            clusters[target] = sorted([*clusters[target], denial])
            clusters[home] = []
            cluster_of[denial] = target
            joined.add(denial)
        else:
            linked.append((denial, denied))
    return sorted((members for members in clusters if members), key=lambda members: members[0]), joined, linked


# A term in more than this share of a story's articles (its protagonists, its subject: "Cubs", "Musk", "Panama") is in
# nearly every statement of it: two outlets' statements sharing it with a word or two more are grouped as one claim but
# do not show that the outlets tell one fact. It counts this much of its weight there. A term in this many articles or
# fewer is no story's own, whatever its share; the story needs this many articles for a share to mean much.
_STORY_TERM_SHARE = 0.3
_STORY_TERM_MIN_ARTICLES = 3
_STORY_TERM_WEIGHT = 0.3
_STORY_MIN_ARTICLES = 6
_STORY_WORD_SHARE = 0.5
_STORY_WORD_RECURRENCE = 3
_STORY_CONTAINED = 6


def _without_story_terms(prepared: list[_Prepared], weight: dict[str, float]) -> dict[str, float]:
    """``weight`` with the story's own terms (``_STORY_TERM_SHARE``) weighing less (``_STORY_TERM_WEIGHT``): what
    two outlets' statements must share besides them to corroborate each other."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        articles[item.statement.article] |= item.whole.terms
    if len(articles) < _STORY_MIN_ARTICLES:
        return weight
    frequency = Counter(chain.from_iterable(articles.values()))
    story = {t for t, n in frequency.items() if n > max(_STORY_TERM_SHARE * len(articles), _STORY_TERM_MIN_ARTICLES)}
    return {t: _STORY_TERM_WEIGHT * w if t in story else w for t, w in weight.items()}


def _corroborated(members: list[_Prepared], corroborating: dict[str, float], weight: dict[str, float],
                  story_names: frozenset[str] = frozenset()) -> bool:
    """Do two outlets that put the claim forward tell one fact: a pair of their asserting statements as close as a
    merge with the story's own terms weighing less (``corroborating``), or as close as a merge (``weight``) giving
    one exact amount ("$2 billion", "11.5 million documents": a figure term), sharing more than the story's names
    (``_shares_a_fact``)? Grouping joins statements on less; only such a pair shows outlets agree."""
    def corroborate(a: _Prepared, b: _Prepared) -> bool:
        if (a.statement.outlet == b.statement.outlet or not _shares_a_fact(a, b, story_names, weight)
                or _subjects_apart(a, b)):
            return False
        if _pair_score(a, b, corroborating) >= _MERGE_SIMILARITY:
            return True
        return any("=" in term for term in a.whole.terms & b.whole.terms) and _pair_score(a, b, weight) >= (
            _MERGE_SIMILARITY)

    asserting = [item for item in members if item.statement.stance == "asserts"]
    return any(corroborate(a, b) for k, a in enumerate(asserting) for b in asserting[k + 1:])


def _subjects_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do the two tell the acts of different named subjects (``_subjects``), each named nowhere in the other?
    "Ruritanian bank Vellbank announced that it would ban cryptocurrency transactions using its credit cards" and
    "Ostmark Trust and the Bank of Norland said they would bar customers from using credit cards to buy
    cryptocurrencies": one act of two banks is two facts, which no outlet telling one of them corroborates. One quote
    relayed word for word (``_same_words``) is one act, whomever each outlet credits."""
    subjects_a, subjects_b = _subjects(a), _subjects(b)
    x, y = a.statement.text, b.statement.text
    return bool(subjects_a and subjects_b and not subjects_a & (b.whole.terms | subjects_b)
                and not subjects_b & (a.whole.terms | subjects_a)) and not _same_words(x, y) and not _same_words(y, x)


# A claim clause opening on a plural pronoun: "Ostmark Trust and the Bank of Norland said they would bar …".
_OPENS_ON_PLURAL = re.compile(r"\W*(?:they|we)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b|&")


def _subjects(item: _Prepared) -> frozenset[str]:
    """Who the statement tells acted: when its claim clause opens on "they" or "we", its named source if the
    attribution names it with another ("Ostmark Trust and the Bank of Norland said they would bar …": their act);
    the name a pronoun opening it stands for (``_Prepared.stand_in``); else its actors (``_actors``: the name heading
    its subject), unless the words before its main verb open a clause of their own. None: unknown."""
    statement = item.statement
    clause = claim_clause(statement.text)
    if _OPENS_ON_PLURAL.match(clause):
        # A group: the one the attribution names with another ("X and Y said they …"), else unknown ("Vell Police's
        # chief constable Jo Roe said they were investigating": the police, not Roe).
        attribution = statement.text[: max(statement.text.find(clause), 0)]
        named = statement.source and statement.source_name and statement.source_name in attribution
        return _name_stems(statement.source_name) if named and _AND.search(attribution) else _NONE
    if item.stand_in:
        return _name_stems(statement.referent or statement.source_name or "")
    # A subject that opens a clause of its own was found past a main verb the verb finder missed ("Vell's top
    # official promises to defend the law after Ostland and Norland asked …"): whose act is unknown.
    actors = _actors(item)
    if not actors or actors != item.holders & item.whole.names:
        return actors
    parts = propositions(clause)
    verb = _main_verb(parts[0][0]) if parts else None
    return _NONE if verb is None or _CLAUSE_OPENER.search(parts[0][0][: verb[0]]) else actors


def _name_stems(name: str) -> frozenset[str]:
    """The stems of a name's capitalised words but titles: "Ruritanian bank Vellbank" → ruritania, vellbank."""
    return frozenset(_content_stems(" ".join(re.findall(r"\b[A-Z][\w'’.-]*", name)))) - _TITLE_STEMS


_CLAUSE_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(speech.SUBORDINATORS | speech.RELATIVE_PRONOUNS))}|that)\b",
                            re.IGNORECASE)


def _shares_a_fact(a: _Prepared, b: _Prepared, story_names: frozenset[str], weight: dict[str, float]) -> bool:
    """Do the two share two words or more (their main verbs with their terms) besides the story's names
    (``_story_names``), months and verbs that tell no act of their own (``cues.CATENATIVE_VERBS``), or restate each
    other nearly word for word? "Democrats have been trying to oust Roe" / "Roe tried to put the questions to rest"
    share the story's name and "try", no fact; "Roe resigned from the council" / "Roe has resigned her council seat"
    tell one fact in their own words."""
    shared = (a.whole.terms | {a.predicate}) & (b.whole.terms | {b.predicate})
    rest = shared - story_names - _MONTH_STEMS - _CATENATIVE_STEMS - {None}
    return len(rest) >= 2 or _pair_score(a, b, weight) >= _COMMON_ONLY_SIMILARITY


# Two statements of opposite polarity this similar, sharing a name and the negated predicate,
# contradict each other ("Sudan had not bombed…" / "Sudan Armed Forces planes dropped four bombs").
_CONTRADICTION_SIMILARITY = 0.4


# "These people are not injured", "They did not…": whom the negation is about is unknown.
_VAGUE_SUBJECT = re.compile(r"\W*(?:these|those|this|they|it|he|she|some|others?)\b", re.IGNORECASE)


def _link_contradictions(prepared: list[_Prepared], opposed: list[tuple[int, int]], weight: dict[str, float],
                         claim_of: dict[int, Claim]) -> None:
    """Link claims whose statements of opposite polarity tell of the same event and actors:
    a negated or denied proposition against one that puts it forward, sharing a name and the
    negated predicate, and close in words (their figures play no part: "had not shelled" is
    contradicted by "fired four shells")."""
    for i, j in opposed:
        a, b = prepared[i], prepared[j]
        first, second = claim_of[i], claim_of[j]
        if first is second or _polarity(first) == _polarity(second) or not a.whole.names & b.whole.names:
            continue
        negated, other = (a, b) if a.statement.negated else (b, a)
        # The same state of the same subject, denied ("The station is not out of control" / "The station has been
        # completely out of control for months"): no happening to compare, the state is the proposition.
        if _state_negated(negated, [other]):
            _contradict(first, second)
            continue
        # The negated word must say what happened in both ("had not shelled" / "shelled the
        # town"): "no police record" does not contradict "shot dead by police".
        predicate = negated.negated_stems & a.whole.events & b.whole.events
        if not predicate or _overlap(a.whole, b.whole, weight) < _CONTRADICTION_SIMILARITY or negated.vague_subject:
            continue
        # The negated verb itself must be what the other says happened, in its main clause: "has not carried
        # out its threat to fire" does not deny "fired a missile"; "…, however, a statement did not threaten
        # sanctions" puts nothing forward about sanctions.
        verb = negated.negated_verb
        if verb is None or other.first_stems is None or verb not in other.first_stems:
            continue
        _contradict(first, second)


_LINK_ASSERTED = re.compile(cues.LINK_ASSERTED, re.IGNORECASE)
_LINK_DENIED = re.compile(rf"(?:{cues.LINK_DENIED})(?P<party>{cues.LINK_PARTY})", re.IGNORECASE)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _denied_links(prepared: list[_Prepared], claim_of: dict[int, Claim]) -> list[tuple[int, int]]:
    """Each statement denying a link (``cues.LINK_DENIED``: "the perpetrator had no connections to international
    terrorist groups") with each statement of its article putting a link forward (``cues.LINK_ASSERTED``: "Islamic
    State has claimed responsibility for the mass shooting"), whatever their verbs: they share no predicate, so
    ``_link_contradictions`` cannot meet them. The party denied must be the claimant: the names it writes all among the
    other's words, or, naming none, a kind of armed group (``cues.ARMED_GROUP_WORDS``) that one article's claimant of
    its act is. Each must be what its claim tells (its title's statement): a claim of the death toll holding "…, on
    behalf of Islamic State, according to an IS-affiliated website" is not contested by the denial. As positions in
    ``prepared``."""
    asserting: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        statement = item.statement
        if (not statement.negated and statement.stance != "disputes" and _cue(statement, "link asserted")
                and _title_statement(claim_of[i].statements) is statement):
            asserting[statement.article].append(i)
    pairs = []
    for i, item in enumerate(prepared):
        statement = item.statement
        denial = _LINK_DENIED.search(statement.text) if statement.article in asserting else None
        if denial is None or _title_statement(claim_of[i].statements) is not statement:
            continue
        party = denial.group("party")
        named = frozenset(_stem(word) for word in _NAME_WORD.findall(party))
        if not named and not set(re.findall(r"[a-z]+", party.lower())) & cues.ARMED_GROUP_WORDS:
            continue
        pairs.extend((i, j) for j in asserting[statement.article] if named <= prepared[j].whole.terms)
    return pairs


_ARGUMENT_DISMISSED = re.compile(cues.ARGUMENT_DISMISSED)
_ARGUING_VERB = re.compile(cues.ARGUING_VERBS, re.IGNORECASE)
_HYPOTHETICAL_MODAL = re.compile(cues.HYPOTHETICAL_MODALS, re.IGNORECASE)


def _dismissed_arguments(prepared: list[_Prepared], claim_of: dict[int, Claim]) -> list[tuple[int, int]]:
    """Each statement dismissing a party's argument (``cues.ARGUMENT_DISMISSED``: "Cornyn dismissed Obama's concerns
    as unpersuasive") with each statement of its article telling that argument: the party, then a verb of arguing
    (``cues.ARGUING_VERBS``) and a hypothetical after it ("Obama warned the bill could cause chaos"). Not the party's
    every word: "Obama wrote in a letter delivered Tuesday" argues nothing. Each must be what its claim tells (its
    title's statement), as in ``_denied_links``. As positions in ``prepared``."""
    dismissals: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, item in enumerate(prepared):
        statement = item.statement
        found = _cue(statement, "argument dismissed")
        if found is not None and _title_statement(claim_of[i].statements) is statement:
            party = frozenset(_content_stems(found.group("party") or found.group("owner")))
            if party:
                dismissals[statement.article].append((i, party))
    pairs = []
    for j, item in enumerate(prepared):
        statement = item.statement
        arguing = _ARGUING_VERB.search(statement.text) if statement.article in dismissals else None
        if (arguing is None or statement.negated or not _HYPOTHETICAL_MODAL.search(statement.text, arguing.end())
                or _title_statement(claim_of[j].statements) is not statement):
            continue
        arguer = frozenset(_content_stems(statement.text[: arguing.start()]))
        pairs.extend((i, j) for i, party in dismissals[statement.article] if i != j and party <= arguer)
    return pairs


_TERM_BID = re.compile(cues.TERM_BID, re.IGNORECASE)
_TERM_BID_NEGATED = re.compile(cues.TERM_BID_NEGATED, re.IGNORECASE)
_TERM_BID_OPEN = re.compile(cues.TERM_BID_OPEN, re.IGNORECASE)
_TERM_BID_UNSURE = re.compile(cues.TERM_BID_UNSURE, re.IGNORECASE)


def _term_bid(text: str) -> bool | None:
    """Does the sentence tell that someone will run for another term (True), that he will not (False), or neither
    (None: no bid, several, one only weighed, "whether to run for re-election", or a negation before it that the
    bid does not follow)?"""
    bids = list(_TERM_BID.finditer(text))
    if len(bids) != 1 or _TERM_BID_OPEN.search(text, 0, bids[0].start()):
        return None
    before = text[: bids[0].start()]
    if _TERM_BID_NEGATED.search(before):
        return False
    return None if _TERM_BID_UNSURE.search(before) else True


def _opposed_term_bids(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement telling that someone will not run for another term (``cues.TERM_BID_NEGATED``) with each of its
    article telling that he will ("will not seek a second term" / "the chairman would indeed be seeking another
    term"), sharing a name: they share no negated verb, so ``_link_contradictions`` cannot meet them. Within one
    article, where both tell one race at one time; across articles the later may be the news of a change of mind.
    As positions in ``prepared``."""
    bids: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for i, item in enumerate(prepared):
        running = _term_bid(item.statement.text) if _cue(item.statement, "term bid") else None
        if running is not None:
            bids[item.statement.article].append((i, running))
    return [(i, j) for told in bids.values() for i, running in told if not running
            for j, other in told if other and _written_names(prepared[i]) & _written_names(prepared[j])]


_NO_CASUALTIES = re.compile(cues.NO_CASUALTIES, re.IGNORECASE)


def _denied_casualties(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement telling no one was hurt (``cues.NO_CASUALTIES``: 'The organiser added that "no one was
    injured"') with each of its article counting the injured (or the dead): the police's "the two men suffered minor
    injuries". Its one content word leaves it a claim of its own, so nothing else meets it. As positions in
    ``prepared``."""
    counting: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, item in enumerate(prepared):
        statement = item.statement
        for figure in statement.figures:
            if not statement.negated and figure.counted in cues.CASUALTY_COUNTED.values() and figure.value:
                counting[statement.article, figure.counted].append(j)
    pairs = []
    for i, item in enumerate(prepared):
        denial = _cue(item.statement, "no casualties")
        if denial is not None:
            counted = cues.CASUALTY_COUNTED[denial.group("what").lower()]
            pairs.extend((i, j) for j in dict.fromkeys(counting[item.statement.article, counted]))
    return pairs


def _written_names(item: _Prepared) -> frozenset[str]:
    """The stems of the capitalised words of the whole sentence, not only of its claim clause: "Steele has been
    unpredictable, and some close to him say he wants to run for another term" names whom "he" is before it."""
    return frozenset(_stem(word) for word in _NAME_WORD.findall(item.statement.text) if word.lower() not in STOPWORDS)


def _contradict(first: Claim, second: Claim) -> None:
    if second.id not in first.contradicts:
        first.contradicts.append(second.id)
        second.contradicts.append(first.id)


def _settle_denials(group: list[Statement], prepared: list[_Prepared]) -> None:
    """A denial disputes its claim only if what it denies is what the claim's other statements put forward:
    among statements that themselves deny ("China denied the reports", "Beijing has denied making the
    shipments") it agrees, and "disputed claims of racism and called on the group to withdraw" disputes
    nothing of a claim that the group was called on to withdraw; a denial of an act, only the act its claim tells
    (``_denies_told_act``). A denial naming nothing of its own ("denied the reports") disputes whatever its claim
    tells."""
    if len(group) < 2 or all(statement.stance != "disputes" for statement in group):
        return
    forward = [p for p in prepared if not p.statement.negated]
    if 2 * len(forward) < len(group):
        forward = []  # the claim is itself a denial, which its denials share
    told = frozenset().union(*(_asserted_terms(p) for p in forward))
    told_events = told & frozenset().union(*(_told_events(p) for p in forward))
    reported_denied = frozenset().union(*(_quoted_denial_terms(p.statement.text) for p in forward))
    for item in prepared:
        statement = item.statement
        if statement.stance != "disputes":
            continue
        denied = denied_terms(statement.text)
        # A denial that something happened disputes only a claim that tells it happened: names or things both
        # mention are not yet the same fact ("denied that the girls were exchanged" among "the girls were freed").
        # A denial of a thing ("refrained from confirming the presence of engineers") is compared by its words.
        compared = told
        if denied is not None and denied & item.whole.events and _denies_happening(statement.text):
            denied &= item.whole.events
            compared = told_events
        # A denial of only what the claim's statements tell was denied is that denial told again: it agrees with them.
        if (not forward or (denied is not None and (not denied & compared or denied <= reported_denied))
                or not _denies_told_act(statement.text, forward)):
            statement.stance = _stance_besides_denial(statement.text)


# A verb of being before a denial: what was denied is its subject ("any allegations … were unequivocally denied").
_BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# Where the subject of such a denial starts: after a clause's end or a "that".
_DENIED_SUBJECT_START = re.compile(rf"{_DENIAL_SCOPE_END.pattern}|\bthat\b")


@lru_cache(maxsize=65536)
def _quoted_denial_terms(sentence: str) -> frozenset[str]:
    """The stems of what a sentence tells was denied in words it quotes, which ``denied_terms`` does not read: "…and
    that any allegations of bribery were “flatly denied”" → briberi. Empty for none."""
    unquoted = _QUOTE_MARKS.sub(" ", sentence)
    if unquoted == sentence:
        return frozenset()
    found = _denial(unquoted)
    if found is None:
        return frozenset()
    match, is_verb = found
    being = _BEING_BEFORE.search(unquoted, 0, match.start())
    if not is_verb or being is None:
        return denied_terms(unquoted) or frozenset()
    subject = _REPORT_NOUN.sub(" ", _DENIED_SUBJECT_START.split(unquoted[: being.start()])[-1])
    return frozenset(stem for stem in _content_stems(subject) if stem not in _TIME_STEMS)


def _mark_disputes(group: list[Statement], prepared: list[_Prepared]) -> None:
    """In a claim most of whose statements put a proposition one way, a statement that puts
    the same predicate the other way disputes it: "did not see any casualties" among "at
    least 12 killed", "wants to run for another term" among "will not run again". Only the
    predicate counts: "…but didn't derail" does not dispute that trains collided. With no
    clear majority, nothing is marked."""
    if len(group) < 2:
        return  # most claims: one statement, which is its own majority
    negated = [p for p in prepared if p.statement.negated]
    if 2 * len(negated) == len(group):
        return
    majority_negated = 2 * len(negated) > len(group)
    for item in prepared:
        if item.statement.stance == "disputes" or item.statement.negated == majority_negated:
            continue
        others = [p for p in prepared if p.statement.negated == majority_negated]
        if item.statement.negated:
            if not _negation_of_told_subject(item, others):
                continue
            shared = frozenset().union(*(_negation_met(item, p) for p in others))
        else:
            others = [p for p in others if _negation_of_told_subject(p, [item])]
            shared = frozenset().union(*(_negation_met(p, item) for p in others))
        # A word of what happened on both sides: the "called" of "the so-called Panama Papers" names
        # nothing that happened, and "it shouldn't be called the Panama Papers" disputes nothing there. Or the
        # same state of the same subject, told by a copula ("is not out of control" / "has been out of control").
        if (shared & _told_events(item) & frozenset().union(*(_told_events(p) for p in others))
                or _state_negated(item, others)):
            item.statement.stance = "disputes"


# A verb of foretelling with no clause break before the negation; not one made an adjective ("self-proclaimed").
_FORETOLD_BEFORE = re.compile(rf"(?<![\w-])(?:{cues.FORETELLING_VERBS})\b[^,;.]*$", re.IGNORECASE)
_NEGATED_CLAUSE_OPENING = re.compile(cues.NEGATED_CLAUSE_OPENING, re.IGNORECASE)
_ADDRESSED_SUBJECT = re.compile(rf"\s*(?:{cues.ADDRESSED_SUBJECTS})\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|it|they)\b(?:\s+\S+)?\s*", re.IGNORECASE)


def _negation_of_told_subject(negated: _Prepared, told: list[_Prepared]) -> bool:
    """Does a negation of ``negated``'s main proposition (as ``negated_terms`` reads them) negate its own predicate
    about a subject ``told`` names: not what someone foretold or vowed ("Sianis proclaimed the Cubs would never win":
    ``cues.FORETELLING_VERBS``), not words addressed to "you" (a quoted curse: "You are never going to win a World
    Series again"), nor a subject none of ``told`` names ("His team-mate did not win the race" beside "Reyes won the
    race"), read only where the negation is in the main clause. A pronoun subject opening it stands for its referent.
    A negation in a clause within, one of a pronoun whose referent is not known, and one a denial verb makes, are
    taken to be of the told subject."""
    scopes = [before for before, _, _ in _negation_scopes(negated.statement.text)
              if not _IN_RELATIVE_CLAUSE.search(before)]
    if not scopes:
        return True
    named = frozenset().union(*(_asserted_terms(p) | p.stand_in | p.people for p in told))
    for before in scopes:
        if _FORETOLD_BEFORE.search(before):
            continue
        clauses = _NEGATED_CLAUSE_OPENING.split(before)
        if _ADDRESSED_SUBJECT.match(clauses[-1]):
            continue
        if len(clauses) > 1:
            return True  # a clause within ("All he knew was that the inquiry was not…"): whose, it does not tell
        stems = frozenset(_content_stems(before))
        if not stems and _PRONOUN_SUBJECT.fullmatch(before):
            stems = negated.stand_in
        if not stems or stems & named:
            return True
    return False


_STATE_BEFORE = re.compile(cues.STATE_BEFORE, re.IGNORECASE)
_STATE_AFTER = re.compile(cues.STATE_AFTER, re.IGNORECASE)
_PART_OF_DAY = re.compile(cues.PART_OF_DAY, re.IGNORECASE)
_STATE_CLAUSE_END = re.compile(cues.STATE_CLAUSE_END, re.IGNORECASE)
_STATE_NAME = re.compile(r"\b[A-Z][\w'’.-]*")


@lru_cache(maxsize=1)
def _opposite_states() -> dict[str, frozenset[str]]:
    """``cues.OPPOSITE_STATES`` as stems, both ways round: each state's stem → the stems of the states opposite it."""
    found: dict[str, set[str]] = defaultdict(set)
    for first, second in cues.OPPOSITE_STATES:
        found[_stem(first)].add(_stem(second))
        found[_stem(second)].add(_stem(first))
    return {state: frozenset(opposite) for state, opposite in found.items()}


@lru_cache(maxsize=1)
def _state_words() -> re.Pattern[str]:
    """The words that may tell one of ``cues.OPPOSITE_STATES`` (by its first four letters, which its inflections keep):
    most sentences hold none, and their words need no stemming."""
    openings = sorted({word[:4] for pair in cues.OPPOSITE_STATES for word in pair})
    return re.compile(rf"\b(?:{'|'.join(openings)})", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _dated_states(sentence: str) -> frozenset[tuple[str, str | None, frozenset[str]]]:
    """The states of ``cues.OPPOSITE_STATES`` the sentence tells of a subject (``cues.STATE_BEFORE``), each with the
    one day its clause names (None for none, several, or a time within the day: ``cues.PART_OF_DAY``) and the stems of
    the names before it in that clause: "The A42 is expected to remain closed on Wednesday" → (close, wednesday,
    {a42})."""
    if not _state_words().search(sentence):
        return frozenset()
    opposite = _opposite_states()
    found = set()
    for word in _WORD.finditer(sentence):
        state = _stem(word.group(0).lower())
        if (state not in opposite or not _STATE_BEFORE.search(sentence, 0, word.start())
                or not _STATE_AFTER.match(sentence, word.end())):
            continue
        opening = max((m.end() for m in _STATE_CLAUSE_END.finditer(sentence, 0, word.start())), default=0)
        closing = _STATE_CLAUSE_END.search(sentence, word.end())
        clause = sentence[opening : closing.start() if closing else len(sentence)]
        days = _dates(clause)
        day = next(iter(days)) if len(days) == 1 and not _PART_OF_DAY.search(clause) else None
        names = frozenset(_stem(name.lower()) for name in _STATE_NAME.findall(sentence, opening, word.start())
                          if name.lower() not in STOPWORDS)
        found.add((state, day, names))
    return frozenset(found)


def _mark_opposite_states(prepared: list[_Prepared]) -> None:
    """In a claim, a statement telling a thing's state on a day (``_dated_states``) opposite to the state another
    article tells of it that day disputes it, on the side fewer of the claim's statements take: "engineers cleared
    it to reopen … on Wednesday" against "The A42 is expected to remain closed on Wednesday" and "The bridge has been
    closed". One thing: not two names heading the two states, none shared ("Gorilla World will be closed" is no state
    of "the Zoo"). Not two days ("closed on Tuesday" / "reopened on Wednesday": news since), nor within one article,
    which tells how the state changed."""
    if len({item.statement.article for item in prepared}) < 2:
        return  # nearly every claim: no sentence needs reading for its states
    told = {id(item): _dated_states(item.statement.text) for item in prepared if not item.statement.negated}
    if len({item.statement.article for item in prepared if told.get(id(item))}) < 2:
        return
    opposite = _opposite_states()
    marked: set[int] = set()
    for item in prepared:
        for state, day, names in told.get(id(item), ()):
            if day is None:
                continue
            rivals = [other for other in prepared if other.statement.article != item.statement.article
                      and any(theirs in opposite[state] and their_day == day
                              and not (names and their_names and not names & their_names)
                              for theirs, their_day, their_names in told.get(id(other), ()))]
            if not rivals:
                continue
            # Each side: those telling the state (any day) but not its opposite that day, and the reverse.
            side = [other for other in prepared
                    if any(theirs == state for theirs, _, _ in told.get(id(other), ()))
                    and not any(theirs in opposite[state] and their_day == day
                                for theirs, their_day, _ in told.get(id(other), ()))]
            against = [other for other in rivals
                       if not any(theirs == state and their_day == day for theirs, their_day, _ in told[id(other)])]
            if len(side) > len(against):
                marked.update(id(other) for other in against)
    for item in prepared:
        if id(item) in marked and item.statement.stance != "disputes":
            item.statement.stance = "disputes"


def _negation_met(negated: _Prepared, told: _Prepared) -> frozenset[str]:
    """The stems that ``negated`` negates and ``told`` puts forward. A negation of a thing ("There should be no
    one-on-one meeting between this president and Putin") meets only a statement telling that the thing is or happens
    (its main verb: "the two leaders met"; or "there will be a meeting"), not one whose own verb acts on it ("Democrats
    called for Trump to cancel his meeting with Putin" says the same). Words ``told`` writes only in a phrase it
    quotes are not put forward (``_quoted_phrase_only``)."""
    met = negated.negated_stems & _asserted_terms(told)
    if met and not told.statement.quoted:
        met -= _quoted_phrase_only(told.statement.text)
    if met and _negates_a_thing(negated.statement.text):
        parts = propositions(claim_clause(told.statement.text))
        met &= {told.predicate} | (_existing_terms(parts[0][0]) if parts else frozenset())
    return met


@lru_cache(maxsize=65536)
def _quoted_phrase_only(sentence: str) -> frozenset[str]:
    """The stems the sentence's claim clause writes only inside quoted phrases of no verb, someone's name for a thing
    that the sentence tells was said ("his claim that Afghanistan is a “war of Obama's choosing”", "a military fight
    he called “a war of Obama's choosing”"): the sentence tells the words were said, not that they are so, and "the
    war was not “a war of Obama's choosing”" disputes nothing it tells. Not a quoted clause ("the road “remains
    closed”"), which is what the sentence tells."""
    clause = claim_clause(sentence)
    phrases = [passage for passage in _QUOTED.findall(clause) if not _has_verb(passage)]
    if not phrases:
        return frozenset()
    return frozenset(_content_stems(" ".join(phrases))) - frozenset(_content_stems(_outside_quotes(clause)))


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


def _state_negated(item: _Prepared, others: list[_Prepared]) -> bool:
    """Does the statement tell the same state of the same subject (the words of one subject all in the other's) as one
    of ``others``, with the other polarity (``_state``), the negation governing that state ("The station is not out
    of control" among "The station has been completely out of control for months")?"""
    mine = item.state
    if mine is None:
        return False
    for other in others:
        theirs = other.state
        # One subject: the words of one name it whole ("China's station", "China's Tiangong station").
        if (theirs is None or theirs[1:] != mine[1:] or not (mine[0] <= theirs[0] or theirs[0] <= mine[0])):
            continue
        negated = item if item.statement.negated else other
        if mine[1] in negated.negated_stems:
            return True
    return False


def _told_events(item: _Prepared) -> frozenset[str]:
    """The stems of the statement's words of what happened, but the past participles that a hyphen
    joins to the word before ("so-called", "long-awaited", "state-owned"): those describe a thing."""
    compounds = frozenset(_stem(w) for w in re.findall(r"(?<=[A-Za-z]-)[a-z]+ed\b", claim_clause(item.statement.text)))
    return item.whole.events - compounds


_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\b")
_WHETHER = re.compile(r"\bwhether\b")
# The cues grouping's passes look for in the text of every statement (``_cue``), but few statements hold: which ones
# a statement's text holds is found with its article (``_Prepared.cues``), so that a rebuild searches only those.
# Not the cues searched only in a few statements' texts (a denial's ``_REFERRING_DENIAL``), which would cost a full
# build more than they save a rebuild.
_TEXT_CUES: dict[str, re.Pattern[str]] = {
    "no evidence given": _NO_EVIDENCE_GIVEN, "affected": _AFFECTED, "rebutted word": _REBUTTED_WORD,
    "link asserted": _LINK_ASSERTED, "argument dismissed": _ARGUMENT_DISMISSED, "term bid": _TERM_BID,
    "no casualties": _NO_CASUALTIES, "whether": _WHETHER,
}


def _cue(statement: Statement, name: str) -> re.Match[str] | None:
    """The first match of the cue ``_TEXT_CUES[name]`` in the statement's text; not searched again where the
    comparison data found with its article says the text holds none."""
    found = statement.comparison
    if found is not None and name not in found.cues:
        return None
    return _TEXT_CUES[name].search(statement.text)


def _asserted_terms(item: _Prepared) -> frozenset[str]:
    """The statement's terms outside an open question: in "announces whether he plans to
    step down or seek a second term" neither stepping down nor a second term is put forward."""
    return _asserted_stems(item.statement.text)


@lru_cache(maxsize=65536)
def _asserted_stems(sentence: str, open_question: re.Pattern[str] = _OPEN_QUESTION) -> frozenset[str]:
    clause = claim_clause(sentence)
    opened = open_question.search(clause)
    return frozenset(_content_stems(clause[: opened.start()] if opened else clause))


def _shares_only_a_question(a: _Prepared, b: _Prepared) -> bool:
    """Do the words the two share lie, in one of them, only in what a "whether" leaves open ("Republicans steered clear
    of discussing whether Mr. Trump should cancel Monday’s meeting"), while the other puts them all forward ("Reed said
    Trump should “immediately cancel his meeting”")? Whether a thing is so is no account that it is, and who asks or
    avoids asking it is another fact. Not an "if", which as often opens a condition both may restate."""
    shared = a.whole.terms & b.whole.terms
    return any("whether" in x.cues and not shared & _asserted_stems(x.statement.text, _WHETHER)
               and shared <= _asserted_stems(y.statement.text, _WHETHER) for x, y in ((a, b), (b, a)))


def _polarity(claim: Claim) -> bool:
    """Does the claim put its proposition forward (True) or deny it (False)?"""
    return 2 * sum(s.negated for s in claim.statements) < len(claim.statements)


# --- summaries, ids, disagreement -----------------------------------------------------

_MAX_SUMMARY_WORDS = 24


def summarise(statements: list[Statement]) -> str:
    """The claim's title: the reported clause ("X said that Y" → "Y") of the statement that
    states it best, preferring a named subject ("North Korea is training…") to a pronoun
    ("He has claimed…") or a fragment, then the shortest; trimmed to a few words. In a claim of
    three statements or more, a well-ranked one clearly more like the others comes first: the
    title tells what they share, not what one of them adds."""
    text = _shortened(_title(_title_statement(statements)).text)
    return text[:1].upper() + text[1:]


def _title_statement(statements: list[Statement]) -> Statement:
    """The statement ``summarise`` makes the claim's title of."""
    if len(statements) == 1:
        return statements[0]  # most claims: nothing to rank it against
    # A statement negating a phrase the claim's other statements quote ("the war was not “a war of Obama's choosing”")
    # tells the opposite of the words they report, though it disputes nothing of theirs: no title, as a denial.
    negated = [s for s in statements if s.negated]
    contrary: set[int] = set()
    if negated:  # most claims have none, and need no quoted phrase read
        quoted = frozenset().union(*(_quoted_phrase_only(s.text) for s in statements if not s.negated and not s.quoted))
        # Most claims quote no such phrase: then no negation needs reading (``negated_terms`` is the dearer half).
        contrary = {id(s) for s in negated if negated_terms(s.text) & quoted} if quoted else set()

    outdone = _outdone_counts(statements)
    told = any(map(_in_outlets_voice, statements))

    def rank(statement: Statement) -> _TitleRank:
        return _title_rank(statement, id(statement) in contrary, id(statement) in outdone, told)

    best = min(statements, key=rank)
    return _most_shared(best, statements, rank) if len(statements) >= _TITLE_SHARING_MIN else best


def _in_outlets_voice(statement: Statement) -> bool:
    """Does the statement tell its claim in its outlet's own voice: not quoted, from no named source, attributed to
    no one ("he noted that…": its claim clause is the whole sentence), and not denying it? A speaker's quote of the
    fact is then no title (``_TitleRank.quoted``)."""
    return (not statement.quoted and statement.source_name is None and statement.stance != "disputes"
            and claim_clause(statement.text).strip() == statement.text.strip())


def _outdone_counts(statements: list[Statement]) -> set[int]:
    """The statements (their ids) another article's statement of the claim tells its count better than: counting the
    story's dead, injured or missing (``_whole_count``) lower (a running count's higher figure is its update, and a
    lower bound, "at least five are dead", another member exceeds, "seven have died", is no title for both), or a
    count of people affected lower by a revision (``_affected_counts``: "143million" where another says "145.5
    million"), or opening on a count of some of them ("Three Tunisians were among the 84 people killed") where another
    opens on a whole count ("At least 84 people were killed")."""
    counts = [(id(s), s.article, f) for s in statements for f in s.figures if _whole_count(f, s.text)]
    outdone = {number for number, article, f in counts
               if any(other != article and g.counted == f.counted and g.value > f.value * _SLACK
                      for _, other, g in counts)}
    affected = [(id(s), s.article, value) for s in statements for value in _affected_counts(s)]
    outdone |= {number for number, article, value in affected
                if any(other != article and value * _SLACK < higher <= value * _AFFECTED_SLACK
                       for _, other, higher in affected)}
    openings = {id(s): _opening_count(s) for s in statements}
    tolls = {s.article for s in statements if (opening := openings[id(s)]) and opening[1]}
    outdone |= {id(s) for s in statements if (opening := openings[id(s)]) and opening[0].value is not None
                and not opening[1] and tolls - {s.article}}
    return outdone


def _opening_count(statement: Statement) -> tuple[Figure, bool] | None:
    """The figure the statement's claim clause opens on ("At least 84 people were killed…"), if any, and whether it is
    a whole count of the story's dead, injured or missing (``_whole_count``)."""
    clause = claim_clause(statement.text).lstrip()
    opening = next((f for f in statement.figures if clause.startswith(f.text)), None)
    return (opening, _whole_count(opening, clause)) if opening else None


def speaker_titled(claim: Claim) -> str:
    """The claim's title, given as its speaker's words where it is a speaker's words the claim's own sources dispute
    (``disputed_between_sources``) and it names no speaker: a quotation whose speaker only the quotes stage found
    ("Nancy said, We're not looking to impeach you" is Donald J. Trump's, which his aides dispute) would read as the
    outlet's account. Else its title unchanged."""
    said = _title_statement(claim.statements)
    name = said.source_name
    if (not said.quoted or not name or _QUOTE_MARKS.search(claim.summary)
            or name.split()[-1].casefold() in claim.summary.casefold()):
        return claim.summary
    return f"{name}: “{claim.summary}”"


# A title cut short keeps this many words at least: fewer rarely say what the claim is.
_MIN_CUT_WORDS = 12
# With no place to cut within ``_MAX_SUMMARY_WORDS`` words, a title may run on to the first one up to this many.
_LONGEST_SUMMARY_WORDS = 36
# A title is cut after this many words at least since the last comma: a shorter run is an item of a list ("police
# officers, firefighters, paramedics and…") or the opening of a phrase ("…on Sunday, a day | after the gorilla…").
_MIN_COMMA_PHRASE_WORDS = 3
_TITLE_CUT_BEFORE = cues.TITLE_CUT_BEFORE
# Words no title ends on: they need the words after them.
_DANGLING = _TITLE_CUT_BEFORE | _AUXILIARIES | {"the", "a", "an", "of", "to", "as", "that", "than"}
_CLAUSE_END = re.compile(r"[;:]$")
_COMMA_END = re.compile(r",[”\"’']?$")
_DASHES = frozenset({"-", "--", "–", "—", "―"})


def _shortened(text: str) -> str:
    """The title, or when longer than ``_MAX_SUMMARY_WORDS`` words its opening up to a clause or phrase boundary
    (``_cut_at``) and an ellipsis: the last boundary within that many words, else the first one after them up to
    ``_LONGEST_SUMMARY_WORDS`` (a longer title is better than one cut mid-phrase), else a cut at the word count. A
    quotation the cut leaves open is closed after the ellipsis."""
    words = text.split()
    if len(words) <= _MAX_SUMMARY_WORDS:
        return text
    within = range(_MAX_SUMMARY_WORDS, _MIN_CUT_WORDS - 1, -1)
    beyond = range(_MAX_SUMMARY_WORDS + 1, min(len(words), _LONGEST_SUMMARY_WORDS + 1))
    kept = next((count for count in (*within, *beyond) if _cut_at(words, count)), _MAX_SUMMARY_WORDS)
    text = " ".join(words[:kept]).rstrip(",;:-–—― ") + "…"
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count('"') % 2:
        text += '"'
    return text


def _cut_at(words: list[str], count: int) -> bool:
    """May a title keep its first ``count`` words? Where a clause or phrase ends: after a semicolon, a colon or a
    comma closing a phrase (not an item of a list), before a dash, or before a word opening a clause or phrase of its
    own (``cues.TITLE_CUT_BEFORE``); not inside a name ("Bank for International Settlements": capitals on both sides),
    not between a verb and the preposition it takes ("asked | for", "warning | for months"), never after a word that
    needs what follows ("while | at the same time"), and only where the words kept say something (a verb) with their
    brackets closed."""
    last, following = words[count - 1], words[count]
    after_comma = next((n for n in range(count - 2, -1, -1) if _COMMA_END.search(words[n])), -1)
    # The words since the last comma are a phrase, not a list's item nor a phrase's opening ("…, a day | after…").
    if last.rstrip(",;:").lower() in _DANGLING or count - 1 - after_comma < _MIN_COMMA_PHRASE_WORDS:
        return False
    if last.endswith(",") or _CLAUSE_END.search(last) or following in _DASHES:
        boundary = True
    elif following in _TITLE_CUT_BEFORE:
        in_name = last[:1].isupper() and count + 1 < len(words) and words[count + 1][:1].isupper()
        taking = last.endswith(("ed", "ing")) or last in IRREGULAR_FORMS or last in _AUXILIARIES
        boundary = not in_name and not taking
    else:
        return False
    kept = " ".join(words[:count])
    return boundary and kept.count("(") == kept.count(")") and _has_verb(kept)


class _TitleRank(NamedTuple):
    """How well a statement serves as its claim's title, compared field by field (lower is better). A denial's wording
    is the last choice: the title states the claim, not its rebuttal. Among whole clauses opening on a subject, a
    named source's words an outlet only relays ("…, according to a militant site") and a speaker's words shown without
    their marks come after the outlets' own: they would read as what the outlets agree on. A speaker's words in their
    marks come after a member telling the fact in its outlet's own voice: one speaker's quote of it is not what the
    outlets report."""

    denial: bool
    broken: bool  # unbalanced or verbless (``_Title.rank``)
    outdone: bool  # a count another article's member tells better: higher, revised, whole (``_outdone_counts``)
    fragment: bool  # opening on a pronoun or as a fragment
    relayed: bool
    spoken: bool  # a speaker's words the title shows without marks or speaker, as if they were the outlets' own
    narrated: bool  # an outlet's reading of what someone's words referred to (``cues.SPEECH_REFERENCE``)
    quoted: bool  # a speaker's words, where another member tells the fact in its outlet's own voice
    subject: int  # ``_subject_rank``
    length: int  # words
    article: str
    paragraph: int

    @property
    def flawed(self) -> bool:
        """A denial, broken, outdone, a fragment, relayed, spoken or narrated: a title only when nothing better is
        found."""
        return (self.denial or self.broken or self.outdone or self.fragment or self.relayed or self.spoken
                or self.narrated)


def _title_rank(statement: Statement, contrary: bool = False, outdone: bool = False, told: bool = False) -> _TitleRank:
    """How well the statement serves as its claim's title; ``contrary``: it negates what the claim puts forward;
    ``outdone``: another member tells its count better (``_outdone_counts``); ``told``: a member tells the claim in its
    outlet's own voice, unquoted and from no named source, which a speaker's quote then comes after."""
    title = _title(statement)
    broken, subject, length = title.rank
    return _TitleRank(statement.stance == "disputes" or contrary, broken, outdone, subject >= _PRONOUN_RANK,
                      statement.stance == "reports" and statement.source_name is not None,
                      statement.quoted and not _QUOTE_MARKS.search(title.text),
                      _SPEECH_REFERENCE.search(title.text) is not None, told and statement.quoted, subject, length,
                      statement.article, statement.paragraph)


_SPEECH_REFERENCE = re.compile(cues.SPEECH_REFERENCE, re.IGNORECASE)
# A claim this large picks its title by what its statements share (``summarise``); a pair shares all it has.
_TITLE_SHARING_MIN = 3
# The members a title is compared with: enough to tell what most of them say, few enough for a claim of hundreds.
_TITLE_PEERS = 24
# How much more like the others a statement must be than the best ranked one to be the title instead.
_TITLE_SHARING_MARGIN = 0.1
_TITLE_COPY = 0.8  # the likeness of two wordings of one sentence (a reprint, a quotation mark more or less)
_PRONOUN_RANK = 2  # ``_subject_rank`` of a clause opening on a pronoun or as a fragment


def _most_shared(best: Statement, statements: list[Statement],
                 rank: Callable[[Statement], _TitleRank] = _title_rank) -> Statement:
    """The statement whose title's terms are clearly more like the other statements' (mean Jaccard with up to
    ``_TITLE_PEERS`` of them, near copies left out) than ``best``'s are, among those that rank well as titles: not a
    denial, not broken, not relayed from a named source, opening on a subject rather than a pronoun, short enough to
    be shown whole. Else ``best``."""
    peers = [word_terms(_title(s).text) for s in statements[:_TITLE_PEERS]]

    def likeness(statement: Statement) -> float:
        terms = word_terms(_title(statement).text)
        scores = [len(terms & other) / len(terms | other) for other in peers if terms | other]
        # A statement's copies (its own, another outlet's reprint) would make what it adds look shared.
        shared = [score for score in scores if score < _TITLE_COPY]
        return sum(shared) / max(len(shared), 1)

    ranked = [(s, rank(s)) for s in statements]
    candidates = [(s, rank) for s, rank in ranked
                  if s is best or (not rank.flawed and rank.length <= _MAX_SUMMARY_WORDS)]
    chosen, _ = min(candidates, key=lambda candidate: (-likeness(candidate[0]), candidate[1]))
    return chosen if likeness(chosen) >= likeness(best) + _TITLE_SHARING_MARGIN else best


@dataclass
class _Title:
    """A statement's wording as a claim's title, and how well it serves as one (lower is better)."""

    text: str
    rank: tuple[bool, int, int]  # broken or verbless, then the subject's rank, then the length in words


def _title(statement: Statement) -> _Title:
    """The statement's title: found with its article (``find_statements``), else made now."""
    if statement.comparison is not None:
        return statement.comparison.title
    return _make_title(statement)


def _make_title(statement: Statement) -> _Title:
    text = _title_clause(statement.text, statement.referent, statement.source_name, statement.quoted)
    return _Title(text, (_unbalanced(text) or not _has_verb(text), _subject_rank(text), len(text.split())))


# Single quotation marks, told from apostrophes by the letters around them ("the 'back of …'", not "don't",
# "'til", "'em", "the '50s").
_SINGLE_OPENING = re.compile(r"(?<![\w])['‘](?!(?:til|em|n|s|tis|twas|cause|bout)\b|\d)(?=\w)", re.IGNORECASE)
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?![\w])")
# A single mark closing a quote after a stop or comma, no mark opened before it: the sentence opened in the quote.
_SINGLE_RUN_ON = re.compile(r"^([^'‘’\"“”]*[.,!?])['’](?=\s)")


# A sentence opening with a quotation mark: a title cut from it lost its opening mark, not its closing one.
_TRIMMED_OPENING = re.compile(r"\s*[\"“]")
# A sentence's edges a title drops whatever it quotes: spaces, a comma, a closing stop after a quotation mark.
# A list item's marker opening a sentence: "-- Prime Minister David Cameron's father ran…", "• The fund…".
_LIST_MARKER = r"[-–—―•*]+\s"
_TRIMMED_EDGES = re.compile(rf"^(?:[\s,]|{_LIST_MARKER})+|[\s.,;:]+$|[\s.,;:]+(?=[\"”]$)")
_QUOTE_MARKS = re.compile(r"[“”\"]")
# What was said, one quotation and nothing else: '"It happened on a bend."'.
_ONE_QUOTATION = re.compile(r"\s*[“\"][^“”\"]+[”\"][\s.!?]*")
# A dotted abbreviation ending a text without its last stop: "p.m", "a.m", "U.S".
_DOTTED_END = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]$")


def _marks_balanced(text: str) -> bool:
    """Does every double quotation mark in the text have its pair, and does the text have any?"""
    return ('"' in text or "“" in text) and text.count('"') % 2 == 0 and text.count("“") == text.count("”")
def _in_quotation(sentence: str, clause: str) -> bool:
    """Does the clause open within quotation marks in the sentence: between an opening and a closing mark, or before
    the closing mark of a quote the sentence opens in (``_RUN_ON_CLOSING``)?"""
    at = sentence.find(clause)
    if at < 0:
        return False
    run_on = _RUN_ON_CLOSING.match(sentence)
    return bool(run_on and at < run_on.end()) or _outside_quotes(sentence)[at].isspace()


# A straight quotation mark opening a quote, the last mark of the text: '… tweeted: "It happened'.
_LAST_MARK_OPENS = re.compile(r'(?:^|\s)"\w[^"]*$')


# The pronouns that open a quoted title given as its speaker's: the speaker's "I" and "we", and whoever "he", "they" or
# "it" is to them.
_SPEAKERS_PRONOUN = r"(?:i|we|you|my|our|he|she|his|her|they|their|it|its)\b"


@lru_cache(maxsize=65536)
def _title_clause(sentence: str, referent: str | None, source_name: str | None, quoted: bool = False) -> str:
    """The sentence without its attribution, quotation marks and final punctuation, a
    leading "he"/"she" replaced by the person the article means (``referent``); the whole
    sentence when what is left is too short or too broken to stand alone. A speaker's words
    (``quoted``) opening with a pronoun are given as theirs: whom "he" means is theirs to know."""
    def trim(text: str) -> str:
        trimmed = re.sub(rf"^(?:[\"“”'‘’\s,]|{_LIST_MARKER})+|[\s\"“”'‘’.,;:]+$", "", text)
        # An abbreviation's stop is part of it: "at 5 p.m." ends on "p.m.", not "p.m".
        return trimmed + "." if _DOTTED_END.search(trimmed) and text[len(trimmed) :].startswith(".") else trimmed

    # Opening within a quote whose closing mark the attribution cut below may take ('He said he…," Roe said.').
    run_on = _RUN_ON_CLOSING.match(sentence)
    sentence = _without_attribution_tail(DATELINE.sub("", _SPEAKER_LABEL.sub("", sentence)), title=True)
    told = claim_clause(sentence)
    framed = (_disputed_frame(sentence, told) or _mandative_frame(sentence, told)
              or _alleged_frame(sentence, told, referent))
    reported = re.sub(r"\s+", " ", framed or told)
    clause = trim(reported)
    # Not when the sentence opens on the quote: "“…,” she says, “…”" is one quotation, the last part no title alone.
    long = len(sentence.split()) > _MAX_SUMMARY_WORDS and not _TRIMMED_OPENING.match(sentence) and not framed
    asked = _QUESTION_PUT.search(clause)
    said = _QUOTE_TO_END.search(sentence) if long or asked else None
    if said and said.group("quote") not in clause:
        # Only the words before the verb were kept, too many to show what was said, or the question put to the
        # speaker: the point is the quote, given as theirs (the whole sentence when the speaker is not known).
        clause = trim(said.group("quote"))
        if asked and source_name:
            return f"{source_name}: “{_QUOTE_MARKS.sub('', clause)}”"
        if asked:
            return _TRIMMED_EDGES.sub("", sentence)
    adverbial = _LEADING_ADVERBIAL.match(clause)
    if adverbial and _stands_alone(clause[adverbial.end() :]):
        clause = clause[adverbial.end() :]  # "that in the morning, a delegation informed…"
    # Within quotation marks "he" is whom the words' speaker means ('Roe said the driver told him that “he thinks he
    # blacked out”' is the driver): no referent of the outlet's.
    if referent and _in_quotation(sentence, clause):
        referent = None
    # "Roe said he thinks…": "Roe thinks…" stands alone, as "he thinks…" would not; only where the sentence names the
    # referent, its speaker (in "A spokeswoman said he was 3" the "he" is the last person named, a guess).
    if referent and re.search(rf"\b{re.escape(referent.split()[-1])}\b", sentence):
        clause = _with_referent(clause, referent)
    if (source_name and _ONE_QUOTATION.fullmatch(reported) and _subject_rank(clause) == 2 and len(clause.split()) >= 5
            and _stands_alone(clause) and _has_verb(clause)):
        # 'Jo Roe, who lives nearby, told the Post: "It happened on a bend"': the quote is the point, the pronoun
        # opening it the speaker's to know; given as theirs rather than with the words that introduce it.
        return f"{source_name}: “{_QUOTE_MARKS.sub('', clause)}”"
    if not framed and not _subordinate_first(clause) and (
            len(clause.split()) < 5 or not _stands_alone(clause) or not _has_verb(clause)
            or _SUBORDINATE_ONLY.match(clause) or _subject_rank(clause) == 2 and _subject_rank(trim(sentence)) < 2):
        tail = _TRAILING_ATTRIBUTION.search(_outside_quotes(sentence))
        head = trim(sentence[: tail.start() + 1]) if tail and tail.start() > 20 else ""
        # What is left before the attribution must say something itself: not "Through a spokesperson" nor
        # "Jo Roe, chairman of the club, which advocates for members" (a relative clause's verb is no main verb).
        stating = head and _has_verb(_RELATIVE_END.sub("", head)) and not _SUBORDINATE_ONLY.match(head)
        clause = head if stating else trim(sentence)
    clause = _without_lead_in(_without_comment(_LEADING_CONNECTIVE.sub("", clause), referent, source_name, quoted))
    first = _SECOND_REPORTED.split(clause, maxsplit=1)[0]
    if len(first.split()) >= 3 and _has_verb(first):
        clause = first  # "he was planning to stay and that his foundation would…": the first thing said
    if referent:
        clause = _with_referent(clause, referent)
    whole = trim(sentence)
    kept = _TRIMMED_EDGES.sub("", sentence)
    if clause == whole and kept != whole and _marks_balanced(kept) and not _ONE_QUOTATION.fullmatch(sentence):
        # The whole sentence, its quotation marks and all: '"Terrible," Jo Roe said, "my thoughts…"' keeps both pairs,
        # which the trim would have left one open and one closed.
        clause = kept
    says = _PRONOUN_SAYS.match(whole) if quoted and source_name else None
    if says and run_on:
        # '… He said he thinks he blacked out."' lies in the speaker's quote: "he" is whom they tell of, never
        # themselves, and what he said is what the speaker says.
        return f"{source_name}: “{trim(_QUOTE_MARKS.sub('', run_on.group(0)))}”"
    if says:  # "He says they look “…”": the outlet's words for the speaker's, not the speaker's own to quote
        clause = source_name + whole[says.end():]
    # A quote the trim took the closing mark of ("She wrote, “Never again"): closed again, not stripped of its marks.
    left_open = clause.count("“") == clause.count("”") + 1 and clause.rfind("“") > clause.rfind("”")
    opened = bool(_TRIMMED_OPENING.match(sentence))
    if left_open and not opened:
        clause += "”"
    elif clause.count('"') % 2 and not opened and (sentence.rstrip(" .!?").endswith('"')
                                                    or _LAST_MARK_OPENS.search(clause)):
        clause += '"'  # and 'He tweeted: "It happened.' runs on into the next sentence: closed where the title ends
    if clause.count("“") != clause.count("”") or clause.count('"') % 2:
        clause = re.sub(r"[“”\"]", "", clause)  # a quote cut open by the trim: drop its marks
    opening, closing = _SINGLE_OPENING.findall(clause), _SINGLE_CLOSING.findall(clause)
    ending = sentence.rstrip(" .!?")[-1:]
    if len(opening) == len(closing) + 1 and ending in "'’" and clause[-1:] not in "'’":
        clause += ending  # "praised as an 'elegantly understated boon'": the trim took its closing mark
        closing.append(ending)
    if _SINGLE_RUN_ON.match(clause):  # "Chicago, it happened,' Roe said": a quote the sentence opened in
        clause = _SINGLE_RUN_ON.sub(r"\1", clause, count=1)
    if len(opening) > len(closing):  # more closing marks are plural possessives: "the players' union"
        clause = _SINGLE_CLOSING.sub("", _SINGLE_OPENING.sub("", clause))  # "the 'back of the phone will change"
    if source_name and _speakers_pronoun(clause, quoted) and not _OUTLETS_OPENING.match(clause):
        clause = f"{source_name}: “{clause}”"  # "I saw…" is the source's own voice: say whose
    return clause


# A clause whose quotation opens after its first words: those words are the outlet's ("It will, Roe predicted, “be in
# orbit for years”"), and the pronoun opening them no speaker's.
_OUTLETS_OPENING = re.compile(r"[^“\"]+[“\"]")


# A verb that disputes what it governs: "denied that…", "rejected any claims that…", "refused to confirm the report…".
_DISPUTING_VERB = Folded(rf"\b(?:{_DISPUTE_CUES})\b")
# What may stand between such a verb and the clause it governs: a few words, its object ("any claims", "the report").
_FRAME_GAP_WORDS = 6
# A further saying after the disputed clause: "…, stating, “The decision has no connection…”".
_FURTHER_SAYING = re.compile(rf",\s+(?:{_FURTHER_SAYING_VERBS})\b")


def _disputed_frame(sentence: str, reported: str) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb that disputes what it
    governs, itself not negated, introduces that clause: what a subject denies, rejects or declines to confirm is no
    fact to title a claim with, so the title keeps who disputes it ("The Bureau rejected any claims that the funds
    were tied to the meeting", not "The funds were tied to the meeting"); a further saying ("…, stating, “…”") is left
    out. None otherwise: "did not deny that…" puts its clause forward."""
    start = sentence.find(reported)
    if start <= 0:
        return None
    plain = _outside_quotes(sentence[:start])
    verb = next(reversed(list(_DISPUTING_VERB.finditer(plain))), None)
    if verb is None or _NEGATED.search(plain[: verb.start()]) or (
            _DENY.search(verb.group(0)) and _WITHHELD.match(plain, verb.end())):
        return None
    between = plain[verb.end() :]
    if len(between.split()) > _FRAME_GAP_WORDS or any(
            not _REPORT_NOUN.fullmatch(cue.group(0)) for cue in _CUE.finditer(between)):
        return None
    further = _FURTHER_SAYING.search(reported)
    return sentence[:start] + (reported[: further.start()] if further else reported)


# A verb of demanding just before the clause it governs: "is now insisting that …", "demanded that …".
_MANDATIVE_FRAME = re.compile(rf"\b(?:{cues.MANDATIVE_VERBS})\s+that\s*$", re.IGNORECASE)
# A subjunctive's bare "be" ("that the vote be delayed"), no tense.
_BARE_BE = re.compile(r"\b(?:not\s+)?be\b")


# A verb of alleging right before the clause it governs: "The militant claims …", "Roe alleged that …".
_ALLEGING_FRAME = re.compile(rf"\b(?:{cues.ALLEGING_VERBS})\s+(?:that\s+)?$", re.IGNORECASE)


def _alleged_frame(sentence: str, reported: str, referent: str | None) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb of alleging
    (``cues.ALLEGING_VERBS``) governs that clause: the title keeps who claims it ("The militant claims some girls were
    killed in an airstrike", not "Some girls were killed in an airstrike", a party's word shown as fact). None
    otherwise: "said that …" puts its clause forward; and where the sentence opens on a pronoun while the clause's
    "he" has a ``referent`` ("They claimed he did not seem religious"): the title would give that name to "they"."""
    start = sentence.find(reported)
    if start <= 0 or not _ALLEGING_FRAME.search(_outside_quotes(sentence[:start])):
        return None
    return None if referent and _LEADING_PRONOUN.match(sentence) else sentence[:start] + reported


def _mandative_frame(sentence: str, reported: str) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb of demanding governs that
    clause and no verb with a tense comes before the clause's first comma: "Congress appropriate $5 million" is a
    subjunctive, what someone wants done and no sentence, so the title keeps who wants it ("Roe is insisting that
    Congress appropriate $5 million"). None otherwise: "insisted that the vote was fair" puts its clause forward."""
    start = sentence.find(reported)
    if start <= 0 or not _MANDATIVE_FRAME.search(_outside_quotes(sentence[:start])):
        return None
    head = re.split(r"[,;:]", reported, maxsplit=1)[0]
    return None if _STATING.search(_BARE_BE.sub("", head)) else sentence[:start] + reported


def _speakers_pronoun(clause: str, quoted: bool) -> bool:
    """Does the clause open on a pronoun its title gives as a source's words: "I", "we", … (any ``_SPEAKERS_PRONOUN`` in
    a speaker's ``quoted`` words)?"""
    return bool(re.match(_SPEAKERS_PRONOUN if quoted else r"(?:i|we|you|my|our)\b", clause, re.IGNORECASE))


def _without_comment(clause: str, referent: str | None, source_name: str | None, quoted: bool) -> str:
    """The clause without the writer's comment opening it ("Not surprisingly, he plans…", "Of course, the vote…"),
    where what follows opens on its subject or on a pronoun the title names (whom "he" means, the speaker of "I"):
    "Unfortunately, it hasn't…" keeps it, "It hasn't…" no better a title."""
    found = _COMMENT_OPENING.match(clause)
    if not found:
        return clause
    rest = clause[found.end():]
    named = referent and _with_referent(rest, referent) != rest or source_name and _speakers_pronoun(rest, quoted)
    return rest if named or _subject_rank(rest) < _PRONOUN_RANK else clause


_TITLE_LEAD_IN = re.compile(cues.TITLE_LEAD_IN)
_TITLE_AS_REPORTED = re.compile(cues.TITLE_AS_REPORTED, re.IGNORECASE)


def _without_lead_in(clause: str) -> str:
    """The clause without the writer's lead-in to it ("Take it away, Jo: “…”", "Here's a clue: As the Gazette reported,
    “…”"), when what follows stands alone: the lead-in tells the reader where to look, not the fact. Not a speaker's
    "Jo Roe said:", which says whose words follow, nor a clause of its own ("The plan has two parts: …")."""
    for pattern in (_TITLE_LEAD_IN, _TITLE_AS_REPORTED):
        found = pattern.match(clause)
        if not found:
            continue
        lead, rest = found.group(0), clause[found.end() :]
        # A lead-in with a verb of saying or a finite verb ("The study was split in two parts: the sampling, …")
        # says something itself: what follows may be a list, not a clause.
        if pattern is _TITLE_LEAD_IN and (set(re.findall(r"[a-z]+", lead.lower())) & speech.REPORTING_VERBS
                                          or _FINITE.search(lead)):
            continue
        if _stands_alone(rest.lstrip("“\"‘'")) and _has_verb(rest) and len(rest.split()) >= 5:
            clause = rest
    return clause


_LEADING_PRONOUN = re.compile(r"(?:(?P<subject>he|she|it|they)|(?P<owner>its|their))\b", re.IGNORECASE)
# A copula after "it"/"they" ("it was a banned test", "they were among the dead"): the pronoun may be the thing
# spoken of, not the speaker; a participle after it ("it was investigating") keeps the speaker the subject.
_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were|['’]s|['’]re|(?:has|have|had|will|would) been|(?:will|would) be)"
                           rf"\s+(?!(?:(?:{cues.MODAL_FILLERS}|[a-z]+ly)\s+)*[a-z]+(?:ing|ed)\b)", re.IGNORECASE)


def _with_referent(clause: str, referent: str) -> str:
    """The clause with its leading pronoun replaced by whom it means: "he thinks…" → "Roe thinks…", "its offer…" →
    "Acme's offer…"; an "it"/"they" before a copula is left ("it was a banned test" may not be the speaker)."""
    found = _LEADING_PRONOUN.match(clause)
    if not found:
        return clause
    if found.group("owner"):
        return f"{referent}'s{clause[found.end():]}"
    if found.group("subject").lower() in ("it", "they") and (_COPULA_AFTER.match(clause, found.end())
                                                             or clause[found.end():found.end() + 1] in "'’"):
        return clause  # "it's not just…": a copula contracted
    rest = _expanded_contraction(clause[found.end():])
    return clause if rest is None else referent + rest


# The verbs a "he’ll", "she’s" or "he’d" stands for, written out when a name replaces the pronoun ("Roe’ll" is no
# English): "’ll" is "will"; "’s" and "’d" are each two verbs, told by the word after them (adverbs skipped: "he’s
# not running"); where it does not tell ("he’s expected to", "he’d come"), None.
_CONTRACTED_ON_PRONOUN = re.compile(r"['’](?P<verb>ll|s|d)\b(?:\s+(?:(?:not|never|also|still|just|already|now|"
                                    r"long|really|probably)\s+)*)?(?P<next>[a-z]+)?")
_CONTRACTION_VERBS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("ll", "will", re.compile(r"[a-z]*")),
    ("s", "has", re.compile(r"been|got|gotten")),
    ("s", "is", re.compile(r"[a-z]+ing|a|an|the|no|in|at|on|out|back|from|about|to|expected|due|(?:un)?likely|"
                           r"(?:un)?able|ready|poised|keen|intent|aware|sure")),
    ("d", "had", re.compile(r"been|better|got|gotten|[a-z]*[^e\W]ed")),
    ("d", "would", re.compile(r"be|have|like|love|rather|prefer")),
)


def _expanded_contraction(rest: str) -> str | None:
    """``rest``, what follows a pronoun, with a verb contracted onto the pronoun written out ("’ll make" → " will
    make"); unchanged without one; None when the contraction's verb is not clear from what follows it."""
    found = _CONTRACTED_ON_PRONOUN.match(rest)
    if not found:
        return rest
    following = found.group("next") or ""
    for contracted, verb, before in _CONTRACTION_VERBS:
        if found.group("verb").lower() == contracted and before.fullmatch(following):
            return f" {verb}{rest[found.end('verb'):]}"
    return None


# A second clause of reported speech: "(he said) he would stay in the area and that his foundation would…"; not "that"
# as a pronoun, the subject or owner of what follows ("one product and that is secrecy", "and that of his rival").
_SECOND_REPORTED = re.compile(r",?\s+and that\s+"
                              r"(?!(?:is|was|were|are|would|will|has|had|of|means?|made|makes)\b|['’]s\b)")


# What follows a complete statement to say who made it, cut from a title's end (the saying verb
# written in lower case, so that the "States" of a name is none):
_SAYING = r"(?:said|says|added|adds|noted|notes|stated|states|told|tells|wrote|writes|reported|reports|argued|" \
          r"insisted|warned|explained|predicted|predicts)"
# A quotation from a saying verb to the sentence's end: what was said after many words before the verb ("When asked
# whether…, Jo Roe, the longtime producer of the show, said, “…”").
_QUESTION_PUT = re.compile(cues.QUESTION_PUT, re.IGNORECASE)
_QUOTE_TO_END = re.compile(rf"\b{_SAYING}[,:]?\s+(?P<quote>[“\"][^”\"]+[”\"]?)\s*$")
_PRONOUN_SAYS = re.compile(rf"(?:he|she)\b(?=\s+(?:{_SAYING}|tweeted|tweets)\b)", re.IGNORECASE)
_NOT_ATTRIBUTION = r"(?:and|but|or|while|which|that|who|whom|as|because|when|after|before|if|since|although)"
# A word that opens or carries a clause: after the verb it makes the words a second statement
# ("…, the director told Deadline it was her idea"), not who said it or where.
_AUXILIARY = r"(?:was|were|is|are|has|have|had|will|would|could|can)"
_CLAUSE_WORD = rf"\b(?:that|it|they|he|she|we|I|there|this|{_AUXILIARY})\b"
_FINITE_WORD = _REGULAR_FINITE
_ATTRIBUTION_TAILS = (
    # everything after a closed quotation that goes on to say who spoke, however long their role:
    # "“…,” James Steele, chief of the Central Mat-Su Fire Department, told the newspaper, adding …"
    re.compile(rf"(?<=[,.!?])[”\"]\s+(?=[^“”\"]{{0,150}}?\b{_SAYING}\b)[^“”\"]*$"),
    # inverted, the speaker and a role after the verb: "…, said Jane Roe, a spokeswoman for the ministry",
    # "…, reported French media, adding that…"
    # (the words up to the next comma name the speaker: no verb among them)
    re.compile(rf"[,”\"]\s*{_SAYING}\s+(?:[A-Z]|(?:the|a|an|one|another)\s)(?![^,”\"]*{_FINITE_WORD})[^”\"]*$"),
    # the speaker before the verb: "…, he said", "“…,” Roe said in a television address", "…, Roe told CNN"
    # (the words before the verb name the speaker: no conjunction or auxiliary among them)
    re.compile(rf"[,”\"]\s*(?:(?!(?:{_NOT_ATTRIBUTION}|there|{_AUXILIARY})\b)[\w'’.-]+\s+){{1,8}}?{_SAYING}\b"
               rf"(?![^”\"]*{_CLAUSE_WORD})[^”\"]{{0,60}}$"),
    # a source relayed by a participle: "…, citing the prosecutor's office", "…, citing Reuters", "…, citing the
    # country's Central Election Commission" (a name right after the determiner or a possessive: a body; not "citing
    # the political upheaval in Vell", a reason)
    re.compile(r",\s*citing\s+(?:[A-Z]|(?:the|a|an|its|his|her|their)\s+(?:[\w-]+['’]s?\s+)?[A-Z]|"
               r"(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
               r"(?:office|officials?|sources?|spokes\w+|ministry|police|reports?|statements?|agency|"
               r"newspapers?|media|documents?|witnesses|people)\b)[^”\"]*$"),
    # the speaker's further words, after the statement: "…, adding that the driver was shot"
    re.compile(r",\s*(?:adding|noting|saying)\s+that\s[^”\"]*$"),
)
# A title also cuts a verb closing a speaker's quotation (``cues.CLOSING_SAYING_VERBS``), with the few words naming
# the speaker and nothing after it but a word or two ("“… what the president has said,” she concluded", "“…,” the
# speaker continued"): what is compared of a statement (``claim_clause``) keeps it, as these verbs also open a
# statement's own clause ("…, amid a continued sell-off"; cut there, they changed more joins wrongly than right).
_TITLE_ATTRIBUTION_TAILS = (
    *_ATTRIBUTION_TAILS,
    # a name and its role set off by commas before the verb: "…, Jo Roe, director of the Vell port, said on Monday",
    # "…, another brother, Jo Roe, of Vell, said" (the role holds no verb of its own)
    re.compile(rf",\s+(?:(?:the|a|an|another|his|her|their)\s+(?![^,]*{_FINITE_WORD})[^,”\"]{{1,40}},\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*,\s+(?![^,”\"]*{_FINITE_WORD})[^,”\"]{{1,80}},\s*"
               rf"{_SAYING}\b(?![^”\"]*{_CLAUSE_WORD})[^”\"]{{0,60}}$"),
    re.compile(rf"[”\"]\s*(?:(?!(?:{_NOT_ATTRIBUTION}|there|{_AUXILIARY})\b)[\w'’.-]+\s+){{1,8}}?"
               rf"(?:{cues.CLOSING_SAYING_VERBS})\b(?![^”\"]*{_CLAUSE_WORD})(?:\s+[\w'’.-]+){{0,2}}[.!?]?\s*$"),
)


# A verb that _has_verb does not see: "I am leaving…", or one written into its subject:
# "There's no way…", "It's a dream…", "We're done…".
_CONTRACTED_VERB = re.compile(r"\b(?:it|there|that|he|she|what|here|who)['’]s\b|['’](?:re|ve|ll|m)\b|n['’]t\b|"
                              r"\bI am\b", re.IGNORECASE)
# A relative clause closing what is left ("The fitter, who suffered a bruised shoulder, said…"):
# its verb is not the statement's.
_RELATIVE_END = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,]*$")


def _without_attribution_tail(sentence: str, title: bool = False) -> str:
    """The sentence without the attributions that follow its statement ("Y, X said, adding
    that Z" → "Y"), cut one after another while what is left still holds a clause; a tail
    inside a quotation is the speaker's own words and stays. For a ``title``, a verb closing a quotation says who
    spoke too (``_TITLE_ATTRIBUTION_TAILS``), and a sentence opening inside a quotation (its opening mark in the
    sentence before: 'He certainly was at risk," Roe tells Vell Radio.') is quoted up to its closing mark."""
    tails = _TITLE_ATTRIBUTION_TAILS if title else _ATTRIBUTION_TAILS
    while True:
        run_on = _RUN_ON_CLOSING.match(sentence) if title else None
        plain = " " * run_on.end() + _outside_quotes(sentence[run_on.end() :]) if run_on else _outside_quotes(sentence)
        for tail in tails:
            found = tail.search(sentence)
            if found and plain[found.start() + 1 :] == sentence[found.start() + 1 :]:
                head = sentence[: found.start()]
                main = _RELATIVE_END.sub("", head)
                if (len(re.findall(r"[\w'’-]+", head)) >= 4 and (_has_verb(main) or _CONTRACTED_VERB.search(main))
                        and not _SUBORDINATE_ONLY.match(head)):
                    sentence = head
                    break
        else:
            return sentence


_VERB_LIKE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
                        r"do|does|did|[a-z]{2,}ed|[a-z]+[^s\W]s)\b")


def _has_verb(clause: str) -> bool:
    """Can the clause hold a verb? A lower-case word with a verb's form or an auxiliary:
    "Dean McCarron, principal analyst at Mercury Research" has none (a name and its role,
    left over after "…, said"); a headline's "Man charged…" has one."""
    return bool(_VERB_LIKE.search(clause)) or any(w in IRREGULAR_FORMS for w in re.findall(r"\b[a-z]+\b", clause))


# A transcript's speaker label ("SHAPIRO: We have seen video …"): who speaks, which the source says.
_SPEAKER_LABEL = re.compile("^" + speech.SPEAKER_LABEL)
_SALUTATION = re.compile("^" + cues.SALUTATION, re.IGNORECASE)
# "However, Singh refrained…": the link to the previous sentence means nothing in a title.
_LEADING_CONNECTIVE = re.compile(r"^(?:however|meanwhile|moreover|but|and|also|plus|still|yet|instead(?!\s+of)|"
                                 r"rather(?!\s+than)),?\s+", re.IGNORECASE)
# A subordinate clause with no main clause after it ("While some members welcomed the vote", the rest of the sentence
# cut as its attribution): what it concedes or sets a time for is no statement by itself.
_SUBORDINATE_ONLY = re.compile(rf"^(?:{cues.SUBORDINATORS})\b[^,;:]*$", re.IGNORECASE)
# A subordinate clause, then the main clause after its comma: "while the research is “interesting,” there might be…".
_SUBORDINATE_FIRST = re.compile(rf"^(?:{cues.SUBORDINATORS})\b[^,;:]*,[”\"’]?\s+(?P<main>.+)$", re.IGNORECASE)
_COMMENT_OPENING = re.compile("^" + cues.COMMENT_OPENING, re.IGNORECASE)


_FRAGMENT_START = {"and", "but", "or", "to", "in", "on", "of", "for", "with", "as", "which", "who", "that",
                   "specifically", "because", "while", "despite", "after", "before", "when", "if"}
_ANSWER_CONJUNCTIONS = {"that", "because"}
_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "there", "it", "its", "today", "in", "on"}


_DETERMINERS = {"the", "a", "an", "this", "these", "those", "some", "many", "most", "all", "several", "both",
                "each", "every", "no", "one", "two", "three", "four", "five", "about", "at", "more", "nearly",
                "over", "up", "around", "almost", "only", "just"}
# Words that open a clause as its subject: "what they found was a ring…".
_CLAUSE_SUBJECTS = {"what", "whatever"}
# Lower-case words before an auxiliary that are no subject of a title: "you can expect…" is the reader's, not a fact.
_NOT_NOUNS = {"you", "him", "them", "us", "me", "one"}
_TIME_WORDS = set(WEEKDAYS.split("|")) | set(MONTHS.split("|")) | {"yesterday", "today", "tonight", "tomorrow"}
_TIME_STEMS = frozenset(_stem(word) for word in _TIME_WORDS)


# When the reported clause opens: "in the morning, ", "on Monday, ", "earlier this week, ".
_LEADING_ADVERBIAL = re.compile(r"(?:in|on|at|during|earlier|later|last|this|early|late)\b[^,]{0,30},\s+")
# An item of a list read out in a quote: "Two – yet another breach of…" names no subject.
_ENUMERATOR = re.compile(r"(?:one|two|three|four|five|first|second|third|firstly|secondly|\d)\s*[–—-]\s",
                         re.IGNORECASE)


def _subordinate_first(clause: str) -> bool:
    """Does the clause open on a subordinate clause before its main one, a sentence of its own ("while the research is
    “interesting,” there might be ways to read the data…", which "X said that…" reports)?"""
    first = _SUBORDINATE_FIRST.match(clause)
    main = first["main"] if first else ""
    return len(main.split()) >= 3 and _has_verb(main) and _stands_alone(main) and not _SUBORDINATE_ONLY.match(main)


def _stands_alone(clause: str) -> bool:
    """Can the clause open a title? Not when it begins on a lower-case word other than a
    determiner or an amount ("deaths, but…", "exploits this flaw…"), on a date left over
    from the attribution ("Saturday, adding that…") or on a participle ("adding that…")."""
    first = re.match(r"[\w'’-]+", clause)
    if not first:
        return False
    word = first.group(0)
    lower = word.lower()
    if lower in _TIME_WORDS or lower.endswith("ing") and word[0].islower():
        return False
    if not word[0].islower() or lower in _DETERMINERS or lower in _PRONOUNS or lower in _CLAUSE_SUBJECTS:
        return True
    # A noun without a determiner, then its auxiliary: "negotiation can progress…", "prices have risen…".
    second = re.match(r"[\w'’-]+\s+([\w'’-]+)", clause)
    return bool(second and _AUXILIARY_VERB.fullmatch(second.group(1).lower()) and lower not in _FRAGMENT_START
                and lower not in _NOT_NOUNS and not _AUXILIARY_VERB.fullmatch(lower) and not lower.endswith("ly"))


def _unbalanced(text: str) -> bool:
    """A bracket or quotation mark without its pair: a piece cut out of a longer sentence."""
    return text.count("(") != text.count(")") or text.count("“") != text.count("”") or text.count('"') % 2 == 1


_CONTRACTED = re.compile(r"['’](?:s|re|ve|ll|d|m)$", re.IGNORECASE)
_DEMONSTRATIVES = frozenset({"this", "these", "those", "that"})
_AUXILIARY_VERB = re.compile(r"(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)(?:n['’]t)?|"
                             r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|[a-z]+['’](?:s|re|ll)")


# A subject standing for something the sentence before named, its verb right after it: "One would fund…", "The other
# was…", "Both agreed…" (not "One person died…", "Both sides agreed…").
_POINTING_BACK = re.compile(
    r"(?:one|both|neither|either|another|each|the\s+(?:other|others|latter|former))\s+([a-z’']+)\b", re.IGNORECASE)


def _points_back(clause: str) -> bool:
    """Does the clause open on a subject that only points back (``_POINTING_BACK``)? It says what the title is about no
    more than "it" would."""
    found = _POINTING_BACK.match(clause)
    verb = found[1].lower() if found else ""
    return bool(found) and bool(_AUXILIARY_VERB.fullmatch(verb) or verb in IRREGULAR_FORMS
                                or verb.endswith("ed") and verb not in _NOT_PREDICATES)


def _subject_rank(clause: str) -> int:
    """0 if the clause opens on a name ("The Kremlin…", "North Korean troops…"), 2 if on a
    pronoun or as a fragment ("he has…", "and that…"), else 1 ("the bank fired…")."""
    # "Of course, he…": the writer's comment before the subject opens no name.
    uncommented = _COMMENT_OPENING.sub("", clause)
    words = re.findall(r"[\w'’-]+", uncommented)
    # "It’s been…", "We're adding…": a pronoun with its verb contracted onto it is a pronoun; so is "this"/"these"
    # with a verb after it ("This is the first time…"), not one with its noun ("These rings…").
    first = _CONTRACTED.sub("", words[0]).lower() if words else ""
    demonstrative = first in _DEMONSTRATIVES and len(words) > 1 and _AUXILIARY_VERB.fullmatch(words[1].lower())
    # An adverb before "that" or "because" ("Basically that it…", "Mostly because…") opens an answer, not a clause;
    # not one before a preposition ("Immediately after the crash, …").
    answer = first.endswith("ly") and len(words) > 1 and words[1].lower() in _ANSWER_CONJUNCTIONS
    if (not words or first in _PRONOUNS or demonstrative or answer or words[0].lower() in _FRAGMENT_START
            or _ENUMERATOR.match(clause) or _points_back(uncommented)):
        return 2
    for word in words[:4]:  # the subject's opening words, up to the first plain one
        if word.lower() in _FUNCTION_WORDS:
            continue
        return 0 if word[0].isupper() else 1
    return 1


def _unique_slug(summary: str, used: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", summary.lower().replace("’", "").replace("'", ""))
    base = slugify(" ".join(w for w in words if w not in STOPWORDS), "claim")
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


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


# What keeps two statements that share words out of one claim, whatever their overlap (``_pair_score``), in the order
# tried (defined here, after all of them) ...
_PAIR_VETOES: tuple[Callable[[_Prepared, _Prepared], bool], ...] = (
    _negated_apart, _opposite_events, _told_of_others, _acts_of_others, _dated_apart, _shares_only_a_game,
    _records_apart, _identifiers_apart, _side_clauses_only, _two_voices, _shares_only_a_question, _countries_apart)
# ... and what keeps them apart unless they are near restatements (_COMMON_ONLY_SIMILARITY), ``_thin_share`` aside.
_LOOSE_PAIR_VETOES: tuple[Callable[[_Prepared, _Prepared], bool], ...] = (
    _shares_only_who, _shares_only_where_or_one_name, _shares_only_a_phrase, _shares_only_a_quoted_phrase, _anaphoric,
    _inquiry_apart, _generic_apart)


@dataclass(frozen=True)
class PairFeatures:
    """What the pair score of two statements of one dossier is made of (``_pair_score``), each rule apart: the inputs of
    a learned pair score (scripts/train_pairs.py)."""

    score: float  # the rule score, ``_pair_score``
    part: float  # the best score of two parts, before any lift or veto (``_best_part_score``)
    whole: float  # the weighted overlap of the two whole claim clauses (``_overlap``)
    containment: float  # the weight of the terms both clauses hold over the lighter clause's
    jaccard: float  # ... over the two clauses' weight together
    shared: int  # how many terms both clauses hold
    shared_names: int  # ... of them names in both
    story_share: float  # the share of those terms that are the dossier's story words (``_story_words``)
    common_only: bool  # they share only the dossier's common terms or story names (``_score_pairs`` drops such pairs)
    same_predicate: bool  # one main verb
    predicates_shared: int  # how many of the two main verbs the other statement writes
    first: float  # the Jaccard of the two first propositions' content stems (``_Prepared.first_stems``), 0 without one
    side_share: float  # the share of the terms both clauses hold that either writes only in a side clause
    same_holder: bool  # a capitalised stem of the first proposition's subject in common (``_Prepared.holders``)
    happening: bool  # a happening word in common (``_Prepared.happenings``)
    restated: bool  # a figure restated with a word of what it is of (``_figure_restated``)
    lifts: frozenset[str]  # the rules that lift a pair to the merge bar that hold: predicate, stand-in, lede act
    vetoes: frozenset[str]  # the vetoes of ``_pair_score`` that hold, by name, whatever the score
    kept_apart: bool  # never in one claim (``_kept_apart``)
    ledes: int  # how many of the two open their article (``_LEDE_PARAGRAPHS``)
    quoted: int  # how many of the two are quotes


def story_pair_features(statements: list[Statement]) -> Callable[[Statement, Statement], PairFeatures]:
    """The features of any two of one dossier's ``statements``, weighed as ``group_claims`` weighs them."""
    prepared = {id(item.statement): item for item in map(_prepared, statements)}
    weight = _weigh(list(prepared.values()))
    common = _common_terms(list(prepared.values()))
    story_names = _story_names(list(prepared.values()))

    def features(first: Statement, second: Statement) -> PairFeatures:
        return _pair_features(prepared[id(first)], prepared[id(second)], weight, common, story_names)

    return features


def _pair_features(a: _Prepared, b: _Prepared, weight: dict[str, float], common: frozenset[str],
                   story_names: frozenset[str]) -> PairFeatures:
    shared = a.whole.terms & b.whole.terms
    evidence = _evidence(shared, a.whole.runs, b.whole.runs, weight)
    lighter = min(a.whole.mass, b.whole.mass)
    together = a.whole.mass + b.whole.mass - evidence
    part = _best_part_score(a, b, weight)
    lifts = {"predicate": _one_predicate(a, b, weight), "stand-in": _one_act_of_one_subject_standing_in(a, b),
             "lede act": _same_lede_act(a, b)}
    vetoes = {apart.__name__.strip("_"): apart(a, b) for apart in (*_PAIR_VETOES, *_LOOSE_PAIR_VETOES)}
    vetoes["thin_share"] = _thin_share(a, b, weight)
    return PairFeatures(
        score=_pair_score(a, b, weight), part=part, whole=_overlap(a.whole, b.whole, weight),
        containment=evidence / lighter if lighter else 0.0, jaccard=evidence / together if together else 0.0,
        shared=len(shared), shared_names=len(shared & a.whole.names & b.whole.names),
        story_share=len(shared & a.whole.story) / len(shared) if shared else 0.0,
        common_only=bool(common and not shared - common or _shares_only_story_names(a, b, story_names)),
        same_predicate=bool(a.predicate and a.predicate == b.predicate),
        predicates_shared=sum(bool(x.predicate and x.predicate in y.whole.terms) for x, y in ((a, b), (b, a))),
        first=len(a.first_stems & b.first_stems) / len(a.first_stems | b.first_stems)
        if a.first_stems and b.first_stems else 0.0,
        side_share=len(shared & (a.side_terms | b.side_terms)) / len(shared) if shared else 0.0,
        same_holder=bool(a.holders & b.holders),
        happening=bool(a.happenings & b.happenings), restated=_figure_restated(a, b),
        lifts=frozenset(name for name, holds in lifts.items() if holds),
        vetoes=frozenset(name for name, holds in vetoes.items() if holds),
        kept_apart=_kept_apart(a, b),
        ledes=sum(item.statement.paragraph < _LEDE_PARAGRAPHS for item in (a, b)),
        quoted=sum(bool(item.statement.quoted) for item in (a, b)))
