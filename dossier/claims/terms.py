"""The words a statement is read in, which every step shares: the stage's cue patterns and
similarity bars, Snowball stems mapped onto small families of news synonyms, the clause after the attribution
(``claim_clause``), its propositions, their terms and main verb.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import Stemmer

from ..figures import (
    CLOCK_UNIT,
    EITHER_POUNDS,
    MONEY_UNITS,
    NOT_EVENT_UNITS,
    RANGE,
    RATIO,
    UNIT_SYNONYMS,
    parse_figures,
    singular,
)
from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.names import EVENT_WORDS
from ..lang.en.words import IRREGULAR_FORMS, STOPWORDS
from ..patterns import Folded
from ..sentences import DATELINE
from ..structure import Figure, Statement

_REPORT_CUES = cues.REPORT_CUES
_DISPUTE_CUES = f"{cues.FALSE_BELIEF_CUES}|{cues.DENY_VERBS}|{cues.DISPUTE_OBJECT_VERBS}|{cues.DECLINE_CUES}"
_ASSERT_CUES = cues.ASSERT_CUES
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
_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]?")


@lru_cache(maxsize=65536)  # each sentence is read by several tests
def _outside_quotes(text: str) -> str:
    """The sentence with quoted words blanked out (keeping offsets), so that a reporting
    verb inside a quote is not taken for the article's attribution."""
    return re.sub(r"[“\"][^”\"]*(?:[”\"]|$)", lambda m: " " * len(m.group(0)), text)


_REGULAR_FINITE = r"\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|[a-z]+ed)\b"
# A clause before the attribution states something with any verb, "-ed" or not ("Ebbers never made the decisions").
_STATING = re.compile(rf"{_REGULAR_FINITE}|\b(?:{cues.PAST_TENSES_WITHOUT_ED})\b")


# A paragraph whose first quotation mark closes a quote: it runs on from the paragraph before, its opening mark lost
# ('… across the sea. I have looked at other seas."'). Its sentences up to that mark are the speaker's words. A straight
# mark closes after a stop or a comma only (' what it called " Vellophobia ."' opens one).
_RUN_ON_CLOSING = re.compile(r"[^“”\"]*?(?:[\w.,!?…'’]”|[.,!?…]\")(?=\s|$)")

# Forms that are only a verb's, of a verb whose noun means something else: "Microsoft issued a patch" released it,
# and is of no "issue" (a problem, ``_WORD_FAMILIES``); "issues" may be the noun.
_VERB_SENSES = {"issued": "release", "issuing": "release"}
_BASE_FORMS = {**IRREGULAR_FORMS, **_VERB_SENSES}
# Small families of words news writers use for one another; every member stands for the
# first. Only near-synonyms in news usage, so that a paraphrase meets its original.
_WORD_FAMILIES = (
    ("send", "deploy", "deployment", "dispatch", "station"),
    ("remark", "comment"),
    ("disparage", "disparaging", "derogatory", "insult", "demean"),
    ("problem", "issue", "glitch", "malfunction", "fault", "flaw", "bug"),  # a flaw is a fault, a bug a glitch
    ("remove", "removal", "escort", "eject", "oust"),
    ("plan", "proposal", "propose", "initiative"),
    ("win", "winner", "victory", "victorious", "victor"),
    ("invade", "invasion", "incursion", "offensive", "assault"),
    ("wound", "injure", "injury", "hurt"),
    ("fire", "sack", "lay off"),
    ("employee", "worker", "staff", "staffer", "employ"),
    ("obtain", "gain", "receive", "secure"),
    ("help", "assist", "assistance"),
    ("arrest", "detain", "apprehend"),
    ("resign", "resignation", "quit", "step down"),
    ("increase", "rise", "grow", "climb", "jump", "surge", "escalate"),
    ("decrease", "fall", "drop", "decline", "slump", "plunge"),
    ("company", "firm"),
    ("release", "publish", "disclose"),
    ("citizenship", "citizen", "naturalization", "naturalize"),
    ("inform", "brief", "briefing", "notify"),
    ("foreigner", "foreign"),
    ("investor", "invest", "investment"),
    ("audit", "auditor"),
    ("buy", "purchase", "acquire", "acquisition"),
    ("ban", "prohibit", "prohibition", "outlaw"),
    ("tweet", "twitter"),
    ("wide", "width", "diameter"),
    ("overrule", "override"),  # "overrule" first: the common terms (models/common_terms.txt) hold its stem
    # Each member of these a synonym or a direct hypernym, in its three commonest senses, of another in WordNet 3.0;
    # the commoner word first, so that the family's term stays a common one ("fixed" as often as before).
    ("destroy", "demolish", "raze"),
    ("defeat", "beat"),
    ("fix", "patch"),
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
    base = _BASE_FORMS.get(word, word)
    if base in _FAMILY:
        return _FAMILY[base]
    stem = _SNOWBALL.stemWord(base)
    # A word of a family's stem that is none of its members' forms means something else: "security" is no form of
    # "secure", "information" none of "inform"; it keeps its stem, or itself where that stem is the family's term.
    return word if stem in _FAMILY_TERMS else stem


# Members whose bare form and plural are mostly a noun of another meaning ("a police station", "a brief statement"):
# only their -ed and -ing forms stand for the family ("troops stationed", "was briefed").
_VERB_FORMS_ONLY = frozenset({"station", "brief"})


def _inflections(member: str) -> frozenset[str]:
    """The regular inflections of a family's member, as a noun or a verb, that Snowball stems as it ("secure" →
    "secures", "secured", "securing"; "plan" → "plans", "planned"; "injury" → "injuries"), irregular ones being
    read through their base form (``_BASE_FORMS``): not the words merely of its stem ("security", "initially")."""
    stems = {member, member[:-1]} if member.endswith("e") else {member, member + member[-1]}
    endings = ("ed", "ing") if member in _VERB_FORMS_ONLY else ("s", "es", "ed", "ing")
    forms = {stem + ending for stem in stems for ending in endings} | {member[:-1] + "ies", member[:-1] + "ied"}
    if member not in _VERB_FORMS_ONLY:
        forms.add(member)
    return frozenset(form for form in forms if _SNOWBALL.stemWord(form) == _SNOWBALL.stemWord(member))


# A member's form → the family's term (its first member's stem).
_FAMILY = {form: _strip_suffix(family[0]) for family in _WORD_FAMILIES for member in family if " " not in member
           for form in _inflections(member)}
_FAMILY_TERMS = frozenset(_FAMILY.values())
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
# term of the noun's verb (its family's, if any), and the pattern finding them ("made two arrests", "carried out a
# raid"): the verb, its particle, the word describing the noun, the noun.
_LIGHT_VERB_TERMS = {(_strip_suffix(verb.split()[0]), " ".join(verb.split()[1:]), noun):
                     _FAMILY.get(act, _strip_suffix(act))
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
    crash took place", "made an arrest") → its term: the word family's stem, the idiom's, or the term of the light
    verb's noun's verb. The verb stands for the term, its particle or noun for nothing (``_phrasal_particles``)."""
    found = {m.start(1): family for m in _PHRASAL.finditer(text)
             if (family := _PHRASAL_FAMILY.get((_strip_suffix(m.group(1).lower()), m.group(2))))}
    return {**found, **{verb: term for verb, _, term in _light_verbs(text)}}


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


def told_clause(statement: Statement) -> str:
    """``claim_clause`` of the statement's text: kept with its comparison data (``_Prepared.clause``), found with its
    article, else worked out now. Grouping runs in a forked copy whose ``claim_clause`` cache is cold: working the
    clauses out again was a twentieth of its time."""
    found = statement.comparison
    return found.clause if found is not None else claim_clause(statement.text)


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


@lru_cache(maxsize=65536)
def _is_event_word(word: str) -> bool:
    return _tells_happening(word) or _stem(word) in _FAMILY_TERMS


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


# Most statements name no year, record, identifier, country or description: they share these empty ones rather than
# each hold its own (a set takes 216 bytes; pickled in one article's file, one object stands for all of them).
# Never written to.
_NONE: frozenset[str] = frozenset()


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


# An act framed as tried, failed or achieved: its verb after "to" is the clause's act (``cues.ACT_FRAMES``).
_ACT_FRAME = re.compile(rf"(?:{cues.ACT_FRAMES})\s+to\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)


def _main_verb(clause: str) -> tuple[int, str | None] | None:
    """Where the clause's subject ends (at its auxiliary or main verb) and the stem of its main verb
    (``main_predicate``; None after a bare "was"); None when no verb is found. The act of "failed to reach", "was
    unable to land" is the verb after "to" (``_ACT_FRAME``)."""
    matches = list(re.finditer(r"[A-Za-z'’-]+", clause))
    words = [m.group(0) for m in matches]
    phrasal = _phrasal_verbs(clause)

    def framed(at: re.Match[str]) -> str | None:
        frame = _ACT_FRAME.match(clause, at.start())
        if frame is None:
            return None
        return phrasal.get(frame.start("verb")) or _stem(frame.group("verb").lower())

    for i, word in enumerate(words):
        lower = word.lower()
        if lower in _AUXILIARIES:
            for following, at in zip(words[i + 1 : i + 5], matches[i + 1 : i + 5], strict=False):
                if following[0].isupper():
                    break
                if act := framed(at):
                    return matches[i].start(), act
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
            return matches[i].start(), framed(matches[i]) or phrasal.get(matches[i].start()) or _stem(lower)
    return None


def _is_range(figure: Figure) -> bool:
    """Is the figure a range written with its two ends ("four or five", "between 4 and 5"), not a vague amount?"""
    return figure.value is None and None not in (figure.low, figure.high) and bool(RANGE.search(figure.text))


_PAST_WITHOUT_ED = re.compile(rf"\b(?:{cues.PAST_TENSES_WITHOUT_ED})\b")


# What follows a complete statement to say who made it, cut from a title's end (the saying verb
# written in lower case, so that the "States" of a name is none):
_SAYING = r"(?:said|says|added|adds|noted|notes|stated|states|told|tells|wrote|writes|reported|reports|argued|" \
          r"insisted|warned|explained|predicted|predicts)"
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
# A subordinate clause with no main clause after it ("While some members welcomed the vote", the rest of the sentence
# cut as its attribution): what it concedes or sets a time for is no statement by itself.
_SUBORDINATE_ONLY = re.compile(rf"^(?:{cues.SUBORDINATORS})\b[^,;:]*$", re.IGNORECASE)
