"""Entities stage: find people, organisations and places, and resolve aliases.

Recognition (``find_mentions``) is offline and has two readers. A paragraph is cut into word
tokens and sentences. The statistical tagger (``dossier.models.ner``, a CRF trained on CoNLL-2003)
decides which words are names and of which kind. The rules read the same tokens: runs of
capitalised tokens, split on a title ("Russian Foreign Minister | Sergey Lavrov") and classified by
the place gazetteer, organisation cue words, acronyms, given names and context. ``_reconcile``
joins the two: the tagger's names stand, the rules add titles, region words and the names their
precise cues find, and filters drop what is no name (plural nouns, ordinary words opening a
sentence, Title Case headings, shouted words, party labels).

Demonyms ("North Korean troops", "Russian forces") describe rather than name, so they are not
mentions of the country; ``entity_for_name`` does map a demonym phrase such as "South Korean
intelligence" to the country, for claim sources.

Resolution (``resolve_entities``) merges mentions into entities through buckets keyed by surname,
normalised name, acronym or gazetteer form, never by comparing all pairs. A lone surname or
title joins a full name only when exactly one candidate fits, first in the article and then in the
dossier (a Spanish paternal surname, second-to-last, counts: "Alemán" for "Álvaro Alemán Healy"). A
shorter full name joins the one longer name that extends it ("Ramon Fonseca" / "Ramon Fonseca
Mora", "John Kennedy" / "John F. Kennedy"); middle names spelled out differently never merge
("George H. W. Bush" / "George W. Bush"); of two people of one surname in a report, a man and a
woman, a lone surname joins the one a pronoun after it or a title before it names (or, failing
that, its other uses in the report), and two uses that agree also overrule a report's one full
name of the other gender ("Laci Peterson" ... "Peterson was convicted of murdering his wife"), as do
three to one or more ("her father, Jo Roe" once, and "Roe says she ..." where one "Roe says he ..." means another).
A sports team ("Indianapolis Colts") is also its nickname alone and, in reports about sport, the
place it is named after where the place acts as the team ("Indianapolis (11-4) beat
Jacksonville"), never where it is the place ("in Indianapolis"). Words in capitals that the
article also writes as ordinary words are shouting, not acronyms ("HACKERS", "FALCON HEAVY
LAUNCH"). A lone surname mistyped with two letters swapped ("Klistchko") joins the one person of
its report it fits; other near-misses (one letter off a known surname) are reported to the curator,
not merged. A place under two names ("Aoraki-Mount Cook"), a city spelt one letter off before its
country ("Berne, Switzerland") and a national body named with or without its country ("the U.S.
Fish and Wildlife Service") are one entity each.
The curator's ``content/entities.yml`` (format documented at the top of that file) is applied
last. ``entity_for_name`` resolves a quote's speaker or a claim's source through an
``EntityIndex`` built once per dossier.

Quality is measured by ``scripts/eval_entities.py`` against hand gold in tests/gold/entities/.
"""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import outlets, safe_yaml
from .entity_data import (
    acronym_of,
    ascii_fold,
    gazetteer,
    given_name_gender,
    given_names,
    name_gender_detector,
    place_adjectives,
    place_form,
    translit_key,
    usual_given_name_gender,
)
from .lang.en.names import (
    ABBREVIATIONS,
    ACCOUNT_NOUNS,
    ALTERNATE_BODY_NAMES,
    ALTERNATE_NAMES_OF,
    ANIMAL_NOUNS,
    APPOSITIVE_BODY_NOUNS,
    APPOSITIVE_PERSON_NOUNS,
    AWARD_CATEGORY_HEADS,
    BE_HAVE_FORMS,
    BODY_HEADS,
    BODY_NOUNS_AFTER,
    BODY_OPENING_WORDS,
    BODY_SHORT_FORMS,
    BRAND_HEADS,
    CELESTIAL_BODIES,
    CLUB_SUFFIXES,
    COMMON_BODY_HEADS,
    COMPANY_NOUNS_AFTER,
    COMPASS,
    CONNECTOR_SIGNS,
    CONNECTORS,
    CORPORATE_SUFFIXES,
    COUNTED_HEAD_FOLLOWERS,
    COUNTED_NOUNS,
    COUNTRY_SHORT_FORMS,
    DATES_ALSO_NAMES,
    DEMONYM_COMBINING_FORMS,
    DEMONYM_NOUNS,
    DESCRIPTIVE_WORDS,
    DOTTED_TITLES,
    ELIDED_PARTICLES,
    EMPLOYER_PREPOSITIONS,
    EVENT_HEADS,
    EVENT_WORDS,
    EXAMPLE_WORDS,
    FACILITY_HEADS,
    FACILITY_WORDS,
    FEATURE_WORDS,
    FOREIGN_ORG_HEADS,
    FUNCTION_WORDS,
    GROUP_MEMBER_NOUNS,
    GROUP_PART_NOUNS,
    GROUP_QUANTIFIERS,
    HONORIFICS,
    HYPHENED_PARTICLES,
    INDEFINITE_PRONOUNS,
    INFLECTED_ENDINGS,
    INFLECTION_ENDINGS,
    INSTITUTION_NOUNS_AFTER,
    INSTITUTIONS,
    INTERFACE_PHRASES,
    INTERJECTIONS,
    INVERTIBLE_BODY_HEADS,
    KOREAN_FAMILY_NAMES,
    LAW_WORDS,
    LEADER_GOVERNMENT_NOUNS,
    LEGISLATURE_HEADS,
    LINKING_VOWELS,
    LOCATIVE_PREPOSITIONS,
    LODGING_WORDS,
    LONE_BODY_HEADS,
    LOWER_CASE_BODY_HEADS,
    MARRIED_PARTICLES,
    MEDIA_JOB_WORDS,
    MODIFIED_PEOPLE_NOUNS,
    MODIFIER_SUFFIXES,
    MONTHS,
    NAME_NOUNS,
    NAME_PARTICLES,
    NAMED_AFTER_HEADS,
    NAMED_STRUCTURE_NOUNS,
    NAMESAKE_QUALIFIERS,
    NEWS_PROGRAMME_WORDS,
    NEWSPAPER_HEADS,
    NICKNAMES,
    NOT_ORG_ACRONYMS,
    NUMBER_WORDS,
    NUMBERED_JOURNEY_WORDS,
    ONLY_NAME_AFTER,
    ONLY_NAME_BEFORE,
    OPENING_CONNECTIVES,
    ORG_AFTER_WORDS,
    ORG_CUES,
    ORG_INTRODUCERS,
    ORG_NOUNS,
    ORGAN_CUES,
    OTHER_NOUN_OPENERS,
    PAPER_HEADS,
    PART_ADJECTIVES,
    PARTICIPLE_PREPOSITIONS,
    PARTY_SIDES,
    PEOPLE_POSSESSIVES,
    PERSON_BODY_NOUNS,
    PERSON_ONLY_TITLES,
    PERSON_POSSESSIVES,
    PLACE_AFTER,
    PLACE_APPOSED,
    PLACE_COMPANY_HEADS,
    PLACE_CUES,
    PLACE_HEADS,
    PLACE_IN_NAME_PREPOSITIONS,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    PLACE_UNIT_HEADS,
    PLACE_UNIT_WORDS,
    PLURAL_HONORIFICS,
    PRODUCT_HEAD_NOUNS,
    PRODUCT_NOUNS,
    PROGRAMME_BEFORE,
    PROGRAMME_WORDS,
    PROTECTED_AREA_WORDS,
    PUBLICATION_HEADS,
    PUBLISHING_VERBS,
    RANK_QUALIFIERS,
    RANKS_AFTER_TITLES,
    REGION_PREFIXES,
    REGION_WORDS,
    REGIONS,
    REPORTING_VERBS,
    RESULT_VERBS,
    ROLE_NOUNS,
    ROLE_TIME_QUALIFIERS,
    SCALE_NOUNS,
    SCHOOL_HEADS,
    SCRIPTURE_NAMES,
    SENTENCE_OPENING_WORDS,
    SERVICE_CUES,
    SERVICE_SUFFIXES,
    SETTLEMENT_AFTER,
    SETTLEMENT_NOUNS,
    SINGING_LINKS,
    SINGING_VERBS,
    SOCIAL_PLATFORMS,
    SONG_WORDS_BEFORE,
    SPELLING_VARIANTS,
    SPORT_HONOURS,
    SPORT_POSITIONS,
    SPORT_WORDS,
    STATE_NOUNS,
    STOCK_EXCHANGES,
    STREET_HEADS,
    SURNAME_EVENT_WORDS,
    TEAM_LOSS_WORDS,
    TEAM_NOT_BEFORE,
    TEAM_NOUNS_AFTER,
    TEAM_VERBS_AFTER,
    TEAM_WORDS_BEFORE,
    TEAMS_OF_A_PLACE,
    TERMS_OF_ADDRESS,
    THE_HEAD_FOLLOWERS,
    THING_NOUNS,
    THING_POSSESSIVES,
    TIME_MODIFIERS,
    TIME_ZONE_NAMES,
    TIME_ZONE_OPENERS,
    TITLE_HEADS,
    TITLE_VERBS,
    TITLE_WORDS,
    UNSPACED_WORDS,
    US_STATE_ABBREVIATIONS,
    VENUE_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    WORK_HEADS,
    WORK_NOUNS_AFTER,
)
from .lang.en.speech import GENDER_OF_NOUN, NAME_SUFFIXES, PARTY_STATE_LABEL, PERSONAL_PRONOUN_GENDER
from .models import ner, ordinary_words
from .sentences import DATELINE, split_sentences
from .structure import ENTITY_KINDS, Article, ArticleWords, Dossier, Entity, Mention, Vocabulary, slugify

PERSON, ORG, PLACE, OTHER = "person", "organization", "place", "other"

# A word: letters/digits, with inner hyphens, apostrophes, dots ("U.S") or ampersands ("AT&T").
TOKEN_RE = re.compile(r"[^\W_][\w]*(?:[-'’.&][^\W_][\w]*)*")
GLUED_NAME = re.compile(r"(?:(?:" + "|".join(sorted(ELIDED_PARTICLES)) + r")['’]|(?:"
                        + "|".join(sorted(HYPHENED_PARTICLES)) + r")-)[A-Z][\w-]*")
PRONOUN_I = re.compile(r"I(?:['’]\w+)?")  # "I", "I'm": capitalised, but no name
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" before its last full stop
INITIALS = re.compile(r"[A-Z]|(?:[A-Z]\.)+")  # "J", "U.S.": their full stop ends no sentence
FULL_STOP = re.compile(r"[.!?]")
# Punctuation before a word that makes it sentence-initial: a full stop anywhere in the gap, or an
# opening quote or bracket right before the word.
SENTENCE_BREAK = re.compile(r"[.!?:;—–•|]|\s-\s|[\"“‘'(\[]$")


@dataclass
class Token:
    start: int
    end: int  # end of the word, a possessive "'s" excluded
    text: str
    possessive: bool
    sentence_start: bool  # first word of a sentence, a quotation or a bracket
    new_sentence: bool = False  # first word after a full stop (or of the paragraph)
    handle: bool = False  # "@MaryJBlige", "#The411": social-media handles and hashtags
    shouted: bool = False  # an ordinary word in capitals: "HACKERS", "JOYRIDE CARNAGE"

    @property
    def capitalised(self) -> bool:
        text = self.text
        if GLUED_NAME.fullmatch(text):
            return True  # "d'Azur" of "Côte d'Azur", "al-Assad": the capital follows a particle glued to it
        return text[0].isupper() and not self.handle and not (text[0] == "I" and PRONOUN_I.fullmatch(text))


# A full stop that lost the space after it: "Alaska Gov.Sarah Palin", "tsunami.Steve will",
# "Joy Division.Those guys"; the dot of a name or address stays ("One.Tel", "Halo.Bungie.Org").
GLUED_STOP = re.compile(r"([A-Za-z]+)\.(?=([A-Z][a-z]+))")


# Initials spaced out ("the U. S. Fish and Wildlife Service", "U. N. officials"): typed so, or spaced by
# a converter that split words at full stops.
SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\. )+[A-Z]\.(?= ?(\S?)(\S?))")


def _spaced_initials(paragraph: str) -> dict[int, int]:
    """start -> end of each run of spaced initials that is one abbreviation: a place the gazetteer
    writes so ("U. S." is "U.S."), or initials no name follows ("U. N. officials said"). A person's
    initials come before the surname ("A. J. Smith") and stay apart."""
    runs = {}
    for match in SPACED_INITIALS.finditer(paragraph):
        joined = match.group().replace(" ", "")
        if joined in gazetteer().places or not (match.group(1).isupper() and match.group(2).islower()):
            runs[match.start()] = match.end() - 1
    return runs


def _words(paragraph: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of each word, a word glued to the one before by a full stop cut off: after
    a word in lower case or an abbreviation, or before a word like "The"; spaced initials that are
    one abbreviation are one word, written without the spaces ("U. S." -> "U.S", see ``_tokenise``)."""
    words = []
    spaced = _spaced_initials(paragraph) if ". " in paragraph else {}
    skip_to = -1
    for match in TOKEN_RE.finditer(paragraph):
        text, start = match.group(), match.start()
        if start < skip_to:
            continue
        if start in spaced:
            skip_to = spaced[start]
            words.append((paragraph[start:skip_to].replace(" ", ""), start, skip_to))
            continue
        if "." in text:
            for glue in GLUED_STOP.finditer(text):
                left, dot = glue.group(1), match.start() + glue.end() - 1
                if left.islower() or left in ABBREVIATIONS or glue.group(2).lower() in FUNCTION_WORDS:
                    words.append((paragraph[start:dot], start, dot))
                    start = dot + 1
            text = paragraph[start : match.end()]
        words.append((text, start, match.end()))
    return words


def _dotted_title(token: Token, paragraph: str) -> bool:
    """ "Del." before a name: a title written with its full stop, not after a comma (see ``DOTTED_TITLES``)."""
    return (token.text in DOTTED_TITLES and paragraph[token.end : token.end + 2] == ". "
            and not paragraph[: token.start].endswith(", "))


def _tokenise(paragraph: str) -> list[Token]:
    tokens: list[Token] = []
    prev_end = 0
    for text, start, end in _words(paragraph):
        if paragraph[end : end + 1] == "." and DOTTED_INITIALS.fullmatch(text):
            text, end = text + ".", end + 1  # "U.S."
        possessive = False
        if text[-1:] == "s" and len(text) > 2 and text[-2] in "'’":
            text, end, possessive = text[:-2], end - 2, True
        gap = paragraph[prev_end:start]
        if gap == " ":  # the common case: no punctuation, no new sentence
            starts = full_stop = not tokens
        else:
            previous = tokens[-1].text if tokens else ""
            # "Mr.", and "Aoraki-Mt." (an abbreviation ending a hyphenated name: "Aoraki-Mt. Cook")
            after_abbreviation = (previous.rstrip(".").rsplit("-", 1)[-1] in ABBREVIATIONS
                                  or INITIALS.fullmatch(previous) or (tokens and _dotted_title(tokens[-1], paragraph)))
            starts = not tokens or (bool(SENTENCE_BREAK.search(gap)) and not (
                after_abbreviation and gap.strip() == ""))
            full_stop = not tokens or (bool(FULL_STOP.search(gap)) and not after_abbreviation)
        handle = paragraph[start - 1 : start] in ("@", "#")
        tokens.append(Token(start, end, text, possessive, starts, full_stop, handle))
        prev_end = end + 2 if possessive else end
    return tokens


def sentence_tokens(paragraph: str) -> list[list[Token]]:
    """A paragraph's word tokens, cut into sentences (the unit the name tagger reads)."""
    return _split_before(_tokenise(paragraph), lambda t: t.new_sentence)


def _is_acronym(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper() or word[1].islower():
        return False  # the common case, decided without building a string
    letters = word.replace(".", "").replace("&", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _is_headline_case(tokens: list[Token], context: _Context, whole_paragraph: bool) -> bool:
    """A line in Title Case (a heading, page furniture), not running prose.

    Prose has lowercase content words ("meets", "assessed"); Title Case capitalises them, so a
    heading shows capitalised ordinary words ("Says", "Troops"). A short line of capitals alone
    ("Web Desk", "4 Min Read") is furniture too.
    """
    words = [t.text for t in tokens if t.text.isalpha()]
    if any(w.islower() and len(w) >= 4 and w not in FUNCTION_WORDS for w in words):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    # Another inflection counts only on a line of its own: a name opening a sentence part ("The
    # Parents Television Council (PTC)") has plurals of words the article writes in lower case.
    ordinary = [w for w in capitalised[1:] if context.ordinary(w, whole_paragraph)]
    return len(ordinary) >= 2 or (whole_paragraph and 0 < len(words) <= 5 and words == capitalised)


@dataclass
class _Context:
    """What the recogniser knows about the whole article while reading one paragraph."""

    lowercase_words: set[str]  # words the article writes in lower case
    midsentence_caps: set[str]  # capitalised words seen away from a sentence start
    lone_caps: set[str] = field(default_factory=set)  # capitalised words standing alone mid-sentence
    title_words: set[str] = field(default_factory=set)  # words written in Title Case anywhere
    known_forms: dict[str, str] = field(default_factory=dict)  # surface form -> kind, from prose

    def ordinary(self, word: str, inflected: bool = True) -> bool:
        """A word the article writes in lower case, or a function word; with ``inflected``, also
        one it writes in another inflection ("Checks" in a heading over "checked" in the text), and
        a phrase joined by hyphens around a function word ("Hit-And-Run")."""
        lower = word.lower()
        if lower in FUNCTION_WORDS or lower in self.lowercase_words:
            return True
        if not inflected:
            return False
        if "-" in lower and any(part in FUNCTION_WORDS for part in lower.split("-")[1:-1]):
            return True  # "Hit-And-Run", "Stay-At-Home": a phrase written as one word
        stems = {lower[: -len(end)] for end in INFLECTION_ENDINGS if lower.endswith(end) and len(lower) - len(end) >= 3}
        return any(stem + end in self.lowercase_words for stem in stems | {lower} for end in ("", *INFLECTION_ENDINGS))


MAX_OTHER_WORDS = 6
MAX_NAME_WORDS = 5  # "Denis Christel Sassou Nguesso"; longer runs of names are lists


def find_mentions(article: Article) -> list[Mention]:
    """Every mention of a person, organisation or place in the article."""
    tokenised = [_tokenise(p) for p in article.paragraphs]
    context = _Context(set(), set())
    for tokens in tokenised:
        for k, token in enumerate(tokens):
            if token.text.istitle() and not token.text.isupper():
                context.title_words.add(token.text)
            if token.text.islower():
                context.lowercase_words.add(token.text)
            elif token.capitalised and not token.sentence_start:
                context.midsentence_caps.add(token.text)
                neighbours = tokens[max(0, k - 1) : k] + tokens[k + 1 : k + 2]
                if not any(t.capitalised for t in neighbours):
                    context.lone_caps.add(token.text)
    for paragraph, tokens in zip(article.paragraphs, tokenised, strict=True):
        _mark_shouted(tokens, paragraph, context)
    prose: list[Mention] = []
    headline_lines: list[tuple[int, list[Token], str]] = []
    sentences: list[tuple[int, list[Token]]] = []
    for index, (paragraph, tokens) in enumerate(zip(article.paragraphs, tokenised, strict=True)):
        for sentence in _split_before(tokens, lambda t: t.new_sentence):
            sentences.append((index, sentence))
            for part, headline in _headline_parts(sentence, context, len(sentence) == len(tokens)):
                if headline:
                    headline_lines.append((index, part, paragraph))
                else:
                    prose += _sentence_mentions(article.id, index, paragraph, part, tokens, context)
    headline_starts = {(index, t.start) for index, part, _ in headline_lines for t in part}
    sure: set[int] = set()
    doubtful: set[int] = set()
    tagged = _tagged_mentions(article, sentences, sure, doubtful)
    for mention in prose:
        context.known_forms.setdefault(mention.text, mention.kind)
        if mention.kind == PERSON and " " in mention.text:
            context.known_forms.setdefault(mention.text.split()[-1], PERSON)  # the surname alone
    for index, sentence, paragraph in headline_lines:
        prose += _headline_mentions(article.id, index, paragraph, sentence, context)
    # ``sure`` and ``doubtful`` hold ids: the tagged mentions _vouched drops must stay alive, or a new
    # mention could be given a freed one's id (and its confidence), by chance, differently on each run.
    vouched = _vouched(tagged, doubtful, prose, headline_starts, article.paragraphs)
    prose = _reconcile(prose, vouched, sure, headline_starts, context, article.paragraphs, tokenised)
    prose.sort(key=lambda m: (m.paragraph, m.start))
    prose = _without_sentence_openers(_without_journey_numbers(_unique_spans(prose), article.paragraphs))
    _user_names(prose, article.paragraphs)
    prose = _speaker_labels(_datelines(prose, article), article)
    _kinds_from_lists(prose, article.paragraphs)
    _products(prose, article.paragraphs)
    _armed_groups(prose, article.paragraphs)
    prose = _quoted_titles(prose, article.paragraphs)
    prose = _without_example_names(prose, article.paragraphs)
    prose = _chambers_after_ranks(prose, article.paragraphs)
    prose = _possessive_names(prose, article.paragraphs)
    prose = _people_possessive_names(prose, article.paragraphs)
    _body_openings(prose, article.paragraphs)
    prose = _body_endings(prose, article.paragraphs)
    prose = _defined_acronyms(prose, article)
    prose = _bodies_for_places(prose, article.paragraphs)
    prose = _join_official_names(_surname_before_home(prose, article.paragraphs), article.paragraphs)
    prose = _platform_accounts(_posters_after_platforms(prose), article.paragraphs)
    prose = _split_joined_names(prose, article.paragraphs)
    prose = _people_of_bodies(prose)
    prose = _without_positions(prose, article.paragraphs)
    prose = _kinds_by_head(prose, article.paragraphs, context.lowercase_words)
    _things_of_its(prose, article.paragraphs)
    _persons_things(prose, article.paragraphs)
    _with_years(prose, article.paragraphs)
    _with_numbers(prose, article.paragraphs)
    _leaders_governments(prose, article.paragraphs)
    _named_structures(prose, article.paragraphs)
    _bodies_with_lower_case_heads(prose, article.paragraphs)
    _national_things(prose, article.paragraphs)
    prose = _without_chamber_modifiers(prose, article.paragraphs)
    prose = _without_inner_pieces(prose, article.paragraphs)
    _award_categories(prose)
    _titles_of_places(prose)
    _initials_and_surname(prose)
    _kinds_by_preposition(prose, article.paragraphs)
    _joined_places(prose, article.paragraphs)
    _bracketed_given_names(prose, article.paragraphs)
    prose = [m for m in prose if (not _time_before(article.paragraphs[m.paragraph], m.start)
                                  or m.text.split(" ")[0] not in TIME_ZONE_OPENERS)
             and not (" " not in m.text and _product_before(article.paragraphs[m.paragraph], m.start))]
    # A long run of capitalised words that is neither a person, an organisation nor a place is a list
    # whose separators were lost in scraping ("Blessing Abana Comfort Amos Deborah …"), not one name.
    return [m for m in prose if not (m.kind == OTHER and len(m.text.split()) > MAX_OTHER_WORDS)
            and TITLE_VERBS.isdisjoint(m.text.split())
            and not _opens_quoted_phrase(m, article.paragraphs[m.paragraph], context)
            and not _acronym_thing(m, article.paragraphs[m.paragraph])]


# A clock time right before a name: "11:03 " of "11:03 AM ET Fri", a time stamp, no body.
_TIME_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2} $")  # six characters at most
# A product's name in lower-case-first camel case right before a word: "iPhone " of "iPhone X"; the word is its model.
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])[a-z]+[A-Z]\w* $")
# What follows a body's name's own "'s", which owns nothing: a verb in the past and its clause ("Lloyd's announced
# that", "Sainsbury's said on Monday"), "of" and a name ("Lloyd's of London") or the sentence's end ("rated A2 by
# Moody's."); not a noun or a describing word ("Acme's claims", "Acme's added power").
_OWN_POSSESSIVE_AFTER = re.compile(r"['’]s(?: (?:" + "|".join(sorted(
    w for w in REPORTING_VERBS | PUBLISHING_VERBS if w.endswith("ed") or w in ("said", "told", "wrote")))
    + r") (?:that|it|on|in)\b| of [A-Z]|[.;:]?$|[.;:] )")
_POSSESSIVE = re.compile(r"['’]s\b")


# A surname right after an editor's bracketed insertion of the given name: "Sanders" of "[Bernie] Sanders".
_AFTER_BRACKETED_NAME = re.compile(r"\] ([A-Z][\w'’-]*[a-z])\b")


def _bracketed_given_names(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A given name an editor put in square brackets inside a quote ("[Bernie] Sanders") is no person of its own:
    the person is named by the surname the speaker said, which is what the mention becomes."""
    spans = {(m.paragraph, m.start) for m in mentions}
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        surname = _AFTER_BRACKETED_NAME.match(paragraph, m.end)
        if (m.kind == PERSON and paragraph[m.start - 1 : m.start] == "[" and surname
                and ascii_fold(m.text) in given_names() and (m.paragraph, surname.start(1)) not in spans):
            m.start, m.end, m.text = surname.start(1), surname.end(1), surname.group(1)


_NAME_AFTER_POSSESSIVE = re.compile(r"['’]s?((?: [A-Z][\w'’-]*)+)")  # "Children's Vell Fund", "Workers' Party"


def _people_possessive_names(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A plural noun of people read as a name, its "'s" and capitalised words after it, is the name they make
    ("Children's Health Insurance Program", "Women's March"), which takes in any name read inside those words;
    alone, such a noun names nobody ("Women's groups")."""
    gone: set[int] = set()
    for m in mentions:
        if m.text not in PEOPLE_POSSESSIVES or id(m) in gone:
            continue
        tail = _NAME_AFTER_POSSESSIVE.match(paragraphs[m.paragraph], m.end)
        if not tail:
            gone.add(id(m))
            continue
        gone.update(id(other) for other in mentions
                    if other.paragraph == m.paragraph and m.end < other.start < tail.end())
        m.end, m.text = tail.end(), paragraphs[m.paragraph][m.start : tail.end()]
        kind = _kind_of(re.sub(r"['’]s? ", " ", m.text).split())
        m.kind = ORG if ORG in (kind, m.kind) else kind or OTHER
    return [m for m in mentions if id(m) not in gone]


def _possessive_names(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A body's "'s" that a verb, "of" and a name or the sentence's end follows owns nothing: it is part of the name
    ("the bank Lloyd's announced that"), which without it is another name (a "Lloyd"); so is every "'s" after that
    name in the article, with the capitalised words after it that end in a body's head ("Moody's Investors Service").
    Not where the article names the body without it: there the "'s" is "has" ("Acme's said that", of Acme) or
    owns something; nor after a place's name ("modeled after Delaware's."), whose "'s" owns what the sentence left
    out."""
    followed: dict[str, list[Mention]] = defaultdict(list)  # a name -> its uses with "'s" after them
    alone: set[str] = set()
    own: set[str] = set()
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        if not _POSSESSIVE.match(paragraph, m.end):
            alone.add(m.text)
            continue
        followed[m.text].append(m)
        if m.kind == ORG and m.text not in gazetteer().places and _OWN_POSSESSIVE_AFTER.match(paragraph, m.end):
            own.add(m.text)
    starts = {(m.paragraph, m.start): m for m in mentions}
    gone: set[int] = set()
    for text in sorted(own - alone):
        for m in followed[text]:
            m.end += 2
            m.text, m.kind = paragraphs[m.paragraph][m.start : m.end], ORG
            after = starts.get((m.paragraph, m.end + 1))
            if after and after.kind == ORG and after.text.split()[-1] in ORG_CUES:
                gone.add(id(after))
                m.end = after.end
                m.text = paragraphs[m.paragraph][m.start : m.end]
    return [m for m in mentions if id(m) not in gone]


def _time_before(paragraph: str, start: int) -> bool:
    """``_TIME_BEFORE`` right before ``start``, searched from six characters back, not from the paragraph's start."""
    return bool(_TIME_BEFORE.search(paragraph, max(0, start - 6), start))


def _product_before(paragraph: str, start: int) -> bool:
    """``_PRODUCT_BEFORE`` right before ``start``, searched from the word before (it holds no space), not from the
    paragraph's start."""
    return bool(_PRODUCT_BEFORE.search(paragraph, paragraph.rfind(" ", 0, max(0, start - 1)) + 1, start))


_IN_BEFORE = re.compile(r"\bin $")
_ACCORDING_TO_BEFORE = re.compile(r"\baccording to $")


def _kinds_by_preposition(mentions: list[Mention], paragraphs: list[str]) -> None:
    """One word read as a person's right after "in" ("the Weather Service in Vellton") is a place where the article
    gives no one that surname; a name read as a place's that a report is "according to" is a body's (a site or
    firm), unless the lists know the place."""
    surnames = {m.text.rsplit(" ", 1)[-1] for m in mentions if m.kind == PERSON and " " in m.text}
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        if (m.kind == PERSON and not m.role and " " not in m.text and m.text not in surnames
                and _IN_BEFORE.search(paragraph, max(0, m.start - 4), m.start)):
            m.kind = PLACE
        elif (m.kind == PLACE and m.text not in gazetteer().places
              and _ACCORDING_TO_BEFORE.search(paragraph, max(0, m.start - 14), m.start)):
            m.kind = ORG


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r") $")


def _joined_places(mentions: list[Mention], paragraphs: list[str]) -> None:
    """Two names joined by "and" ("Vellmark and Dornia") are of one kind: a name the tagger reads as a body or as
    nothing known beside a place is a place in every such pair of the article, when one such pair (of whatever kinds)
    follows a place's preposition ("settlers in Vellmark and Dornia"). Only a one-word name, no acronym or body's
    cue word: "in Vellia and NATO", "at Vell Mines and Dorn Holdings' plant" have no shared kind."""
    pairs: list[tuple[Mention, Mention]] = []  # (the place, the other)
    placed: set[str] = set()
    for first, second in itertools.pairwise(sorted(mentions, key=lambda m: (m.paragraph, m.start))):
        paragraph = paragraphs[first.paragraph]
        if first.paragraph != second.paragraph or paragraph[first.end : second.start] != " and ":
            continue
        place, other = (first, second) if first.kind == PLACE else (second, first)
        if (place.kind == PLACE and other.kind in (PLACE, ORG, OTHER) and " " not in other.text
                and not _is_acronym(other.text) and other.text not in ORG_CUES):
            pairs.append((place, other))
            if _PLACE_PREPOSITION_BEFORE.search(paragraph, max(0, first.start - 5), first.start):
                placed.update((place.text, other.text))
    for _, other in pairs:
        if other.text in placed:
            other.kind = PLACE


_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|[A-Z]{2}")  # "T.J.", "TJ"; three capitals are a body's: "CNN"


def _initials_and_surname(mentions: list[Mention]) -> None:
    """Initials before a surname the article gives a person ("TJ Dorne", where "Dorne" is someone) are a person's
    given names, not a body's acronym."""
    surnames = {m.text.split(" ")[-1] for m in mentions if m.kind == PERSON and not m.role}
    for m in mentions:
        words = m.text.split(" ")
        if (m.kind != PERSON and len(words) == 2 and _INITIALS.fullmatch(words[0]) and words[1] in surnames
                and words[0].replace(".", "") not in gazetteer().places):
            m.kind = PERSON


_OFFICE_HEADS = TITLE_HEADS - HONORIFICS  # the heads of an office's title ("Mayor"), not of a name ("Mr")


def _titles_of_places(mentions: list[Mention]) -> None:
    """A title of a place names the office, no body or place: "Mayor of Vell", "Vell Mayor" (where Vell is a
    place the article or the lists know) is a role, given to the one person who holds it if any. A place is never
    named as a title of something ("Mayor of Vell" read as a place)."""
    # The article's places beside the gazetteer's, looked up in both: a copy of the gazetteer was most of the time.
    known = gazetteer().places
    places = {m.text for m in mentions if m.kind == PLACE}
    places |= {m.text.split(" of ", 1)[1] for m in mentions if m.kind == PLACE and m.text.split(" ")[0] in TITLE_HEADS
               and " of " in m.text}  # "Mayor of Vell" read as a place: Vell is one

    def placed(name: str) -> bool:
        return name in known or name in places

    for m in mentions:
        if m.role or m.kind not in (ORG, PLACE, OTHER):
            continue
        words = m.text.split(" ")
        title = words[0] in _OFFICE_HEADS and len(words) >= 3 and words[1] == "of"
        of_place = title and (m.kind == PLACE or placed(" ".join(words[3 if words[2] == "the" else 2 :])))
        place_title = len(words) >= 2 and words[-1] in _OFFICE_HEADS and placed(" ".join(words[:-1]))
        if of_place or place_title:
            m.kind, m.role = PERSON, m.text
            continue
        of = words.index("of") if "of" in words[3:] else 0
        if (words[0] in _OFFICE_HEADS and m.kind == PLACE and 2 <= of - 1 <= 3
                and all(w[:1].isupper() for w in words[1:of])):
            name = " ".join(words[1:of])  # "Sheriff Jo Roe of Vell County": the person, the place apart
            m.start, m.end, m.text, m.kind, m.role = m.start + len(words[0]) + 1, m.start + len(words[0]) + 1 + len(
                name), name, PERSON, words[0]


def _award_categories(mentions: list[Mention]) -> None:
    """ "Best New Artist" (``AWARD_CATEGORY_HEADS``) is an award's category: a thing, no body."""
    for m in mentions:
        words = m.text.split()
        if len(words) >= 2 and words[0] == "Best" and words[-1] in AWARD_CATEGORY_HEADS:
            m.kind = OTHER


# "a torn ACL", "an inflamed MCL": an indefinite article and a lower-case describing word before an acronym.
_ARTICLE_AND_WORD_BEFORE = re.compile(r"\b(?:a|an) [a-z]+ $")


def _acronym_thing(m: Mention, paragraph: str) -> bool:
    """Whether an acronym is the head of an indefinite noun phrase ("suffered a torn ACL after the hit"): a thing,
    since a body's name is not counted; an acronym that modifies the noun after it stays ("a former CIA officer")."""
    if not _is_acronym(m.text) or not _ARTICLE_AND_WORD_BEFORE.search(paragraph, max(0, m.start - 30), m.start):
        return False
    after = _WORD_AFTER.match(paragraph, m.end)
    return after is None or after.group(1) in FUNCTION_WORDS


# A capitalised word and "and" right before a mention, and "of" and a capitalised word right after it: the mention is
# the middle of one longer name ("Vell and Roll Hall of Fame").
_AND_BEFORE = re.compile(r"[A-Z][\w'’-]* and $")
_OF_AFTER = re.compile(r" of [A-Z]")


def _without_inner_pieces(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """Drop the pieces of one capitalised name cut at its inner "and" and "of" ("Vell and Roll Hall of Fame" read as
    "Vell", "Roll Hall" and "Fame"): none of them is the thing named. A middle piece that opens with a known given
    name is a person between two others ("Jo Roe and Kay Dunmore of Vellco") and stays."""
    dropped: set[int] = set()
    for k, m in enumerate(mentions):
        paragraph = paragraphs[m.paragraph]
        if (not _AND_BEFORE.search(paragraph, max(0, m.start - 40), m.start) or not _OF_AFTER.match(paragraph, m.end)
                or m.text.split()[0] in given_names()):
            continue
        dropped.add(k)
        for j in (k - 1, k + 1):
            n = mentions[j] if 0 <= j < len(mentions) else None
            if n is not None and n.paragraph == m.paragraph and (
                    paragraph[min(n.end, m.end) : max(n.start, m.start)] in (" and ", " of ")):
                dropped.add(j)
    return [m for k, m in enumerate(mentions) if k not in dropped]


# The rest of a short quoted phrase after its first word: lower-case words only, then the closing mark.
_LOWER_QUOTE_REST = re.compile(r"(?: [a-z][\w'’-]*){1,3}[,.!?]*[\"”’']")


def _opens_quoted_phrase(m: Mention, paragraph: str, context: _Context) -> bool:
    """ "Allahu akbar": a capitalised word opening a short quoted phrase of lower-case words is the phrase's first
    word (often of another language), no name, unless the article capitalises it inside a sentence or it is a
    given name or a known place."""
    return (" " not in m.text and paragraph[m.start - 1 : m.start] in ('"', "“", "‘", "'")
            and bool(_LOWER_QUOTE_REST.match(paragraph, m.end)) and m.text not in context.midsentence_caps
            and m.text not in given_names() and m.text not in gazetteer().places)


# The town in capitals that opens a wire dateline, before its credit or dash: "NEW YORK (AP) —", "NEW YORK —".
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z]")


def _datelines(mentions: list[Mention], article: Article) -> list[Mention]:
    """A dateline's town is a place, named whole: the tagger reads "NEW YORK (AP)" as a body and "NEW YORK —" as
    "YORK". Only a town the gazetteer knows: "UNITED NATIONS (AP) —" opens a dispatch from a body."""
    towns: dict[int, Mention] = {}
    for index, paragraph in enumerate(article.paragraphs):
        dateline = DATELINE.match(paragraph)
        town = _DATELINE_TOWN.match(paragraph) if dateline else None
        if town and dateline and town.end() <= dateline.end() and town.group(0).title() in gazetteer().places:
            towns[index] = Mention(article.id, index, 0, town.end(), town.group(0), PLACE)
    if not towns:
        return mentions
    kept = [m for m in mentions if not (m.paragraph in towns and m.start < towns[m.paragraph].end)]
    return sorted(kept + list(towns.values()), key=lambda m: (m.paragraph, m.start))


# A transcript's speaker label opening a paragraph: "JO ROE, HOST:", "ROE:".
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z]+)?:")


def _speaker_labels(mentions: list[Mention], article: Article) -> list[Mention]:
    """A transcript's speaker labels are people: a full name in capitals opening a paragraph ("JO ROE, HOST:"), and
    its surname alone opening others ("ROE:"), which the tagger reads as a town or a body. Only a surname the
    article gives alone and in full as labels: "UPDATE:", "MOSCOW:" or "CAR STATS:" label nobody."""
    labels = {i: label for i, p in enumerate(article.paragraphs) if (label := _SPEAKER_LABEL.match(p))}
    full = {label.group(1).split()[-1] for label in labels.values() if " " in label.group(1)
            and not any(w.lower() in FUNCTION_WORDS for w in label.group(1).split())}  # not "MOVE OF THE DAY"
    alone = {label.group(1) for label in labels.values() if " " not in label.group(1)}
    speakers = {i: label for i, label in labels.items() if label.group(1).split()[-1] in full & alone}
    if not speakers:
        return mentions
    kept = [m for m in mentions if not (m.paragraph in speakers and m.start < speakers[m.paragraph].end(1))]
    people = [Mention(article.id, i, 0, label.end(1), label.group(1), PERSON) for i, label in speakers.items()]
    return sorted(kept + people, key=lambda m: (m.paragraph, m.start))


_JOURNEY_NUMBER_AFTER = re.compile(r" (?:[Nn]o\.? ?|#)?[A-Z]{0,3}\d")  # "Flight 446", "Flight no. 446", "Flight #HA446"


def _without_journey_numbers(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A numbered journey's word cut from the end of a name ("Vell Airlines | Flight 446": the airline), and the word
    alone dropped ("Flight #HA446 took off"): a flight is no entity, and its number no part of the carrier's name."""
    out = []
    for m in mentions:
        *name, last = m.text.split(" ")
        if last in NUMBERED_JOURNEY_WORDS and _JOURNEY_NUMBER_AFTER.match(paragraphs[m.paragraph], m.end):
            if not name:
                continue
            m.end, m.text = m.end - len(last) - 1, " ".join(name)
        out.append(m)
    return out


def _without_sentence_openers(mentions: list[Mention]) -> list[Mention]:
    """A name cut where a word opening a sentence follows initials ("the F.B.I. Nothing came of it": the initials'
    full stop ended the sentence), whether the rules or the tagger ran the two together."""
    for m in mentions:
        words = m.text.split(" ")
        cut = next((k for k in range(1, len(words)) if words[k - 1].endswith(".") and _is_acronym(words[k - 1])
                    and words[k].lower() in SENTENCE_OPENING_WORDS), None)
        if cut is not None:
            m.text = " ".join(words[:cut])
            m.end = m.start + len(m.text)
    return mentions


_USER_BEFORE = re.compile(r"\b(?:user|account|handle)(?: (?:called|named))? (\d+ )?$")


def _user_names(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A user's or an account's name with leading figures ("one user called 80 Vell Brix wrote") is a handle with
    its figures, a name of no kind (not the person "Vell Brix")."""
    for m in mentions:
        user = _USER_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 30), m.start)
        if user and user.group(1):
            m.start -= len(user.group(1))
            m.text, m.kind = paragraphs[m.paragraph][m.start : m.end], OTHER


def _unique_spans(mentions: list[Mention]) -> list[Mention]:
    """One mention per span: the tagger's copy of a rules' name and the rules' own one, claimed by
    a shorter tagged name they widen ("Roper Center" | "Roper Center for Public Opinion
    Research"), are one mention, not two. And a person's name ending another's is no person of its
    own: "Rubin Roe" in "Shuly Rubin Roe" is her middle name and surname."""
    seen: set[tuple[int, int, int]] = set()
    people: dict[tuple[int, int], int] = {}  # where a person's name ends -> where the longest one ending there starts
    for m in mentions:
        if m.kind == PERSON:
            people[(m.paragraph, m.end)] = min(people.get((m.paragraph, m.end), m.start), m.start)
    out = []
    for m in mentions:
        if m.kind == PERSON and people[(m.paragraph, m.end)] < m.start:
            continue
        if (m.paragraph, m.start, m.end) not in seen:
            seen.add((m.paragraph, m.start, m.end))
            out.append(m)
    return out


SURE = 0.9
# MISC (events, works, products, nationalities) is a name of no kind the dossier pages: kept as
# "other", so that the rules do not give its words a kind; below its threshold, only where something
# vouches for it (see ``_vouched``).
TAGGER_KINDS = {"PER": PERSON, "ORG": ORG, "LOC": PLACE, "MISC": OTHER}
# A party and state after a politician's name: "(D-Calif.)", "R-Texas".
PARTY_STATE = re.compile(PARTY_STATE_LABEL)  # "D-Mo.", "R-Ariz", "D-N.Y."


def _people_joined(spans: list[tuple[int, int, str, float]], words: list[str], gaps: list[str]
                   ) -> list[tuple[int, int, str, float]]:
    """Two person spans the tagger cut with nothing but a space between are one name when the first is only a name's
    words: "Abdel Moneim | Abdel Maqsud", where the story also names "Abdel Maqsud" alone (a list of people has commas
    or "and"); not a title or role before a name ("Tory MP | Boris Johnson", "Mayor | Jo Roe")."""
    out: list[tuple[int, int, str, float]] = []
    for a, b, label, confidence in spans:
        if (out and label == "PER" and out[-1][2] == "PER" and out[-1][1] == a and gaps[a] == " "
                and all(_names_only(word) for word in words[out[-1][0] : a])):
            out[-1] = (out[-1][0], b, label, min(out[-1][3], confidence))
        elif (out and out[-1][2] == "PER" and label in ("PER", "ORG") and 1 <= a - out[-1][1] <= MAX_PARTICLES
                and all(words[k] in NAME_PARTICLES for k in range(out[-1][1], a))
                and all(gaps[k] == " " for k in range(out[-1][1], a + 1))
                and all(_names_only(word) for word in words[out[-1][0] : out[-1][1]] + words[a:b])):
            # "Paulino | do | Rego Barros Jr.": a given name, particles and a surname, which the tagger cut at the
            # particle (and may read as a body's name) are one person's name
            out[-1] = (out[-1][0], b, "PER", min(out[-1][3], confidence))
        else:
            out.append((a, b, label, confidence))
    return out


MAX_PARTICLES = 2  # "von der": particles in a row inside one name


def _names_only(word: str) -> bool:
    """Whether a word may be part of a person's name and nothing else: no title, role, initials or function word."""
    bare = word.rstrip(".")
    return (word[:1].isupper() and not word.isupper() and bare not in TITLE_WORDS and bare.lower() not in ROLE_NOUNS
            and word.lower() not in FUNCTION_WORDS)


def _tagged_mentions(
    article: Article, sentences: list[tuple[int, list[Token]]], sure: set[int], doubtful: set[int]
) -> list[Mention]:
    """The names the statistical tagger finds, sentence by sentence; ``sure`` receives the ids of
    those it tagged with a marginal probability of at least SURE on every word, ``doubtful`` those
    below its kind's threshold (``ner.THRESHOLDS``)."""
    if not sentences:
        return []
    items = [(i, sentence, *ner.sentence_items(sentence, article.paragraphs[i])) for i, sentence in sentences]
    doc = ner.doc_context([(words, gaps) for _, _, words, gaps in items])
    sport = _reports_sport(article.paragraphs)
    out = []
    for index, sentence, words, gaps in items:
        paragraph = article.paragraphs[index]
        for a, b, label, confidence in _people_joined(ner.tag_sentence(words, gaps, doc), words, gaps):
            kind, tagged_words = TAGGER_KINDS[label], b - a
            if kind == OTHER and sport and _place_and_nickname(words[a:b]):
                kind, label = ORG, "ORG"  # "the New Orleans Saints beat ...": a team, the tagger may read an event
            if kind == OTHER and words[b - 1] in SURNAME_EVENT_WORDS and _kind_of(words[a:b]) == PERSON:
                kind = PERSON  # "Adrienne Day": the tagger reads an occasion ("Election Day") in a given name's surname
            if kind == OTHER and (_kind_of(words[a:b]) is None
                                  or any(re.search(r"-[a-z]", w) for w in words[a:b])):
                continue  # "Russians", "Western", "Austin-based", "Oscar-winning": adjectives, no names of their own
            while a < b and not words[a][0].isupper() and words[a] not in NAME_PARTICLES:
                a += 1  # "gorilla Harambe": a name starts with a capital
            while b > a and (not words[b - 1][0].isupper() or words[b - 1] == "I"):
                b -= 1  # "ICRC vehicles", "Do I"
            if a < b and words[a] in HONORIFICS and _particle_surname(" ".join(words[a + 1 : b])):
                a, kind = a + 1, PERSON  # "Mr. de León", which the tagger may take whole, even for a place
            title = b
            while title > a + 1 and words[title - 1].rstrip(".") in TITLE_WORDS:
                title -= 1
            if (title < b and words[b - 1].rstrip(".").lower() in ROLE_NOUNS
                    and " ".join(words[a:title]) in gazetteer().places):
                b, kind = title, PLACE  # "New York Mayor", "Texas Governor": a place, then a title (not "Ohio State")
            elif (title < b and b < len(words) and words[b].rstrip(".").lower() in ROLE_NOUNS
                    and set(words[title:b]) <= PARTY_SIDES):
                b = title  # "Senate Majority | Leader Harry Reid": the tagger cut the title; the body is the Senate
            elif (kind == ORG and title < b and b < len(words) and words[b][:1].isupper()
                    and words[title - 1].rstrip(".") not in TITLE_WORDS):
                b = title  # "Tamber Nation COO | Kay Dunmore": a body, then the title of its officer named next
            while (a + 1 < b and sentence[a].sentence_start and sentence[a].text.lower() in FUNCTION_WORDS
                   and sentence[a].text not in TITLE_WORDS and sentence[a].text.title() not in ner.place_words()[1]):
                a += 1  # "Later Alemán", "But Rutte" opening a sentence; not "New Zealand"
            b = next((k for k in range(a + 1, b) if not _name_gap(gaps[k], words[k])
                      or (words[k].islower() and words[k] not in NAME_PARTICLES
                          and (kind == PERSON or words[k] not in FUNCTION_WORDS))), b)
            # ... and a word in lower case that is no particle ("McDermott fuels Creighton"; in a person's name, no
            # function word either: "Prince or Beyoncé" is two) ends it
            if a >= b:
                continue
            if a > 0 and words[a - 1][:1].isupper() and " ".join(words[a - 1 : b]) in gazetteer().places:
                a, kind = a - 1, PLACE  # "New Hampshire" of which the tagger kept "Hampshire"
                if out and (out[-1].paragraph, out[-1].start) == (index, sentence[a].start):
                    # ... and "Washington" of "Washington, D.C." that it tagged alone is no second place there
                    sure.discard(id(out[-1]))
                    doubtful.discard(id(out[-1]))
                    out.pop()
            if kind == PERSON and b == a + 1 and b < len(words) and _surname_follows(words, gaps, a, doc):
                b += 1  # "JOE BIDEN" in capitals: the tagger kept only the given name
            if (b - a >= 3 and words[a] not in given_names() and words[a] not in gazetteer().places
                    and words[a].lower() not in FUNCTION_WORDS  # "The Sun Online": an article opens no title
                    and " ".join(words[a : a + 2]) not in gazetteer().places  # "New York City": no "York City"
                    and words[a] not in NAME_PARTICLES and _looks_like_full_name(words[a + 1 : b])
                    and not _unlisted_given_name(sentence, a, doc)
                    and not _national_body(words[a:b], words[a - 1] if a else "")
                    and words[a] not in BODY_OPENING_WORDS):
                a, kind = a + 1, PERSON  # "Psychologist Nancy Doe said", "Sixers Hire Maurice Cheeks"
            elif kind == PERSON and b - a >= 3 and words[a] in DEMONYM_NOUNS:
                a += 1  # "Brit Kartik Bhanot": who the person is, then a full name (not "Brit Marling")
            if (kind == PERSON and b - a >= 3 and a > 0 and words[a] in RANKS_AFTER_TITLES
                    and words[a - 1].rstrip(".") in TITLE_WORDS):
                a += 1  # "Asst Ch | Con Jo Roe": the tagger took the last word of the rank for a given name
            if kind == OTHER and b - a < tagged_words and " ".join(words[a:b]) in gazetteer().places:
                kind = PLACE  # "Mountain View based" tagged MISC as a whole: the place is what remains
            start, end = sentence[a].start, sentence[b - 1].end
            if paragraph[end : end + 1] == "." and sentence[b - 1].text in ABBREVIATIONS - MONTHS:
                end += 1  # "Acme Inc.", "John Smith Jr.": the abbreviation's full stop is part of the name
            mention = Mention(article.id, index, start, end, paragraph[start:end], kind)
            out.append(mention)
            if confidence >= SURE:
                sure.add(id(mention))
            elif confidence < ner.THRESHOLDS[label]:
                doubtful.add(id(mention))
    out = _join_split_bodies(out, article.paragraphs, sure, doubtful)
    _agree_kinds(out, doubtful)
    return out


# A capitalised word and "and" right before a name: "Fish and" of "Fish and Wildlife Service".
FIELD_BEFORE_AND = re.compile(r"(?<![\w.&'’-])([A-Z][a-z]+) and $")


def _ordinary_field(word: str) -> bool:
    """A word that can be a field in a body's name, not a name or a body of its own ("Fish", "Drug";
    not "Britain", "Smith", "Treasury", "Council" or "The")."""
    return (word not in gazetteer().places and word not in given_names() and word.lower() not in FUNCTION_WORDS
            and word not in BODY_HEADS | ORG_CUES | INSTITUTIONS | TITLE_WORDS)


def _body_head(words: list[str]) -> str:
    """A body's head word: the last, or the one before its first function word ("Alliance" of "Alliance Against
    Defamation", "Council" of "Council for Vell Studies")."""
    return next((w for w, after in zip(words, words[1:], strict=False) if after.lower() in FUNCTION_WORDS), words[-1])


def _join_split_bodies(
    mentions: list[Mention], paragraphs: list[str], sure: set[int], doubtful: set[int]
) -> list[Mention]:
    """One body's name of two fields that the tagger cut at its "and", doubting the second half: "UN
    Relief | and | Works Agency" is the "UN Relief and Works Agency". The first half is no place or
    person and ends in no body's word of its own (that is two bodies: see ``_two_bodies``); the
    second has two words or more and ends in an organisation's cue word. Likewise a field the tagger
    left out, one capitalised word before "and" that names nothing of its own ("U. S. | Fish and
    Wildlife Service"), or that "the" opens, a given name but no person's there ("the Vell and | Brix Alliance
    Against Fraud": the body's head word may come before its last word)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        # The pattern ends at the mention ("$" also before a last newline): look for its " and " there first.
        before_and = paragraphs[m.paragraph].endswith((" and ", " and \n"), 0, m.start)
        field_word = FIELD_BEFORE_AND.search(paragraphs[m.paragraph], 0, m.start) if before_and else None
        if (field_word and m.kind == ORG and len(m.text.split()) >= 2 and _body_head(m.text.split()) in ORG_CUES
                and (_ordinary_field(field_word.group(1))
                     or (_THE_BEFORE.search(paragraphs[m.paragraph], 0, field_word.start())
                         and field_word.group(1) not in gazetteer().places))):
            field = (m.paragraph, field_word.start(), field_word.end(1))
            start = field_word.start()
            if last is not None and (last.paragraph, last.start, last.end) == field and id(last) in doubtful:
                out.pop()  # the tagger's doubtful "Fish" alone
                doubtful.discard(id(last))
                last = out[-1] if out else None
            elif (last is not None and (last.paragraph, last.end) == (m.paragraph, field_word.end(1))
                  and _is_country_name(paragraphs[m.paragraph][last.start : start].strip())):
                # "United States Fish | and Wildlife Service": the tagger ran the field into the body's country
                out.pop()
                doubtful.discard(id(last))
                sure.discard(id(last))
                start = last.start
                last = out[-1] if out else None
            if last is None or last.paragraph != m.paragraph or last.end <= start:
                m.start = start
                m.text = paragraphs[m.paragraph][m.start : m.end]
        if (last is not None and last.paragraph == m.paragraph and id(m) in doubtful and m.kind == ORG
                and paragraphs[m.paragraph][last.end : m.start] == " and " and last.kind in (ORG, OTHER)
                and last.text not in gazetteer().places and last.text.split()[-1] not in BODY_HEADS | ORG_CUES
                and len(m.text.split()) >= 2 and m.text.split()[-1] in ORG_CUES):
            last.end, last.kind = m.end, ORG
            last.text = paragraphs[m.paragraph][last.start : last.end]
            doubtful.discard(id(m))  # ``m`` is dropped: its id may be reused by a new mention
            sure.discard(id(m))
            continue
        if (last is not None and last.paragraph == m.paragraph and last.kind == ORG and m.kind in (ORG, OTHER)
                and last.text.split()[-1] in ORGAN_CUES and m.text not in gazetteer().places
                and _OF_THE.fullmatch(paragraphs[m.paragraph], last.end, m.start)):
            # "International Committee | of the | Red Cross": an organ's name cut at its "of", what it is of no place
            last.end = m.end
            last.text = paragraphs[m.paragraph][last.start : last.end]
            doubtful.discard(id(m))
            sure.discard(id(m))
            continue
        out.append(m)
    return out


_OF_THE = re.compile(r" of (?:the )?")


def _place_and_nickname(words: list[str]) -> bool:
    """A team's full name: a place the gazetteer knows, then a nickname ("New Orleans Saints", "North
    Carolina Tar Heels")."""
    return any(" ".join(words[:k]) in gazetteer().places and _team_nickname(words[k:])
               for k in (len(words) - 1, len(words) - 2) if k >= 1)


def _vouched(
    tagged: list[Mention], doubtful: set[int], rules: list[Mention], headline_starts: set[tuple[int, int]],
    paragraphs: list[str],
) -> list[Mention]:
    """The tagged names, with the doubtful ones nothing vouches for replaced by what the rules found
    in their words. A name tagged below its kind's threshold stays when the tagger gave the same
    name the same kind with confidence elsewhere in the article, the rules found the same words as
    a name of the same kind, or a precise cue agrees with its kind (a given name and a surname, a
    reporting verb or a title next to a person, a cue word ending an organisation: see
    ``_precise_rule``; initials in brackets after it); otherwise the rules decide there, or if they
    found nothing the name stays of unknown kind ("Colts", whose kind the team's full name gives),
    unless the tagger read it as MISC, a name of no kind: then nothing stays. Names in Title Case
    headings are left to ``_reconcile``, which asks every one of them for a voucher."""
    confident = {(m.text.lower(), m.kind) for m in tagged if id(m) not in doubtful}  # "ATALANTA", "Atalanta"
    ruled = {(m.paragraph, m.start, m.end, m.kind) for m in rules}
    out: list[Mention] = []
    taken: set[int] = set()
    for m in tagged:
        if (id(m) not in doubtful or (m.text.lower(), m.kind) in confident
                or (m.paragraph, m.start, m.end, m.kind) in ruled or (m.paragraph, m.start) in headline_starts
                or _precise_rule(m, paragraphs[m.paragraph]) or _spelled_out(m, paragraphs[m.paragraph])
                or (m.kind == PERSON and " " in m.text and _looks_like_full_name(m.text.split()))):
            out.append(m)
            continue
        inside = [r for r in rules if r.paragraph == m.paragraph and r.start < m.end and m.start < r.end
                  and (r.kind != OTHER or _elided_tail(m, r, paragraphs[m.paragraph])) and id(r) not in taken]
        taken.update(id(r) for r in inside)
        if not inside and m.kind != OTHER:
            m.kind = OTHER  # a name of unknown kind: resolution may join it to a name whose kind is known
            out.append(m)
        out += [replace(r) for r in inside]  # copies: the rules' own mentions stay for _reconcile to claim
    return out


# A year right after a name, which ends there: "Euro 2016" (not "Expo 2020-21", "Vell 2016,000").
YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\w,.-]?\d)(?!-)")


def _with_years(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A one-word name of no known kind with a year right after it is an occasion's name cut before its year:
    "Euro 2016", "Expo 2020"; the year is part of it."""
    for m in mentions:
        if m.kind == OTHER and " " not in m.text and (year := YEAR_AFTER.match(paragraphs[m.paragraph], m.end)):
            m.end = year.end()
            m.text = paragraphs[m.paragraph][m.start : m.end]


# A small number right after a name, no figure ("10,000", "10.5", "10%", "10-year", "140 million") and no year:
# "Channel 10".
_NAME_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w,.:/]?\d)(?![-%\w])(?! (?:" + "|".join(sorted(COUNTED_NOUNS)) + r")\b)")


def _with_numbers(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name of no known kind with a small number right after it is a numbered thing's name cut before its number
    ("Vellish Channel 10 news" is "Vellish Channel 10", not "Vellish Channel"); the number is part of it. A month's
    number is a date's day ("March 10")."""
    for m in mentions:
        if (m.kind == OTHER and m.text.rsplit(" ", 1)[-1] not in MONTHS
                and (number := _NAME_NUMBER_AFTER.match(paragraphs[m.paragraph], m.end))):
            m.end = number.end()
            m.text = paragraphs[m.paragraph][m.start : m.end]


_LEADER_GOVERNMENT_AFTER = re.compile(r" (" + "|".join(sorted(LEADER_GOVERNMENT_NOUNS)) + r")\b")
_PERSON_BODY_AFTER = re.compile(r" (" + "|".join(sorted(PERSON_BODY_NOUNS)) + r")\b")


def _leaders_governments(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A person's name, or one of no known kind, between "the" and a noun for a government ("the Vell administration")
    names that government, a body: the mention is "Vell administration", never the leader's. So does a person's name
    before a noun for a body working for them ("the Roe campaign"), read as a person's here or elsewhere in the
    article ("President Roe"); not a title read as a person's ("the Vellish Executive campaign")."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == PERSON}
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        if (m.kind in (PERSON, OTHER) and _THE_BEFORE.search(paragraph, max(0, m.start - 4), m.start)
                and (noun := _LEADER_GOVERNMENT_AFTER.match(paragraph, m.end)
                     or (m.kind == PERSON and not m.role or m.text in surnames)
                     and _PERSON_BODY_AFTER.match(paragraph, m.end))):
            m.end, m.kind, m.role = noun.end(), ORG, None
            m.text = paragraph[m.start : m.end]


_STRUCTURE_AFTER = re.compile(r" (" + "|".join(sorted(NAMED_STRUCTURE_NOUNS)) + r")\b")


def _named_structures(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A person's name between "the" and a noun for a built place ("the Vell Roe bridge", "the Roe airport") names
    that place: the mention is "Vell Roe bridge", a place, never the person (whom the article may name elsewhere)."""
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        if (m.kind == PERSON and _THE_BEFORE.search(paragraph, max(0, m.start - 4), m.start)
                and (noun := _STRUCTURE_AFTER.match(paragraph, m.end))):
            m.end, m.kind, m.role = noun.end(), PLACE, None
            m.text = paragraph[m.start : m.end]


_LOWER_CASE_BODY_HEAD_AFTER = re.compile(r" (" + "|".join(sorted(LOWER_CASE_BODY_HEADS)) + r")\b")


def _bodies_with_lower_case_heads(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A country's adjective and another word, before a lower-case head noun of a body ("British Transport police"),
    are that national body's name in an outlet's style: the mention takes the noun and is the body's. A place before
    it ("New York police", "Nassau County police") stays the place: a force is as often named by its place's."""
    gaz = gazetteer()
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        words = m.text.split()
        if (m.kind in (PLACE, ORG, OTHER) and len(words) > 1 and words[0] in gaz.demonyms and m.text not in gaz.places
                and (noun := _LOWER_CASE_BODY_HEAD_AFTER.match(paragraph, m.end))):
            m.end, m.kind, m.role = noun.end(), ORG, None
            m.text = paragraph[m.start : m.end]


# "and" and another chamber's head word with a noun in lower case after it: "[Vellish House] and Senate candidates".
_CHAMBER_AND_AFTER = re.compile(r" and (?:" + "|".join(sorted(LEGISLATURE_HEADS)) + r") [a-z]")


def _without_chamber_modifiers(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A describing word and a chamber's head word joined to another chamber's before a noun ("Republican House and
    Senate candidates") say whom the noun is: people, no body of either name."""
    modifiers = {(m.paragraph, m.end) for m in mentions
                 if (words := m.text.split())[-1] in LEGISLATURE_HEADS and len(words) > 1
                 and all(w in DESCRIPTIVE_WORDS for w in words[:-1])
                 and _CHAMBER_AND_AFTER.match(paragraphs[m.paragraph], m.end)}
    return [m for m in mentions if (m.paragraph, m.end) not in modifiers
            and (m.paragraph, m.start - len(" and ")) not in modifiers]


def _elided_tail(tagged: Mention, rule: Mention, paragraph: str) -> bool:
    """Whether the rules' name is the tagged one with the word after a glued particle the tagger stopped at:
    "Côte | d'Azur", "Bashar | al-Assad"."""
    return (rule.start == tagged.start and rule.end > tagged.end
            and bool(GLUED_NAME.fullmatch(paragraph[tagged.end : rule.end].strip())))


def _spelled_out(m: Mention, paragraph: str) -> bool:
    """A name its initials follow in brackets: "Advanced Micro Devices (AMD)"."""
    initials = acronym_of(m.text)
    return len(initials) >= 2 and paragraph[m.end : m.end + len(initials) + 3] == f" ({initials})"


def _unlisted_given_name(sentence: list[Token], k: int, doc: ner.DocContext) -> bool:
    """A capitalised word before a given name and a surname that is a given name of its own, though
    no list has it ("shooting Ka'Loni Marie Flynn"): mid-sentence after a word in lower case, never
    written in lower case in the article, and no title ("Judge"), affiliation ("Tory", "Democrat")
    or organisation word."""
    word = sentence[k].text
    return (k > 0 and not sentence[k].sentence_start and sentence[k - 1].text.islower() and not _is_acronym(word)
            and word.lower() not in doc.lowercase and word not in TITLE_WORDS and word not in ORG_CUES
            and word.lower() not in ROLE_NOUNS and word not in ner.place_words()[1]
            and word not in gazetteer().demonyms and word not in DESCRIPTIVE_WORDS)


def _unlisted_opening_name(gap: str, context: _Context) -> bool:
    """Whether the one word a sentence opens with before a person's name is a given name no list has: no word
    of the language nor of the article in lower case, no title, affiliation, nationality or body's word
    ("Idier", not "Actress", "Tory", "Brit" or "Senate")."""
    word = gap.strip()
    return (gap == word + " " and word.isalpha() and word.istitle() and word.lower() not in ordinary_words()
            and word.lower() not in context.lowercase_words and word.lower() not in FUNCTION_WORDS
            and word not in TITLE_WORDS and word not in ORG_CUES and word.lower() not in ROLE_NOUNS
            and word not in gazetteer().places and word not in gazetteer().demonyms and word not in DESCRIPTIVE_WORDS
            and word not in DEMONYM_NOUNS)


def _surname_follows(words: list[str], gaps: list[str], k: int, doc: ner.DocContext) -> bool:
    """A given name tagged alone, followed by a capitalised word that is no ordinary word: its surname."""
    after = words[k + 1]
    return (words[k].title() in given_names() and gaps[k + 1] == " " and after[:1].isupper()
            and after.lower() not in FUNCTION_WORDS | REPORTING_VERBS
            # "may" written as a verb elsewhere leaves "Theresa May" her name
            and (after.lower() not in doc.lowercase or after in DATES_ALSO_NAMES)
            and after.title() not in gazetteer().places)


def _particle_surname(text: str, strict: bool = True) -> bool:
    """A surname with its particles and no given name: "de Blasio", "von der Leyen"; not ``strict``, also with
    particles in capitals ("Da Silva", "De Niro"), which may as well be a given name and a surname ("Den Watts")."""
    words = _surface(text).split()
    return len(words) >= 2 and all(w in NAME_PARTICLES or (not strict and w.lower() in NAME_PARTICLES)
                                   for w in words[:-1])


def _name_gap(gap: str, following: str) -> bool:
    """Whether the text between two words can sit inside one name: a space, an initial's full stop
    ("Mary J. Blige"), or a possessive that a cue word continues ("Queen's Park", "People's
    Republic"), not a comma or quote ("NATO," Yermak) or a plain possessive ("Russia's Kursk")."""
    if gap in (" ", ". ", "-", " & "):
        return True
    return gap in ("'s ", "’s ") and (following in ORG_CUES or following in PLACE_CUES or following == "Republic")


def _agree_kinds(mentions: list[Mention], doubtful: set[int]) -> None:
    """One name, one kind within an article: a person's surname or given name alone is a person
    ("Lentini" after "Gianluigi Lentini", not a place; a full name the tagger doubts, "Falcon Heavy",
    makes no person of "Falcon"), and otherwise the kind the tagger gave the name most often wins."""
    full_names = [m.text.split() for m in mentions if m.kind == PERSON and " " in m.text and id(m) not in doubtful]
    surnames = {w for words in full_names for w in (words[0], words[-1])}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text][m.kind] += 1
    for m in mentions:
        if " " not in m.text and m.text in surnames:
            m.kind = PERSON
        elif len(votes[m.text]) > 1:
            (best, n), (_, second) = votes[m.text].most_common(2)
            if n > second:
                m.kind = best


def _reconcile(
    rules: list[Mention], tagged: list[Mention], sure: set[int], headline_starts: set[tuple[int, int]],
    context: _Context, paragraphs: list[str], tokenised: list[list[Token]],
) -> list[Mention]:
    """The tagger's names, with what the rules know for certain added.

    The tagger decides what is a name and of which kind. The rules add a person's title ("Russian
    Foreign Minister" for "Sergey Lavrov"), cut a title or modifier the tagger left inside a name
    ("Actress Tara Reid"), keep a place's region word ("Kursk region"), correct a kind their word
    lists are sure of (see ``_lexical_kind``), and add what the tagger missed where their cue is
    precise (see ``_precise_rule``). In a Title Case heading, where capitals say little, a
    tagged name must be vouched for (see ``_vouched_in_heading``).
    """
    by_paragraph: dict[int, list[Mention]] = defaultdict(list)
    for m in rules:
        by_paragraph[m.paragraph].append(m)
    # The words of the names the article gives in full, the tagger's and the rules' people's ("Park" of "Park
    # Soo-hyun", which the rules alone find): such a word alone is that name, wherever the sentence puts it.
    name_words = {w for m in tagged if " " in m.text for w in m.text.split()} | {
        w for m in rules if m.kind == PERSON and " " in m.text for w in m.text.split()}
    # Sentence-opening words followed by a lower-case word: prose, where capitals say least.
    starts = {(i, a.start) for i, tokens in enumerate(tokenised) for a, b in zip(tokens, tokens[1:], strict=False)
              if a.new_sentence and b.text.islower()}
    # A shouted word, and a word right after one ("CHECK YOUR CREDIT SCORE Check your report").
    shouted = {(i, b.start) for i, tokens in enumerate(tokenised)
               for a, b in zip([None, *tokens], tokens, strict=False) if b.shouted or (a is not None and a.shouted)}
    unsure_starts = headline_starts | shouted
    opens = {(i, t.start) for i, tokens in enumerate(tokenised) for t in tokens if t.sentence_start}
    tagged_forms = {m.text for m in tagged}
    prose = [m for m in tagged if (m.paragraph, m.start) not in unsure_starts]
    caps_paragraphs = {i for i, tokens in enumerate(tokenised) if ner.is_all_caps([t.text for t in tokens])}
    prose_forms = {m.text.lower() for m in prose} | {m.text.split()[-1].lower() for m in prose if m.kind == PERSON}
    out: list[Mention] = []
    claimed: set[int] = set()
    decided: dict[str, str] = {}  # name -> the kind a decisive cue gave it somewhere in the article
    for c in tagged:
        paragraph = paragraphs[c.paragraph]
        _drop_article(c, paragraph)
        overlapping = [r for r in by_paragraph[c.paragraph] if r.start < c.end and c.start < r.end]
        for r in overlapping:
            if _elided_tail(c, r, paragraph):
                c.end, c.text = r.end, r.text
        inside = [r for r in overlapping if r.start >= c.start and r.end <= c.end and r.kind != OTHER]
        title_case = (c.paragraph, c.start) in headline_starts
        shouting = (c.paragraph, c.start) in shouted and c.paragraph not in caps_paragraphs
        if shouting and c.text.lower() not in prose_forms and c.text.title() not in gazetteer().places:
            claimed.update(id(r) for r in overlapping)
            continue
        if title_case and (not _vouched_in_heading(c, prose_forms, context, inside, id(c) in sure)
                           or _result_heading(c, paragraphs)):
            claimed.update(id(r) for r in overlapping)
            out += inside  # "Putin" in "Putin Says Talks Will Continue"
            continue
        _drop_ordinary_opener(c, context, opens, tagged_forms)
        if _implausible(c, context, paragraph, (c.paragraph, c.start) in starts and id(c) not in sure, name_words,
                        opens_sentence=(c.paragraph, c.start) in opens):
            continue
        wider = [r for r in overlapping if r.start <= c.start and r.end >= c.end and len(r.text) > len(c.text) and (
            (r.kind == ORG and "-based" not in r.text
             and (r.text.split()[-1] in ORG_CUES or _cue_of_connector(r.text.split()) or _plural_body(r.text.split())))
            or (r.kind == PLACE and c.kind == PERSON and r.text.split()[-1] in PLACE_HEADS)
            or (r.kind == PLACE == c.kind and _surface(r.text) in gazetteer().places))]
        # "Prosecutor General's Office", not a person "Prosecutor General"; "St. Louis County", not "Louis County";
        # a known place's whole name, not its tail ("Democratic People's Republic of Korea")
        if c.kind == PERSON and c.text in PLACE_COMPANY_HEADS:
            # "Air" of "Envoy Air", the title's word cut off: a company's name, whose last word names no one
            wider = [replace(r, kind=ORG) for r in overlapping
                     if r.start < c.start and r.end == c.end and r.kind in (ORG, OTHER)]
        if wider:
            claimed.update(id(r) for r in overlapping)
            out += [r for r in wider if r not in out]
            continue
        spelled = [r for r in overlapping if r.start <= c.start and r.end >= c.end and len(r.text) > len(c.text)
                   and r.kind in (ORG, OTHER) and _spelled_out(r, paragraph)]
        if spelled:  # "Advanced Micro Devices (AMD)": the initials vouch for the whole name, an organisation's
            claimed.update(id(r) for r in overlapping)
            for r in spelled:
                r.kind = ORG
            out += [r for r in spelled if r not in out]
            continue
        if (any(r.kind == ORG and r.text.split()[-1] in ORG_CUES for r in inside)
                and any(r.kind == PERSON and _looks_like_full_name(r.text.split()) for r in inside)):
            claimed.update(id(r) for r in overlapping)
            out += inside  # "Defense and Security Committee | Franz Klintsevich": two names run together
            continue
        places = [r for r in inside if r.kind == PLACE and r.start == c.start]
        people = [r for r in inside if r.kind == PERSON and r.end == c.end and " " in r.text]
        if c.kind != PERSON and places and people and _is_title(paragraph[places[0].end : people[0].start].split()):
            claimed.update(id(r) for r in overlapping)
            out += [places[0], people[0]]  # "London Mayor Sadiq Khan": a place, a title, a person
            continue
        # The tagger's name may open inside the title: "Minister of | Defence Jo Roe"
        titled = [r for r in people if r.role and paragraph[c.start : r.start].strip() == r.role
                  or r.role and " of " in r.role and r.role.endswith(" " + paragraph[c.start : r.start].strip())]
        if c.kind != PERSON and titled:
            claimed.update(id(r) for r in overlapping)
            out.append(titled[0])  # "South Korean President Park Geun-hye": a title, then a person, no place
            continue
        for r in overlapping:
            claimed.add(id(r))
            if (r.start, r.end) == (c.start, c.end) and r.kind != c.kind and _decisive_cue(r, paragraph):
                c.kind = decided[c.text] = r.kind
            if (r.kind == c.kind and r.start == c.start and r.end > c.end
                    and re.fullmatch(r" [a-z]+", paragraph[c.end : r.end])):
                c.end, c.text = r.end, r.text  # "Kursk region", "Republican party"
            if (c.kind == PERSON and r.kind == PERSON and c.start <= r.start and r.end <= c.end
                    and paragraph[r.end : c.end] in ("", ".")):
                # (the tagger's name may keep its suffix's full stop: "Jo Roe Jr.")
                if r.start == c.start or _is_title(paragraph[c.start : r.start].split()):
                    c.start, c.text, c.role = r.start, paragraph[r.start : c.end], r.role  # "Actress | Tara Reid"
            elif (c.kind == PERSON == r.kind and r.end == c.end and (r.paragraph, r.start) in opens
                  and c.text.split()[0] not in given_names()
                  and _unlisted_opening_name(paragraph[r.start : c.start], context)):
                # "Idier | Roe Velmar, 51, said": no list has every given name, and the name left has none
                # (not "Fullback | Andre Roe")
                c.start, c.text = r.start, r.text
        if (id(c) not in sure or c.text in INSTITUTIONS | CELESTIAL_BODIES or c.text in ALTERNATE_BODY_NAMES
                or (c.kind == ORG and _is_country_name(c.text))
                or (c.kind == PLACE and _POSSESSIVE_BODY.search(c.text))
                or _KOREAN_NAME.fullmatch(c.text)):  # the tagger is sure of "Park Soo-hyun" as a park
            c.kind = _lexical_kind(c.text, c.kind) or c.kind
            if (c.kind in (ORG, PLACE) and c.text not in gazetteer().places and _looks_like_full_name(c.text.split())
                    and not (c.kind == ORG and _place_and_nickname(c.text.split()))):
                c.kind = PERSON  # "Whit Honea": a given name and a surname; not "Carolina Panthers", a team
        out.append(c)
    for r in rules:
        if id(r) in claimed or (r.paragraph, r.start) in headline_starts:
            continue
        if _is_role_only(r) or (
            _precise_rule(r, paragraphs[r.paragraph]) and (r.paragraph, r.start) not in shouted
            and not _implausible(r, context, paragraphs[r.paragraph], False, name_words,
                                 opens_sentence=(r.paragraph, r.start) in opens)
            and not ((r.paragraph, r.start) in starts and _plural(r.text) and r.text not in name_words)
        ):
            out.append(r)
    # "Palmer Public Safety Director Jon Owen": a name the tagger read inside another's title is no person.
    titles = {(m.paragraph, m.start - len(m.role) - 1, m.start) for m in out if m.role and not _is_role_only(m)
              and paragraphs[m.paragraph][m.start - len(m.role) - 1 : m.start - 1] == m.role}
    out = [m for m in out if not ((m.kind == PERSON or m.text in DOTTED_TITLES) and any(
        p == m.paragraph and a <= m.start and m.end < b for p, a, b in titles))]
    person_words = {w for m in out if m.kind == PERSON and " " in m.text for w in m.text.split()}
    # A name alone that says something or follows a title ("Roe said", "Mr Roe"), as a person's surname does; not one
    # that "the" comes before, a team's or a thing's ("The Vellbirds will play"), though read as a person
    lone_people = ({m.text for m in out if m.kind == PERSON and " " not in m.text
                    and (_REPORTING_AFTER.match(paragraphs[m.paragraph], m.end)
                         or _TITLE_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 20), m.start))}
                   - {m.text for m in out if _THE_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 5), m.start)})
    # A firm named after people is named so again ("Mossack Fonseca employs"): the tagger's one reading of a full
    # name as a body's or a place's is its context's ("the head of the Vell Bank, Jo Roe,")
    body_uses = Counter(m.text for m in out if m.kind in (ORG, PLACE))
    surnames = {m.text.rsplit(" ", 1)[1] for m in out if m.kind == PERSON and " " in m.text}
    # ... and no short name of another body's or place's ("Manchester City" ... "City")
    tails: dict[str, set[str]] = defaultdict(set)
    for m in out:
        if m.kind in (ORG, PLACE) and " " in m.text:
            tails[m.text.rsplit(" ", 1)[1]].add(m.text)
    for m in out:
        m.kind = decided.get(m.text, m.kind)
        if (m.kind in (ORG, PLACE) and body_uses[m.text] == 1 and tails[m.text.rsplit(" ", 1)[-1]] <= {m.text}
                and _named_by_surname(m.text, lone_people, context.lowercase_words)
                and not _decisive_cue(m, paragraphs[m.paragraph])):
            m.kind = PERSON
        if (m.kind == PERSON and " " not in m.text and m.text not in person_words and id(m) not in sure
                and not m.role and not _precise_rule(m, paragraphs[m.paragraph])):
            m.kind = OTHER  # a lone word with no full name, title or "said" to make it a person ("Pixel")
        m.kind = _neighbours_kind(m, paragraphs[m.paragraph]) or m.kind
        if m.kind == PLACE and m.text in surnames and (
                _REPORTING_AFTER.match(paragraphs[m.paragraph], m.end)
                or _PERSON_TITLE_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - CUE_REACH), m.start)):
            m.kind = PERSON  # "Mr. Jordan" or "Jordan said" of "Jim Jordan": a surname that is also a country's name
        if (m.kind == PERSON and _place_and_nickname(m.text.split())
                and re.search(r"\bthe $", paragraphs[m.paragraph][max(0, m.start - 4) : m.start], re.I)):
            m.kind = ORG  # "the Carolina Panthers": a team named for a place that is also a given name
        of = m.text.find(" of ")
        if m.kind == PERSON and of > 0 and not _is_role_only(m):
            m.end, m.text = m.start + of, m.text[:of]  # "Jane Doe of Schenectady": the place is no part of her name
    return out


def _named_by_surname(text: str, lone_people: set[str], lowercase: set[str]) -> bool:
    """Whether a name of two or three words the tagger read as a body's or a place's is a person's, its last word
    the article's name alone for a person ("Agustín Vell" ... "Vell said"): its first word a given name, or no word
    or place of its own ("Nouriel") in a name of two words, and its words of no body's or place's ("Vell Bank",
    "Stern School"), initials or words news or the article (``lowercase``) writes in lower case ("Crystal Palace"
    ... "Palace": a club's short name)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or words[-1] not in lone_people or text in gazetteer().places:
        return False
    first = ascii_fold(words[0])
    return (all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").replace("'", "").isalpha()
                and w.lower() not in ordinary_words() and w.lower() not in lowercase for w in words[1:])
            and (first in given_names() or (len(words) == 2 and first.lower() not in ordinary_words()
                                            and first not in gazetteer().places and not _is_acronym(words[0])))
            and _kind_of(words) not in (ORG, PLACE) and not _place_and_nickname(words))


# A possessive then a body's head noun ends no place's name: "Vell County Prosecutor's Office".
_POSSESSIVE_BODY = re.compile(r"['’]s? (?:" + "|".join(sorted(BODY_HEADS - PLACE_CUES)) + r")$")


# Where a clause opens: a paragraph's start, or a full stop, colon, semicolon, comma or quote mark before a name.
CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,\"“”‘’'(]\s*)$")


def _drop_ordinary_opener(m: Mention, context: _Context, opens: set[tuple[int, int]], tagged_forms: set[str]) -> None:
    """A sentence's first word that news text writes in lower case, or a connective, is no part of the name after it
    when the article names that without it: "Eventually Duisburg absorbed Ruhrort", "Plus Obama is nominating" (not
    "Human Rights Watch" opening a sentence: "Rights Watch" is no name of the article)."""
    first, _, rest = m.text.partition(" ")
    opener = first.lower() in ordinary_words() or first.lower() in OPENING_CONNECTIVES
    if (not rest or (m.paragraph, m.start) not in opens or not opener
            or first in context.midsentence_caps or first in given_names() or first.rstrip(".") in TITLE_WORDS):
        return
    # A participle before a given name describes the person: "Devastated Hayley added"
    if rest in tagged_forms or rest in context.lone_caps or (first.endswith("ed") and rest.split()[0] in given_names()):
        m.start += len(first) + 1
        m.text = rest


def _neighbours_kind(m: Mention, paragraph: str) -> str | None:
    """The kind the words around a name give it against the tagger's, or None: a person's name after
    a role noun and "with" is the employer's ("a cybersecurity lawyer with Morrison Foerster");
    a place the gazetteer does not know is a company's name before a company's noun ("Kroger
    executives"), and of unknown kind when, opening a clause, it says or publishes something ("Krebs reported": a
    country or a city may speak for its government, an unknown place says nothing; not "in Ramallah
    said police", "Oaxaca and Guerrero states overnight")."""
    before = re.findall(r"[\w-]+", paragraph[max(0, m.start - 40) : m.start])[-2:]
    if (m.kind == PERSON and len(before) == 2 and before[0].lower() in ROLE_NOUNS
            and before[1] in EMPLOYER_PREPOSITIONS):
        return ORG
    if m.kind != PLACE or " " in m.text or place_form(m.text) or (
            _place_key(m.text) in _place_keys()):
        return None
    after = re.match(r"\s+(\w+)", paragraph[m.end : m.end + 30])
    if after and after.group(1) in COMPANY_NOUNS_AFTER:
        return ORG
    if after and after.group(1) in REPORTING_VERBS | PUBLISHING_VERBS and CLAUSE_OPENS.search(paragraph, 0, m.start):
        return OTHER
    return None


def _cue_of_connector(words: list[str]) -> bool:
    """An organisation named "<cue> of/on/for ...": "Commission on Presidential Debates", "Bank of
    England"; or "<name> <cue> for ...": "Roper Center for Public Opinion Research" (only "for":
    "Kia Motor Corp of South Korea" and "Election Commission of Turkmenistan" give a home, and a
    possessive opens another name: "Iliescu's Party of Social Democracy"). A people's adjective may open it: "the
    Japanese Ministry of Defense", "the South Korean Ministry of Unification" are the country's ministry."""
    demonyms = gazetteer().demonyms
    nation = 2 if len(words) > 2 and words[0] in REGION_PREFIXES and words[1] in demonyms else int(words[0] in demonyms)
    if len(words) >= nation + 3 and words[nation] in ORG_CUES and words[nation + 1] in CONNECTORS:
        return True
    return not any(w.endswith(("'s", "’s")) for w in words) and any(
        a in ORG_CUES and b == "for" for a, b in zip(words[1:], words[2:-1], strict=False))


def _is_title(words: list[str]) -> bool:
    """Words that are a title or a role before a name ("Actress", "Sen.", "Foreign Minister"), not
    a given name ("Dean Saunders", "Chad Curtis") or the first part of a name."""
    return bool(words) and words[0] not in given_names() and all(
        w.rstrip(".") in TITLE_WORDS or w.lower() in ROLE_NOUNS or w in gazetteer().places
        or (w.endswith(".") and w[:-1] in DOTTED_TITLES)
        or w in gazetteer().demonyms for w in words)


def _drop_article(m: Mention, paragraph: str) -> None:
    """ "The North Atlantic Treaty Organization" opening a sentence is named without its article
    (mid-sentence, a capital "The" is part of the name: "at The Oval")."""
    based = re.match(r"\S+-based\s+", m.text)  # "Austin-based Acme": the modifier is no part of the name
    if based and len(m.text) > based.end():
        m.start += based.end()
        m.text = m.text[based.end() :]
    article = re.match(r"(?:The|the|An?)\s+", m.text)
    if article and m.text.title() in gazetteer().places:
        return  # "The Hague", "THE HAGUE"
    if article and len(m.text) > article.end() and (
        m.text[0] == "t" or not paragraph[: m.start].strip() or paragraph[: m.start].rstrip()[-1] in ".!?\"“'‘"
    ):
        m.start += article.end()
        m.text = m.text[article.end() :]


def _is_country_name(text: str) -> bool:
    """A country's name or usual short form ("North Korea", "U.S."), not initials that only the
    gazetteer derived from a long name ("IRA" would be the Islamic Republic of Afghanistan)."""
    gaz = gazetteer()
    return gaz.places.get(text) in gaz.countries and (not _is_acronym(text) or text in COUNTRY_SHORT_FORMS)


def _lexical_kind(text: str, kind: str) -> str | None:
    """A kind the word lists are sure of, whatever the context: an institution named by one word
    ("Kremlin"), a country ("North Korea", "DPRK") that the tagger took for an organisation, a
    name ending in a geographic word ("Quarry Point")."""
    gaz = gazetteer()
    words = text.split()
    if text in INSTITUTIONS or text in ALTERNATE_BODY_NAMES:
        return ORG  # "Islamic State", which the tagger reads as a state
    if text in CELESTIAL_BODIES:
        return OTHER
    if gaz.places.get(text) in gaz.countries:
        return PLACE
    if kind == ORG and text in REGIONS and _plural(text):
        return PLACE  # "the Americas", "the Balkans": a plural region names no body ("Southwest" may be an airline)
    # "Russian Federation Council", "Ruritania's Ministry of Health": a body (its head, the last word before an
    # "of"), though named after a country or ending in a place's word ("Office of Rail and Road").
    head = text.split(" of ", 1)[0].split()[-1]
    if len(words) > 1 and words[-1] in PLACE_CUES and words[-1] not in ORG_CUES and not (
            " of " in text and head in BODY_HEADS - PLACE_CUES):
        return PLACE  # "Quarry Point", "Gaza Strip"
    if kind == PERSON and len(words) > 1 and words[-1] in ORG_CUES and words[0] not in given_names():
        return ORG  # "Brightwater Holdings"
    if kind == PERSON and len(words) > 1 and words[0] in FOREIGN_ORG_HEADS:
        return ORG  # "Agence France-Presse": the body's head noun first
    if (kind == PLACE and len(words) > 1 and {words[-1], head} & (BODY_HEADS - PLACE_CUES)
            and text not in gaz.places):
        return ORG
    if kind == PLACE and _is_acronym(text) and len(text) <= 5 and not place_form(text):
        return ORG  # "NASA", "DACA": initials that are no place the gazetteer knows
    return None


# What follows a dateline's town: a state abbreviation ("BRIXTOWN, N.Y., Sept. 26") or the date
# itself ("LOS ANGELES, Sept. 28 (UPI)").
_DATELINE_TAIL = re.compile(r",\s+(?:(?:[A-Z][a-z]*\.)+,|(?:" + "|".join(sorted(MONTHS)) + r")\.? \d{1,2}\b)")


# An age between commas after a name: "Unique Armstead, 32, and", "Jane Doe, 45, of Leeds".
AGE_AFTER = re.compile(r", \d{1,2}(?:,(?!\d)| of\b)")


def _decisive_cue(m: Mention, paragraph: str) -> bool:
    """Context that settles a name's kind against the tagger: a dateline ("BRIXTOWN, N.Y., Sept.
    26 (UPI)"), a poll or broadcast ("a Quellmark poll"), an embedded post's account "(@name)", a
    noun that introduces an organisation ("the law firm Mossack Fonseca"), a person's age after
    the name ("Unique Armstead, 32,")."""
    if m.kind == PLACE:
        return m.start == 0 and bool(_DATELINE_TAIL.match(paragraph, m.end))
    if m.kind == PERSON:
        return bool(AGE_AFTER.match(paragraph, m.end))
    after = re.match(r"\s+(\w+)", paragraph[m.end : m.end + 40])
    before = re.search(r"(\w+)\s+$", paragraph[max(0, m.start - 40) : m.start])
    by_cue = (bool(after and after.group(1) in ORG_AFTER_WORDS) or paragraph[m.end : m.end + 3] == " (@"
              or bool(before and before.group(1).lower() in ORG_INTRODUCERS))
    return m.kind == ORG and by_cue


# A title and a capitalised name right after a name: " Chair Jo" of "RNC Chair Jo Roe" (not " King," of "BB King,").
_TITLE_AND_NAME_AFTER = re.compile(r" (?:" + "|".join(sorted(TITLE_HEADS - HONORIFICS)) + r")\.? [A-Z][a-z]")


def _precise_rule(m: Mention, paragraph: str) -> bool:
    """A name the rules found and the tagger missed, kept where the rule's cue rarely errs: a
    reporting verb after a name ("Butte urged"), a role noun or honorific before one, a place the
    gazetteer knows, an organisation whose name ends in a cue word or that a noun introducing one and a reporting
    verb surround ("the retailer Vellco said"), opens with one and "of" or "for" ("Office of
    Vell and Roe") or is a known institution or a web address, initials before a title ("RNC Chair Jo Roe"), a
    dateline, an account or poll ("Quellmark poll")."""
    after = re.match(r"\s+(\w+)", paragraph[m.end : m.end + 40])
    before = re.search(r"(\w+)\.?\s+$", paragraph[max(0, m.start - 40) : m.start])
    next_word = after.group(1) if after else ""
    previous = before.group(1) if before else ""
    words = m.text.split()
    if m.kind == PERSON:
        return (next_word in REPORTING_VERBS or previous.lower() in ROLE_NOUNS or previous in HONORIFICS
                or len(words) > 1 and bool(QUOTE_CLOSED_BEFORE.search(paragraph, max(0, m.start - 4), m.start))
                or words[0] in KOREAN_FAMILY_NAMES and bool(_KOREAN_NAME.fullmatch(m.text)))
    if m.kind == PLACE:
        return m.text in gazetteer().big_places or (m.start == 0 and m.text.isupper())
    if m.kind == ORG:
        return (m.text in INSTITUTIONS or (len(words) > 1 and words[-1] in ORG_CUES)
                or _web_address(m.text) or _chamber_before_title(m, paragraph)
                or _is_acronym(m.text) and bool(_TITLE_AND_NAME_AFTER.match(paragraph, m.end))  # "RNC Chair Jo Roe"
                or next_word in ORG_AFTER_WORDS or paragraph[m.end : m.end + 3] == " (@"
                or previous.lower() in ORG_INTRODUCERS and next_word in REPORTING_VERBS  # "retailer Vellco said"
                or len(words) >= 3 and words[0] in ORG_CUES and words[1] in CONNECTORS  # "Office of Rail and Road"
                and all(w[:1].isupper() or w in CONNECTORS or w == "and" for w in words))  # not "... in Vellton"
    return False


def _vouched_in_heading(
    m: Mention, prose_forms: set[str], context: _Context, inside: list[Mention], sure: bool
) -> bool:
    """A name in a Title Case line or in shouted capitals is one when the prose names it too, the
    gazetteer knows it, or the tagger is sure of it and none of its words is an ordinary word (one
    the article writes in lower case). Otherwise the shorter names the rules find inside stand
    ("Putin" in "Putin Says Talks Will")."""
    if m.text.lower() in prose_forms or m.text in gazetteer().places or m.text.title() in gazetteer().places:
        return True
    words = m.text.split()
    # "Obama Reverses Bush", "AMD Picks": a name the prose gives alone, then the heading's verb; not
    # "Bucharest Newsroom" or "JAKARTA POST", a place opening an organisation's name.
    if (len(words) > 1 and words[0].lower() in prose_forms and words[0].title() not in gazetteer().places
            and words[-1] not in ORG_CUES and not any(words[1].lower() in form.split() for form in prose_forms)):
        return False
    return sure and not any(context.ordinary(w) for w in words)


def _result_heading(m: Mention, paragraphs: list[str]) -> bool:
    """A name in a heading that starts with the verb of a match's result, in a report about sport:
    "Beat Chiefs" and "Clinch" in "Colts Beat Chiefs 20-13, Clinch 5th Seed" are no names."""
    return m.text.split()[0].lower() in RESULT_VERBS and _reports_sport(paragraphs)


# A product and its model number just before a name: "Pixel 2 XL".
MODEL_BEFORE = re.compile(r"[A-Z][a-z][\w-]* \d{1,3} $")
# "a", "an" and up to three words before a name: "a state-designated Level I Trauma Center".
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])[Aa]n? ((?:[\w-]+ ){0,3})$")


# Capitalised words after a name that end in a law's word: " Reporting Act" after "Fair Credit".
# (Not "Bill Gates": a law's word ends the name.)
LAW_AFTER = re.compile(r"(?: [A-Z][\w-]*){0,3} (?:" + "|".join(sorted(LAW_WORDS)) + r")\b(?! [A-Z])")
NUMBERED_LAW_AFTER = re.compile(r" (?:" + "|".join(sorted(LAW_WORDS)) + r") \d")  # "Senate" of "Senate Bill 1062"
# A figure after initials that is no score ("Lotte 1 OB 0", "beat PSV 2-1"): a bill's or a document's code, "SB 1062"
CODE_NUMBER_AFTER = re.compile(r" ?\d+(?![\w.:–-]*\d)")
# An article and up to two modifiers before a noun: "the ", "the 19-year-old ", "a young ".
# A quotation closed right before a name: "“It is wrong,” Jo Roe, the minister, insisted." names who said it.
QUOTE_CLOSED_BEFORE = re.compile(r"[,!?][”\"] $")
TIME_ZONE_AFTER = re.compile(r" (?:[Tt]ime|Standard Time|Daylight Time)\b| \(\d{1,2}:\d\d")  # "Pacific (5:51 a.m."
SONG_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SONG_WORDS_BEFORE)) + r") [\"“‘']?$")
DESCRIBED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)(?: [a-z0-9][\w-]*){0,2} $")
# A label and its figure, the fields of a fact box: "Stages: 2", "Mass: 1,420,788kg", "Price: $499".
FIELD_LABEL = re.compile(r":\s*[$£€]?\d")
FACT_BOX_FIELD = re.compile(r"\b[A-Z][a-z]+:\s*[$£€]?\d")
DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]\d)")  # a day of the month after a month's name
DATE_AFTER_WEEKDAY = re.compile(r"\.?,? (?:(?:" + "|".join(sorted(MONTHS)) + r")\b|\d{1,2}(?:st|nd|rd|th)? (?:"
                                + "|".join(sorted(MONTHS)) + r")\b)")  # "Sun. Dec. 31", "Fri, 3 May"
# A word in lower case right before a name: the name is inside a label's phrase, not the label.
LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+\s+$")
# A lone word between an opening quote and a full stop (not a list's line: "Glamorgan.").
ONE_WORD_SENTENCE = re.compile(r".*[\"“‘']\s*\w[\w-]*[.!?]", re.DOTALL)
_TITLE_WORD_AFTER = re.compile(r" (?:" + "|".join(sorted(w for w in TITLE_WORDS if w[:1].isupper())) + r")\b")


def _chambers_after_ranks(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """ "Assistant House Majority Leader Jo Roe": a rank before a chamber and its officer's title is the title's, so
    the body is "House", not "Assistant House"."""
    out = []
    for m in mentions:
        *ranks, head = m.text.split(" ")
        if (m.kind == ORG and ranks and all(w in RANK_QUALIFIERS for w in ranks) and head in LEGISLATURE_HEADS
                and _TITLE_WORD_AFTER.match(paragraphs[m.paragraph], m.end)):
            m = replace(m, start=m.end - len(head), text=head)
        out.append(m)
    return out


def _chamber_before_title(m: Mention, paragraph: str) -> bool:
    """ "House Minority Leader Jo Roe": a legislature's head word alone before an officer's title names the chamber."""
    return m.text in LEGISLATURE_HEADS and bool(_TITLE_WORD_AFTER.match(paragraph, m.end))


# A preposition after a word, which makes a sentence's first word in "-ed" a participle (``PARTICIPLE_PREPOSITIONS``);
# names in "-ed" of this many letters or fewer ("Ted", "Reed") are left to the lists.
_PARTICIPLE_PREPOSITION_AFTER = re.compile(r" (?:" + "|".join(sorted(PARTICIPLE_PREPOSITIONS)) + r")\b")
PARTICIPLE_MIN_LETTERS = 4


def _implausible(m: Mention, context: _Context, paragraph: str, sentence_start: bool, name_words: set[str],
                 opens_sentence: bool = False) -> bool:
    """A tagged span that is no name: a degree or other non-organisation acronym ("PhD"), a party
    and state ("D-Calif."), a handle ("@name"), a programme's title ("The Jane Doe Show"), an
    ordinary word the article also writes in lower case, a date or occasion, or a lone word at a sentence start that
    nothing else vouches for ("Witnesses", "Unless", "Huge" opening a sentence).

    The lone sentence-initial word needs the article to capitalise it mid-sentence too, to give it
    inside a longer name (a surname: "King" after "Jane King"), or the word lists to know it.
    ``sentence_start`` is such a word the tagger is unsure of; ``opens_sentence`` any word opening a
    sentence, which the tagger's confidence does not save when news text writes it in lower case
    ("Television stations showed…", "Truly thought I'd never see this")."""
    words = m.text.split()
    if (PARTY_STATE.fullmatch(m.text) or m.text in NOT_ORG_ACRONYMS or _is_programme(words)
            or m.text.lower() in INDEFINITE_PRONOUNS):
        return True
    if m.text in (MONTHS | WEEKDAYS) - DATES_ALSO_NAMES:
        return True  # "December"
    if m.text in DATES_ALSO_NAMES and DAY_AFTER.match(paragraph, m.end):
        return True  # "Jan 1 (Reuters)", "May 3": a date, though Jan and May are names too
    if m.text in WEEKDAY_ABBREVIATIONS and DATE_AFTER_WEEKDAY.match(paragraph, m.end):
        return True  # "Sun. Dec. 31", "Fri, 3 May": a weekday written short, though "Sun" is a name too
    if m.text[-1:] == "s" and m.text[:-1].isupper() and m.text[:-1] in TITLE_WORDS:
        return True  # "other corporate CEOs": a title's plural names no one
    if m.text in PLURAL_HONORIFICS:
        return True  # "Drs. Jo and Al Roe": two people's shared title, no one's name
    if m.text.lower() in INTERJECTIONS and paragraph[m.end : m.end + 1] in (",", "!"):
        return True  # "'Hey, would you keep an eye on the house'": a call, no name
    if _names_an_occasion(words) or PRONOUN_I.fullmatch(words[0]):
        return True  # "Christmas", "New Year", "Election Day": dates and occasions; "I'm", "I'm OK"
    if m.kind in (PLACE, OTHER) and m.text.endswith(("er", "man")) and m.text in gazetteer().demonyms:
        return True  # "The New Zealander, who lived in Australia", "a Welshman": who someone is, no name
    if m.kind in (PLACE, OTHER) and _plural(m.text) and (
            m.text[:-1] in gazetteer().demonyms or m.text[:-1] in DEMONYM_NOUNS):
        return True  # "44million Brits", "Nigerians": people of a nation, no place ("Brits" is also a town)
    if m.kind != PERSON and m.text.istitle() and m.text.lower() in ROLE_NOUNS:
        return True  # "the Doctor himself", "the President": a role written as a name is someone's, no body or place
    if m.kind == PLACE and _plural(m.text) and {m.text[:-1], re.sub("ies$", "y", m.text)} & ORG_CUES:
        return True  # "[Photo/Agencies]": the plural of a body's common noun names no place
    if m.kind in (PLACE, OTHER) and m.text in DEMONYM_NOUNS and DESCRIBED_BEFORE.search(paragraph, max(
            0, m.start - 40), m.start):
        return True  # "the Brit had a stonking lead", "the young Dutchman": someone named elsewhere, described
    if m.kind == PERSON and LAW_AFTER.match(paragraph, m.end):
        return True  # "Fair Credit" of "Fair Credit Reporting Act": a law's title, no person
    if m.text in TIME_ZONE_NAMES and TIME_ZONE_AFTER.match(paragraph, m.end):
        return True  # "4:51 a.m. Pacific time": a time zone, no ocean
    if (m.kind in (PERSON, OTHER) and SONG_BEFORE.search(paragraph, max(0, m.start - 12), m.start)
            and not _POSSESSIVE_AFTER.match(paragraph, m.end)):
        return True  # "she sang Delilah", "the song Goodnight Vell": a song's title (not "sang Jo Roe's hit")
    if m.text in PROTECTED_AREA_WORDS:
        return True  # "elsewhere in the same National Park": the kind of place, capitalised, names none
    if paragraph[m.start - 1 : m.start] in ("@", "#"):
        return True
    if m.kind == PERSON and re.fullmatch(r"[A-Za-z]+\d+", m.text):
        return True  # "rival F1 teams", "a B52": letters and figures name a thing, no person
    programme = re.search(r"(\w+) of $", paragraph[max(0, m.start - 20) : m.start])
    if programme and programme.group(1).lower() in PROGRAMME_BEFORE:
        return True  # "this episode of Boom Bust": a programme's title, a work rather than an entity
    if m.kind == PERSON and len(words) > MAX_NAME_WORDS:
        return True  # a list of names that lost its commas
    if _is_acronym(m.text) and (paragraph[m.end : m.end + 1] == "+" or (
            len(m.text) <= 3 and MODEL_BEFORE.search(paragraph, 0, m.start)
            and not re.match(r" \d", paragraph[m.end : m.end + 2]))):  # not a score: "Lotte 1 OB 0"
        return True  # "HDR+", "Pixel 2 XL": a feature's or a model's letters
    indefinite = INDEFINITE_BEFORE.search(paragraph, max(0, m.start - 60), m.start) if m.kind == ORG else None
    if indefinite and len(words) > 1 and words[0] != "The" and all(
            w not in FUNCTION_WORDS | REPORTING_VERBS and ("-" in w or not w.endswith("ed"))
            for w in indefinite.group(1).split()):  # the article is the name's, not a subject's: "a source told"
        after = re.match(r"(?:$|[.;:!?)]|\s([a-z]+)\b)", paragraph[m.end : m.end + 30])
        if after and (after.group(1) is None or after.group(1) in FUNCTION_WORDS):
            return True  # "a state-designated Level I Trauma Center in ...": a common noun in capitals, no name
    if len(words) > 1:
        return False
    if (FIELD_LABEL.match(paragraph, m.end) and len(FACT_BOX_FIELD.findall(paragraph)) >= 2
            and not LOWER_WORD_BEFORE.search(paragraph, max(0, m.start - 20), m.start)):
        return True  # "Height: 70 meters Stages: 2 Mass: 1,420kg": a fact box's labels (not "Payload to Mars: 16t")
    word = words[0]
    if word in TERMS_OF_ADDRESS:
        return True  # "'Baby, they don't'": whom a speaker addresses, no name
    lower = word.lower()
    if lower in FUNCTION_WORDS or (word.istitle() and lower in context.lowercase_words
                                   and word not in context.lone_caps):
        return True
    vouched = (word in context.midsentence_caps or word in name_words or _is_acronym(word)
               or word in gazetteer().places or word in INSTITUTIONS
               or _chamber_before_title(m, paragraph))
    if (sentence_start or (opens_sentence and lower in ordinary_words())) and not vouched:
        return True
    if (opens_sentence and lower.endswith("ed") and len(word) > PARTICIPLE_MIN_LETTERS
            and _PARTICIPLE_PREPOSITION_AFTER.match(paragraph, m.end)
            and not (word in name_words or word in given_names() or _known_word(word))):
        # "Situated in the Ruhr, it …": a participle opening a clause, no name, though a caption run into the text
        # capitalises it inside a sentence ("London parallels Situated in …")
        return True
    # A word that is a whole sentence by itself ("'Stupid. What this race needs...'", "Wow!") is an
    # exclamation, unless the article also capitalises it mid-sentence or the word lists know it.
    return not vouched and bool(ONE_WORD_SENTENCE.fullmatch(paragraph[max(0, m.start - 3) : m.end + 1]))


def _plural(word: str) -> bool:
    """A word shaped like an English plural: "Witnesses", "Officials" (not "Congress", "Vilnius")."""
    return " " not in word and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _is_programme(words: list[str]) -> bool:
    """A programme's title ("The Steve Harvey Morning Show", "Breitbart News Daily"), a work rather than a name."""
    return words[-1] in PROGRAMME_WORDS or (
        len(words) >= 3 and words[-1] in NEWS_PROGRAMME_WORDS and words[-2] == "News")


# The plural noun a list's names are examples of: "corporations like ", "firms such as ".
_KINDS_NAMED_BEFORE = re.compile(r"\b([a-z]+) (?:like|such as|including) $")


def _kinds_from_lists(mentions: list[Mention], paragraphs: list[str]) -> None:
    """An unknown name listed with known ones is of their kind: "Instagram, WhatsApp and Snapchat"; the names a list
    of three or more gives as examples of bodies ("companies like") are bodies."""
    chains: list[list[Mention]] = []
    for a, b in zip(mentions, mentions[1:], strict=False):
        linked = a.paragraph == b.paragraph and re.fullmatch(
            r",? (?:and|or) |, ", paragraphs[a.paragraph][a.end : b.start])
        if linked and chains and chains[-1][-1] is a:
            chains[-1].append(b)
        elif linked:
            chains.append([a, b])
    for chain in chains:
        kinds = {m.kind for m in chain if m.kind != OTHER}
        named = _KINDS_NAMED_BEFORE.search(paragraphs[chain[0].paragraph], 0, chain[0].start)
        if named and {named.group(1)[:-1], re.sub("ies$", "y", named.group(1))} & APPOSITIVE_BODY_NOUNS:
            kinds = {ORG}  # "corporations like Vell, Acme and Tamber Air": bodies, whatever a name alone suggests
        # Three or more items, so "Rutte and European Commission President ..." is no list.
        if len(chain) >= 3 and len(kinds) == 1:
            for m in chain:
                m.kind = next(iter(kinds))


# A model number after a name, then a noun: "Pixel 2 users", "a Falcon 9 rocket"; not a score
# ("2-1", "Kent 108 for three"), a share ("5 percent"), an age or a date after a comma.
MODEL_NUMBER = re.compile(r" \d{1,3} ([a-z]{3,})\b")


_MODEL_WORD = re.compile(r"\d")


def _products(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name an article gives a model number before a noun names a product or a vehicle, not an
    organisation, person or place ("Pixel 2 users", "a Falcon 9 rocket"): every use of it in the
    article, every name it begins or ends, and the last word of such a name used alone ("the Heavy"
    of "Falcon Heavy"), is of no kind the dossier pages. So is a name read as a person's with a word
    bearing figures after its first ("Galaxy S9"), and that name without them ("Galaxy")."""
    products = set()
    for m in mentions:
        number = MODEL_NUMBER.match(paragraphs[m.paragraph], m.end)
        if number and number.group(1) not in FUNCTION_WORDS | COUNTED_NOUNS:
            products.add(m.text)
        words = m.text.split()
        if m.kind == PERSON and len(words) > 1 and any(_MODEL_WORD.search(w) for w in words[1:]):
            # "Galaxy S9", "Galaxy S9+": a person's name has no figures; the name without them is the product's line
            products.update({m.text, " ".join(w for w in words if not _MODEL_WORD.search(w))})
    longer = {m.text.split()[-1] for m in mentions
              if " " in m.text and (m.text.split()[0] in products or m.text.split()[-1] in products)}
    for m in mentions:
        words = m.text.split()
        if m.text in products or words[0] in products or words[-1] in products or m.text in longer:
            m.kind = OTHER  # also the product's longer names: "Pixel Visual Core", "Google Pixel", "Falcon Heavy"


# A name's own clause up to its first possessive or personal pronoun: up to five lower-case words, then the pronoun.
_OWN_CLAUSE_PRONOUN = re.compile(r"((?:\s+[a-z][\w'’-]*?){0,5}?)\s+("
                                 + "|".join(sorted(THING_POSSESSIVES | PERSON_POSSESSIVES)) + r")\b")


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS | HONORIFICS)) + r")\.? $")
CUE_REACH = 30  # characters before a name that a cue of what it names may take: "the town of ", "Mr. ", "rapper "


def _cue_before(cue: re.Pattern[str], m: Mention, paragraph: str) -> bool:
    """Whether ``cue`` (a pattern anchored at its end) ends right before the mention, within CUE_REACH characters."""
    return bool(cue.search(paragraph, max(0, m.start - CUE_REACH), m.start))


def _things_of_its(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name read as a person's that its own clause gives "its" ("Acme unveiled its phone", "Acme and its
    rivals") is a body's, or a place's, in the whole article, unless another use gives it "his" or "her" or a
    title ("Lord Archer to rejoin its ranks"), or it starts with a given name ("Tristan Harris, …, but its").
    Only lower-case words may stand between, none of them starting another noun ("Tan said the company would
    move its offices") or reporting ("Merkel said its")."""
    owners: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind != PERSON or m.role:
            continue
        if _cue_before(_TITLE_BEFORE, m, paragraphs[m.paragraph]):
            owners[m.text].add("person")  # "Lord Archer to rejoin its ranks": its is the party's
            continue
        clause = _OWN_CLAUSE_PRONOUN.match(paragraphs[m.paragraph], m.end)
        if clause and not set(clause.group(1).split()) & (OTHER_NOUN_OPENERS | REPORTING_VERBS):
            pronoun = clause.group(2)
            owners[m.text].add("thing" if pronoun in THING_POSSESSIVES else "person" if pronoun in PERSON_POSSESSIVES
                               else "")
    people = {m.text.split()[-1] for m in mentions
              if m.kind == PERSON and " " in m.text and usual_given_name_gender(m.text.split()[0])}
    things = {text for text, said in owners.items() if said == {"thing"} and text not in people
              and not (" " in text and usual_given_name_gender(text.split()[0]))}
    for m in mentions:
        if m.kind == PERSON and m.text in things and not m.role:
            m.kind = PLACE if m.text in gazetteer().places else ORG


def _persons_things(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name of two words or more read as a place right after a person's "'s" ("Jo Roe's Vellex Galactic", "Jo Roe's
    La Vellata") is the person's work or venture, no place, when the gazetteer knows no such place and no word of it
    is a place's or a venue's ("Jo Roe's Vell Island" stays a place): of no kind the words say (a song, an opera, a
    company). The tagger reads a word a place name also has ("Virgin", "La") as a place's."""
    owners = {(m.paragraph, m.end) for m in mentions if m.kind == PERSON}
    for m in mentions:
        words = m.text.split()
        if (m.kind == PLACE and len(words) > 1 and (m.paragraph, m.start - 3) in owners
                and paragraphs[m.paragraph][m.start - 3 : m.start] in ("'s ", "’s ") and _unknown_place(m.text)
                and not any(w in PLACE_CUES or w in VENUE_WORDS for w in words)):
            m.kind = OTHER


_MEMBERS_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(GROUP_MEMBER_NOUNS)) + r")\b")


_GROUP_PART_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(GROUP_PART_NOUNS)) + r") of (?:the )?$")


def _armed_groups(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name the article gives its fighters ("Boko Haram militants") or a leader, founder or members ("the leader
    of Boko Haram") is a group's: every
    use of it the tagger read as a person's ("Boko Haram has kidnapped ...") is an organisation's.
    A mention glued to a dash ("pro-Doe fighters") is a person's side, not a group."""
    # A leader's name before them ("Gaddafi fighters") stays a person's when the article gives it as the
    # surname of a full name ("Muammar Gaddafi").
    surnames = {m.text.split()[-1] for m in mentions if m.kind == PERSON and " " in m.text}
    groups = {m.text for m in mentions if m.text not in surnames and (
        (_MEMBERS_AFTER.match(paragraphs[m.paragraph], m.end) and paragraphs[m.paragraph][m.start - 1 : m.start] != "-")
        or (_cue_before(_GROUP_PART_BEFORE, m, paragraphs[m.paragraph])
            and not re.match(r"['’]s\b", paragraphs[m.paragraph][m.end : m.end + 2])))}
    for m in mentions:
        if m.kind == PERSON and m.text in groups:
            m.kind = ORG


# The noun after a maker's product line: "Intel Xeon chips", "AMD Opteron processor-based".
_NOUN_AFTER = re.compile(r"[™®]?\s+([a-z]+)")


# A rank before a team: "the No. 1 Tar Heels".
_RANK = re.compile(r"No\. ?\d+ ")
# The same words twice in a row: "Equifax Equifax", "New York New York".
_DOUBLED = re.compile(r"(.+) \1")
# A dash that lost its spaces, then a word of the sentence: "Zurana Horton-who was a mother", or a
# modifier made of the name: "the St. Louis-based office"; a syllable of a name is shorter ("Kim
# In-so", "Moon Jae-in").
_DASHED_WORD = re.compile(r"-([a-z]+)$")


# A word dating a role, then the name of a place or body the role is of: "Former Bank of Vell", "Then-Vell Party".
_DATING_WORD = re.compile(r"(?:" + "|".join(sorted(TIME_MODIFIERS)) + r")[ -](?=[A-Z])")


def _trim_name(m: Mention) -> None:
    """Cut a rank or a word dating a role ("Former Bank of Vell") from the front of a name, a dashed word of the
    sentence or a weekday from its end; a name written twice in a row, where a caption or a logo's text ran into
    the sentence ("Equifax Equifax holds data"), is the second."""
    dated = _DATING_WORD.match(m.text)
    if dated and not _is_role_only(m):
        m.start, m.text = m.start + dated.end(), m.text[dated.end() :]
    rank = _RANK.match(m.text)
    if rank and len(m.text) > rank.end():
        m.start, m.text = m.start + rank.end(), m.text[rank.end() :]
    half = _DOUBLED.fullmatch(m.text)
    if half:
        m.start, m.text = m.end - len(half.group(1)), half.group(1)
    dashed = _DASHED_WORD.search(m.text)
    if (dashed and len(dashed.group(1)) >= 3 and dashed.group(1) in FUNCTION_WORDS | MODIFIER_SUFFIXES
            and dashed.start() > 0):
        m.end, m.text = m.end - len(dashed.group()), m.text[: dashed.start()]
    *name, last = m.text.split(" ")
    if last in WEEKDAYS and len(name) >= 2:  # the tagger's "on Capitol Hill Wednesday" (not "Good Friday")
        m.end, m.text = m.end - len(last) - 1, " ".join(name)


def _without_positions(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """In a report about sport, a player's position abbreviated is no part of a name: "RB" alone is
    no one, "RB Pierre Thomas" is Pierre Thomas, "Chiefs QB" the Chiefs, and "Chiefs WR Terrance
    Copper" the Chiefs and Terrance Copper. Elsewhere the same letters may be a body's ("TE"). So
    is an honour ("a four-time All-Star", "All-Star Chris Webber"; not the "All-Star Game")."""
    if not any(w in SPORT_POSITIONS for m in mentions for w in m.text.split()) and not any(
            m.text.startswith(honour) for m in mentions for honour in SPORT_HONOURS):
        return mentions
    if not _reports_sport(paragraphs):
        return mentions
    out: list[Mention] = []
    for m in mentions:
        honour = next((h for h in SPORT_HONOURS if m.text == h or m.text.startswith(h + " ")), None)
        if honour:
            rest = m.text[len(honour) + 1 :]
            if rest and _looks_like_full_name(rest.split()):
                out.append(replace(m, start=m.end - len(rest), text=rest, kind=PERSON))
            elif rest:
                out.append(m)
            continue
        words = m.text.split(" ")
        cut = next((k for k, w in enumerate(words) if w in SPORT_POSITIONS), None)
        if cut is None:
            out.append(m)
            continue
        before, after = " ".join(words[:cut]), " ".join(words[cut + 1 :])
        if after in gazetteer().places:
            out.append(m)  # "RB Leipzig", a club named with a place: the letters are part of its name
            continue
        if before:
            out.append(replace(m, end=m.start + len(before), text=before, kind=m.kind if after == "" else ORG))
        if after:
            out.append(replace(m, start=m.end - len(after), text=after, kind=PERSON if before else m.kind))
    return out


# Words after an event's head that number its edition: "Super Bowl LII", "Game 7", "Game Seven".
_EDITION = re.compile(r"\d{1,4}|[IVXLC]+|" + "|".join(NUMBER_WORDS))
_EDITION_AFTER = re.compile(r" (?:\d|(?:" + "|".join(NUMBER_WORDS) + r")\b)")
# A number after a name that counts something: "Acme 5 percent", "Kent 238 runs"; no label's number.
# A capitalised word and a figure after a common word: the rest of a numbered thing's label the tagger cut ("Long
# March 9", at a month's name).
_NUMBERED_NAME_AFTER = re.compile(r" [A-Z][a-z]+ \d")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’-]* $")  # "Senate " of "Senate Bill 1062"; not a list's ", "
# A state's abbreviation before an office's title ("Ariz. Gov. Jo Roe"): the state the office is of.
_TITLE_AFTER_STOP = re.compile(r"\. (?:" + "|".join(sorted(TITLE_WORDS)) + r")\b")
_COUNTED_AFTER = re.compile(r" [\d.,]+ (?:" + "|".join(sorted(COUNTED_NOUNS)) + r")\b")
# The kind a name's last word gives it, and the kinds the tagger may have given that this overrules.
# An appositive after a name and its head noun: "Indesa, a local investment research firm", "Lisa
# Monaco, the president's counterterrorism adviser,".
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?([a-z-]+)(?=[,.;:)]|\s+(?:of|at|for|in|who|with|since|to|on|and)\b)")
# With ``after_place``, only where the words before the last are a place ("Kansas City Star").
_HEAD_KINDS = (
    (EVENT_HEADS, OTHER, {PERSON, ORG, PLACE}, False),
    (STREET_HEADS | VENUE_WORDS, PLACE, {PERSON}, False),
    (SCHOOL_HEADS, ORG, {PERSON, PLACE}, False),
    (NEWSPAPER_HEADS | LEGISLATURE_HEADS, ORG, {PERSON, PLACE}, True),
    (BRAND_HEADS, ORG, {PERSON}, False),
    (WORK_HEADS, OTHER, {PERSON, ORG, PLACE}, False),
)


def _kinds_by_head(mentions: list[Mention], paragraphs: list[str], lowercase_words: set[str]) -> list[Mention]:
    """What the word lists decide of a tagged name, whatever its kind: a US state abbreviated after
    a town or a party ("Mesquite, Nev.", "D-Mo.") is the state, never a person (``_place_key`` reads
    it in full); a name made of describing words only ("Sunni Muslims", "Muslims") is no mention; a name ending
    in an event's head ("Super Bowl", "Super Bowl LII", "Game Seven") is an occasion, and that head
    alone before its number ("Game" of "Game 7") none; a street or a venue ("Waveland Ave", "Shea
    Stadium") is a place, not a person; a school's short name ("Virginia Tech") and a place's newspaper
    ("Kansas City Star") a body. A name the place gazetteer does not know takes the kind its appositive's
    head noun says ("Sibur, a Russian gas company", "Lisa Monaco, the president's adviser"), and one
    word of it that is a common noun (in ``lowercase_words``, the article's, or the learnt ordinary
    words) is neither a place nor a person but a capitalised noun of no kind (a menu's "Library",
    "Hey"), none at all before a number ("Gate 7", "Route 91"). A group
    or a widget's label (``_group_or_widget``) is no mention."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == PERSON}
    full_names = {m.text for m in mentions if m.kind == PERSON and " " in m.text}
    # Bodies of two words or more, by their words and the first four letters of the last: "Tea Part".
    bodies: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == ORG and " " in m.text:
            *first, last = m.text.split()
            bodies[(*first, last[:4])].add(last)
    sport = any(m.kind == ORG and m.text in gazetteer().places for m in mentions) and _reports_sport(paragraphs)
    places = {m.text for m in mentions if m.kind == PLACE}
    out = []
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        words = m.text.split()
        if _group_or_widget(m, paragraph, surnames, bodies) or (m.kind == PERSON and _run_of_names(words, full_names)):
            continue
        if (m.text in US_STATE_ABBREVIATIONS and paragraph[m.end : m.end + 1] == "."
                and (paragraph[: m.start].endswith((", ", "-")) or _TITLE_AFTER_STOP.match(paragraph, m.end))):
            if paragraph[m.end + 1 : m.end + 2] == "-":
                continue  # "Kansas City, Mo.-based": a modifier, as "St. Louis-based" is
            m.kind = PLACE
        if len(words) == 1 and _SCALE_BEFORE.search(paragraph, 0, m.start):
            continue  # "22 degrees Celsius": a scale of measure
        if NUMBERED_LAW_AFTER.match(paragraph, m.end):
            continue  # "Senate" of "Senate Bill 1062": the start of a numbered law's title
        if _initials_after_place(m, paragraph, places):
            m.kind = PLACE  # "Kelvale, B.C.": the province or state of the town before it, by its initials
        if (len(words) > 1 or _plural(m.text)) and all(w in DESCRIPTIVE_WORDS for w in words):
            continue  # not "God", a person's name to CoNLL's annotators
        if m.kind == OTHER and (m.text in DESCRIPTIVE_WORDS or m.text in gazetteer().demonyms):
            continue  # "the Islamist president", "a Vellonian firm": a describing word read as no one's name
        if m.text in COMPASS:
            continue  # "the North": a part of a country the sentence does not name
        if (len(words) == 2 and words[0] in REGION_PREFIXES
                and (words[1] in DESCRIPTIVE_WORDS or words[1] in gazetteer().demonyms)):
            continue  # "North African", "Middle Eastern", "South Korean": describing words, no name
        if (len(words) > 2 and words[0] in DESCRIPTIVE_WORDS and words[1] in ("of", "from")
                and " ".join(words[2:]) in gazetteer().places):
            m.start = m.end - len(" ".join(words[2:]))  # "Heidi Heitkamp, Democrat of North Dakota": the state
            m.text, m.kind, words = paragraph[m.start : m.end], PLACE, words[2:]
        if (m.kind in (ORG, OTHER) and not sport and len(words) == 2 and words[0] in PART_ADJECTIVES
                and words[1] in gazetteer().places):
            m.kind = PLACE  # "Southern Ontario's tradition": a part of a place, though the possessive reads as a body's
        if m.kind == ORG and m.text in gazetteer().places and (
                _in_place(m, paragraph) if sport else _located(m, paragraph)):
            m.kind = PLACE  # "from Surrey": where someone is from, not a body (a team only in a sports report)
        if (m.kind == ORG and not sport and (m.text in gazetteer().states or m.text in gazetteer().countries)
                and not _FIGURE_AFTER.match(paragraph, m.end)):
            # "Texas Gov. Rick Perry", "California office party": a state or a country, outside sport and its
            # tables of results ("Minnesota 6 MILWAUKEE 1": a team)
            m.kind = PLACE
        common = len(words) == 1 and (m.text.lower() in lowercase_words or m.text.lower() in ordinary_words()) and (
            _unknown_place(m.text))
        law = m.text in LAW_WORDS and _CAPITALISED_BEFORE.search(paragraph, max(0, m.start - 30), m.start)
        if (len(words) == 1 and (m.text in EVENT_HEADS or law or common)
                and _EDITION_AFTER.match(paragraph, m.end) and not _COUNTED_AFTER.match(paragraph, m.end)):
            continue  # "Game 7", "Gate 7", "Route 91", "Bill" of "Senate Bill 1062": a numbered thing's label
        if len(words) == 1 and (common or m.kind == OTHER) and _NUMBERED_NAME_AFTER.match(paragraph, m.end):
            continue  # "Long" of "Long March 9": a numbered thing's label, cut where the tagger read a month
        appositive = _APPOSITIVE.match(paragraph, m.end)
        if appositive and m.kind != PERSON and _unknown_place(m.text):
            head = appositive.group(1).lower()
            m.kind = ORG if head in APPOSITIVE_BODY_NOUNS else PERSON if head in APPOSITIVE_PERSON_NOUNS else m.kind
        if common and (m.kind == PLACE or (
                m.kind == PERSON and m.text not in given_names() and m.text not in surnames)):
            m.kind = OTHER
        while len(words) > 1 and _EDITION.fullmatch(words[-1]):
            words.pop()
        if m.text in outlets.NAMES and (len(words) > 1 or _THE_BEFORE.search(paragraph, 0, m.start) or not (
                m.text.lower() in ordinary_words() or m.text in given_names() or m.text in surnames)):
            m.kind = ORG  # "The Verge", "told the Hill", "Engadget": a news outlet, a body
        elif (len(words) == 1 and _TOLD_THE.search(paragraph, 0, m.start) and m.text not in TITLE_WORDS
              and m.text not in DESCRIPTIVE_WORDS and m.text not in gazetteer().demonyms):
            m.kind = ORG  # "told the Vellian": one word after "the" that is told something is an outlet or a body
        the = _CAPITAL_THE_BEFORE.search(paragraph, max(0, m.start - CUE_REACH), m.start) if len(words) == 1 else None
        if m.kind == ORG and the and _keeps_its_the(m.text):
            m.start = the.start(1)  # "told The Guardian": a capital "The" mid-sentence is the paper's name's own
            m.text = paragraph[m.start : m.end]
        if m.kind == PERSON and not m.role and words[-1] not in TITLE_WORDS and _heads_the_phrase_in(m, paragraph):
            # "the Gladys Porter Zoo is", "the Consulate said": nobody is "the" and their name; what speaks is a body
            speaks = re.match(r"\s+([a-z]+)", paragraph[m.end : m.end + 20])
            m.kind = ORG if speaks and speaks.group(1) in REPORTING_VERBS | PUBLISHING_VERBS else OTHER
        if m.kind == PERSON and _plural_body(words):
            m.kind = ORG  # "Vell Farming Associations": bodies, not a person
        if m.kind == PERSON and _facility_name(words):
            m.kind = PLACE
        if m.kind == PLACE and m.text not in gazetteer().big_places and _names_a_work(m, paragraph):
            m.kind = OTHER
        if (m.kind == PLACE and len(words) == 2 and words[0].rstrip(".") in PERSON_ONLY_TITLES
                and words[1] in gazetteer().places and m.text not in gazetteer().places
                and m.text not in gazetteer().towns):
            m.kind = PERSON  # "Judge Garland", "Captain America": a title, then a name a town also has
        for heads, kind, overruled, after_place in _HEAD_KINDS:
            if (" " in m.text and words[-1] in heads and m.kind in overruled
                    and (not after_place or " ".join(words[:-1]) in gazetteer().places)):
                m.kind = kind
        if _surface(m.text) in SCRIPTURE_NAMES:
            m.kind = OTHER  # "the Bible says": a book, whatever its verb made of it
        out.append(m)
    if not sport:
        _place_throughout(out, paragraphs)
    return out


def _place_throughout(mentions: list[Mention], paragraphs: list[str]) -> None:
    """Outside a report about sport, a place the gazetteer knows that the article puts something in ("in Nice",
    ``_in_place``) is the place in its other mentions too ("Nice's mayor", "the attack of Nice"), where the tagger
    read a body (a club of that city's name). Not "at Vellton", "from Vellton", "the Vellton game": a team's
    fixtures and transfers, in sports copy of too few sports words to be known as such."""
    placed = {m.text for m in mentions if m.kind == PLACE and m.text in gazetteer().places
              and _in_place(m, paragraphs[m.paragraph])}
    placed -= _named_as_bodies(mentions, paragraphs)
    for m in mentions:
        if m.kind == ORG and m.text in placed and not _FIGURE_AFTER.match(paragraphs[m.paragraph], m.end):
            m.kind = PLACE


_FIGURE_AFTER = re.compile(r"\s+\d")


def _named_as_bodies(mentions: list[Mention], paragraphs: list[str]) -> set[str]:
    """Names an article itself shows to be a body's, whatever else it puts "in" them: after a body's noun ("football
    club Parma"), before a team's ("Sunderland fans"), or with a company's or club's last word ("Sunderland FC")."""
    bodies = set()
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        before = _WORD_BEFORE.search(paragraph, max(0, m.start - 30), m.start)
        after = _LOWER_WORD_AFTER.match(paragraph, m.end)
        if ((before and before.group(1) in ORG_INTRODUCERS) or (after and after.group(1) in TEAM_NOUNS_AFTER)):
            bodies.add(m.text)
        *name, last = m.text.split()
        if name and last.lower().rstrip(".") in CORPORATE_SUFFIXES | CLUB_SUFFIXES:
            bodies.add(" ".join(name))
    return bodies


def _in_place(m: Mention, paragraph: str) -> bool:
    """Whether a place's name is where things happen even in a report of sport, where "at Vellton" and "from
    Vellton" may be a team: right after "in" and before no word of a team's ("in Nice, a seaside city", "witnesses in
    Nice said"; not "in Vellton territory", "in Vellton history")."""
    if not _IN_BEFORE.search(paragraph, max(0, m.start - 3), m.start):
        return False
    after = _LOWER_WORD_AFTER.match(paragraph, m.end)
    return not after or after.group(1) in FUNCTION_WORDS | REPORTING_VERBS or after.group(1).endswith("ed")


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")
_WORK_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(WORK_NOUNS_AFTER)) + r")\b(?![-'’])(?: ([a-z]+)\b)?")


def _names_a_work(m: Mention, paragraph: str) -> bool:
    """Whether a name between an article and a work's noun is the work's ("a Batman film in Aurora", "the Shamu show
    has"), the noun ending its phrase: not "the Aurora movie theater", where the noun modifies another."""
    after = _WORK_NOUN_AFTER.match(paragraph, m.end)
    return bool(after and _ARTICLE_BEFORE.search(paragraph, max(0, m.start - 4), m.start) and (
        not after.group(1) or after.group(1) in FUNCTION_WORDS | BE_HAVE_FORMS | REPORTING_VERBS))


def _facility_name(words: list[str]) -> bool:
    """Whether a run ends in a building's or grounds' word (``FACILITY_HEADS``) that no person's name holds there:
    "Research Hall", "Trump Tower" (no given name opens it; a hyphened one may be unlisted: "Ji-sung Park") or
    "Turner Farm Park" (another such word before the last); not "Linda Park"."""
    if len(words) < 2 or words[-1] not in FACILITY_HEADS:
        return False
    return (words[0] not in given_names() and "-" not in words[0]) or any(w in FACILITY_HEADS for w in words[1:-1])


_SCALE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SCALE_NOUNS)) + r") $")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_COMMA_BEFORE = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*), $")
def _initials_after_place(m: Mention, paragraph: str, places: set[str] | dict) -> bool:
    """Whether a name is dotted initials right after a place and a comma ("Kelvale, B.C."): the province or state
    it is in, written short. (After a person, "Jo Roe, M.D.", they are a degree.)"""
    before = _DOTTED_INITIALS.fullmatch(m.text) and _PLACE_COMMA_BEFORE.search(paragraph, 0, m.start)
    return bool(before) and (before.group(1) in places or before.group(1) in gazetteer().places
                             or before.group(1) in gazetteer().towns)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TOLD_THE = re.compile(r"\btold [Tt]he $")
_CAPITAL_THE_BEFORE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]* (The) $")  # after a word in lower case: mid-sentence
_INTERFACE = re.compile(r"\b(?:" + "|".join(INTERFACE_PHRASES) + r")\b")
# A menu path a product's guide spells out: "Settings > Themes", "select (Settings) > [Account Management]".
_MENU_AFTER = re.compile(r"[)\]]?\s*>")
_MENU_BEFORE = re.compile(r">\s*[(\[]?$")


def _run_of_names(words: list[str], full_names: set[str]) -> bool:
    """Two people's names run together where a list lost its commas ("Maryam Doe Mary Roe", "Amos
    Mary Roe" after "Comfort Amos"): the words end in another full name of the article and begin
    with one, or with the surname of one."""
    if len(words) < 3:
        return False
    ends = {name.split()[-1] for name in full_names}
    return any(" ".join(words[k:]) in full_names and (" ".join(words[:k]) in full_names or (
        k == 1 and words[0] in ends)) for k in range(1, len(words) - 1))


def _unknown_place(text: str) -> bool:
    return not (text in gazetteer().places or _place_key(text) in _place_keys())


def _group_or_widget(m: Mention, paragraph: str, surnames: set[str], bodies: dict[tuple[str, ...], set[str]]) -> bool:
    """A plural name that names a group, no one person or place: a family by its surname ("the
    Obamas", with "Obama" a person in the article), members counted ("all Tea Partiers") or named
    after a body of the article ("Tea Parties", "Tea Partiers" beside the "Tea Party"); or words of
    a page's widgets or a menu path ("Skip Ad", "Settings > Themes")."""
    if _INTERFACE.search(m.text) or _MENU_AFTER.match(paragraph, m.end) or _MENU_BEFORE.search(
            paragraph, max(0, m.start - 3), m.start):
        return True
    words = tuple(m.text.split())
    last = words[-1]
    if len(words) > 1 and _plural(last) and any(
            not last.startswith(other) for other in bodies.get((*words[:-1], last[:4]), ())):
        return True  # not "All Blacks" beside "All Black": one name, singular and plural
    if m.kind not in (PERSON, PLACE) or not _plural(last) or m.text in gazetteer().places:
        return False
    before = re.search(r"(\w+) $", paragraph[max(0, m.start - 20) : m.start])
    if not before:
        return False
    if " " not in m.text and before.group(1).lower() == "the" and {last[:-1], last[:-2]} & surnames:
        return True
    return before.group(1).lower() in GROUP_QUANTIFIERS


# A name's last word, then the place its bearer is from: "Roe of Maine"
_HOME_AFTER = re.compile(r"([A-Z][\w'’-]+) of (.+)")


def _surname_before_home(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A person named by a title and one word, run on by a name of the form "X of <place>" ("Sen. Jo"
    then "Roe of Maine", the tagger's reading of "Sen. Jo Roe of Maine said"), is the person of both
    words, the title their role, and the place a place of its own."""
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        home = _HOME_AFTER.fullmatch(m.text) if m.kind != PLACE else None
        if (home and previous and previous.kind == PERSON and previous.paragraph == m.paragraph
                and paragraphs[m.paragraph][previous.end : m.start] == " "
                and home.group(2) in gazetteer().places and home.group(1) not in ORG_CUES | BODY_HEADS | PLACE_CUES):
            words = previous.text.split()
            role = " ".join(w.rstrip(".") for w in words[:-1])
            if len(words) >= 2 and all(w.rstrip(".") in TITLE_HEADS for w in words[:-1]):
                start = previous.end - len(words[-1])
                out[-1] = replace(previous, start=start, end=m.start + len(home.group(1)),
                                  text=f"{words[-1]} {home.group(1)}", role=previous.role or role)
                out.append(replace(m, start=m.end - len(home.group(2)), text=home.group(2), kind=PLACE))
                continue
        out.append(m)
    return out


_WORD = re.compile(r"\S+")


# A noun of someone's presence on a platform right after the platform's name: " account" of "Vell Twitter account".
_ACCOUNT_AFTER = re.compile(r" (?:" + "|".join(sorted(ACCOUNT_NOUNS)) + r")\b")


def _platform_accounts(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A name run into the platform its account is on ("the official Vell Air Twitter account") is two: the
    account's owner, of the kind read for the whole, and the platform, a body."""
    out: list[Mention] = []
    for m in mentions:
        owner, _, platform = m.text.rpartition(" ")
        if owner and platform in SOCIAL_PLATFORMS and _ACCOUNT_AFTER.match(paragraphs[m.paragraph], m.end):
            out.append(replace(m, end=m.start + len(owner), text=owner))
            out.append(replace(m, start=m.end - len(platform), text=platform, kind=ORG, role=None))
        else:
            out.append(m)
    return out


def _people_of_bodies(mentions: list[Mention]) -> list[Mention]:
    """A body's name run on from a person's, with their titles before it ("Astrophysicist Professor Jo Roe of Vell
    University", read as one body) is the person, the titles their role, and the body they are of, a body of its
    own."""
    out: list[Mention] = []
    for m in mentions:
        words = [(w.group(), w.start()) for w in _WORD.finditer(m.text)]
        texts = [w for w, _ in words]
        of = texts.index("of") if m.kind in (ORG, OTHER) and "of" in texts else 0
        body = of + 2 if texts[of + 1 : of + 2] == ["the"] else of + 1
        titles = 0
        while titles < of and (texts[titles].rstrip(".") in TITLE_WORDS or texts[titles].lower() in ROLE_NOUNS):
            titles += 1
        if not (of and body < len(texts) and 2 <= of - titles <= 3 and _looks_like_full_name(texts[titles:of])
                and _kind_of(texts[body:]) in (ORG, PLACE)):
            out.append(m)
            continue
        name_start, name_end, body_start = words[titles][1], words[of - 1][1] + len(texts[of - 1]), words[body][1]
        out.append(replace(m, start=m.start + name_start, end=m.start + name_end, text=m.text[name_start:name_end],
                           kind=PERSON, role=" ".join(texts[:titles]) or m.role))
        out.append(replace(m, start=m.start + body_start, text=m.text[body_start:], kind=_kind_of(texts[body:])))
    return out


# Capitalised words, then "for the" or "of", right before a body's name: where the body's name may start.
_BODY_OPENING = re.compile(r"([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2}) (?:for|of)(?: the)? $")


def _body_openings(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A body's name cut at its start ("Ethical Vellment of Animals" of "a protest by People for the Ethical
    Vellment of Animals") takes back the capitalised words and the "for the" or "of" before it, when the whole is
    one capitalised span inside a sentence: after a word in lower case, and of no title, other name or date."""
    taken = defaultdict(list)
    for m in mentions:
        taken[m.paragraph].append((m.start, m.end))
    for m in mentions:
        if m.kind != ORG or " " not in m.text:
            continue
        paragraph = paragraphs[m.paragraph]
        opening = _BODY_OPENING.search(paragraph, max(0, m.start - 60), m.start)
        if not opening or not re.search(r"[a-z] $", paragraph[max(0, opening.start() - 2) : opening.start()]):
            continue
        words = opening.group(1).split()
        if any(w in TITLE_WORDS or w.lower() in FUNCTION_WORDS or w in MONTHS or w in WEEKDAYS for w in words):
            continue
        if any(a < m.start and b > opening.start() for a, b in taken[m.paragraph]):
            continue  # "Ann Lee of the Vell Party": a name of its own
        m.start, m.text = opening.start(), paragraph[opening.start() : m.end]


_AND_FIELD_AFTER = re.compile(r" and ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")


def _body_endings(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A body's name that opens with its head and "for" or "of", cut before its last field ("Organization for Vell
    Co-operation | and Development"), takes the "and" and that one word back when it names nothing of its own (no
    place, given name or body's word); a mention of the word alone is dropped."""
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        words = m.text.split()
        if m.kind != ORG or len(words) < 3 or words[0] not in ORG_CUES or words[1] not in ("for", "of"):
            continue
        field = _AND_FIELD_AFTER.match(paragraphs[m.paragraph], m.end)
        word = field.group(1) if field else ""
        if not field or (word in gazetteer().places or word in given_names() or word.lower() in FUNCTION_WORDS
                         or word in BODY_HEADS | ORG_CUES | INSTITUTIONS):
            continue
        dropped.add((m.paragraph, field.start(1)))
        m.end = field.end()
        m.text = paragraphs[m.paragraph][m.start : m.end]
    return [m for m in mentions if (m.paragraph, m.start) not in dropped]


# Where a text defines initials: "Deferred Action for Vells, or DAV", "... (DAV)", "DAV (Deferred Action for Vells)",
# "DAV, short for Deferred Action for Vells,".
_ACRONYM_AFTER_NAME = re.compile(r"(?:, or | \()([A-Z]{2,8})(?=[),;:.!?]|\s[—–-]|$)")
_ACRONYM_BEFORE_NAME = re.compile(
    r"(?<![\w.-])([A-Z]{2,8})(?: \(|,? (?:short for|which stands for|stands for) )([A-Z][^()]{2,100}?)(?=[),.;:]|$)")
_DEFINED_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|" + "|".join(sorted(CONNECTORS | {"and", "&", "to", "in"})))


def _defined_name(words: list[str], acronym: str) -> int | None:
    """Where in ``words`` (the words before the initials, in order) starts the name ``acronym`` spells: the fewest
    last words, each capitalised or a connector, whose capitals' initials are exactly it, or whose words' initials
    are ("Democracy for Vell, or DFV")."""
    for k in range(len(words) - 1, -1, -1):
        if not _DEFINED_NAME_WORD.fullmatch(words[k]):
            return None
        initials = acronym_of(" ".join(words[k:]))
        if words[k][:1].isupper() and acronym in (initials, "".join(w[0] for w in words[k:]).upper()):
            return k
        if len(initials) > len(acronym):
            return None
    return None


def _defined_acronyms(mentions: list[Mention], article: Article) -> list[Mention]:
    """A name the text spells out beside its initials ("Deferred Action for Childhood Arrivals, or DACA") is one
    name, though the tagger read a part of it ("Childhood Arrivals"): the words it covers become one mention, of
    a body's kind if the tagger read a body's in them, else of the kind it read. Not where it read none (a term:
    "Gross Vell Product (GVP)"), nor a person's name or a title ("Chief Vell Officer (CVO)")."""
    paragraphs = article.paragraphs
    defined: list[tuple[int, int, int]] = []  # paragraph, start and end of a name
    for index, paragraph in enumerate(paragraphs):
        for found in _ACRONYM_AFTER_NAME.finditer(paragraph):
            acronym = found.group(1)
            before = paragraph[max(0, found.start() - 120) : found.start()]
            words = list(re.finditer(r"\S+", before))
            k = _defined_name([w.group(0) for w in words], acronym)
            if k is not None and not re.search(r"['’]s?$", before):  # "the Vell Exchange's (VE)": its own name
                defined.append((index, found.start() - len(before) + words[k].start(), found.start()))
        for found in _ACRONYM_BEFORE_NAME.finditer(paragraph):
            name = found.group(2).split()
            if _defined_name(name, found.group(1)) == 0:
                defined.append((index, found.start(2), found.end(2)))
    for index, start, end in defined:
        inside = [m for m in mentions if m.paragraph == index and m.start < end and m.end > start]
        if (not inside or any(m.kind == PERSON for m in inside) or any(m.start < start or m.end > end for m in inside)
                or (inside[0].start, inside[0].end) == (start, end)
                or all(w in TITLE_WORDS for w in paragraphs[index][start:end].split())):
            continue  # "Jo Ann Roe (JAR)"; a name running past the definition's words is read otherwise
        kind = ORG if any(m.kind == ORG for m in inside) else inside[0].kind
        covered = {id(m) for m in inside}
        mentions = [m for m in mentions if id(m) not in covered]
        mentions.append(Mention(article.id, index, start, end, paragraphs[index][start:end], kind))
    return sorted(mentions, key=lambda m: (m.paragraph, m.start))


# A capitalised word and "for" right before a place: "Democracy for " of "Democracy for Vellia".
_WORD_FOR_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][a-z]+) for $")


def _bodies_for_places(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A capitalised word that names nothing of its own, then "for" and a big place the lists know ("said Democracy for
    Ohio"; not "Roe for Kennedy", a surname the tagger read as a place's), is a body's name, the place its last word,
    where the word is capitalised inside a sentence; where it opens one or a quoted phrase (a slogan: "Freedom for
    Ohio!"), when the article writes the whole so inside one. Not a body or person then "for" ("left Arsenal for
    Chelsea"), nor a town the lists know, a month or a title ("left Vellton for Ohio", "in May for Ohio", "Minister
    for Europe")."""
    gaz = gazetteer()
    ends = {(m.paragraph, m.end): m for m in mentions}
    joined: list[tuple[Mention, int, str]] = []  # the place, where the name starts, the name
    for b in mentions:
        paragraph = paragraphs[b.paragraph]
        found = (_WORD_FOR_BEFORE.search(paragraph, max(0, b.start - 30), b.start)
                 if b.kind == PLACE and b.text in gaz.big_places else None)
        word = found.group(1) if found else ""
        before = ends.get((b.paragraph, found.end(1))) if found else None
        if (not found or word in given_names() or word in gaz.towns or word in gaz.demonyms
                or word in TITLE_WORDS or word in MONTHS or word in WEEKDAYS or word.lower() in FUNCTION_WORDS
                or (before and (before.kind not in (OTHER, PLACE) or before.start != found.start(1)))):
            continue
        joined.append((b, found.start(1), f"{word} for {b.text}"))
    inside = {name for b, start, name in joined if not _opens_sentence(paragraphs[b.paragraph], start)
              and paragraphs[b.paragraph][start - 1] not in _QUOTE_MARKS}
    gone: set[int] = set()
    for b, start, name in joined:
        if name in inside:
            gone.update(id(m) for m in mentions if m.paragraph == b.paragraph and start <= m.start < b.start)
            b.start, b.text, b.kind = start, name, ORG
    return [m for m in mentions if id(m) not in gone]


def _join_official_names(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A country's official name cut at its "of" ("Federal Republic" and "Germany" of "the Federal
    Republic of Germany") is that country: the two mentions become one place when the whole is a
    name the gazetteer knows."""
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if previous and previous.article == m.article and previous.paragraph == m.paragraph:
            whole = paragraphs[m.paragraph][previous.start : m.end]
            gap = paragraphs[m.paragraph][previous.end : m.start]
            if gap in (" of ", " of the ") and gazetteer().places.get(whole) in gazetteer().countries:
                out[-1] = replace(previous, end=m.end, text=whole, kind=PLACE)
                continue
        out.append(m)
    return out


def _posters_after_platforms(mentions: list[Mention]) -> list[Mention]:
    """ "wrote on Twitter Christian Estrosi": a social platform run into the full name after it (a given name, then
    more) is two mentions, the platform and the person who posted on it."""
    out: list[Mention] = []
    for m in mentions:
        platform, _, rest = m.text.partition(" ")
        given = rest.split()[0] if len(rest.split()) >= 2 else ""
        if platform in SOCIAL_PLATFORMS and name_gender_detector().get_gender(given) in GIVEN_NAME_GENDERS:
            out.append(replace(m, end=m.start + len(platform), text=platform, kind=ORG))
            out.append(replace(m, start=m.end - len(rest), text=rest, kind=PERSON))
        else:
            out.append(m)
    return out


def _split_joined_names(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """Names the article gives alone, run together into one mention: "Intel and Nvidia" when it
    names Intel and Nvidia on their own (not "Procter and Gamble", whose halves never stand alone),
    two bodies' full names (see ``_two_bodies``) or two teams' nicknames in a report about sport;
    a maker before its product line, "AMD Opteron processors" (the maker named alone, the line
    always before a product noun, so not "Goldman Sachs"). Before that, a rank, a doubled name or a
    dashed word of the sentence is cut from a name (see ``_trim_name``)."""
    for m in mentions:
        _trim_name(m)
    alone: dict[str, str] = {}
    for m in mentions:
        if " and " not in m.text:
            alone.setdefault(m.text, m.kind)
    uses: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        after = _NOUN_AFTER.match(paragraphs[m.paragraph], m.end)
        uses[m.text].add(after.group(1) if after else "")
    out: list[Mention] = []
    halves: dict[tuple[int, int, int], Mention] = {}  # the second halves split off, which an inner mention may repeat
    for m in mentions:
        words = m.text.split()
        first, _, second = m.text.partition(" and ")
        bodies = m.kind in (ORG, OTHER) and bool(second) and _two_bodies(first, second)
        if m.kind in (ORG, OTHER) and second and (first in alone and second in alone or bodies or (
                _team_nickname([first]) and _team_nickname([second]) and _reports_sport(paragraphs))):
            out.append(replace(m, end=m.start + len(first), text=first, kind=ORG if bodies else alone.get(first, ORG)))
            start = m.end - len(second)
            out.append(replace(m, start=start, text=second, kind=ORG if bodies else alone.get(second, ORG)))
            halves[(m.paragraph, start, m.end)] = out[-1]
        elif (m.kind in (ORG, OTHER) and len(words) == 2 and alone.get(words[0]) == ORG and words[1] not in ORG_CUES
              and words[1].lower() not in CORPORATE_SUFFIXES and uses[m.text] <= PRODUCT_NOUNS):
            out.append(replace(m, end=m.start + len(words[0]), text=words[0], kind=ORG))
            out.append(replace(m, start=m.end - len(words[1]), text=words[1], kind=OTHER))
        else:
            out.append(m)
    return [m for m in out if halves.get((m.paragraph, m.start, m.end), m) is m]


def _two_bodies(first: str, second: str) -> bool:
    """Two names of bodies joined by "and", each of two words or more, the first ending in a body's
    word, the second in an organisation's cue word: "Financial Conduct Authority and Information
    Commissioner's Office" (not "Food and Drug Administration", "Department of Health and Human
    Services" or "Guangdong Post and Telecommunications Administration", one body of two fields); or a
    name of two words or more before a body of a place: "Acme Chase and Bank of Ireland" (the second
    half a whole name of its own, so the "and" joins two bodies, not two fields of one)."""
    words = second.split()
    return len(first.split()) >= 2 and (
        first.split()[-1] in BODY_HEADS and len(words) >= 2 and words[-1] in ORG_CUES
        or len(words) >= 3 and words[0] in BODY_HEADS and words[1] == "of"
        and " ".join(words[2:]) in gazetteer().places)


# A title in quote marks, its closing comma or full stop inside them in the American manner.
_QUOTED = {"“": "”", "‘": "’", '"': '"', "'": "'"}


def _quoted_titles(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A name that alone fills a pair of quote marks is the title of a work (a song, a film, a
    book: Bowie's ‘Space Oddity’, “American Skin”), not an organisation or a place: every use of it
    in the article is of no kind the dossier pages, and so is a slogan (see ``_slogan``). A name inside
    a longer title is dropped (see ``_in_quoted_title``), as is one inside the words of a song that
    someone sings (``_sung_words``), whose whole title is a title whatever its words. Known places,
    institutions and names ending in an organisation's cue word keep their kind (a "Patriot Party" in
    scare quotes is still a party)."""
    titles = {m.text for m in mentions
              if (m.kind in (ORG, PLACE) or _slogan(m)) and _quoted_alone(m, paragraphs[m.paragraph])}
    kept = []
    for m in mentions:
        if _sung_words(m, paragraphs[m.paragraph]):
            if not _quoted_alone(m, paragraphs[m.paragraph]):
                continue  # "Go" of “Go, Vell, Go!”, sung: a word of a song names nothing
            m.kind = OTHER  # “Go Vell Go”, sung: the song, no team or person
        elif m.text in titles and (m.kind in (ORG, PLACE) or _slogan(m)):
            m.kind = OTHER
        elif m.kind in (PERSON, ORG, OTHER) and (whole := _in_quoted_title(m, paragraphs[m.paragraph])):
            if _LEADING_THE.sub("", whole) != m.text:
                continue  # a piece of a title ("Would Die" of "I Would Die 4 U") names nothing of its own
            m.kind = OTHER
        kept.append(m)
    return kept


# Names in quote marks after "names like" (``NAME_NOUNS``, ``EXAMPLE_WORDS``): group 1 is what the marks hold.
_EXAMPLE_NAMES = re.compile(r"\b(?:" + "|".join(sorted(NAME_NOUNS)) + r") (?:" + "|".join(EXAMPLE_WORDS)
                            + r") [“\"]([^“”\"]{1,80})[”\"]")


def _without_example_names(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """Without the names quoted as examples of names ("dealers with names like “Smoothie, D-Money and Shifty”"):
    they are shown as words, and name no one the story is about."""
    examples = {index: [match.span(1) for match in _EXAMPLE_NAMES.finditer(paragraphs[index])]
                for index in {m.paragraph for m in mentions}}
    return [m for m in mentions if not any(start <= m.start and m.end <= end for start, end in examples[m.paragraph])]


def _quoted_alone(m: Mention, paragraph: str) -> bool:
    """Whether a name alone fills a pair of quote marks (its closing comma or full stop inside them or not) and is
    no name a body or a place keeps in scare quotes: a known place, an institution, a name ending in an
    organisation's cue word, an acronym."""
    closing = _QUOTED.get(paragraph[m.start - 1 : m.start]) if m.start else None
    after = paragraph[m.end : m.end + 2]
    return bool(closing) and (after[:1] == closing or after in (f",{closing}", f".{closing}")) and not (
        m.text in gazetteer().places or m.text in INSTITUTIONS or m.text.split()[-1] in ORG_CUES
        or _is_acronym(m.text))


# A quoted span in Title Case: words capitalised, numbers, or small words ("Can't Stop the Feeling!",
# "Until the End of Time", "I Would Die 4 U"), its closing comma or stop inside the marks or not.
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’&-]*|" + "|".join(sorted(FUNCTION_WORDS | CONNECTORS | {"a", "an"})))
_QUOTED_SPAN = re.compile(r"[“\"]([^“”\"]{1,80}?)[,.!?]*[”\"]")


def _in_quoted_title(m: Mention, paragraph: str) -> str:
    """The quoted title of a work that holds a name and says more than the name ("Until the End of Time",
    "Can't Stop the Feeling!", "Rock Your Body"), else "": the title's words, not an entity. Only that use;
    a person's full name stays a person ("We Need Jane Doe"), and a place a place ("Freedom for Ruritania!")."""
    opening = max(paragraph.rfind("“", 0, m.start), paragraph.rfind('"', 0, m.start))
    if opening < 0 or m.start - opening > 60:
        return ""
    span = _QUOTED_SPAN.match(paragraph, opening)
    if not span or span.end(1) < m.end:
        return ""
    words = span.group(1).split()
    if not 2 <= len(words) <= 8 or not all(_TITLE_WORD.fullmatch(w) for w in words):
        return ""
    if m.kind == PERSON:
        return "" if _looks_like_full_name(m.text.split()) else span.group(1)
    # A body's name alone in the marks is ``_quoted_titles``' to judge (scare quotes: "Patriot Party").
    return "" if span.group(1) == m.text or (
        m.text in INSTITUTIONS or m.text.split()[-1] in ORG_CUES or _is_acronym(m.text)) else span.group(1)


_SINGING_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SINGING_VERBS)) + r")(?:[\s,:]+(?:" + "|".join(SINGING_LINKS)
                             + r"))*[\s,:]*$")
_QUOTED_WORDS = re.compile(r"(?<![\w'’])[“\"‘'][^“”\"‘’']{1,80}[”\"’'](?![\w'’])")
_SENTENCE_BEFORE = re.compile(r".*[.!?;]\s", re.DOTALL)
QUOTED_REACH = 60  # characters from an opening quote mark to a name inside the quoted words, and from there to its end


def _sung_words(m: Mention, paragraph: str) -> bool:
    """Whether a mention is inside words in quote marks that a verb of singing introduces (nothing between but
    "along to", "with", other quoted words and "and": "sang 'We Are the Champions' and 'Go Vell Go'"): a song's
    words, which name no team or person of the story."""
    opening = next((k for k in range(m.start - 1, max(-1, m.start - QUOTED_REACH), -1)
                    if paragraph[k] in _QUOTED and (k == 0 or not paragraph[k - 1].isalnum())), None)
    if opening is None:
        return False
    closer, closing = _QUOTED[paragraph[opening]], opening
    while (closing := paragraph.find(closer, closing + 1, m.end + QUOTED_REACH)) >= 0 and (
            paragraph[closing + 1 : closing + 2].isalnum()):
        continue  # an apostrophe inside the words: "'You'll Never Walk Alone'"
    if closing < m.end:
        return False  # no closing mark, or one before the name: "singing 'Delilah', and how Vell Rovers"
    before = paragraph[max(0, opening - 2 * QUOTED_REACH) : opening]
    if sentence := _SENTENCE_BEFORE.match(before):
        before = before[sentence.end() :]  # the sentence's own words only
    return bool(_SINGING_BEFORE.search(_QUOTED_WORDS.sub(" ", before)))


def _slogan(m: Mention) -> bool:
    """A "person" of several words that does not open with a given name: in quote marks it is a
    slogan or a nickname (a sign's “Team Scalise”, “Little Marco”), not someone's name."""
    words = m.text.split()
    return m.kind == PERSON and len(words) >= 2 and words[0] not in given_names()


def _particle_full_name(words: list[str]) -> bool:
    """Two or more capitalised names, then a particle and a surname: "Eyda Orrego de Bastida" (not "Tour de Vell")."""
    names = words[:-2] + words[-1:]
    return (len(words) >= 4 and words[-2] in NAME_PARTICLES
            and all(w[:1].isupper() and w not in ORG_CUES and w not in gazetteer().places for w in names))


def _surname_reused(words: list[str], context: _Context) -> bool:
    """The last word also stands alone in the article, as surnames do: "Mitt Romney" ... "Romney"."""
    first, word = words[0], words[-1]
    if first in INSTITUTIONS or first in gazetteer().places or _is_acronym(first):
        return False  # "Google Pixel" ... "Pixel" is a product line
    return (word in context.lone_caps and word.lower() not in context.lowercase_words
            and word not in gazetteer().places and word not in ORG_CUES and word not in INSTITUTIONS)


def _headline_parts(
    sentence: list[Token], context: _Context, whole_paragraph: bool
) -> list[tuple[list[Token], bool]]:
    """Split off Title Case stretches: a whole heading line, or a quoted headline in prose."""
    if _is_headline_case(sentence, context, whole_paragraph):
        return [(sentence, True)]
    parts: list[tuple[list[Token], bool]] = []
    for segment in _split_before(sentence, lambda t: t.sentence_start):
        # Title Case shows in capitalised ordinary words: "Says", "Troops", "Have".
        ordinary = [t for t in segment[1:] if t.capitalised and context.ordinary(t.text, False)]
        headline = len(ordinary) >= 2 and _is_headline_case(segment, context, False)
        if parts and parts[-1][1] == headline:
            parts[-1][0].extend(segment)
        else:
            parts.append((list(segment), headline))
    return parts


def _split_before(tokens: list[Token], starts: Callable[[Token], bool]) -> list[list[Token]]:
    """Cut tokens into consecutive pieces, a new piece at each token where ``starts`` holds."""
    out: list[list[Token]] = []
    for token in tokens:
        if starts(token) or not out:
            out.append([])
        out[-1].append(token)
    return out


def _runs(sentence: list[Token], paragraph: str, context: _Context) -> list[list[Token]]:
    """Maximal runs of capitalised tokens, bridged by connectors and name particles."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < len(sentence):
        token = sentence[i]
        gap = paragraph[current[-1].end + (2 if current[-1].possessive else 0) : token.start] if current else ""
        # "Mary J. Blige": an initial's full stop stays inside the name.
        joined = gap == " " or (gap == ". " and (
            re.fullmatch(r"[A-Z]", current[-1].text) or current[-1].text in ABBREVIATIONS
            or _dotted_title(current[-1], paragraph)))
        if current and token.capitalised and _casing_break(current[-1], token, context):
            joined = False
        if token.capitalised and not _breaks_run(token, current):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(token)
            if token.possessive and not _possessive_continues(sentence, i):
                runs.append(current)
                current = []
            i += 1
            continue
        bridge = _bridge_length(sentence, i, current, paragraph)
        if bridge:
            current += sentence[i : i + bridge]
            i += bridge
            continue
        if current:
            runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    return runs


def _casing_break(previous: Token, token: Token, context: _Context) -> bool:
    """ "CLOSE John Mahoney": a capitals-only word does not run into a given name, and a shouted
    ordinary word does not run into a capitalised one ("FALCON HEAVY LAUNCH If", "Meghan Markle
    ENGAGED"); an acronym does ("BBC News", "US Census Bureau")."""
    if previous.text.isupper() == token.text.isupper():
        return False
    if _is_acronym(previous.text) and token.text in given_names():
        return True
    return _shouted(previous, context) or _shouted(token, context)


def _shouted(token: Token, context: _Context) -> bool:
    return token.shouted


def _mark_shouted(tokens: list[Token], paragraph: str, context: _Context) -> None:
    """Tell shouted words ("LAUNCH", "HACKERS are feared", "PRINCE MARRY!") from acronyms.

    A word in capitals is an ordinary word shouted when the article also writes it in lower or
    Title case, when it is a function word ("YOUR"), or when it stands in a stretch of capitals
    with a long word that is not a place ("JOYRIDE CARNAGE", map labels "FEET CROWD MAIN STAGE";
    not the dateline "LOS ANGELES").
    """
    places = gazetteer().places
    stretch: list[Token] = []
    for token in tokens:
        caps = _is_acronym(token.text) and token.text not in INSTITUTIONS
        # Words joined by a space (or an abbreviation's dot) form a stretch; "WASHINGTON (AP)" not.
        if stretch and not (caps and re.fullmatch(r"\.? ", paragraph[stretch[-1].end : token.start])):
            _shout_stretch(stretch, places)
            stretch = []
        if caps:
            stretch.append(token)
            lower = token.text.lower()
            token.shouted = len(lower) >= 3 and (
                lower in context.lowercase_words or lower.removesuffix("s") in context.lowercase_words
                or token.text.title() in context.title_words or lower in FUNCTION_WORDS)
    _shout_stretch(stretch, places)


def _shout_stretch(stretch: list[Token], places: dict) -> None:
    words = [t.text for t in stretch]
    if len(words) < 2 or " ".join(words) in places or " ".join(w.title() for w in words) in places:
        return
    if any(len(w) >= 4 and w.title() not in places for w in words):
        for t in stretch:
            t.shouted = True


def _breaks_run(token: Token, current: list[Token]) -> bool:
    """Months and weekdays end a run, unless "May" is a surname ("Theresa May")."""
    if token.text in WEEKDAYS:
        return True
    if token.text in MONTHS:
        return not (current and current[-1].text in given_names() and token.text == "May")
    return False


def _possessive_continues(sentence: list[Token], i: int) -> bool:
    """ "Prosecutor General's Office", "People's Republic": the possessive is inside the name."""
    return i + 1 < len(sentence) and sentence[i + 1].text in ORG_CUES | {"Republic"}


def _bridge_length(sentence: list[Token], i: int, current: list[Token], paragraph: str) -> int:
    """How many lowercase tokens at ``i`` sit inside a name: "Bank of England", "von der Leyen"."""
    if not current or current[-1].possessive:
        return 0
    j = i
    while j < len(sentence) and not sentence[j].capitalised and j - i < 2:
        j += 1
    if j == i or j >= len(sentence) or not sentence[j].capitalised or sentence[j].sentence_start:
        return 0
    words = [t.text for t in sentence[i:j]]
    if paragraph[current[-1].end : sentence[j].start].count(",") or any(
        paragraph[a.end : b.start] != " " for a, b in zip(sentence[i - 1 : j], sentence[i : j + 1], strict=False)
    ):
        return 0
    if all(w in NAME_PARTICLES for w in words):
        return j - i
    run_words = {t.text for t in current}
    if words == ["and"] and not run_words & ORG_CUES:
        # "Foster and Partners", "Defense and Security Committee"; not "Rutte and European Commission".
        if sentence[j].text in ORG_CUES or (
            run_words & TITLE_WORDS and j + 1 < len(sentence) and sentence[j + 1].text in ORG_CUES
        ):
            return 1
    if words[0] in ("on", "for") and not run_words & ORG_CUES:
        return 0
    # "Bank of England", "Secretary of State", "Gulf of Mexico"; not "Kursk Oblast of Russia".
    cue = run_words & (ORG_CUES | TITLE_HEADS | {"Republic", "Kingdom", "States", "Nations"}) or (
        len(current) == 1 and current[0].text in PLACE_CUES)
    if words[0] in CONNECTORS and all(w in CONNECTORS for w in words) and cue and not _breaks_run(
        sentence[j], []
    ):
        return j - i
    return 0


def _sentence_mentions(
    article_id: str, index: int, paragraph: str, sentence: list[Token], all_tokens: list[Token],
    context: _Context,
) -> list[Mention]:
    mentions: list[Mention] = []
    for run in _runs(sentence, paragraph, context):
        run = _trim_sentence_start(run, context)
        while run and run[0].text in {"The", "A", "An"}:
            run = run[1:]
        if run:
            mentions += _classify_run(article_id, index, paragraph, run, all_tokens, context)
    return mentions


# A lower-case word before a title that says the title is no longer held: "former Vell Gov. Jo Roe".
_TIME_OF_ROLE = re.compile(rf"\b({'|'.join(ROLE_TIME_QUALIFIERS)})[ -]$")
_TIME_OF_ROLE_LENGTH = max(map(len, ROLE_TIME_QUALIFIERS)) + 1  # the word and the space or hyphen after it


def _with_time_of_role(role: str, paragraph: str, start: int) -> str:
    """The role starting at ``start`` with the word before it that says when it was held ("former Vell Gov."), which a
    reader must not lose: without it the page says the person holds the office now."""
    time = _TIME_OF_ROLE.search(paragraph, max(0, start - _TIME_OF_ROLE_LENGTH), start)
    return f"{time.group(1)} {role}" if time else role


def _trim_sentence_start(run: list[Token], context: _Context) -> list[Token]:
    """Drop a sentence-initial capital that is an ordinary word: "But Rutte", "Asked"."""
    if not run or not run[0].sentence_start:
        return run
    first = run[0].text
    if first.rstrip(".") in TITLE_WORDS or any(" ".join(t.text for t in run[:n]) in gazetteer().places for n in (2, 3)):
        return run  # "New York Mayor Bill Smith said" opens with a place, not with the word "new"
    ordinary = (first.lower() in FUNCTION_WORDS or first.lower() in context.lowercase_words
                or first.lower().removesuffix("s") in ROLE_NOUNS or first.endswith("-based"))
    # "Notice Trump": an unknown capital before a name the article uses elsewhere.
    ordinary = ordinary or (len(run) == 2 and first not in context.midsentence_caps
                            and run[1].text in context.lone_caps and first not in given_names())
    if ordinary and len(run) > 1 and first not in given_names():
        return run[1:]
    return run


def _classify_run(
    article_id: str, index: int, paragraph: str, run: list[Token], all_tokens: list[Token],
    context: _Context,
) -> list[Mention]:
    words = [t.text for t in run]

    def mention(tokens: list[Token], kind: str, role: str | None = None, end: int | None = None) -> Mention:
        start, stop = tokens[0].start, end if end is not None else tokens[-1].end
        return Mention(article_id, index, start, stop, paragraph[start:stop], kind, role=role)

    if all(_is_acronym(w) for w in words):
        if _is_dateline(run, paragraph):
            return [mention(run, PLACE)]
        return _capitals_run(run, words, context, mention)
    if _is_programme(words):
        return []
    field_name = _field_office_name(words)
    if field_name is not None:  # "Minister of Defence Jo Roe": the role, then the person
        out = [mention(run[field_name:], PERSON, " ".join(words[:field_name]))]
        field = " ".join(words[words.index("of") + 1 : field_name])
        if field in gazetteer().places:  # "Mayor of London Jo Roe": the place the title is of
            out.insert(0, mention(run[field_name - len(field.split(" ")) : field_name], PLACE))
        return out
    office = _office_of(words)
    if office is not None:
        start, kind = office
        return [mention(run[start:], kind)]  # "First Deputy Chairman of the Russian Federation Council"
    role_split = _split_title(words, {k for k, t in enumerate(run) if _dotted_title(t, paragraph)})
    if role_split is not None:
        head_end, name_start = role_split
        out = [mention(run[a:b], kind) for a, b, kind in _prefix_entities(words[:head_end])]
        role_words = words[:head_end]
        role = None if role_words[-1].rstrip(".") in HONORIFICS else _with_time_of_role(
            " ".join(role_words), paragraph, run[0].start)
        if name_start < len(run):
            out.append(mention(run[name_start:], PERSON, role))
        elif _role_alone_allowed(run, paragraph, out):
            out.append(mention(run, PERSON, role))
        return out
    split = _org_then_person(words)
    if split:
        body_end, name_start = split
        first_kind = PLACE if " ".join(words[:body_end]) in gazetteer().places else ORG
        role = " ".join(words[:name_start]) if name_start > body_end else None
        return [mention(run[:body_end], first_kind), mention(run[name_start:], PERSON, role)]
    # A known name with a possessive inside is whole: "Democratic People's Republic of Korea" (its words lose the "'s")
    known = _surface(paragraph[run[0].start : run[-1].end]) in gazetteer().places
    before = _preceding_words(run[0], all_tokens, paragraph)
    national_body = False
    while not known and len(run) > 1 and _kind_of(words) == OTHER and (
        words[0] in DESCRIPTIVE_WORDS or words[0] in gazetteer().demonyms
    ):
        national_body = _national_body(words, before[-1] if before else "")
        if national_body:
            break
        run, words = run[1:], words[1:]  # "Nigerian Chibok" names Chibok
    kind = PLACE if known else ORG if national_body else _kind_of(words)
    after = _following_word(run[-1], all_tokens, paragraph)
    end = None
    if kind is None and after == "party" and all(w in DESCRIPTIVE_WORDS for w in words):
        kind, end = ORG, paragraph.index("party", run[-1].end) + len("party")  # "Republican party"
    if kind == OTHER and after in PLACE_SUFFIXES and len(run) == 1:
        kind = PLACE
    if kind == PLACE and after in REGION_WORDS and not run[-1].possessive:
        end = next(t.end for t in all_tokens if t.start > run[-1].end)  # "Kursk region"
    if kind is None:
        return []
    if kind == OTHER and len(run) >= 2 and after and after[0].isdigit() and _is_brand(words[0]):
        return [mention(run[:1], ORG)]  # "SiriusXM Patriot 125": a maker's channel or model number
    if kind == OTHER:
        kind = _kind_from_context(run, words, before, after, paragraph, context)
        if kind is None:
            return []
    return [mention(run, kind, end=end)]


def _capitals_run(run: list[Token], words: list[str], context: _Context, mention) -> list[Mention]:
    """Words in capitals: a dateline ("LOS ANGELES"), shouting ("RED HANDED") or an acronym."""
    if " ".join(words) in gazetteer().places:
        return [mention(run, PLACE)]  # "US", "DPRK"
    titled = [w.title() for w in words]
    if " ".join(titled) in gazetteer().places and (len(words) > 1 or len(words[0]) >= 4):
        return [mention(run, PLACE)]
    if all(w.lower() in context.lowercase_words or w.lower() in FUNCTION_WORDS for w in words):
        return []  # "RED HANDED"
    if len(words) == 1:
        return [mention(run, ORG)] if _kind_of(words) == ORG and not _shouted(run[0], context) else []
    kind = _kind_of(titled)
    if kind not in (ORG, PLACE) and any(_shouted(t, context) for t in run):
        return []  # a shouted heading or map label: "CHECK YOUR BANK STATEMENTS", "FEET CROWD"
    return [mention(run, kind if kind in (ORG, PLACE) else OTHER)]


def _is_dateline(run: list[Token], paragraph: str) -> bool:
    """ "HEMPSTEAD, N.Y., Sept. 26 (UPI) —": a town in capitals opening a paragraph, then a
    state abbreviation or a known place."""
    if run[0].start != 0:
        return False
    follow = re.match(r",\s+((?:[A-Z][a-z]*\.)+|[A-Z]\w+(?: [A-Z]\w+)?)", paragraph[run[-1].end :])
    return bool(follow) and (follow.group(1).endswith(".") or follow.group(1) in gazetteer().places)


def _is_brand(word: str) -> bool:
    """A word that is a company by its shape: an inner capital ("SiriusXM", "YouTube"), not a
    surname prefix ("McDonald", "DeSantis")."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word)) and not re.match(r"(Mc|Mac|De|Di|La|Le|O')", word)


def _org_then_person(words: list[str]) -> tuple[int, int] | None:
    """ "Foreign Affairs Committee Leonid Slutsky": where the organisation ends and where a name starts, with
    a reporter's job between them ("Vell Network Insider Jo Roe", ``MEDIA_JOB_WORDS``)."""
    for k in range(len(words) - 2, -1, -1):
        if not (words[k] in ORG_CUES or " ".join(words[: k + 1]) in gazetteer().places):
            continue
        if _looks_like_full_name(words[k + 1 :]):
            return k + 1, k + 1
        if words[k + 1] in MEDIA_JOB_WORDS and k + 2 < len(words) and _looks_like_full_name(words[k + 2 :]):
            return k + 1, k + 2
    return None


def _field_office_name(words: list[str]) -> int | None:
    """Where a name starts after a title "of" a field: "Minister of Defence Jo Roe", "Secretary of Homeland
    Security Jo Roe", "Vellish Minister of Defence Jo Roe" -> 3, 4, 4. The field's words are title words that head
    no title ("Defence", "Foreign Affairs"); the name after them is two or three capitalised words that are no
    title's, body's or place's."""
    head = 0
    while head < len(words) and (words[head] in DESCRIPTIVE_WORDS or words[head] in gazetteer().demonyms):
        head += 1  # "Japanese Minister of Defence"
    if len(words) < head + 5 or words[head] not in TITLE_HEADS or words[head + 1] != "of":
        return None
    k = head + 2
    while k < len(words) and words[k] in TITLE_WORDS - TITLE_HEADS - CONNECTORS:
        k += 1
    if k == head + 2:  # "Mayor of London Jo Roe": the title's field is a place
        k = next((j for j in range(len(words) - 2, k, -1) if " ".join(words[k:j]) in gazetteer().places), k)
    name = words[k:]
    if k == head + 2 or not 2 <= len(name) <= 3:
        return None
    if any(not re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) or w in TITLE_WORDS or w in ORG_CUES or w in PLACE_CUES
           or w in gazetteer().places for w in name):
        return None
    return k


def _office_of(words: list[str]) -> tuple[int, str] | None:
    """A title "of" a body names the body: "Chairman of the Federation Council" -> (4, ORG)."""
    if words[0].rstrip(".") not in TITLE_WORDS:
        return None
    for k, word in enumerate(words[:-1]):
        if word == "of" and k > 0 and words[k - 1] in TITLE_HEADS:
            start = k + 2 if words[k + 1] == "the" else k + 1
            kind = _kind_of(words[start:]) if start < len(words) else None
            return (start, kind) if kind in (ORG, PLACE) else None
    return None


def _split_title(words: list[str], dotted: frozenset[int] | set[int] = frozenset()) -> tuple[int, int] | None:
    """(end of the title, start of the name) in "NATO Secretary General Mark Rutte", or None; ``dotted``: where
    a title of ``DOTTED_TITLES`` is written with its full stop ("Del. Jo Roe")."""
    for head in range(len(words) - 1, -1, -1):
        ranked = head > 0 and words[head] in RANKS_AFTER_TITLES and words[head - 1].rstrip(".") in TITLE_WORDS
        if words[head].rstrip(".") not in TITLE_HEADS and head not in dotted and not ranked:
            continue
        name = words[head + 1 :]
        if name and name[0].islower():
            return None  # "Chairman of Sony": a title of a body, no name
        cues = name[1:] if _KOREAN_NAME.fullmatch(" ".join(name)) else name  # "President Park Geun-hye": no park
        if any(w.rstrip(".") in TITLE_HEADS or w in ORG_CUES or w in PLACE_CUES for w in cues):
            return None
        names = [w for w in name if w not in NAME_PARTICLES and w.rstrip(".").lower() not in NAME_SUFFIXES]
        if name and (len(names) > 4 or _kind_of(name) in (PLACE, ORG) or name[-1] in PLACE_COMPANY_HEADS):
            return None  # "Envoy Air": a company named with a title's word, no person
        if not name and any(w in ORG_CUES for w in words):
            return None  # "Office of the President" is an organisation
        if not name and head > 0 and words[head - 1] in given_names():
            return None  # "Howard Dean": a surname, not a title
        return head + 1, head + 1
    return None


def _prefix_entities(words: list[str]) -> list[tuple[int, int, str]]:
    """Organisations and places named inside a title: "NATO" in "NATO Secretary General"."""
    out = []
    i = 0
    while i < len(words):
        if words[i].rstrip(".") in TITLE_WORDS:
            i += 1
            continue
        j = i
        while j < len(words) and words[j].rstrip(".") not in TITLE_WORDS - {"of", "the"}:
            j += 1
        start = i
        while start < j - 1 and _kind_of(words[start:j]) not in (ORG, PLACE) and (
            words[start] in DESCRIPTIVE_WORDS or words[start] in gazetteer().demonyms
        ):
            start += 1  # "Ukrainian Defence": no entity; "European Commission": one
        kind = _kind_of(words[start:j])
        if j == start + 1 and words[start] in LEGISLATURE_HEADS:
            kind = ORG  # "House Minority Leader": a chamber named by its head word alone, before its officer's title
        if kind in (ORG, PLACE):
            out.append((start, j, kind))
        i = max(j, i + 1)
    return out


def _role_alone_allowed(run: list[Token], paragraph: str, prefix: list[Mention]) -> bool:
    """ "the Secretary General" or "NATO Secretary General" stands for a person; "President" alone does not."""
    before = paragraph[: run[0].start].rstrip()
    return bool(prefix) or before.endswith(" the") or before.endswith("The") or before == "the"


def _plural_body(words: list[str]) -> bool:
    """ "American Farming Associations": a name ending in a body's head in the plural, not after a given name
    ("Tyra Banks" is a person)."""
    return (len(words) > 1 and words[-1].endswith("s") and words[-1][:-1] in BODY_HEADS
            and words[0] not in given_names())


def _kind_of(words: list[str]) -> str | None:
    """The kind a name has by its words alone; OTHER if unknown, None if it is not a name."""
    gaz = gazetteer()
    text = " ".join(words)
    if text in gaz.places:
        return PLACE
    singular = re.sub(r"s$", "", text)
    if text in gaz.demonyms or singular in gaz.demonyms or all(
        w in DESCRIPTIVE_WORDS or w in gaz.demonyms or _demonym_compound(w) for w in words
    ):
        return None
    if all(w.lower() in FUNCTION_WORDS for w in words):
        return None
    if len(words) == 1:
        word = words[0]
        if len(word) == 1:
            return None
        if word in INSTITUTIONS or _web_address(word):
            return ORG
        if _is_acronym(word):
            letters = re.sub(r"[^A-Za-z]", "", word)
            return None if word in NOT_ORG_ACRONYMS or len(letters) > 7 else ORG
        if word in ORG_CUES or word in TITLE_WORDS or word in PLACE_CUES:
            return None
        return OTHER
    last = words[-1]
    if last in PLACE_CUES and (last != "Bank" or words[0] in COMPASS):
        return PLACE
    if any(w in ORG_CUES for w in words) or any(w in ("Nations", "Kingdom") for w in words) or _plural_body(words):
        return ORG
    if words[0] in gaz.places and last in PLACE_UNIT_HEADS:
        return PLACE
    if _names_an_occasion(words):
        return None  # "Election Day", "New Year's Eve"
    if _looks_like_full_name(words):
        return PERSON
    return OTHER


def _national_body(words: list[str], word_before: str) -> bool:
    """ "the American Red Cross": after "the", a country's word before what would read as a person's name ("Red" a
    given name) names the country's body; nobody is "the American Jo Roe"."""
    return (word_before.lower() == "the" and len(words) >= 3 and words[0] in gazetteer().demonyms
            and _looks_like_full_name(words[1:]))


# "the" and a people's adjective of one or two words before a mention: "the Vellish [Crystal]".
_THE_DEMONYM_BEFORE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ )?[A-Z][a-z]+) $")


def _national_things(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name the tagger read as of no kind (a ship's, a race's), no place or institution, after "the" and a people's
    adjective ("the Vellish Crystal", "the Vellish Grand Prix") is named by both: the mention is "Vellish Crystal",
    no "Crystal" (a person there would be of the tagger's kind: "the Vellish Roe")."""
    for m in mentions:
        paragraph = paragraphs[m.paragraph]
        before = _THE_DEMONYM_BEFORE.search(paragraph, max(0, m.start - 30), m.start) if m.kind == OTHER else None
        if (before and before.group(1) in gazetteer().demonyms and _kind_of([m.text]) == OTHER
                and m.text not in gazetteer().places and m.text not in INSTITUTIONS):
            m.start = before.start(1)
            m.text = paragraph[m.start : m.end]


def _demonym_compound(word: str) -> bool:
    """ "French-Tunisian", "Sino-Korean", "Mexican-Americans": describing words joined, no name."""
    parts = re.sub(r"s$", "", word).split("-")
    return len(parts) > 1 and all(
        p in DESCRIPTIVE_WORDS or p in gazetteer().demonyms or p in DEMONYM_COMBINING_FORMS for p in parts)


# A Korean name as English-language news writes it, family name first: "Park Soo-hyun", "Nam Sung-wook".
_KOREAN_NAME = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]{1,4}-[a-z]{2,5}")


def _names_an_occasion(words: list[str]) -> bool:
    """ "Election Day", "New Year's Eve": a run ending in an occasion's word, unless a lone given name that is no
    place or month comes before a word that is a surname too ("Kristen Day", not "Victoria Day" or "May Day")."""
    if words[-1] not in EVENT_WORDS:
        return False
    first = words[0]
    return not (len(words) == 2 and words[1] in SURNAME_EVENT_WORDS and first in given_names()
                and first not in gazetteer().places and first not in MONTHS | WEEKDAYS)


def _looks_like_full_name(words: list[str]) -> bool:
    """A given name, then one or two more names: "Sabrina Singh", "Denis Christel Sassou Nguesso";
    or a Korean name (``_KOREAN_NAME``)."""
    if _KOREAN_NAME.fullmatch(" ".join(words)):
        return True
    if words[0] not in given_names() or words[0].lower() in NAME_PARTICLES:
        return False
    if "&" in words:
        return False  # "Ernst & Young", "Arnold & Porter": two names joined make a firm, no person
    if any(w in gazetteer().places or w in ORG_CUES or w in FACILITY_WORDS or re.fullmatch(r"[A-Z]{2,}s?", w)
           for w in words[1:]):
        return False  # "Georgia Tech", "Tory MP", "Sony PSP", "Betty Ford Clinic"
    if any(w.lower() in FUNCTION_WORDS for w in words[1:]):
        return False  # "Do I", "Lucky I": a word of the sentence, not a surname
    return len(words) <= 3 or (len(words) == 4 and words[1] in given_names())


def _following_word(token: Token, tokens: list[Token], paragraph: str) -> str | None:
    """The next word, if only spaces separate it: "Singh said", "Kursk region"."""
    end = token.end + (2 if token.possessive else 0)
    for candidate in tokens:
        if candidate.start >= end:
            return candidate.text if not paragraph[end : candidate.start].strip() else None
    return None


def _preceding_words(token: Token, tokens: list[Token], paragraph: str) -> list[str]:
    """Up to three words before ``token`` in its sentence, nearest last."""
    i = next(k for k, t in enumerate(tokens) if t.start == token.start)
    if token.sentence_start:
        return []
    out: list[str] = []
    following = token
    for t in reversed(tokens[max(0, i - 3) : i]):
        if paragraph[t.end : following.start].strip():
            break  # punctuation between: "company ©Mujahid Safodien" is no context
        out.insert(0, t.text)
        following = t
        if t.sentence_start:
            break
    return out


def _kind_from_context(
    run: list[Token], words: list[str], before: list[str], after: str | None, paragraph: str,
    context: _Context,
) -> str | None:
    """Decide an unknown name by its neighbours; None drops an unsupported sentence-initial word."""
    if any(re.fullmatch(r"[A-Z]{2,}s?", w) for w in words):
        return OTHER  # "Labour MPs said", "Sony PSP": acronyms are not parts of people's names
    if before and (before[-1].lower() in ROLE_NOUNS or before[-1].rstrip(".") in HONORIFICS):
        return PERSON
    if before and before[-1].lower() in ORG_INTRODUCERS:
        return ORG  # "law firm Mossack Fonseca", "the group Boko Haram", before a reporting verb too: bodies speak
    if (after in REPORTING_VERBS or AGE_AFTER.match(paragraph, run[-1].end)) and not run[-1].possessive:
        return PERSON
    if after in ORG_NOUNS and not run[-1].possessive:
        return ORG
    if after in ORG_AFTER_WORDS and not _looks_like_full_name(words):
        return ORG  # "a Rasmussen poll", "on Sirius radio"
    if re.match(r"\s*\(@\w+\)", paragraph[run[-1].end :]) and not _looks_like_full_name(words):
        return ORG  # an embedded post's account, "— Apple Music (@AppleMusic)", not a person's name
    if paragraph[run[-1].end : run[-1].end + 6] in ("-based", " based") and not re.match(
        r" based (?:in|on|at|near|out)\b", paragraph[run[-1].end :]
    ):
        return PLACE  # "Mountain View based tech giant"
    tail = paragraph[run[-1].end : run[-1].end + 40]
    state = re.match(r",\s+([A-Z][\w.]+(?: [A-Z]\w+)?)", tail)
    if len(words) == 1 and state and state.group(1) in gazetteer().places:
        return PLACE  # "Wilmington, Delaware"
    if len(words) == 1 and _is_brand(words[0]):
        return ORG  # "SpaceX", "YouTube"
    if len(words) >= 2 and _surname_reused(words, context):
        return PERSON  # a surname the article also uses alone: "Mitt Romney" ... "Romney"
    if (QUOTE_CLOSED_BEFORE.search(paragraph, max(0, run[0].start - 4), run[0].start)
            and _particle_full_name(words)):
        return PERSON  # "“It is wrong,” Eyda Orrego de Bastida, the minister, insisted": the one quoted
    if len(words) >= 2 and before and before[-1] in PLACE_PREPOSITIONS:
        return PLACE  # "a health crisis at Ground Zero", "schoolgirls kidnapped in Chibok"
    if run[0].sentence_start and len(words) == 1:
        # A lone capital at a sentence start is a name only if the article also uses it mid-sentence.
        seen = words[0] in context.midsentence_caps and words[0].lower() not in context.lowercase_words
        return OTHER if seen else None
    return OTHER


def _headline_mentions(
    article_id: str, index: int, paragraph: str, sentence: list[Token], context: _Context
) -> list[Mention]:
    """In Title Case lines only trust names the prose or the gazetteer vouches for."""
    gaz = gazetteer()
    out = []
    i = 0
    while i < len(sentence):
        found = 0
        for n in range(min(5, len(sentence) - i), 0, -1):
            span = sentence[i : i + n]
            if not span[0].capitalised or not span[-1].capitalised or any(t.shouted for t in span):
                continue
            start, end = span[0].start, span[-1].end
            text = paragraph[start:end]
            if any(paragraph[a.end : b.start] != " " for a, b in zip(span, span[1:], strict=False)):
                continue
            if text in context.known_forms:
                kind = context.known_forms[text]
            elif text in gaz.big_places:
                kind = PLACE
            elif n == 1 and (text in INSTITUTIONS or (
                _is_acronym(text) and _kind_of([text]) == ORG and text.lower() not in context.lowercase_words
            )):
                kind = ORG
            elif n >= 2 and span[-1].text in ORG_CUES and not any(
                t.text.lower() in context.lowercase_words | FUNCTION_WORDS for t in span[:-1]
            ):
                kind = ORG  # "Discover more from FreeBase News"
            else:
                continue
            out.append(Mention(article_id, index, start, end, text, kind))
            found = n
            break
        i += found or 1
    return out


# --- Resolution -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=200_000)  # called for every mention by every merge step
def _surface(text: str) -> str:
    """A mention's text as an alias: typographic quotes folded, a leading "the" dropped, and a body's head noun that
    an outlet writes in lower case capitalised ("British Transport police" is "British Transport Police")."""
    text = _LEADING_THE.sub("", _SPACES.sub(" ", text.replace("’", "'")).strip())
    name, _, head = text.rpartition(" ")
    return f"{name} {head.capitalize()}" if name and head in LOWER_CASE_BODY_HEADS else text


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_THE_AND_WORD = re.compile(r"The ([A-Z][a-z]+)")


def _keeps_its_the(word: str) -> bool:
    """Whether a capital "The" before a one-word name, written mid-sentence, is the name's own: before an ordinary word,
    without which the name is a common noun ("The Paper"), and before a newspaper's or a news outlet's name ("The
    Guardian"); not before a group's ("the Taliban", which a caption's "Image caption The Taliban" capitalises)."""
    return word.lower() in ordinary_words() or word in NEWSPAPER_HEADS or f"The {word}" in outlets.NAMES


def _titled_surface(text: str) -> str:
    """A name as a page shows it: its surface, but a capital "The" kept before one word that keeps it
    (``_keeps_its_the``), where it is written mid-sentence (``_drop_article`` drops it opening one)."""
    the_and_word = _THE_AND_WORD.fullmatch(text)
    return text if the_and_word and _keeps_its_the(the_and_word.group(1)) else _surface(text)


_NOT_KEY = re.compile(r"[^a-z0-9 ]")


@functools.lru_cache(maxsize=200_000)
def _name_key(text: str) -> str:
    """A normalised form for exact matching: case, accents, punctuation and "the" ignored."""
    return _NOT_KEY.sub("", ascii_fold(_surface(text)).lower().replace("-", " ")).strip()


# The end of a web address after a name: "People.com", "Amazon.co.uk".
WEB_ADDRESS = re.compile(r"(?<=\w)\.(?:com|org|net|gov|co\.uk|org\.uk)$", re.IGNORECASE)


def _web_address(word: str) -> bool:
    """A capitalised web address ("FactCheck.org"): a site, and the body that runs it, wherever it stands."""
    return word[:1].isupper() and " " not in word and bool(WEB_ADDRESS.search(word))


# A sign between two words of a name, standing for a word (``CONNECTOR_SIGNS``).
_CONNECTOR_SIGN = re.compile(r"(?<=\s)(?:" + "|".join(map(re.escape, sorted(CONNECTOR_SIGNS))) + r")(?=\s)")


@functools.lru_cache(maxsize=100_000)
def _org_key(text: str) -> str:
    """An organisation's name for matching: corporate suffixes dropped, British spellings folded
    to American ones ("Betty Ford Centre" is the "Betty Ford Center"), a sign read as the word it stands for ("Fish &
    Wildlife Service" is the "Fish and Wildlife Service"), a leading place written as
    the gazetteer writes it ("U.S. Geological Survey" is the "United States Geological Survey"),
    (``_merge_by_key`` also ignores spaces: "Sea Micro" is "SeaMicro"), a leading nation's adjective as its name
    (``_nation_named``), and a web address is the body that publishes it ("People.com" is "People")."""
    text = _CONNECTOR_SIGN.sub(lambda sign: CONNECTOR_SIGNS[sign[0]], WEB_ADDRESS.sub("", text))
    words = [SPELLING_VARIANTS.get(w, w) for w in _name_key(_place_expanded(_nation_named(text))).split()]
    if len(words) > 1:  # "Süddeutschen Zeitung", as a German sentence declines it, is the "Süddeutsche Zeitung"
        words = [next((w[: -len(a)] + b for a, b in INFLECTED_ENDINGS.items() if w.endswith(a)), w) for w in words]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1] in CONNECTOR_SIGNS.values():
            words.pop()  # the sign before a suffix: "Goldman Sachs & Co" is "Goldman Sachs"
    if len(words) > 2 and words[-1] in SERVICE_SUFFIXES.get(words[-2], ()):
        words.pop()
    if len(words) > 2 and words[0] in INVERTIBLE_BODY_HEADS and words[1] == "of" and "of" not in words[2:]:
        words = [*words[2:], words[0]]  # "Ministry of Public Security" is the "Public Security Ministry"
    return " ".join(words)


def _nation_named(text: str) -> str:
    """A body's name of three words or more with its nation's adjective first, with the nation's name there instead:
    "Vellish National Space Agency" is the "Vellia National Space Agency"; so is a company's of two words or more
    opened by a country's or a state's adjective ("Hawaiian Airlines" is the "Hawaii Airlines")."""
    first, _, rest = text.partition(" ")
    head = rest.rsplit(" ", 1)[-1]
    country = gazetteer().demonyms.get(first)
    if country and " " in rest and head in ORG_CUES:
        return f"{country} {rest}"
    place = place_adjectives().get(first) if head in PLACE_COMPANY_HEADS else None
    return f"{place} {rest}" if place else text


# Initials spaced out: "U. S." is "U.S.".
_SPACED_DOTS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


@functools.lru_cache(maxsize=100_000)
def _place_expanded(text: str) -> str:
    """A name with the place it starts with written in full: "U. S. Fish and Wildlife Service" ->
    "United States Fish and Wildlife Service". Only a name of two words or more, so that the
    place is a part of it, not the whole."""
    text = _SPACED_DOTS.sub(r"\1.", _surface(text))
    words = text.split()
    places = gazetteer().places
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in places:
            return " ".join([places[" ".join(words[:n])], *words[n:]])
    return text


# A place named as a unit of a kind: "Province of Aceh", "Northern Province of Aceh", "City of Palmer"
# (not "Republic of Ireland", a state the gazetteer names, beside the island).
_PLACE_OF = re.compile(r"(?:(?:North|South|East|West|Central)(?:ern)? )?(?:" + "|".join(
    w.title() for w in sorted(PLACE_SUFFIXES - {"republic"})) + r") of ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")


def _place_key(text: str) -> str:
    """Places by their gazetteer form: "DPRK" -> "north korea", "Kursk region" -> "kursk", "Province
    of Aceh" -> "aceh", "Mt Cook" -> "mount cook", "Mount Cook National Park" -> "mount cook"; a
    capitalised "City" or "State" is part of the name ("Mexico City" is not "Mexico")."""
    words = _SPACED_DOTS.sub(r"\1.", _surface(text)).split()
    if " ".join(words) not in gazetteer().places:
        if len(words) > 2 and " ".join(words[-2:]) in PROTECTED_AREA_WORDS:
            words = words[:-2]
        while len(words) > 1 and (words[-1] in PLACE_SUFFIXES or words[-1] in PLACE_UNIT_WORDS):
            words.pop()
    name = " ".join(words)
    if name not in gazetteer().places:
        name = US_STATE_ABBREVIATIONS.get(name, name)  # "Nev" of "Mesquite, Nev." is Nevada
    if name not in gazetteer().places and (of := _PLACE_OF.fullmatch(name)):
        name = of.group(1)  # "the Northern Province of Aceh", "City of Palmer"
    return " ".join(SPELLING_VARIANTS.get(w, w) for w in _name_key(gazetteer().places.get(name, name)).split())


def _person_parts(text: str) -> list[str]:
    """Name words as transliteration keys; "Kim Jong-un" and "Kim Jong Un" agree."""
    return list(_person_parts_of(text))


@functools.lru_cache(maxsize=200_000)
def _words_and_marks(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's name words, and the generation's marks that end it ("Jr.", "III"), lower-cased without a stop."""
    words = re.split(r"[\s-]+", ascii_fold(_surface(text)))
    marks: list[str] = []
    while len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:
        marks.insert(0, words.pop().lower().rstrip("."))
    return tuple(words), tuple(marks)


@functools.lru_cache(maxsize=200_000)
def _person_parts_of(text: str) -> tuple[str, ...]:
    # "George T. Conway III" is a Conway: a generation's mark is no surname
    return tuple(translit_key(w) for w in _words_and_marks(text)[0] if translit_key(w))


def _full_name_key(text: str) -> tuple[str, ...]:
    """A full name's words with a generation's mark kept with the surname, so that "Donald Trump Jr." and "Donald
    Trump", father and son, are two full names (``_person_parts`` drops the mark, as a surname alone ("Conway" of
    "George T. Conway III") is written without it)."""
    parts, marks = _person_parts_of(text), _words_and_marks(text)[1]
    return (*parts[:-1], " ".join([parts[-1], *marks])) if marks and parts else parts


def _marked_apart(mentions: list[Mention], persons: list[int]) -> frozenset[tuple[str, ...]]:
    """The full names (``_person_parts_of``) whose form with a generation's mark is another person than the form
    without: the unmarked form is given with an office ("President Donald Trump") the marked form never is ("Donald
    Trump Jr."). Elsewhere one person is written both ways ("Herbert Flynn Jr.", "Herbert Flynn")."""
    titled: dict[bool, set[tuple[str, ...]]] = {False: set(), True: set()}
    for i in persons:
        if mentions[i].role and len(parts := _person_parts_of(mentions[i].text)) >= 2:
            titled[bool(_words_and_marks(mentions[i].text)[1])].add(parts)
    return frozenset(titled[False] - titled[True])


def _name_form(text: str, apart: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """A full name's words as merges compare them: its generation's mark kept where that tells two people apart."""
    parts = _person_parts_of(text)
    return _full_name_key(text) if parts in apart else parts


def _is_role_only(mention: Mention) -> bool:
    return mention.role is not None and mention.role == mention.text


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        # Called for every mention by every merge step: most calls find a root at once.
        parent = self.parent
        up = parent.setdefault(x, x)
        while up != x:
            parent[x] = parent[up]
            x, up = parent[up], parent[parent[up]]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class Curation:
    """The curator's decisions from ``content/entities.yml``, keyed by the name they refer to."""

    entries: dict[str, dict] = field(default_factory=dict)


def load_curation(path: Path) -> Curation:
    """Parse the curator's ``content/entities.yml`` (absent or empty file: no curation)."""
    if not path.exists():
        return Curation()
    data = safe_yaml.load_file(path, safe_yaml.MAX_CURATION_CHARS)
    entries = data.get("entities") or {}
    if not isinstance(entries, dict):
        raise ValueError(f"{path}: 'entities' must be a mapping of names to settings")
    return Curation({str(k): dict(v or {}) for k, v in entries.items()})


def resolve_entities(dossier: Dossier, curation: object) -> list[str]:
    """Group ``dossier.mentions`` into ``dossier.entities`` (one per real-world thing).

    Sets ``Mention.entity``. Returns messages for the curator: merges the build was unsure of.
    """
    messages: list[str] = []
    paragraphs = {a.id: a.paragraphs for a in dossier.articles}
    words = dossier.vocabulary or Vocabulary.of(article_words(a.paragraphs) for a in dossier.articles)
    joined = _split_tickets(_split_story_joined(_split_unspaced(_restore_tails(dossier.mentions, paragraphs),
                                                                paragraphs)))
    dossier.mentions = _without_lowercase_phrases(_without_story_lowercase(joined, paragraphs, words), paragraphs,
                                                  dossier.lower_phrases)
    mentions = dossier.mentions
    _without_story_openers(mentions, paragraphs, words)
    _initials_and_surname(mentions)  # "TJ Dorne" in a report that names no other Dorne, another report does
    uf = _UnionFind()
    for i in range(len(mentions)):
        uf.find(i)
    _trim_home_places(mentions)
    _trim_places_before_used_names(mentions, paragraphs)
    _trim_leading_acronyms(mentions)
    _trim_honorifics(mentions)
    _restore_openers(mentions, paragraphs)
    _number_series(mentions, paragraphs)
    for m in mentions:
        if m.kind != PLACE and _state_abbreviation(m, paragraphs):
            m.kind = PLACE  # "Sen. Jo Roe (Ky.)": the state (Kentucky) the tagger took for a body
    named = [i for i, m in enumerate(mentions) if not _is_role_only(m)]
    persons = _person_candidates(mentions, named, paragraphs)
    apart = _marked_apart(mentions, persons)  # whose names with "Jr." are another person's
    _merge_full_names(mentions, persons, uf, apart)
    teams = _merge_teams(mentions, named, persons, uf, paragraphs)
    named = [i for i in named if i not in teams]  # a place read as its team is the team, and only the team
    _merge_lone_names(mentions, named, persons, uf, messages, paragraphs, apart)
    _merge_clipped_names(mentions, named, persons, uf)
    _merge_by_key(mentions, named, persons, uf, paragraphs, apart)
    _merge_misspelt_surnames(mentions, named, persons, uf)
    _merge_swapped_full_names(mentions, persons, uf)
    _merge_variant_spellings(mentions, named, uf)
    _merge_vowel_variants(mentions, named, uf, paragraphs)
    _merge_dual_names(mentions, named, uf, paragraphs)
    _merge_misspelt_cities(mentions, named, uf, paragraphs)
    _merge_misspelt_bodies(mentions, named, uf, paragraphs)
    _merge_org_short_forms(mentions, named, persons, uf, paragraphs)
    _merge_town_named_bodies(mentions, named, uf, paragraphs)
    _merge_employers(mentions, named, uf, paragraphs)
    _merge_feature_short_forms(mentions, named, uf, paragraphs)
    _merge_place_prefixed_orgs(mentions, named, uf)
    _merge_product_variants(mentions, named, uf)
    _merge_national_bodies(mentions, named, uf)
    _merge_facilities(mentions, named, uf, paragraphs)
    _merge_closed_up_names(mentions, named, uf)
    _merge_clipped_bodies(mentions, named, uf)
    _merge_acronyms(mentions, named, uf, paragraphs)
    _merge_spelled_prefixes(mentions, named, uf)
    _merge_owned_bodies(mentions, named, uf, paragraphs)
    _merge_paper_short_names(mentions, named, uf, paragraphs)
    _merge_alternate_names(mentions, named, uf)
    _merge_connector_variants(mentions, named, uf)
    _merge_ampersand_names(mentions, named, uf)
    _merge_roles(mentions, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if _is_role_only(m) and uf.find(i) == i:
            continue  # a title nobody could be matched to is not an entity
        groups[uf.find(i)].append(i)
    clusters = [[mentions[i] for i in members] for members in groups.values()]
    if isinstance(curation, Curation):
        clusters, names, extra = _apply_curation(clusters, curation)
        messages += extra
    else:
        names = {}
    dossier.entities = _build_entities(clusters, names, paragraphs, words)
    _unplace_common_nouns(dossier, words)
    _link_verbatim_names(dossier, words)
    messages += _possible_aliases(dossier.entities)
    _INDEXES.pop(id(dossier), None)
    return list(dict.fromkeys(messages))


# A capitalised word opening a sentence right before a mention: "Advanced" in "Advanced Micro Devices will".
_OPENER_BEFORE = re.compile(r"(?:^|[.!?]\s+|[\"“‘']\s*)([A-Z][\w-]*) $")


def _restore_tails(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> list[Mention]:
    """A name whose text runs on into a longer name the dossier reads elsewhere is that name: "Panama"
    in "the Panama Papers", "Transport" in "Transport for London", "New York" in "the New York Times"
    (where this report's tagger doubted the whole), when the dossier reads that name twice. So is one whose text
    ends a body's or a thing's name the dossier reads twice, written in full before it ("Research Letters" of
    "Geophysical Research Letters"). The names inside the words it gains go with them ("London"); a title read
    as a person ("London Mayor") lends nothing."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if " " in m.text and not _is_role_only(m):
            votes[m.text][m.kind] += 1
    heads: dict[str, list[str]] = defaultdict(list)
    tails: dict[str, list[str]] = defaultdict(list)  # of bodies and things: a person's first word may be a title
    for name in (name for name, kinds in votes.items() if kinds.total() >= 2):  # a one-off may be words run together
        words = name.split(" ")
        for k in range(1, len(words)):
            heads[" ".join(words[:k])].append(name)
            if votes[name].most_common(1)[0][0] != PERSON:
                tails[" ".join(words[k:])].append(name)
    gone: set[int] = set()
    by_paragraph: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_paragraph[m.article, m.paragraph].append(m)
    for m in mentions:
        paragraph = paragraphs[m.article][m.paragraph]
        found = [(m.start, name) for name in heads.get(m.text, ()) if paragraph.startswith(name, m.start)
                 and not paragraph[m.start + len(name) : m.start + len(name) + 1].isalnum()]
        found += [(start, name) for name in tails.get(m.text, ()) if (start := m.end - len(name)) >= 0
                  and paragraph.startswith(name, start) and not paragraph[start - 1 : start].isalnum()]
        if not found or id(m) in gone:
            continue
        start, whole = max(found, key=lambda found: len(found[1]))
        end = start + len(whole)
        gone.update(id(other) for other in by_paragraph[m.article, m.paragraph]
                    if other is not m and start <= other.start and other.end <= end)
        m.start, m.end, m.text, m.kind = start, end, whole, votes[whole].most_common(1)[0][0]
    return [m for m in mentions if id(m) not in gone]


_QUOTE_MARKS = "\"“‘'"


def _opens_sentence(paragraph: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing, or a stop or a colon, then only spaces and quote marks,
    before it. Read backwards from it: a pattern searched from the paragraph's start scanned all of it for each
    mention (35 µs a call over the corpora's paragraphs)."""
    end = start
    while end and (paragraph[end - 1].isspace() or paragraph[end - 1] in _QUOTE_MARKS):
        end -= 1
    return not end or paragraph[end - 1] in ".!?:"


def _without_story_openers(mentions: list[Mention], paragraphs: dict[str, list[str]], words: Vocabulary) -> None:
    """A sentence's first word run into the name after it ("Host Vellton will welcome …") is no part of the name where
    the story names that alone ("Vellton will host") and writes the word in lower case ("the host city"), never
    capitalised inside a sentence, nor the two together: ``_drop_ordinary_opener`` asks this of its own article only,
    and ``_without_lowercase_phrases`` finds no "host vellton" in lower case."""
    kinds = _usual_kinds(mentions)
    opening: list[Mention] = []
    inside: set[str] = set()  # names written inside a sentence somewhere
    for m in mentions:
        if " " not in m.text:
            continue
        if _opens_sentence(paragraphs[m.article][m.paragraph], m.start):
            opening.append(m)
        else:
            inside.add(m.text)
    for m in opening:
        first, _, rest = m.text.partition(" ")
        # Read as a person alone where the name with the word is not, or the other way round, the name alone may be
        # another's ("Newcomers Keane", a band, and "Keane" of "Roy Keane"): left as it is
        if (rest in kinds and (kinds[rest] == PERSON) == (m.kind == PERSON)
                and m.text not in inside and first.lower() in words.untitled_lower
                and first not in words.inside_capitals and first not in given_names()
                and first.rstrip(".") not in TITLE_WORDS):
            m.start, m.text = m.start + len(first) + 1, rest


_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")  # a capital after a lower-case word or a comma


_PEOPLE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(MODIFIED_PEOPLE_NOUNS)) + r")\b")


def _without_story_lowercase(mentions: list[Mention], paragraphs: dict[str, list[str]], words: Vocabulary
                             ) -> list[Mention]:
    """A lone word that is a body or a thing only where it opens a sentence, which the story writes in lower
    case elsewhere and never capitalises inside a sentence, is an ordinary word ("Psychology experts say"
    where another report has "child psychology"): ``_implausible`` asks this of its own article only. So is
    one used only there or in a clause of capitalised words ("Vellonia: Between Hope and Fear", a title), that
    the story or news at large (the learnt ordinary words) writes in lower case, unless it is a place or an
    institution the lists know. An opener before a plural noun of people ("Aviation officials were …") is such a
    word even where a longer name has it ("Civil Aviation"): it says whose the people are, no body's name."""
    openers: dict[str, bool] = {}
    modifiers: dict[str, bool] = {}  # word -> every use opens a sentence before a noun of people
    titled: dict[str, bool] = {}  # word -> every use opens a sentence or is in a capitalised clause
    clauses: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in mentions:
        alone = " " not in m.text and m.text.istitle() and m.kind in (ORG, OTHER)
        paragraph = paragraphs[m.article][m.paragraph]
        opens = _opens_sentence(paragraph, m.start)
        openers[m.text] = openers.get(m.text, True) and alone and opens
        modifiers[m.text] = modifiers.get(m.text, True) and bool(_PEOPLE_NOUN_AFTER.match(paragraph, m.end))
        if alone and not opens and titled.get(m.text, True):
            spans = clauses.setdefault((m.article, m.paragraph), _title_clauses(paragraph))
            opens = any(start <= m.start and m.end <= end for start, end in spans)
        titled[m.text] = titled.get(m.text, True) and alone and opens
    if not any(titled.values()):
        return mentions
    lower, inside = words.untitled_lower, words.inside_capitals
    ordinary = {word for word, opener in openers.items() if opener and word.lower() in lower
                and (word not in inside or modifiers[word]) and not _known_word(word)}
    ordinary |= {word for word, title in titled.items() if title and word not in inside
                 and (word.lower() in lower or word.lower() in ordinary_words())
                 and word not in gazetteer().places and word not in INSTITUTIONS}
    return [m for m in mentions if m.text not in ordinary]


_NAMING_WORDS = ORG_CUES | BODY_HEADS | PLACE_CUES | TITLE_HEADS  # words that make a phrase a body's, place's, title's


def _without_lowercase_phrases(mentions: list[Mention], paragraphs: dict[str, list[str]], written: dict[str, str]
                               ) -> list[Mention]:
    """A name of two or three words that the reports using it write in lower case as often as capitalised ("Border
    Security" where the report has "immigration and border security") is emphasis, no name (not "App Store", written
    so throughout, once "app store"), and so is a lone word so written with the common noun after it ("the Far side"
    beside "far side"); not one with a body's, a place's or a title's word ("Supreme Court", "Prime Minister") or
    that the lists know. Only the reports using it are read, in their ``lower_phrases`` (``written``, by article id;
    found here for an article it lacks): searching each report's text for each phrase was a seventh of entity
    resolution at 2,000 articles."""
    gaz = gazetteer()
    uses: dict[str, set[str]] = defaultdict(set)  # each phrase -> the articles writing it capitalised
    counts: Counter[str] = Counter()
    phrases: dict[int, str] = {}  # each mention's phrase, by the mention's id
    for m in mentions:
        phrase = m.text
        if " " not in m.text and m.kind in (ORG, OTHER):
            # A lone word with the common noun after it: "the Far side" where the reports write "far side"
            after = _LOWER_WORD_AFTER.match(paragraphs[m.article][m.paragraph], m.end)
            phrase = f"{m.text} {after.group(1)}" if after and after.group(1) not in FUNCTION_WORDS else ""
        if (2 <= phrase.count(" ") + 1 <= 3 and m.text not in gaz.places and m.text not in INSTITUTIONS
                and all(w.isalpha() and w.istitle() and w not in _NAMING_WORDS and w.lower() not in FUNCTION_WORDS
                        for w in m.text.split(" "))):
            phrases[id(m)] = phrase
            uses[phrase].add(m.article)
            counts[phrase] += 1
    used = {article for articles in uses.values() for article in articles}
    written = {article: written[article] if article in written else lower_phrases(paragraphs[article])
               for article in sorted(used)}
    lower = set()
    for phrase in sorted(uses):
        found = sum(_lower_count(phrase.lower(), written[article], paragraphs[article]) for article in uses[phrase])
        if found >= counts[phrase]:
            lower.add(phrase)
    return [m for m in mentions if phrases.get(id(m)) not in lower] if lower else mentions


def _lower_count(phrase: str, written: str, paragraphs: list[str]) -> int:
    """How often an article writes ``phrase`` (lower-case words), read from its ``lower_phrases`` (``written``); a
    phrase of a word that could be in none of them (lower-casing a letter may add a mark) searched in its text."""
    if not all(_phrase_word(word) for word in phrase.split(" ")):
        return len(re.findall(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", " ".join(paragraphs)))
    start = written.find(f"\n{phrase}\t")
    if start < 0:
        return 0
    start += len(phrase) + 2
    end = written.find("\n", start)
    return int(written[start : end if end >= 0 else None])


def _phrase_word(word: str) -> bool:
    """Whether ``word`` may be a word of ``lower_phrases``: letters in lower case, no function word."""
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


# Words of letters run together by single spaces, each whole (no hyphen or digit joined to it)
_LOWER_RUN = re.compile(r"(?<![\w-])[^\W\d_]+(?: [^\W\d_]+)+(?![\w-])")


def lower_phrases(paragraphs: list[str]) -> str:
    """An article's runs of two and three lower-case words, none a function word, and how often its text (the
    paragraphs joined by spaces) writes each, counting matches that do not overlap: a line each, "\n<phrase>\t<count>",
    sorted (``ArticleWords.lower_phrases``). ``_without_lowercase_phrases`` looks up capitalised phrases in them."""
    counts: Counter[str] = Counter()
    last_at: dict[str, int] = {}  # each phrase -> the position of its last occurrence counted
    position = 0  # of a run's first word, among all the runs' words (a word apart between runs)
    for run in _LOWER_RUN.finditer(" ".join(paragraphs)):
        words = run.group().split(" ")
        plain = [_phrase_word(word) for word in words]
        for i in range(len(words) - 1):
            if not (plain[i] and plain[i + 1]):
                continue
            for size in (2, 3) if i + 2 < len(words) and plain[i + 2] else (2,):
                phrase = " ".join(words[i : i + size])
                if position + i >= last_at.get(phrase, -size) + size:
                    counts[phrase] += 1
                    last_at[phrase] = position + i
        position += len(words) + 1
    return "".join(f"\n{phrase}\t{count}" for phrase, count in sorted(counts.items()))


_CLAUSE = re.compile(r"[^.!?:;\n]+")
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
TITLE_CLAUSE_MIN_CAPITALS = 3  # "Between Hope and Fear"; two capitals in a row are as often one name ("Jo Roe")


def _title_clauses(paragraph: str) -> list[tuple[int, int]]:
    """The spans of a paragraph's clauses (between stops, colons and semicolons) written in title case: every
    word capitalised but function words, TITLE_CLAUSE_MIN_CAPITALS of them or more."""
    spans = []
    for clause in _CLAUSE.finditer(paragraph):
        words = _CLAUSE_WORD.findall(clause.group())
        if (sum(w[0].isupper() for w in words) >= TITLE_CLAUSE_MIN_CAPITALS
                and all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words)):
            spans.append(clause.span())
    return spans


def _without_title_clauses(paragraph: str) -> str:
    """The paragraph without its title-case clauses, whose capitals say nothing of a word's being a name."""
    for start, end in reversed(_title_clauses(paragraph)):
        paragraph = paragraph[:start] + paragraph[end:]
    return paragraph


_UNSPACED_WORD = re.compile(r"(?<![\w'’-])" + UNSPACED_WORDS + r"(?![\w'’-])")


def _usual_kinds(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each name's kind as most of its mentions give it (of equal counts, the kind read first)."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        kinds[m.text][m.kind] += 1
    return {text: counted.most_common(1)[0][0] for text, counted in kinds.items()}


def _split_unspaced(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> list[Mention]:
    """A name with a word run into the next by a lost space ("Vell DailyTorvan Quillby") is two names, cut before the
    inner capital, where the dossier names either part elsewhere (the one after as a person, or either as two words
    or more: "Vell Daily", "Torvan Quillby") and no other mention writes the run-together word (a brand's:
    "HuffPost"). A first part of one word ends the name before it where the dossier names the two whole ("China" and
    "DailyZhang Yuanxun": "China Daily")."""
    kind = _usual_kinds(mentions).get
    written: Counter[str] = Counter()  # each word of the mentions, by the mentions writing it
    for m in mentions:
        written.update(set(m.text.split(" ")))
    ending_at = {(m.article, m.paragraph, m.end): m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        glued = _UNSPACED_WORD.search(m.text)
        if not glued or written[glued.group()] > 1:
            out.append(m)
            continue
        head, rest = m.text[: glued.start(1)], m.text[glued.start(1) :]
        before = ending_at.get((m.article, m.paragraph, m.start - 1)) if " " not in head else None
        whole = f"{before.text} {head}" if before and paragraphs[m.article][m.paragraph][before.end] == " " else head
        if not (kind(rest) == PERSON or " " in rest and kind(rest) or " " in whole and kind(whole)):
            out.append(m)
            continue
        if before and kind(whole):
            before.end, before.text, before.kind = m.start + len(head), whole, kind(whole)
        elif " " in head and kind(head):
            out.append(replace(m, end=m.start + len(head), text=head, kind=kind(head)))
        out.append(replace(m, start=m.start + len(head), text=rest, kind=kind(rest) or m.kind))
    return out


def _split_story_joined(mentions: list[Mention]) -> list[Mention]:
    """Two bodies run together by "and" in one report ("Zorvex and Globex" in "partners including
    Zorvex and Globex") are the two the dossier names alone elsewhere, each of them a body, place or
    thing and never a person ("Marks and Spencer"), or one named alone and a body's full name ("Zorvex
    and Center for Open Records": ``_body_name``); with "&" only two sets of initials named alone ("ABC
    & XYZ"), as a firm's partners are often named alone ("Ernst & Young"). ``_split_joined_names`` does
    this within one report; a name that is itself a place ("Trinidad and Tobago") stays whole."""
    kinds = _usual_kinds(mentions)

    def known(half: str) -> str | None:
        """The kind the dossier gives a name when it names it alone, unless that is a person."""
        kind = kinds.get(half)
        return kind if kind != PERSON else None

    out: list[Mention] = []
    for m in mentions:
        joint = " & " if " & " in m.text else " and "
        halves = m.text.split(joint)
        if m.kind not in (ORG, OTHER) or len(halves) != 2 or gazetteer().places.get(m.text):
            out.append(m)
            continue
        first, second = halves
        both = known(first) and known(second) and (joint == " and " or _is_acronym(first) and _is_acronym(second))
        # Not "Department of Health and Human Services": a first half with "of" names the fields that follow
        one = joint == " and " and not {"of", "for"} & set(first.split()) and (
            known(first) and _body_name(second) or known(second) and _body_name(first))
        if not (both or one):
            out.append(m)
            continue
        out.append(replace(m, end=m.start + len(first), text=first, kind=known(first) or m.kind))
        out.append(replace(m, start=m.end - len(second), text=second, kind=known(second) or m.kind))
    return out


MIN_TICKET_SURNAME = 3  # "X" of "X-Factor" beside a "Malcolm X" is a letter


def _split_tickets(mentions: list[Mention]) -> list[Mention]:
    """Two people's surnames joined by a hyphen ("the Romney-Ryan ticket", "a Romney-Ryan ad") are those two people,
    each named in full in the dossier ("Mitt Romney", "Paul Ryan"), not a name of its own; not where
    the dossier gives someone the joined surname ("Douglas Holtz-Eakin"), nor ordinary words ("X-Factor", "T-Online"
    beside a person read as "Ultima Online") or names the dossier mostly reads as a body's or a place's ("Tory-Labour"
    beside a person read as "London Tory")."""
    surnames: set[str] = set()  # the last words of people's full names, no ordinary words ("Paul Ryan")
    joined: set[str] = set()  # the last words of any full names read as people's ("Holtz-Eakin")
    for m in mentions:
        words = m.text.split()
        if m.kind == PERSON and len(words) >= 2:
            joined.add(words[-1])
            if len(words[-1]) >= MIN_TICKET_SURNAME and words[-1].lower() not in ordinary_words():
                surnames.add(words[-1])
    kinds = _usual_kinds(mentions)
    out: list[Mention] = []
    for m in mentions:
        first, hyphen, second = m.text.partition("-")
        if (" " in m.text or not hyphen or m.text in joined or not {first, second} <= surnames
                or {kinds.get(first), kinds.get(second)} & {ORG, PLACE}):
            out.append(m)
            continue
        out.append(replace(m, end=m.start + len(first), text=first, kind=PERSON, role=None))
        out.append(replace(m, start=m.end - len(second), text=second, kind=PERSON, role=None))
    return out


def _body_name(text: str) -> bool:
    """A body's full name, whole by itself: three words or more ("Center for Open Records"), or two
    ending in a body's word ("Globex Bank")."""
    words = text.split()
    return len(words) >= 3 or len(words) == 2 and (words[-1] in ORG_CUES or words[-1] in BODY_HEADS)


def _restore_openers(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> None:
    """A name whose sentence-opening word was taken for an ordinary word ("Micro Devices" in
    "Advanced Micro Devices will acquire") is the name the dossier writes with that word elsewhere,
    also where the rest was read as a person's name; a person's name stays a person's unless the
    whole is an organisation's or a place's ("Dear John Smith" is no "Dear John Smith" body)."""
    names = {m.text: m.kind for m in mentions if m.kind in (ORG, PLACE, OTHER)}
    rests = {name.partition(" ")[2] for name in names}  # what follows an opener: no other text can gain one
    for m in mentions:
        if m.kind not in (ORG, OTHER, PERSON) or m.text not in rests:
            continue
        # The 80 characters before it (a whole long paragraph is slow to search; no word is 80 long)
        opener = _OPENER_BEFORE.search(_text_before(m, paragraphs, 80))
        whole = f"{opener.group(1)} {m.text}" if opener else ""
        if whole in names and (m.kind != PERSON or names[whole] in (ORG, PLACE)):
            m.start, m.text, m.kind = m.start - len(opener.group(1)) - 1, whole, names[whole]


# A small number right after a name that numbers it: not a score ("2-1", "Vell 2 Tamber 1"), a decimal, a count
# ("Vell 5 percent") or a list of figures.
_SERIES_NUMBER = re.compile(r" (\d{1,2})\b(?![-–.,:/]\d| [A-Z(]| ?%)")


def _number_series(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> None:
    """A name the dossier numbers two ways or more outside sport ("Vell 1", "Vell 4") names a series, and each
    numbered use a member of its own (the fourth mission, not the series): the number is part of that use's name,
    a thing's. The name alone stays the series'."""
    sport = {article for article, texts in paragraphs.items() if _reports_sport(texts)}
    numbered: dict[str, set[str]] = defaultdict(set)  # a name's key -> the numbers after it
    uses: list[tuple[Mention, re.Match[str]]] = []
    for m in mentions:
        paragraph = _paragraph_of(m, paragraphs)
        if m.kind == PERSON or m.article in sport or paragraph is None:
            continue
        number = _SERIES_NUMBER.match(paragraph, m.end)
        if number and not _COUNTED_AFTER.match(paragraph, m.end):
            numbered[_name_key(m.text)].add(number.group(1))
            uses.append((m, number))
    for m, number in uses:
        if len(numbered[_name_key(m.text)]) >= 2:
            m.end = number.end(1)
            m.text, m.kind = paragraphs[m.article][m.paragraph][m.start : m.end], OTHER


def _trim_home_places(mentions: list[Mention]) -> None:
    """ "Vishwanand Subryan of Schenectady", of unknown kind in one report, is the person other
    reports name "Vishwanand Subryan", from the place they name "Schenectady": the place is no part
    of the name. Both halves must be named so elsewhere in the dossier."""
    people = {_name_key(m.text) for m in mentions if m.kind == PERSON and " " in _surface(m.text)}
    places = {_name_key(m.text) for m in mentions if m.kind == PLACE}
    for m in mentions:
        name, of, home = m.text.partition(" of ")
        if (m.kind == OTHER and of and _name_key(name) in people
                and (_name_key(home) in places or home in gazetteer().places)):
            m.end, m.text, m.kind = m.start + len(name), name, PERSON


_PROSE_END = re.compile(r"[.!?\"”’']\s*$")


def _trim_places_before_used_names(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> None:
    """ "Chicago Acme", in "the Chicago Acme store" of a report that has named "Acme" before, is Acme: a place
    written before a body's name the report already used says where, and is no part of the name. A body's name
    that starts with a place ("Boston Globe") is how some report introduces it, before any shorter form; a
    heading's shorter form ("Globe wins award", no sentence) introduces nothing."""
    places = gazetteer().places
    seen: set[tuple[str, str]] = set()  # (article, name) of the organisations named so far
    introduced: set[str] = set()  # forms some report names a body by before any shorter form of it
    trimmed: list[tuple[Mention, int]] = []
    for m in sorted(mentions, key=lambda m: (m.article, m.paragraph, m.start)):
        words = _surface(m.text).split()
        split = next((k for k in range(1, len(words)) if " ".join(words[:k]) in places), None)
        if m.kind == ORG and split is not None:
            if (m.article, " ".join(words[split:])) in seen:
                trimmed.append((m, len(" ".join(words[:split])) + 1))
            else:
                introduced.add(_surface(m.text))
        if m.kind == ORG and _PROSE_END.search(paragraphs[m.article][m.paragraph]):
            seen.add((m.article, _surface(m.text)))
    for m, cut in trimmed:
        if _surface(m.text) not in introduced and m.text[:cut].strip() in places:
            m.start, m.text = m.start + cut, m.text[cut:]


def _trim_leading_acronyms(mentions: list[Mention]) -> None:
    """ "RB Joique Bell", of unknown kind or an organisation's, is the person the dossier names "Joique
    Bell": initials run into a full name are a position or a body, no part of it. Before a lone
    surname they may be given names ("JK Rowling"): there only initials the dossier also gives alone
    as an organisation's, before a surname its report gives alone ("the BBC Capaldi admitted")."""
    people = {_surface(m.text) for m in mentions if m.kind == PERSON and " " in _surface(m.text)}
    surnames = {(m.article, _surface(m.text)) for m in mentions if m.kind == PERSON and " " not in _surface(m.text)}
    bodies = {_surface(m.text) for m in mentions if m.kind == ORG and _is_acronym(_surface(m.text))}
    for m in mentions:
        first, _, rest = _surface(m.text).partition(" ")
        if (m.kind in (ORG, OTHER) and rest and _is_acronym(first) and m.text.endswith(rest)
                and (rest in people or (first in bodies and (m.article, rest) in surnames))):
            m.start, m.text, m.kind = m.end - len(rest), rest, PERSON


_HONORIFIC_OPENING = re.compile(r"(?:" + "|".join(sorted(HONORIFICS)) + r")\.? (?=[A-Z])")


def _trim_honorifics(mentions: list[Mention]) -> None:
    """ "Mr. Moon", kept whole where the surname is also a common word, is the person "Moon": a
    courtesy title is no part of the name, and left in it the surname matches no other name."""
    for m in mentions:
        if m.kind == PERSON and (opening := _HONORIFIC_OPENING.match(m.text)):
            m.start, m.text = m.start + opening.end(), m.text[opening.end():]


def _person_candidates(mentions: list[Mention], named: list[int], paragraphs: dict[str, list[str]]) -> list[int]:
    """Mentions that look like a person's full name (two or more words). A thing's name that opens with a given name
    is one ("T.J. Welt" read as a thing), unless it fills a pair of quote marks: a title (the song “Go Vell Go”).

    A name the dossier mostly reads as an organisation or place ("the law firm Mossack Fonseca",
    tagged a person where it "employs" people) is not a person, so its surname cannot claim a lone
    "Fonseca"."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for i in named:
        by_key[_name_key(mentions[i].text)].append(mentions[i])
    kinds: dict[str, str] = {}  # each name's kind, worked out once for all its mentions

    def kind_of(key: str) -> str:
        if key not in kinds:
            kinds[key] = _cluster_kind(by_key[key])
        return kinds[key]

    return [
        i for i in named
        if mentions[i].kind in (PERSON, OTHER) and len(_person_parts(mentions[i].text)) >= 2
        and " " in _surface(mentions[i].text)  # "Taff-Rice" alone is a double-barrelled surname
        and not _particle_surname(mentions[i].text)  # "de Blasio" alone is a surname
        and (mentions[i].kind == PERSON or (ascii_fold(_surface(mentions[i].text).split()[0]) in given_names()
                                            and not _quoted_alone(mentions[i], _paragraph_of(mentions[i], paragraphs)
                                                                  or "")))
        and kind_of(_name_key(mentions[i].text)) in (PERSON, OTHER)
        and not (mentions[i].kind == OTHER and _named_after(_surface(mentions[i].text).split()))
    ]


_NAMED_AFTER_HEADS = ORG_CUES | LONE_BODY_HEADS | VENUE_WORDS | FACILITY_WORDS | NAMED_AFTER_HEADS


def _named_after(words: list[str]) -> bool:
    """A full name, then a body's or a place's head word: "Vell Roe Zoo", "Jo Roe Center" are named after a person,
    and their head word is no surname (a lone "the Zoo" is not theirs)."""
    return len(words) >= 3 and words[-1] in _NAMED_AFTER_HEADS


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """Given names compatible: equal keys, or one letter apart when long ("Andriy"/"Andrei");
    middle names equal, an initial standing for a spelled-out one ("W"/"Walker"), or absent."""
    if not a or not b:
        return True
    if not _same_given(a[0], b[0]) and not (len(a[0]) >= 5 and a[0][0] == b[0][0] and _one_edit(a[0], b[0])):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    # "George H. W. Bush" and "George W. Bush" have different middles: two people.
    return len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a[1:], b[1:], strict=True))


@functools.cache
def _formal_keys() -> dict[str, str]:
    return {translit_key(nickname): translit_key(formal) for nickname, formal in NICKNAMES.items()}


def _same_given(a: str, b: str) -> bool:
    """One given name's keys, or a nickname's and the formal name's it shortens ("Ben", "Benjamin";
    ``NICKNAMES``); two nicknames of one name ("Bill", "Will") may be two people."""
    formal = _formal_keys()
    return a == b or formal.get(a) == b or formal.get(b) == a


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped ("Rait"/"Raite",
    "Gonzalez"/"Gonzaelz"); not two changes that a shared deletion hides ("Myers"/"Moyes")."""
    if a == b:
        return True
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    shorter, longer = sorted((a, b), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    i = next((k for k in range(len(shorter)) if shorter[k] != longer[k]), len(shorter))
    return longer[:i] + longer[i + 1 :] == shorter


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _without_initials(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Name words with middle initials dropped: "Ramon F. Fonseca Mora" -> ramon fonseca mora."""
    return parts[:1] + tuple(p for p in parts[1:-1] if len(p) > 1) + parts[-1:]


def _merge_full_names(mentions: list[Mention], persons: list[int], uf: _UnionFind,
                      apart: frozenset[tuple[str, ...]]) -> None:
    """Full names with the same surname and agreeing given names are one person, and so is a
    shorter form that only one longer name extends.

    A shorter form ("George Bush", "Ramon Fonseca") is extended by a longer one with the same
    surname and given name ("George W. Bush") or by one it is a word-prefix of ("Ramon Fonseca
    Mora", a Spanish maternal surname added). It joins only when exactly one person extends it:
    with "George H. W. Bush" also present, "George Bush" stays apart (a wrong merge is worse than
    a missed one).
    """
    forms: dict[tuple[str, ...], int] = {}
    for i in persons:
        parts = _name_form(mentions[i].text, apart)
        if parts in forms:
            uf.union(forms[parts], i)
        else:
            forms[parts] = i
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_prefix: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for parts in forms:
        by_surname[parts[-1]].append(parts)
        bare = _without_initials(parts)
        for n in range(2, len(bare)):
            by_prefix[bare[:n]].append(parts)
    # Same-length spellings first ("Andriy"/"Andrei", "W."/"Walker"): one surname's bucket is
    # small, so pairs are cheap here.
    for group in by_surname.values():
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                if len(a) == len(b) and _first_names_agree(list(a[:-1]), list(b[:-1])):
                    uf.union(forms[a], forms[b])
    # A surname misspelt in one report ("Duncan Rait", "Duncan Raite"): same given names, the
    # surnames one letter apart and long enough that one letter rarely tells two families apart,
    # and never both in one article (one writer spelling two names alike names two people).
    by_given: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    articles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for i in persons:
        articles[_name_form(mentions[i].text, apart)].add(mentions[i].article)
    for parts in forms:
        by_given[parts[:-1]].append(parts)
    for given, group in by_given.items():
        if len(group) < 2 or not given or given[0] not in _given_keys():
            continue
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                if (min(len(a[-1]), len(b[-1])) >= 4 and a[-1][0] == b[-1][0] and _one_edit(a[-1], b[-1])
                        and not articles[a] & articles[b]):
                    uf.union(forms[a], forms[b])
    for parts, i in forms.items():
        longer = [p for p in by_surname[parts[-1]] if len(p) > len(parts) and _same_given(p[0], parts[0])
                  and not _guessed_twice(parts, p, articles)]
        agreeing = [p for p in longer if _first_names_agree(list(parts[:-1]), list(p[:-1]))]
        extending = by_prefix.get(_without_initials(parts), [])
        # "J. Jo Roe", the name with its leading initial: "Jo Roe" uses the middle name, as "J. Jo Roe" did
        initialled = [p for p in by_surname[parts[-1]] if len(p) == len(parts) + 1 and len(p[0]) == 1
                      and p[1:] == parts]
        roots = {uf.find(forms[p]) for p in longer + extending + initialled}
        if len(roots) == 1 and (agreeing or extending or initialled):
            uf.union(i, roots.pop())
    _merge_called_names(forms, articles, uf)


def _merge_called_names(forms: dict[tuple[str, ...], int], articles: dict[tuple[str, ...], set[str]],
                        uf: _UnionFind) -> None:
    """A person called by a middle name and the surname ("Khulubuse Zuma") in a report that gives the full name
    ("Clive Khulubuse Zuma") is that person, when only one full name of the report ends so. Only within one report:
    across reports the shorter name may be a relative's ("Joseph Jackson", father of "Michael Joseph Jackson")."""
    by_tail: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for parts, i in forms.items():
        for k in range(1, len(parts) - 1):
            if len(parts[k]) > 1:  # a middle initial is not what anyone is called
                for article in articles[parts]:
                    by_tail[(article, parts[k:])].add(i)
    for parts, i in forms.items():
        for article in sorted(articles[parts]):
            roots = {uf.find(longer) for longer in by_tail.get((article, parts), ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _guessed_twice(short: tuple[str, ...], long: tuple[str, ...], articles: dict[tuple[str, ...], set[str]]) -> bool:
    """A nickname read as the formal name ("Rob" for "Robert") and a middle initial the short form lacks
    ("Robert A. Roe"): two guesses, too many where no report names both ("Col. Rob Roe", a spokesman,
    and "Robert A. Roe", an analyst). A middle name written out ("Benjamin Todd Roe") is the same
    person's full name far more often."""
    return (short[0] != long[0] and any(len(p) == 1 for p in long[1:-1]) and len(long) > len(short)
            and not articles[short] & articles[long])


def _surname_keys(parts: list[str]) -> list[str]:
    """The words a lone surname may match: the last, and for "Álvaro Alemán Healy" (a Spanish
    paternal surname before the maternal one) the second-to-last, unless it is a given name
    ("Juan Carlos Varela") or a particle."""
    keys = [parts[-1]]
    bare = _without_initials(tuple(parts))
    if len(bare) >= 3:
        middle = bare[-2]
        if middle not in _given_keys() and middle not in NAME_PARTICLES:
            keys.append(middle)
    return keys


def _maiden_keys(text: str) -> list[str]:
    """A Spanish married woman's own surname, before "de" and her husband's: "Roe" of "Eyda Roe de Chinchilla",
    which a lone "Roe" may mean as well as "Jo Carlos Roe" (then left for curation)."""
    words = _surface(text).split()
    if len(words) >= 3 and words[-2] in MARRIED_PARTICLES and words[-3][0].isupper():
        key = " ".join(_person_parts(words[-3]))
        return [key] if key and key not in _given_keys() else []
    return []


def _particle_keys(parts: tuple[str, ...]) -> list[str]:
    """The surname with its particles, as a lone use may give it: "de blasio" of "Bill de Blasio", "der
    leyen" and "von der leyen" of "Ursula von der Leyen"."""
    keys = []
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in NAME_PARTICLES:
        k -= 1
        keys.append(" ".join(parts[k:]))
    return keys


@functools.cache
def _given_keys() -> frozenset[str]:
    return frozenset(translit_key(w) for w in given_names())


def _maybe_surname(m: Mention, org_words: set[str]) -> bool:
    """A lone word the tagger called an organisation or place may still be a surname ("Rutte" in
    an article that never gives the full name) when nothing says otherwise: no gazetteer entry, no
    acronym or institution, never a word of a longer organisation's or place's name."""
    word = _surface(m.text)
    return not (word in gazetteer().places or word in INSTITUTIONS or _is_acronym(word) or word in org_words)


_REPORTING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b")


def _said_surname(m: Mention, surnames: dict[str, set[int]], paragraphs: dict[str, list[str]]) -> bool:
    """A place's name that is also the surname of someone its report names in full, before a reporting verb
    ("Zulay Vellmont Lu, a lawmaker, ..." then "Vellmont says"): her, not the place. Not a big place's name, which
    may speak for its government ("Washington says")."""
    return (m.kind == PLACE and m.text not in gazetteer().big_places
            and bool(surnames.get(" ".join(_person_parts(m.text))))
            and bool(_REPORTING_AFTER.match(paragraphs[m.article][m.paragraph], m.end)))


def _fathers_of_marked(mentions: list[Mention], persons: list[int],
                       apart: frozenset[tuple[str, ...]]) -> dict[int, list[int]]:
    """Each full name with a generation's mark ("Donald Trump Jr.") that names another person than the same name
    without it (``apart``, of ``_marked_apart``), with the mentions of that other ("Donald Trump"): a lone "Trump" in
    the son's report may be either man."""
    unmarked: dict[tuple[str, ...], list[int]] = defaultdict(list)
    marked = []
    for i in persons:
        parts = _person_parts_of(mentions[i].text)
        if parts in apart:
            (marked.append(i) if _words_and_marks(mentions[i].text)[1] else unmarked[parts].append(i))
    return {i: unmarked[_person_parts_of(mentions[i].text)] for i in marked}


def _merge_lone_names(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, messages: list[str],
    paragraphs: dict[str, list[str]], apart: frozenset[tuple[str, ...]],
) -> None:
    """A lone surname (or given name) joins the one full name it fits, in the article or dossier.
    Of two people of one surname, a man and a woman (see ``_Genders``), it joins the one a pronoun
    right after it names ("Peterson was found guilty of murdering his wife")."""
    by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    by_dossier: dict[str, set[int]] = defaultdict(set)
    first_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    given_named = _given_named(mentions, persons)
    given_by_key: dict[str, set[int]] = defaultdict(set)  # surname -> its full names with a given name
    family_first: dict[str, set[int]] = defaultdict(set)  # a Korean name's family name, first: "Moon Jae-in"
    family_first_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    given_first: dict[str, set[int]] = defaultdict(set)  # a given name -> the full names it opens
    families: dict[str, set[str]] = defaultdict(set)  # an article -> the surnames of its full names
    for i in persons:
        parts = _person_parts(mentions[i].text)
        root = uf.find(i)
        if len(parts) >= 2:
            given_first[parts[0]].add(i)
            families[mentions[i].article].add(parts[-1])
        last = _person_parts(_surface(mentions[i].text).rsplit(" ", 1)[-1])
        if _KOREAN_NAME.fullmatch(_surface(mentions[i].text)):
            family_first[parts[0]].add(root)
            family_first_by_article[mentions[i].article][parts[0]].add(root)
        for key in (_surname_keys(parts) + ([" ".join(last)] if len(last) > 1 else []) + _particle_keys(parts)
                    + _maiden_keys(mentions[i].text)):
            by_article[mentions[i].article][key].add(root)
            by_dossier[key].add(root)  # a double-barrelled surname also whole: "Taff-Rice" of "Anita Taff-Rice"
            if i in given_named:
                given_by_key[key].add(i)
        first_by_article[mentions[i].article][parts[0]].add(root)
    person_set = set(persons)
    for i in named:  # "T.J. Welt" read as a thing still makes a lone "T.J." beside "T.J. Dorne" either man
        first = mentions[i].text.split(" ")[0]
        if (i not in person_set and mentions[i].kind == OTHER and " " in mentions[i].text
                and (first in given_names() or _INITIALS.fullmatch(first) and "." in first)):
            first_by_article[mentions[i].article][_person_parts(first)[0]].add(uf.find(i))
    genders = _Genders(mentions, persons, uf, paragraphs)
    fathers = _fathers_of_marked(mentions, persons, apart)
    full_names: dict[str, list[Mention]] = defaultdict(list)  # an article -> its full names, in the order written
    for i in sorted(persons, key=lambda i: (mentions[i].paragraph, mentions[i].start)):
        if " " in _surface(mentions[i].text):
            full_names[mentions[i].article].append(i)
    org_words = {w for m in mentions if m.kind in (ORG, PLACE) and " " in m.text for w in _surface(m.text).split()}
    bodies = {" ".join(_person_parts(m.text)) for m in mentions if m.kind == ORG and " " not in _surface(m.text)}
    for i in named:
        if _said_surname(mentions[i], by_article[mentions[i].article], paragraphs):
            mentions[i].kind = PERSON
    # Two or three capitals are initials ("UN", "EU"), not the surname of "Kim Jong Un".
    # A surname with its particles is lone too, even where its particle may be a given name ("Da Silva").
    lone = [i for i in named if ((i not in person_set and " " not in _surface(mentions[i].text))
                                 or _particle_surname(mentions[i].text, strict=False))
            and not (len(_surface(mentions[i].text)) <= 3 and _surface(mentions[i].text).isupper())
            and (mentions[i].kind in (PERSON, OTHER) or _maybe_surname(mentions[i], org_words))]
    # One writer's bare surname names one person: a use no word around it genders takes what the
    # title before or the pronoun after its other uses say, if they agree.
    own: dict[int, str] = {}
    said: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i in lone:  # (only where the dossier has two people to choose from)
        if len(by_dossier.get(key := " ".join(_person_parts(mentions[i].text)), ())) > 1 and (gender := _gender_titled(
                mentions[i], paragraphs) or _gender_said(mentions[i], paragraphs)):
            own[i] = gender
            said[(mentions[i].article, key)][gender] += 1
    only_named = {(mentions[i].article, " ".join(_person_parts(mentions[i].text))) for i in lone
                  if _only_name(mentions[i], paragraphs)}
    asked: set[tuple[str, str]] = set()
    ambiguous: list[tuple[Mention, set[int]]] = []
    given_only: list[int] = []  # lone given names no name of their report or surname fits
    for i in lone:
        m = mentions[i]
        key = " ".join(_person_parts(m.text))
        if (m.article, key) in only_named:
            continue  # "a dad known only as Kevin": all the report knows of him, not "Kevin Dane" named beside him
        local = {uf.find(r) for r in by_article[m.article].get(key, ())}
        if not local and not (key in bodies and key not in given_names()):
            # A word the dossier reads as a body's name and no given name opens a longer name as its maker's
            # ("Tesla" and "a Tesla Roadster"), not as a person's first name.
            local = {uf.find(r) for r in first_by_article[m.article].get(key, ())}
        everywhere = {uf.find(r) for r in by_dossier.get(key, ())} - {uf.find(i)}
        candidates = (local - {uf.find(i)}) or everywhere
        if not candidates and _cue_before(_PERSON_TITLE_BEFORE, m, paragraphs[m.article][m.paragraph]):
            # "Mr. Moon" of "Moon Jae-in"; untitled, a lone "Kim" may be another's ("Kim Jong Un", unhyphenated).
            candidates = {uf.find(r) for r in family_first.get(key, ())} - {uf.find(i)}
        if not candidates:  # "Park said" where the report names one "Park Soo-hyun" and no other Park
            own_family = {uf.find(r) for r in family_first_by_article[m.article].get(key, ())} - {uf.find(i)}
            candidates = own_family if len(own_family) == 1 else candidates
        if not candidates and key in _given_keys():
            given_only.append(i)
            continue
        if _heads_the_phrase(m, paragraphs) and candidates & {uf.find(j) for j in given_by_key.get(key, ())}:
            continue  # "the Hill reported": a body or a thing, never "Fiona Hill" (but "the Roadster" of a car's name)
        votes = said[(m.article, key)]
        gender = own.get(i) or (next(iter(votes)) if len(votes) == 1 else None)
        # A pronoun may name someone else ("played by Perry), she plots revenge") and a title may
        # disagree with another ("chairman Jan Berry", "Ms Berry"): to overrule the report's own full
        # name, or to choose among the dossier's, two uses must agree and none disagree.
        sure = len(votes) == 1 and votes[gender] >= 2
        if len(local) <= 1 and (majority := _clear_majority(votes)):
            # One writer's bare surname names one person: where the report names no two people of it in full, its
            # uses' clear majority outweighs the few pronouns that name someone else ("Thurman says he introduced
            # her", of Weinstein), for every use.
            gender, sure = majority, True
        if gender and (len(local) > 1 or sure):
            # "Peterson was found guilty of murdering his wife": of Scott and Laci Peterson, the man; and
            # where the report names only Laci Peterson, the man the dossier names.
            if len(local) == 1 and genders.attested(local) not in (None, gender):
                candidates = everywhere
            fitting = {c for c in candidates if genders.of({c}) == gender}
            if len(fitting) == 1 and all(genders.of({c}) not in (None, gender) for c in candidates - fitting):
                candidates = fitting
        if len(candidates) > 1 and candidates <= local and (first := _first_namesake(
                mentions, i, candidates, full_names[m.article], uf, paragraphs)) is not None and genders.of(
                {first}) == gender:
            candidates = {first}
        candidates |= {uf.find(j) for marked, same in fathers.items() if uf.find(marked) in candidates for j in same}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())
        elif len(candidates) > 1 and (m.article, _surface(m.text)) not in asked:
            asked.add((m.article, _surface(m.text)))  # once per name and article, however many times it is used
            ambiguous.append((m, candidates))
    for i in given_only:
        # "Jo and Al Roe and their son Matthew" is the one "Matthew B. Roe" of the dossier, where the report names
        # his family; elsewhere a lone given name may be anyone's. After the surnames: their genders are read by root.
        m, key = mentions[i], " ".join(_person_parts(mentions[i].text))
        fitting = {uf.find(r) for r in given_first.get(key, ())
                   if _person_parts(mentions[r].text)[-1] in families[m.article]}
        if len({uf.find(r) for r in given_first.get(key, ())}) == 1 and len(fitting) == 1:
            uf.union(i, fitting.pop())
    # Each candidate by the longest name its person goes by once every lone name has joined ("Jos Verstappen", not
    # his lone "Jos"), looked up once: the people's names for each message would take a pass over all of them.
    fullest: dict[int, str] = {}
    for j in persons:
        name, root = _surface(mentions[j].text), uf.find(j)
        if (len(name), name) > (len(fullest.get(root, "")), fullest.get(root, "")):
            fullest[root] = name
    for m, candidates in ambiguous:
        names = sorted({fullest.get(uf.find(r), _surface(mentions[r].text)) for r in candidates})
        if len(names) < 2:
            continue  # its candidates have since joined: one person, no choice to ask about
        messages.append(
            f"ambiguous: '{_surface(m.text)}' in {m.article} could be {' or '.join(names)}; "
            "left apart (add it to one of them in content/entities.yml)"
        )


GENDER_MAJORITY_USES = 3  # uses of a report's lone surname whose gender must agree, against ...
GENDER_MAJORITY_RATIO = 3  # ... this many times the uses of the other gender (a pronoun after it may be another's)


def _clear_majority(votes: Counter[str]) -> str | None:
    """The gender most uses of a report's lone surname give it, by ``GENDER_MAJORITY_USES`` or more and
    ``GENDER_MAJORITY_RATIO`` times the other's uses; None if no gender has such a majority."""
    ranked = votes.most_common()
    if not ranked:
        return None
    gender, uses = ranked[0]
    others = sum(n for _, n in ranked[1:])
    return gender if uses >= GENDER_MAJORITY_USES and uses >= GENDER_MAJORITY_RATIO * others else None


# An honorific right before a lone surname, and the word before it: "the elder Mr. Roe".
_HONORIFIC_BEFORE = re.compile(r"(?:\b([a-z]+) )?\b(" + "|".join(sorted(HONORIFICS)) + r")\.? $")


def _namesake_told_apart(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a word before a surname's honorific tells one of a family's namesakes apart: "the elder Mr. Roe"."""
    before = _HONORIFIC_BEFORE.search(_text_before(m, paragraphs, 30))
    return bool(before) and before.group(1) in NAMESAKE_QUALIFIERS


def _honorific_of(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The honorific right before a name ("Mr" of "Mr. Roe"), or None."""
    before = _HONORIFIC_BEFORE.search(_text_before(m, paragraphs, 30))
    return before.group(2) if before else None


def _first_namesake(mentions: list[Mention], i: int, candidates: set[int], full_names: list[int], uf: _UnionFind,
                    paragraphs: dict[str, list[str]]) -> int | None:
    """Of a report's people of one surname, the one it names in full first, for that surname alone with an honorific
    after that name ("Mr. Roe"): a report telling a family apart writes the others in full and keeps the honorific
    for the person it is about. None without an honorific, or with a word telling a namesake apart ("the elder
    Mr. Roe")."""
    m = mentions[i]
    honorific = _honorific_of(m, paragraphs)
    if not honorific or _namesake_told_apart(m, paragraphs):
        return None
    # Not one named with another honorific: "Sir Ian Blair" is "Sir Ian" after, never "Mr Blair" (Tony Blair)
    first = next((j for j in full_names if uf.find(j) in candidates
                  and _honorific_of(mentions[j], paragraphs) in (None, honorific)), None)
    if first is None or (mentions[first].paragraph, mentions[first].start) > (m.paragraph, m.start):
        return None
    return uf.find(first)


_ONLY_NAME_BEFORE = re.compile(ONLY_NAME_BEFORE)
_ONLY_NAME_AFTER = re.compile(ONLY_NAME_AFTER)


def _only_name(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether the words around a lone name say it is all the report knows of the person (``ONLY_NAME_BEFORE``,
    ``ONLY_NAME_AFTER``)."""
    paragraph = _paragraph_of(m, paragraphs)
    if paragraph is None:
        return False
    return bool(_ONLY_NAME_BEFORE.search(paragraph, max(0, m.start - 40), m.start)
                or _ONLY_NAME_AFTER.match(paragraph, m.end))


def _given_named(mentions: list[Mention], persons: list[int]) -> set[int]:
    """The full names of people with a gendered given name first ("Fiona Hill"; not "Man of the Woods" or
    "Tesla Roadster")."""
    return {i for i in persons
            if " " in (text := _surface(mentions[i].text)) and usual_given_name_gender(text.split()[0])}


def _heads_the_phrase(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """``_heads_the_phrase_in`` its paragraph (False for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return paragraph is not None and _heads_the_phrase_in(m, paragraph)


_THE_OPENING = re.compile(r"[Tt]he\s")
_COMPOUND_AFTER = re.compile(r"[-/]\w")
_POSSESSIVE_AFTER = re.compile(r"[\'’]s\b")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _heads_the_phrase_in(m: Mention, paragraph: str) -> bool:
    """Whether a name comes right after "the" and heads its phrase: followed by a stop, a possessive, a
    function word or a verb ("the Hill reported", "according to the Hill.", "the Hill's story"), not by the
    noun it describes ("the Roe scandal", "the Weinstein encounter")."""
    if not (_THE_BEFORE.search(paragraph, max(0, m.start - 8), m.start) or _THE_OPENING.match(m.text)):
        return False
    after = paragraph[m.end : m.end + 30]
    if _COMPOUND_AFTER.match(after):
        return False  # "the Bush/Kerry contest", "the Trump-Putin summit": a compound describing the noun after it
    if not after.strip() or after[0] not in " \t" or _POSSESSIVE_AFTER.match(after):
        return True
    word = _LOWER_WORD_AFTER.match(after)
    return bool(word) and word.group(1) in THE_HEAD_FOLLOWERS


def _gender_titled(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender a word right before a lone name gives it ("Mrs Peterson", "his wife Peterson")."""
    before = re.search(r"([A-Za-z]+)\.? $", _text_before(m, paragraphs, 20))
    return GENDER_OF_NOUN.get(before.group(1).lower()) if before else None


def _gender_said(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender the first personal pronoun after a lone name gives it, in its sentence, within
    twelve words and before any other name ("Peterson was found guilty of murdering his wife": a
    man); None if there is none."""
    paragraph = _paragraph_of(m, paragraphs)
    if paragraph is None:
        return None
    end = next((e for s, e in _sentence_spans(paragraph) if s <= m.end <= e), len(paragraph))
    sentence = re.split(r"[;:]\s|[\"“”]", paragraph[m.end : end], maxsplit=1)[0]
    for word in re.findall(r"[A-Za-z]+", sentence)[:12]:
        if word[0].isupper() and word not in MONTHS | WEEKDAYS | ABBREVIATIONS:
            return None
        if word in PERSONAL_PRONOUN_GENDER:
            return PERSONAL_PRONOUN_GENDER[word]
    return None


@functools.lru_cache(maxsize=4096)  # two lone names of a paragraph ask for its sentences alike
def _sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    return tuple(split_sentences(paragraph))


class _Genders:
    """The gender of the people of the dossier (sets of union-find roots of full names): from a
    gendered word just before a mention of their full or given name ("his wife, Laci", "Mr
    Peterson"), else from the given name (gender-guesser's dictionary, which calls "Laci" a man's
    name); None when the cues disagree or there are none."""

    def __init__(self, mentions: list[Mention], persons: list[int], uf: _UnionFind,
                 paragraphs: dict[str, list[str]]) -> None:
        self.mentions = mentions
        self.names: dict[int, set[str]] = defaultdict(set)  # root -> its full and given names
        for i in persons:
            words = _surface(mentions[i].text).split()
            self.names[uf.find(i)].update({_name_key(mentions[i].text), _name_key(words[0])})
        wanted = set().union(*self.names.values())
        self.cues: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if (key := _name_key(m.text)) in wanted:
                before = re.findall(r"[a-z]+\.?", _text_before(m, paragraphs, 40).lower())[-3:]
                gendered = [GENDER_OF_NOUN[w] for w in before if w in GENDER_OF_NOUN]
                if gendered:
                    self.cues[key].add(gendered[-1])
        self.known: dict[int, str | None] = {}

    def of(self, roots: set[int]) -> str | None:
        found = {self._gender(root) for root in roots}
        return found.pop() if len(found) == 1 else None

    def attested(self, roots: set[int]) -> str | None:
        """The gender the words before their names give these people, where the given name's
        dictionary gender does not disagree ("his wife, Laci"; not a cue on another "Harold")."""
        found = set()
        for root in roots:
            cues = set().union(*(self.cues[key] for key in self.names.get(root, ())))
            listed = {given_name_gender(key) for key in self.names.get(root, ()) if " " not in key} - {None}
            found.add(cues.pop() if len(cues) == 1 and listed <= cues else None)
        return found.pop() if len(found) == 1 else None

    def _gender(self, root: int) -> str | None:
        if root not in self.known:
            cues = set().union(*(self.cues[key] for key in self.names.get(root, ())))
            if not cues:
                cues = {given_name_gender(key) for key in self.names.get(root, ()) if " " not in key}
            self.known[root] = cues.pop() if len(cues) == 1 else None
        return self.known[root]


@functools.cache
def _place_keys() -> frozenset[str]:
    """The gazetteer's places as ``_name_key`` writes them."""
    return frozenset(_name_key(place) for place in gazetteer().places)


def _team_nickname(words: list[str], after_town: bool = False) -> bool:
    """A team's nickname: one or two capitalised words, the last a plural ("Colts", "Tar Heels"), that
    name no place, people, party or kind of organisation or place ("Islands", "Americans", "Democrats",
    "Airlines", "States"). A people's name is a nickname ``after_town``, a town's or a state's name: "Cleveland
    Indians" (a country's people are never its team: "India Indians")."""
    last = words[-1]
    return (
        _plural(last) and last[:1].isupper() and not last.isupper() and len(last) > 3
        and all(w[:1].isupper() and w not in FUNCTION_WORDS for w in words)
        and not {last, last[:-1]} & (ORG_CUES | PLACE_CUES | DESCRIPTIVE_WORDS | EVENT_WORDS)
        and last[:-1].lower() not in PLACE_SUFFIXES
        and not any(w in gazetteer().places or (w[:-1] in gazetteer().demonyms and not after_town)
                    for w in (last, " ".join(words)))
    )


def _as_place(m: Mention, paragraphs: dict[str, list[str]]) -> bool | None:
    """Whether a bare place or school name is used as a place (True: "in Indianapolis", "to Kansas
    City", "Jacksonville, Fla.", "Indianapolis police"), as a team (False: a side in a match, "beat
    Drake", "a win for Creighton", "Indianapolis (11-4)", "Creighton defeated"; its possessor, "Kansas
    City's opening drive"; a team's noun after it, "Creighton fans"; "lost to Indianapolis" is a
    match), or neither (None)."""
    paragraph = _paragraph_of(m, paragraphs)
    if paragraph is None:
        return None
    if not paragraph[: m.start].strip() and (dateline := DATELINE.match(paragraph)) and dateline.end() > m.end:
        return True  # "VELLTON — ..." opening a report: where it was filed, never the team
    after = paragraph[m.end : m.end + 40]
    before = re.findall(r"[\w'’.-]+", _text_before(m, paragraphs, 40).lower())[-2:]
    previous = before[-1].rstrip(".") if before else ""
    following = re.match(r"\s+([a-z]+)\b", after)
    word_after = following.group(1) if following else ""
    if (owned := _OWNS_TEAMS_AFTER.match(after)) and not set(owned.group(1).split()) & (
            (FUNCTION_WORDS - {"other"}) | TEAM_NOUNS_AFTER):
        return True  # "Chicago's other team, the White Sox": the city has the teams (not "Tulsa's win over the club")
    if word_after in TEAM_NOUNS_AFTER or re.search(r"['’]s?$", m.text) or re.match(r"['’]", after):
        return False  # "in Indianapolis territory", "into Creighton's 65-53 victory"
    if word_after in PLACE_NOUNS_AFTER:
        return True  # "Indianapolis police"
    if previous in ("at", "in") and _surface(m.text) in gazetteer().states:
        return previous == "in"  # one is in a state but at a school: "the scoring record at North Carolina"
    if previous in TEAM_NOT_BEFORE and not (previous == "to" and len(before) == 2 and before[0] in TEAM_LOSS_WORDS):
        # "in Creighton history" names no place; "in Indianapolis on Sunday" and "Fans in Kansas City
        # stayed home" (a verb in the past after it) do
        return None if word_after and word_after not in FUNCTION_WORDS and not word_after.endswith("ed") else True
    if re.match(r",\s+[A-Z]", after) and _surface(m.text) in gazetteer().places:
        return True  # "Jacksonville, Fla."; not a list of teams ("Creighton, Wichita St. move on")
    if (re.match(r"\s*\(\d+-\d+", after)
            or re.match(r"\s+\d+-\d+\b", after) or previous in TEAM_WORDS_BEFORE or previous in TEAM_LOSS_WORDS
            or word_after in TEAM_VERBS_AFTER):
        return False
    return None


# A possessive, a few words in lower case and a noun of teams: "'s other sports franchises".
_OWNS_TEAMS_AFTER = re.compile(r"['’]s?((?: [a-z]+){0,2}?) (?:" + "|".join(sorted(TEAMS_OF_A_PLACE)) + r")\b")


# A match's score or a team's record: "65-53", "(11-4)"; not a year span ("2004-05").
SCORE = re.compile(r"(?<![\w.,-])\d{1,3}-\d{1,3}(?![\w-])")


def _reports_sport(paragraphs: list[str]) -> bool:
    """A report about sport: it gives a score, or uses two words of sports reporting. Only there is
    "<name> <plural>" a team: elsewhere it is a company's product ("Microsoft Windows"), a film ("Meet
    the Fockers") or a district ("London Docklands")."""
    words: set[str] = set()
    for paragraph in paragraphs:
        if SCORE.search(paragraph):
            return True
        words |= SPORT_WORDS & set(re.findall(r"[a-z][a-z-]+", paragraph.lower()))
        if len(words) >= 2:
            return True
    return False


def _team_names(
    mentions: list[Mention], named: list[int], plurals: list[int], paragraphs: dict[str, list[str]],
    after_the: set[str],
) -> dict[str, tuple[str, str, int]]:
    """Names of teams, full name -> (its place's key, its nickname's key, a mention naming it): one
    mention "<place> <nickname>" ("Indianapolis Colts"), with the word before it that the gazetteer
    writes with the place ("North" of "North Carolina Tar Heels", cut off by the tagger), or a place
    and a nickname mention side by side ("North Carolina" "Tar Heels", "Evansville's Purple Aces").
    The nickname is written alone after "the" somewhere in the dossier. A mention read as a person
    qualifies only after a place of the gazetteer ("Charlotte Bobcats") or when no given name opens
    it ("Whitman Herons")."""
    places = gazetteer().places
    teams: dict[str, tuple[str, str, int]] = {}

    def add(key: str, place: list[str], nickname: list[str], i: int) -> None:
        town = places.get(" ".join(place))
        if (_name_key(" ".join(nickname)) in after_the
                and _team_nickname(nickname, after_town=bool(town) and town not in gazetteer().countries)
                and all(w[:1].isupper() and w not in TITLE_WORDS for w in place)
                and " ".join(place + nickname) not in places):  # "United States"
            teams.setdefault(key, (_name_key(" ".join(place)), _name_key(" ".join(nickname)), i))

    for i in plurals:
        m = mentions[i]
        words = _surface(m.text).split()
        # A one-word nickname first, unless only the two-word one leaves a place the gazetteer knows:
        # "North Carolina | Tar Heels", not "North Carolina Tar | Heels" where "the Heels" is written too.
        for k in sorted((len(words) - 1, len(words) - 2), key=lambda k: " ".join(words[:k]) not in places):
            if k >= 1 and (m.kind != PERSON or " ".join(words[:k]) in places or words[0] not in given_names()):
                opener = re.search(r"([A-Z][a-z]+) $", _text_before(m, paragraphs, 20))
                place = words[:k]
                if opener and " ".join([opener.group(1), *place]) in places:
                    place = [opener.group(1), *place]
                add(_name_key(m.text), place, words[k:], i)
    ends: dict[tuple[str, int, int], int] = {}  # (article, paragraph, end) -> mention ending there
    for i in named:
        ends[(mentions[i].article, mentions[i].paragraph, mentions[i].end)] = i
    for i in plurals:
        m = mentions[i]
        text = _paragraph_of(m, paragraphs) or ""
        gap = re.search(r"(?:['’]s)? $", text[max(0, m.start - 3) : m.start])
        previous = ends.get((m.article, m.paragraph, m.start - len(gap.group()))) if gap else None
        if previous is not None and m.kind != PERSON:
            place = _surface(re.sub(r"['’]s$", "", mentions[previous].text)).split()
            add(_name_key(f"{' '.join(place)} {m.text}"), place, _surface(m.text).split(), i)
    # A team's nickname is no team of its own ("Tar Heels" beside "North Carolina Tar Heels"), nor is a team's name
    # after a word that makes no place of it ("Jubilant Chicago Cubs fans spilled ...": the team is "Chicago Cubs").
    nicknames = {nickname for _, nickname, _ in teams.values()}
    return {team: value for team, value in teams.items() if team not in nicknames
            and not (value[0] not in _place_keys() and any(
                team.endswith(f" {other}") and teams[other][0] in _place_keys() for other in teams))}


# One or two capitalised words after "the" inside a sentence, the last a plural: "the Vellers", "the Tar Heels".
_THE_NICKNAME = re.compile(r"(?<=\bthe )((?:[A-Z][a-z]+ )?[A-Z][a-z]+s)\b")


def _merge_teams(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> set[int]:
    """Sports teams and the places that stand for them. A team is a name "<place or school>
    <nickname>" ("Indianapolis Colts", "Creighton Bluejays") whose nickname the dossier also writes
    alone after "the" ("the Colts"), named in some report about sport (``_reports_sport``): the bare
    nickname is the team, and so is the bare place or school in a sports report that names that
    team (by either name) and no other of that place, where the place acts as the team (see
    ``_as_place``) or the report never uses it as a place. Returns the mentions joined to a team by
    their nickname or place alone: they belong to the team only, never to the place or to a person
    of that name ("Drake", "Creighton")."""
    @functools.cache  # each article's ``_reports_sport``, asked once: many of its mentions ask
    def reports_sport(article: str) -> bool:
        return _reports_sport(paragraphs.get(article, []))

    plurals = [i for i in named if _plural(mentions[i].text.rsplit(None, 1)[-1])]  # few: look at these only
    after_the = {_name_key(mentions[i].text) for i in plurals if _word_before(mentions[i], paragraphs) == "the"}
    # A nickname the stage found no mention in ("with the Vellers", a plural it reads as a common noun) is still
    # written after "the" (alone: "the Vell Trucks" writes no "the Trucks").
    if plurals:
        after_the |= {_name_key(found) for texts in paragraphs.values() for text in texts
                      for found in _THE_NICKNAME.findall(text)}
    teams = _team_names(mentions, named, plurals, paragraphs, after_the)
    # A nickname that is a person's surname is that person's ("Williams"), unless the dossier also
    # writes the person's name as a team's; a headline's Title Case makes no person ("Colts Beat Chiefs").
    surnames = {_person_parts(mentions[i].text)[-1] for i in persons if mentions[i].kind == PERSON
                and mentions[i].paragraph > 0 and _name_key(mentions[i].text) not in teams}
    # A person's surname before a nickname is no team's place: "Massa's Williams car" is the driver's team.
    teams = {team: value for team, value in teams.items() if translit_key(value[1].split()[-1]) not in surnames
             and translit_key(value[0].split()[-1]) not in surnames}
    person_set = {i for i in persons if _name_key(mentions[i].text) not in teams}
    by_nickname: dict[str, set[str]] = defaultdict(set)
    for team, (_, nickname, _) in teams.items():
        by_nickname[nickname].add(team)
    naming: dict[int, str] = {}  # mention -> the team it names, by full name or nickname
    for i in named:
        key = _name_key(mentions[i].text)
        if (" " in key and key not in teams and f"{key}s" in teams
                and teams[f"{key}s"][0] in _place_keys() and reports_sport(mentions[i].article)):
            key += "s"  # "an Indianapolis Colt", one of the team, in a report about its games; not the
            # "Rolling Stone" beside the "Rolling Stones", no place's team
        elif (" " not in key and mentions[i].kind != PERSON and key not in by_nickname
                and len(by_nickname.get(f"{key}s", ())) == 1
                and reports_sport(mentions[i].article)):
            key += "s"  # "a fourth-quarter Colt stampede": the nickname in the singular, in a report about sport
        elif (" " not in key and mentions[i].kind != PERSON and key not in by_nickname and _plural(key)
                and len(key) >= 4 and reports_sport(mentions[i].article)):
            clipped = [n for n in by_nickname if (" " not in n and n.startswith(key[:-1]) and len(n) > len(key))
                       or (" " in n and n.split()[-1] == key)]
            if len(clipped) == 1:
                key = clipped[0]  # "beating Jags", "the Heels": the one nickname it clips ("Jaguars", "Tar Heels")
        team = key if key in teams else next(iter(by_nickname[key])) if len(by_nickname.get(key, ())) == 1 else None
        if team and i not in person_set:
            naming[i] = team
    matches = {a for a in {mentions[i].article for i in naming} if reports_sport(a)}
    played = {team for i, team in naming.items() if mentions[i].article in matches}
    claimed = set()
    named_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # article -> place -> teams
    for i, team in naming.items():
        if team in played:
            uf.union(teams[team][2], i)
            if _name_key(mentions[i].text) != team:
                claimed.add(i)
            if mentions[i].article in matches:
                named_in[mentions[i].article][teams[team][0]].add(team)
    teams_of: dict[str, set[str]] = defaultdict(set)  # place key -> its teams
    for team in played:
        teams_of[teams[team][0]].add(team)
    # Other names that start with a team's place: "Leeds United" beside "Leeds Rhinos" makes "Leeds beat
    # Wigan" either club's match, and "Indianapolis Star" may make "Indianapolis'" the newspaper's; a
    # place named after it ("Jacksonville Municipal Stadium") is no body that plays or publishes.
    others: dict[str, set[str]] = defaultdict(set)
    uses: dict[str, list[tuple[int, bool | None]]] = defaultdict(list)  # place key -> (mention, as a place?)
    for i in named:
        key = _name_key(mentions[i].text)
        words = key.split()
        for n in range(1, len(words)):
            if (" ".join(words[:n]) in teams_of and key not in teams and mentions[i].kind not in (PERSON, PLACE)
                    and _surface(mentions[i].text).split()[-1] not in PLACE_CUES | VENUE_WORDS):
                others[" ".join(words[:n])].add(key)
        if i not in person_set and key in teams_of:
            uses[key].append((i, _as_place(mentions[i], paragraphs)))
    for key, found in uses.items():
        placed = {mentions[i].article for i, as_place in found if as_place}
        for i, as_place in found:
            m = mentions[i]
            candidates = named_in.get(m.article, {}).get(key, set())
            if not candidates and as_place is False and len(teams_of[key]) == 1 and not others[key]:
                # A place the dossier names no other body after is its one team wherever a report about
                # sport has it act as a team, though that report does not name the team.
                candidates = teams_of[key] if reports_sport(m.article) else set()
            # Where the report never uses the name as a place, the name alone is its team.
            if len(candidates) == 1 and (as_place is False or (as_place is None and m.article not in placed)):
                uf.union(teams[next(iter(candidates))][2], i)
                claimed.add(i)
        # A school's name, no place of the gazetteer, that the dossier uses more often as a team than as
        # a place is its team in every report ("Creighton", "Drake"): the school and its team are one body.
        as_team = sum(as_place is False for _, as_place in found)
        as_place = sum(bool(as_place) for _, as_place in found)
        if (len(teams_of[key]) == 1 and any(i in claimed for i, _ in found) and as_team > as_place
                and _surface(mentions[found[0][0]].text) not in gazetteer().places):
            team = teams[next(iter(teams_of[key]))][2]
            for i, _ in found:
                uf.union(team, i)
                claimed.add(i)
    for i in claimed:
        if mentions[i].kind == PLACE:
            mentions[i].kind = ORG
    return claimed


# A celebrity's short name made of the starts of the given name and surname: "LiLo" (Lindsay Lohan),
# "A-Rod" (Alex Rodriguez), "K-Fed" (Kevin Federline).
_CLIPPED_NAME = re.compile(r"([A-Z][a-z]{1,2})([A-Z][a-z]{1,2})|([A-Z])-([A-Z][a-z]{1,3})")


def _merge_clipped_names(mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind) -> None:
    """A clipped name ("LiLo", "A-Rod") joins the one person of the dossier whose given name and
    surname start with its two parts."""
    clipped = [(i, match) for i in named if (match := _CLIPPED_NAME.fullmatch(_surface(mentions[i].text)))]
    if not clipped:
        return
    people: dict[tuple[str, str], set[int]] = defaultdict(set)  # (given name, surname) -> roots
    for i in persons:
        words = _surface(mentions[i].text).split()
        if len(words) >= 2:
            people[(words[0].lower(), words[-1].lower())].add(uf.find(i))
    for i, match in clipped:
        given, surname = (match.group(1) or match.group(3)).lower(), (match.group(2) or match.group(4)).lower()
        roots = {uf.find(r) for (g, s), found in people.items() if g.startswith(given) and s.startswith(surname)
                 for r in found}
        if len(roots) == 1:
            uf.union(i, roots.pop())


def _word_before(m: Mention, paragraphs: dict[str, list[str]]) -> str:
    """The word right before a mention, in lower case ("" at a paragraph's start)."""
    before = _WORD_BEFORE.search(_text_before(m, paragraphs, 40))
    return before.group(1).lower() if before else ""


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _paragraph_of(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The paragraph a mention is in (None for an article the dossier lacks)."""
    text = paragraphs.get(m.article)
    return text[m.paragraph] if text and m.paragraph < len(text) else None


def _text_after(m: Mention, paragraphs: dict[str, list[str]], width: int) -> str:
    """The ``width`` characters of its paragraph after a mention ("" for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return "" if paragraph is None else paragraph[m.end : m.end + width]


def _text_before(m: Mention, paragraphs: dict[str, list[str]], width: int) -> str:
    """The ``width`` characters of its paragraph before a mention ("" for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return "" if paragraph is None else paragraph[max(0, m.start - width) : m.start]


def _merge_by_key(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]],
    apart: frozenset[tuple[str, ...]],
) -> None:
    """The same name written the same way is one entity, whatever kind each mention was given
    in context ("Mossack Fonseca" after "law firm" and alone); places match by gazetteer form.
    Spaces do not count: "Sea Micro" is "SeaMicro".

    Unless the spelling stands for two people: a lone "Peterson" that is Scott Peterson in one
    report and Laci Peterson in another does not make them one person. Two full names one article
    gives are two people (its writer told them apart) when their surnames differ or their given
    names start with different letters; "Mo Cheeks" beside "Maurice Cheeks" is one man's short name.
    Where the spelling would join two people, each such mention keeps the full name its own
    article gave it, and one read in no article stays apart; but the uses that read as a place
    ("in Palmer" in several reports, where "Palmer Fire Chief John McNutt" was read as a person)
    are one place."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i in named:
        m = mentions[i]
        if _namesake_told_apart(m, paragraphs):
            continue  # "the elder Mr. Roe" is not the Mr. Roe of the rest of the report
        buckets[_match_key(m).replace(" ", "")].append(i)
    for key, members in list(buckets.items()):
        # A web address names the site that publishes it ("People.com" is "People"), never a place:
        # where the same name is read as a place, "Vellton.com" is the town's news site, not the town.
        sites = [i for i in members if WEB_ADDRESS.search(mentions[i].text)]
        kinds = Counter(mentions[i].kind for i in members if i not in sites)
        if sites and kinds[PLACE] > kinds[ORG]:  # "Acme.com" stays Acme's, whatever its own kind
            buckets[key] = [i for i in members if i not in sites]
            buckets[f"{key}.web"] = sites
    for key, members in list(buckets.items()):
        for state, towns in _towns_by_state(mentions, members, paragraphs).items():
            buckets[key] = [i for i in buckets[key] if i not in towns]
            buckets[f"{key}.{state}"] = towns
    given_by_last: dict[str, set[int]] = defaultdict(set)  # surname -> the full names with a given name it ends
    for i in _given_named(mentions, persons):
        given_by_last[_name_key(_surface(mentions[i].text).rsplit(" ", 1)[-1])].add(i)
    people: dict[int, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)  # root -> (article, full name)
    for i in persons:
        people[uf.find(i)].add((mentions[i].article, _name_form(mentions[i].text, apart)))
    for members in buckets.values():
        roots = list(dict.fromkeys(uf.find(i) for i in members))
        if len(roots) < 2:
            continue
        things = [i for i in members if _name_key(mentions[i].text) in given_by_last
                  and " " not in _surface(mentions[i].text) and _heads_the_phrase(mentions[i], paragraphs)]
        if things and {uf.find(i) for i in members if i not in things} & {
                uf.find(j) for k in {_name_key(mentions[i].text) for i in things} for j in given_by_last.get(k, ())}:
            # "the Hill reported" beside "Hill said" (of Fiona Hill): the thing's uses are one entity, not hers
            for i in things[1:]:
                uf.union(things[0], i)
            members = [i for i in members if i not in things]
            roots = list(dict.fromkeys(uf.find(i) for i in members))
        named_roots = [r for r in roots if people.get(r)]
        if any(_two_people(people[a], people[b]) for x, a in enumerate(named_roots) for b in named_roots[x + 1 :]):
            placed: dict[str, set[int]] = defaultdict(set)  # spelling -> roots ("White" is not "White City")
            for i in members:
                if not people.get(uf.find(i)) and (
                        mentions[i].kind == PLACE or _word_before(mentions[i], paragraphs) in PLACE_PREPOSITIONS):
                    placed[_name_key(mentions[i].text)].add(uf.find(i))
            for roots_of_place in placed.values():
                for r in roots_of_place:
                    uf.union(min(roots_of_place), r)
            continue
        for r in roots[1:]:
            uf.union(roots[0], r)
        held = set().union(*(people.pop(r, set()) for r in roots))
        if held:
            people[uf.find(roots[0])] = held


def _towns_by_state(
    mentions: list[Mention], members: list[int], paragraphs: dict[str, list[str]]
) -> dict[str, list[int]]:
    """The uses of one town's name that the story puts in two states or countries or more ("Mesquite, Nev." and "the
    Dallas suburb of Mesquite, Tex."), by that state: two towns. A use with no state goes with the state its report
    gives the name first, the town the report is about; where the report gives none, it stays with neither. Empty
    where the story gives the name one state or none: one town."""
    states = {i: state[0] for i in members if (state := _state_of_town(mentions[i], paragraphs))}
    if len(set(states.values())) < 2:
        return {}
    first: dict[str, str] = {}  # article -> the state it gives the name first
    for i in sorted(states, key=lambda i: (mentions[i].paragraph, mentions[i].start)):
        first.setdefault(mentions[i].article, states[i])
    towns: dict[str, list[int]] = defaultdict(list)
    for i in members:
        if state := states.get(i) or first.get(mentions[i].article):
            towns[state].append(i)
    return dict(towns)


def _state_of_town(m: Mention, paragraphs: dict[str, list[str]]) -> tuple[str, str] | None:
    """The state or country a town's name is given after a comma ("Mesquite, Nev.,"): its gazetteer name and the
    words written; None for no such words, or for a state's or a country's own name ("Texas, Oklahoma")."""
    after = _PLACE_APPOSED.match(paragraphs[m.article][m.paragraph], m.end)
    if m.kind != PLACE or not after or _place_key(m.text) in _state_keys():
        return None
    for form in (after.group(1), after.group(1).split()[0]):
        state = gazetteer().places.get(US_STATE_ABBREVIATIONS.get(form.rstrip("."), form.rstrip(".")))
        if state in gazetteer().states or state in gazetteer().countries:
            return state, form
    return None


def _state_abbreviation(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name is a US state's abbreviation with its full stop, in brackets after a person's name or after a
    town's and a comma: "Sen. Jo Roe (Ky.)", "(N.Y.)", "Vellton, N.J.,": where, a place, whatever the tagger made of
    it. Dotted initials count when they are the state's name's ("N.Y." of New York, "D.C." of District of Columbia)."""
    paragraph = paragraphs[m.article][m.paragraph]
    form = _surface(m.text)
    dotted = form.endswith(".") or paragraph[m.end : m.end + 1] == "."
    before = paragraph[max(0, m.start - 2) : m.start]
    return dotted and (before[-1:] == "(" or before == ", ") and (
        form.rstrip(".") in US_STATE_ABBREVIATIONS or "." in form and form.replace(".", "") in _state_initials())


@functools.cache
def _state_initials() -> frozenset[str]:
    """The initials of the capitalised words of the US states' names of two words or more: "NY", "NJ", "DC"."""
    return frozenset("".join(w[0] for w in name.split() if w[:1].isupper())
                     for name in gazetteer().states if " " in name)


def _name_towns_apart(entities: list[Entity], paragraphs: dict[str, list[str]]) -> None:
    """Places of one name the story puts in different states are named with their state, as the story writes it
    ("Mesquite, Nev." and "Mesquite, Tex."); the bare name stays an alias."""
    by_name: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        if entity.kind == PLACE:
            by_name[entity.name].append(entity)
    for name, places in by_name.items():
        states = [next((s for m in e.mentions if (s := _state_of_town(m, paragraphs))), None) for e in places]
        if len(places) < 2 or len({s[0] for s in states if s}) < 2:
            continue
        for entity, state in zip(places, states, strict=True):
            if state:
                entity.name = f"{name}, {state[1]}"
                entity.aliases = sorted({*entity.aliases, name})


@functools.cache
def _state_keys() -> frozenset[str]:
    """The match keys of the states and countries the gazetteer knows."""
    return frozenset(_place_key(name) for name in gazetteer().states | gazetteer().countries)


def _merge_misspelt_surnames(mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind) -> None:
    """A lone word no full name of the dossier ends with, the surname of exactly one person the same
    reports name with two neighbouring letters swapped, and seen far less often than that person, is
    that surname mistyped ("Klistchko" in a report on Wladimir Klitschko). Only a swap: a letter
    more or less, or another letter, often makes another family's name ("Malone" in the line-up
    beside Shaun Maloney's, "Hansen" and "Hanson"), except a letter inside the word ("Schacham" of Ofer Shacham) in
    reports that each name that one person in full, where no one else has a surname so near. Only long words, and
    never a given name, a place or initials."""
    surnames: dict[str, set[int]] = defaultdict(set)  # surname key -> roots of the full names ending so
    for i in persons:
        parts = _person_parts(mentions[i].text)
        if len(parts[-1]) >= 6:
            surnames[parts[-1]].add(uf.find(i))
    by_letters: dict[str, set[str]] = defaultdict(set)  # a swap keeps the letters: index by them
    by_length: dict[int, set[str]] = defaultdict(set)
    for key in surnames:
        by_letters["".join(sorted(key))].add(key)
        by_length[len(key)].add(key)
    members: dict[int, list[int]] = defaultdict(list)
    for i in named:
        members[uf.find(i)].append(i)
    for root, group in members.items():
        if " " in mentions[group[0]].text or mentions[group[0]].kind not in (PERSON, OTHER):
            continue  # the common case, decided before any key is built
        keys = {_person_parts_of(mentions[i].text) for i in group}
        if len(keys) != 1 or len(key := next(iter(keys))) != 1 or len(key[0]) < 6 or key[0] in surnames:
            continue
        word = _surface(mentions[group[0]].text)
        if (key[0] in _given_keys() or word in gazetteer().places or _is_acronym(word)
                or any(mentions[i].kind not in (PERSON, OTHER) for i in group)):
            continue
        near = {k for k in by_letters.get("".join(sorted(key[0])), ()) if k[0] == key[0][0] and _one_edit(k, key[0])}
        roots = {uf.find(r) for k in near for r in surnames[k]}
        wider = not roots  # a letter more or less: only where the reports give that one person in full
        if wider:
            near = {k for k in by_length.get(len(key[0]) - 1, set()) | by_length.get(len(key[0]) + 1, set())
                    if k[0] == key[0][0] and k[-1] == key[0][-1] and _one_edit(k, key[0])}
            roots = {uf.find(r) for k in near for r in surnames[k]}
        if len(roots) != 1:
            continue
        target = roots.pop()
        known = members.get(target, [])
        articles = {mentions[i].article for i in group}
        if wider and articles <= {mentions[i].article for i in known if " " in mentions[i].text}:
            uf.union(target, root)
        elif not wider and len(known) >= 3 * len(group) and articles <= {mentions[i].article for i in known}:
            uf.union(target, root)


VARIANT_MIN_LETTERS = 8  # a shorter name with a letter doubled is as often another name ("Mann"/"Man")
# A linking vowel between two hyphens, and a hyphened Arabic article at a word's start, as transliterations vary
_LINKING_VOWEL = re.compile(r"(?<=\w)-(?:" + "|".join(sorted(LINKING_VOWELS)) + r")-(?=\w)")
_HYPHENED_ARTICLE = re.compile(r"\b(?:" + "|".join(sorted(HYPHENED_PARTICLES)) + r")-(?=\w)", re.IGNORECASE)
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")


def _variant_key(text: str) -> tuple[str, ...]:
    """A name's words with the choices of its transliteration left out: a letter doubled or not, the Arabic
    article and the linking vowel of a compound ("Abdel-Fattah el-Sissi" and "Abdel Fattah al-Sisi",
    "Mazar-e-Sharif" and "Mazar-i-Sharif" have one key)."""
    text = _HYPHENED_ARTICLE.sub("", _LINKING_VOWEL.sub("-", text))
    return tuple(_DOUBLED_LETTER.sub(r"\1", w) for w in _name_key(text).split())


def _merge_variant_spellings(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A person or a place of two words or more that reports spell apart only by a doubled letter, the
    Arabic article ("al-"/"el-") or a linking vowel ("-e-"/"-i-") is one, when each spelling names one
    entity of that kind and no report writes both (its writer would have told two names apart)."""
    spellings: dict[tuple[str, tuple[str, ...]], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    articles: dict[str, set[str]] = defaultdict(set)  # spelling -> the reports writing it
    for i in named:
        m = mentions[i]
        if m.kind not in (PERSON, PLACE) or not _name_key(m.text):
            continue
        key = _variant_key(m.text)
        if len(key) < 2 or sum(map(len, key)) < VARIANT_MIN_LETTERS:
            continue
        spelling = _name_key(m.text)
        spellings[m.kind, key][spelling].add(uf.find(i))
        articles[spelling].add(m.article)
    for by_spelling in spellings.values():
        if len(by_spelling) < 2 or any(len(roots) != 1 for roots in by_spelling.values()):
            continue
        if any(articles[a] & articles[b] for a, b in itertools.combinations(sorted(by_spelling), 2)):
            continue
        roots = sorted(next(iter(roots)) for roots in by_spelling.values())
        for r in roots[1:]:
            uf.union(roots[0], r)


_VOWELS = frozenset("aeiou")


def _merge_vowel_variants(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A place of two words or more that reports spell apart only by one vowel of one word ("Nabi Saleh" and "Nebi
    Saleh", two transliterations) is one, when each spelling names one place (read as a place's, or following a
    settlement's noun: "the village of Nebi Saleh", whatever the tagger made of it), the gazetteer knows one spelling
    at most, and no report writes both (its writer would have told two places apart). Not people: "Jon Roe" and "Jan
    Roe" are two."""
    uses: dict[str, list[int]] = defaultdict(list)  # spelling -> its mentions
    for i in named:
        spelling = _name_key(mentions[i].text) if mentions[i].kind != ORG else ""
        if len(spelling.split()) >= 2 and len(spelling) >= VARIANT_MIN_LETTERS:
            uses[spelling].append(i)
    spellings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for spelling, members in uses.items():
        found = [mentions[i] for i in members]
        # Most spellings are people's, no mention of them a place's: no kinds to count.
        placed = any(m.kind == PLACE for m in found) and _usual_kinds(found).get(found[0].text) == PLACE
        if not placed and not _named_settlement(found, paragraphs):
            continue
        words = spelling.split()
        for k, word in enumerate(words):
            for n, letter in enumerate(word):
                if letter in _VOWELS:
                    spellings[(*words[:k], f"{word[:n]}*{word[n + 1:]}", *words[k + 1 :])].append(spelling)
    places = gazetteer().places
    for pair in spellings.values():
        if len(pair) != 2:
            continue
        ends = [{uf.find(i) for i in uses[spelling]} for spelling in pair]
        reports = [{mentions[i].article for i in uses[spelling]} for spelling in pair]
        if (any(len(roots) != 1 for roots in ends) or reports[0] & reports[1]
                or all(_surface(mentions[uses[spelling][0]].text) in places for spelling in pair)):
            continue
        uf.union(ends[0].pop(), ends[1].pop())


def _merge_swapped_full_names(mentions: list[Mention], persons: list[int], uf: _UnionFind) -> None:
    """Two full names of one report with the same given name and surnames of six letters or more that differ
    only by two neighbouring letters swapped are one person, the surname mistyped ("Eric Dartell" and "Eric
    Drattell", a witness a report quotes twice)."""
    # (report, given name, the surname's letters in order) -> each spelling of the surname -> a mention of it
    spellings: dict[tuple[str, str, str], dict[str, int]] = defaultdict(dict)
    for i in persons:
        parts = _person_parts(mentions[i].text)
        if len(parts) == 2 and len(parts[1]) >= 6:
            spellings[(mentions[i].article, parts[0], "".join(sorted(parts[1])))].setdefault(parts[1], i)
    for found in spellings.values():
        # Two spellings with the same letters, one edit apart: two neighbouring letters swapped.
        if len(found) == 2:
            (a, i), (b, j) = sorted(found.items())
            if _one_edit(a, b):
                uf.union(i, j)


# A place under two names, a hyphen or a slash between them: "Aoraki-Mount Cook", "Aoraki / Mt Cook".
_DUAL_NAME = re.compile(r"([A-Z][\w']+)(?:-| / )([A-Z][\w'.]*(?: [A-Z][\w'.]*)+)")


def _merge_dual_names(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A place the dossier also names by two names joined ("Aoraki-Mount Cook National Park",
    "Aoraki / Mt. Cook", a name in the local language and the English one) is the place of the second
    name, under either and both ("Aoraki Mount Cook", "Aoraki"). The second name has two words or
    more and is a place of the dossier on its own, so that "Guinea-Bissau" stays apart from Bissau."""
    duals: list[tuple[str, str]] = []  # (first name, second name's key)
    for i in named:
        m = mentions[i]
        if m.kind != PLACE or ("-" not in m.text and _text_after(m, paragraphs, 3) != " / "):
            continue  # the common case, decided before any key is built; "Trump-North Korea talks" name no place
        # "Aoraki / Mt. Cook National Park" is read as two names, the slash between them
        dual = _DUAL_NAME.match(m.text if "-" in m.text else m.text + _text_after(m, paragraphs, 60))
        if dual and _surface(m.text) not in gazetteer().places and dual.group(1) not in gazetteer().places:
            second = _place_key(dual.group(2))
            if len(second.split()) >= 2:
                duals.append((_name_key(dual.group(1)), second))
    if duals:  # a person's name before the hyphen is no second name of the place ("Trump-North Korea")
        people = {w for m in mentions if m.kind == PERSON for w in _name_key(m.text).split()}
        duals = [(first, second) for first, second in duals if first not in people]
    if not duals:
        return
    heads = {second.rsplit(" ", 1)[-1] for _, second in duals}
    places: dict[str, int] = {}  # a place's key -> a mention of it (a key costs: only names that may match)
    for i in named:
        if mentions[i].kind == PLACE and heads & {
                SPELLING_VARIANTS.get(w, w) for w in _name_key(mentions[i].text).split()}:
            places.setdefault(_place_key(mentions[i].text), i)
    aliases: dict[str, set[int]] = defaultdict(set)  # first name, or both names -> the second name's mentions
    for first, second in duals:
        if second in places:
            target = uf.find(places[second])
            aliases[first].add(target)
            aliases[f"{first} {second}"].add(target)
    firsts = {first for first, _ in duals}
    for i in named:
        key = _name_key(mentions[i].text)
        # The first name alone only where read as a place; with the second, whatever its kind ("Aoraki
        # Mount Cook" in a heading)
        if (mentions[i].kind == PLACE or (mentions[i].kind == OTHER and " " in key)) and key.split(" ", 1)[0] in firsts:
            targets = aliases.get(_place_key(mentions[i].text), set())
            if len(targets) == 1:
                uf.union(next(iter(targets)), i)


# The country after a city: "in Berne, Switzerland".
_COUNTRY_AFTER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)*)")


def _merge_misspelt_cities(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A city the gazetteer does not know, followed by its country ("in Berne, Switzerland"), is the
    one city of that country one letter from it ("Bern") when the dossier names that city too: an
    older or foreign spelling, or a typing error."""
    places = gazetteer().places
    found: list[tuple[int, str]] = []  # (mention, the city it is spelt for)
    for i in named:
        m = mentions[i]
        if m.kind != PLACE or " " in m.text or len(m.text) < 4 or _surface(m.text) in places:
            continue
        after = _COUNTRY_AFTER.match(_text_after(m, paragraphs, 40))
        country = places.get(after.group(1).rstrip(".")) if after else None
        if country in gazetteer().countries:
            name = _surface(m.text)
            near = [c for c in gazetteer().cities.get(country, ()) if c[0] == name[0] and _one_edit(c, name)]
            if len(near) == 1:
                found.append((i, near[0]))
    if not found:
        return
    cities = {city for _, city in found}
    keys: dict[str, int] = {}
    for i in named:  # (a place's key costs: only for the names that hold a city's)
        if mentions[i].kind == PLACE and any(city in mentions[i].text for city in cities):
            keys.setdefault(_place_key(mentions[i].text), i)
    for i, city in found:
        if (known := keys.get(_place_key(city))) is not None:
            uf.union(known, i)


# Lower-case words long enough to say what a passage is about ("refinery", "customers"), not how it is put
_TOPIC_WORD = re.compile(r"\b[a-z]{5,}\b")
MISSPELT_MIN_LETTERS = 6  # a shorter name one letter from another is as likely another name ("Acme"/"Acne")
MISSPELT_SHARED_WORDS = 3  # the topic words both spellings' paragraphs must share


def _merge_misspelt_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """One body under two spellings, one letter apart ("Globex" and "Globax", a typing error of one
    outlet's; "Energia" and "Energiya", two outlets' transliterations): both read as organisations, or one as an
    organisation and the other of no kind when no article writes both (one report spelling two bodies so is
    telling two apart), the differing word of six letters or more with the same first and last letters, neither
    spelling a place, an institution or a given name the lists know, and their paragraphs about the same things
    (``MISSPELT_SHARED_WORDS`` topic words in common)."""
    first: dict[str, int] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    topics: dict[str, set[str]] = defaultdict(set)
    for i in named:
        m = mentions[i]
        first.setdefault(m.text, i)
        articles[m.text].add(m.article)
    voted = _usual_kinds(mentions[i] for i in named)
    bodies = sorted(text for text, kind in voted.items() if kind in (ORG, OTHER)
                    and not _is_acronym(text) and not any(_known_word(word) for word in text.split()))
    # Two spellings one word apart have as many words, the same first letter and the same last letter (of the
    # differing word or of the last word they share): only names alike in these are compared, in the order of
    # their shape (words, first letter), then of their spelling.
    by_shape: dict[tuple[int, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for text in bodies:
        words = text.split()
        by_shape[len(words), text[0]][words[-1][-1]].append(text)
    pairs = [(a, b) for shape in by_shape.values()
             for a, b in sorted((a, b) for group in shape.values() for k, a in enumerate(group) for b in group[k + 1 :])
             if ORG in (voted[a], voted[b]) and (voted[a] == voted[b] or not articles[a] & articles[b])
             and _one_word_misspelt(a.split(), b.split())]
    if not pairs:
        return
    for i in named:
        m = mentions[i]
        if any(m.text in pair for pair in pairs):
            topics[m.text] |= set(_TOPIC_WORD.findall(paragraphs[m.article][m.paragraph])) - FUNCTION_WORDS
    for a, b in pairs:
        if len(topics[a] & topics[b]) >= MISSPELT_SHARED_WORDS:
            uf.union(first[a], first[b])


def _known_word(word: str) -> bool:
    """A word the place gazetteer, the institutions' or the given names' list holds."""
    return word in gazetteer().places or word in INSTITUTIONS or word in given_names()


def _one_word_misspelt(a: list[str], b: list[str]) -> bool:
    """Two names alike but for one word, one letter apart and of ``MISSPELT_MIN_LETTERS`` or more,
    its first and last letters the same in both ("Globex Power"/"Globax Power")."""
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return (min(len(x), len(y)) >= MISSPELT_MIN_LETTERS and x[0] == y[0] and x[-1] == y[-1]
            and x.isalpha() and y.isalpha() and _one_edit(x, y))


def _match_key(m: Mention) -> str:
    """A name's spelling for matching, whatever kind its context gave it ("Betty Ford Centre" a place
    in one report is the "Betty Ford Center" organisation of another): a place's gazetteer form or
    region word dropped where they apply ("DPRK", "Kursk region"), else the organisation's key (for a
    body named by what it is, "... Commission", words before it in the singular)."""
    return _text_match_key(m.text, m.kind == PLACE)


@functools.lru_cache(maxsize=100_000)  # asked for every mention: names recur across the dossier
def _text_match_key(text: str, place: bool) -> str:
    text = BODY_SHORT_FORMS.get(text, text)  # "FB" is "Facebook"
    # A known place's form read as another kind's matches the place by its gazetteer form too: "Cologne" the
    # tagger took for a body is the "Cologne" it took for the place (whose gazetteer form is "Köln").
    if place or _surface(text) in gazetteer().places:
        key = _place_key(text)
        if key != _name_key(_surface(text)):
            return key
    if _surface(text).replace("-", " ").split()[-1] in ORG_CUES:  # "Vell Times-News" is the "Vell Times News"
        return _singular_key(_org_key(text))
    return _org_key(text)


@functools.lru_cache(maxsize=100_000)
def _singular_key(key: str) -> str:
    """An organisation's key with its words before the last in the singular: the "Central Elections
    Commission" is the "Central Election Commission"."""
    words = key.split()
    return " ".join([w[:-1] if len(w) > 3 and _plural(w) else w for w in words[:-1]] + words[-1:])


def _two_people(a: set[tuple[str, tuple[str, ...]]], b: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Two groups of (article, full name) that name two people: some full name of one and some of
    the other differ in surname ("Charlie Bell", "Charlie Hodgson") or in their given name's
    initial ("Gordon Brown", "Steve Brown"). "Mo Cheeks" and "Maurice Cheeks" may be one man, and
    so may "Vincent Del Giudice" and "Vincent Delgiudice", or "Kurbanguli" and "Gurbanguli"
    Berdimuhamedov (one letter apart, transliterated)."""
    return any(not _may_be_one_person(x, y) for _, x in a for _, y in b)


def _may_be_one_person(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    surname = x[-1] == y[-1] or "".join(x[1:]) == "".join(y[1:])
    given = x[0][0] == y[0][0] or (min(len(x[0]), len(y[0])) >= 5 and _one_edit(x[0], y[0]))
    return surname and given


def _merge_org_short_forms(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone unknown word joins the one organisation of its article named by that word and a cue
    ("Hofstra" for "Hofstra University") or by a particle and that word ("Vekra" for "Al Vekra"), and so do the
    words before a longer name's cue ("Common Sense" for
    "Common Sense Media"). A word that is also a person's name in the dossier stays
    apart: "Trump" is not the "Trump Foundation"; so do initials, which name the parent body of
    what they open: "UN" is not the "UN Security Council" nor the "UN Relief and Works Agency"; and
    so does a place: "in Dunmore" is not the "Dunmore Police", and neither is "the Capitol" the
    "Capitol Police" (``SERVICE_CUES``), nor "the US Pacific territory" the "US Pacific Command"; nor is a
    body its organ: "Likud" is not the "Likud Central Committee" (``ORGAN_CUES``); nor a city the paper named after
    it: "Detroit" is not the "Detroit Free Press" (``PUBLICATION_HEADS``)."""
    by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    particled: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    cues = ORG_CUES - SERVICE_CUES - ORGAN_CUES
    for i in named:
        words = _surface(mentions[i].text).split()
        if (mentions[i].kind == ORG and len(words) >= 2 and words[-1] in cues
                and not (words[-1] in PUBLICATION_HEADS and words[0] in gazetteer().places)):  # "Detroit": the city
            by_article[mentions[i].article][words[0]].add(i)
            if len(words) >= 3:  # "Common Sense" for "Common Sense Media"
                by_article[mentions[i].article][" ".join(words[:-1])].add(i)
        if mentions[i].kind == ORG and len(words) == 2 and words[0].lower() in NAME_PARTICLES and not _is_acronym(
                words[0]):  # not "LA Times"
            particled[mentions[i].article][words[1]].add(i)  # "Vekra" for "Al Vekra": the article dropped
    _merge_lone_heads(mentions, named, uf, paragraphs)
    if not by_article and not particled:
        return
    person_words = {w for i in persons for w in _surface(mentions[i].text).split()}
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        # The tagger reads a lone "Vekra" as a person's surname as often as the group's: the particle's form decides.
        particle = m.kind == PERSON and word in particled[m.article]
        if ((m.kind in (PERSON, PLACE) and not particle) or word in person_words or word in given_names()
                or _is_acronym(word) or _places_run_together(word)
                or _word_before(m, paragraphs) == "in"):  # the word before last: the slowest
            continue
        found = by_article[m.article].get(word, set()) | particled[m.article].get(word, set())
        candidates = {uf.find(r) for r in found}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


def _merge_lone_heads(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "the Academy" is the one body of the dossier whose name ends in "Academy" ("the Tamber Academy"); with two
    such bodies it is neither (``LONE_BODY_HEADS``)."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == ORG and len(words) >= 2 and words[-1] in LONE_BODY_HEADS:
            bodies[words[-1]].add(i)
    for i in named:
        m = mentions[i]
        if m.text in bodies and _word_before(m, paragraphs).lower() == "the":
            candidates = {uf.find(r) for r in bodies[m.text]}
            if len(candidates) == 1:
                uf.union(i, candidates.pop())


_COMPANY_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(COMPANY_NOUNS_AFTER)) + r")\b")
_BODY_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(BODY_NOUNS_AFTER)) + r")\b")


def _merge_town_named_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone word read as a place that the gazetteer knows as no country, state, city or large place, and that its
    article also writes at the head of one body's longer name, is that body's short name where the article has it
    say or employ something as only a body does, and never puts anything in it: "the Vell spokesman", "Vell
    executives" beside "Vell Air Lines" (not "Vell" beside the "Vell Advertiser" in a report of what happened "in
    Vell"). Nor is a place a body that serves it or is its school, hospital or council ("Vell Police", "Vell
    College": ``SERVICE_CUES``, ``BODY_HEADS``)."""
    gaz = gazetteer()
    bodies: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if (mentions[i].kind == ORG and len(words) >= 2 and words[-1] not in SERVICE_CUES | ORGAN_CUES | BODY_HEADS
                and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)):
            bodies[(mentions[i].article, words[0])].add(i)
    if not bodies:
        return
    named_set = set(named)
    uses: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if (m.article, _surface(m.text)) in bodies:
            uses[(m.article, _surface(m.text))].append(i)
    for key, found in uses.items():
        word = key[1]
        if (word in gaz.big_places or word in gaz.cities or gaz.places.get(word) in gaz.countries | gaz.states
                or any(_word_before(mentions[i], paragraphs) in LOCATIVE_PREPOSITIONS for i in found)
                or not any(_BODY_NOUN_AFTER.match(_text_after(mentions[i], paragraphs, 30)) for i in found)):
            continue
        roots = {uf.find(r) for r in bodies[key]}
        if len(roots) != 1:
            continue
        root = roots.pop()
        for i in found:
            if mentions[i].kind == PLACE and i in named_set:
                uf.union(i, root)
                mentions[i].kind = ORG  # the gazetteer's town made the tagger read it as a place


_ROLE_AT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r") at $")  # "the head coach at Vell"


def _merge_employers(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone word read as a place, after a role noun and "at" ("the head coach at Vell", "a professor at Vell"),
    that the gazetteer knows as no place (a town at most), is the one body of the dossier whose name it opens
    ("Vell University"): the employer, written short, where every use of it is so cued. A place of the gazetteer
    ("a coach at Alabama") stays one."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == ORG and len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
            bodies[words[0]].add(i)
    if not bodies:
        return
    members: dict[int, list[int]] = defaultdict(list)
    for i in named:
        members[uf.find(i)].append(i)
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        if (m.kind != PLACE or word not in bodies or word in gazetteer().places or uf.find(i) in bodies[word]
                or not _cue_before(_ROLE_AT_BEFORE, m, paragraphs[m.article][m.paragraph])):
            continue
        # Every use of it so cued: "moved to Vell" in another report is the town
        if not all(_cue_before(_ROLE_AT_BEFORE, mentions[j], paragraphs[mentions[j].article][mentions[j].paragraph])
                   for j in members[uf.find(i)]):
            continue
        roots = {uf.find(r) for r in bodies[word]}
        if len(roots) == 1:
            uf.union(i, roots.pop())
            m.kind = ORG


def _merge_feature_short_forms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A natural feature's name without its last word ("the Pacific") is the feature ("the Pacific Ocean") where a
    report writes both, or where another report writes the short name after "the", as a feature's is ("the Rhine"
    beside another's "Rhine River"; not "Black" beside the "Black Sea"); not a country's or a state's name
    ("Mississippi" beside the "Mississippi River"). So is a lodging's name without "Hotel", "Resort" or "Casino"
    ("the Vell Bay" beside the "Vell Bay Resort"), unless the short name is a place's the gazetteer knows ("Paris"
    beside the "Paris Hotel")."""
    gaz = gazetteer()
    features: dict[str, set[int]] = defaultdict(set)
    lodgings: set[str] = set()
    joined: set[str] = set()  # the short names that joined their feature
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == PLACE and len(words) >= 2 and words[-1] in FEATURE_WORDS | LODGING_WORDS:
            features[" ".join(words[:-1])].add(i)
            if words[-1] in LODGING_WORDS:
                lodgings.add(" ".join(words[:-1]))
    for i in named:
        m = mentions[i]
        name = _surface(m.text)
        if (m.kind not in (PLACE, OTHER) or name not in features or name in gaz.cities
                or gaz.places.get(name) in gaz.countries | gaz.states or name in lodgings and name in gaz.places):
            continue
        if _word_before(m, paragraphs) != "the" and all(mentions[r].article != m.article for r in features[name]):
            continue
        roots = {uf.find(r) for r in features[name]}
        if len(roots) == 1:
            uf.union(i, roots.pop())
            joined.add(name)
    # The short name's uses are the feature's, whatever the tagger made of them ("the Yangtze" read as a body's)
    for i in named:
        name = _surface(mentions[i].text)
        if name in joined and uf.find(i) == uf.find(min(features[name])):
            mentions[i].kind = PLACE


def _places_run_together(text: str) -> bool:
    """Places the gazetteer knows, one after another: "the US Pacific territory" says where, and is no
    short name of the "US Pacific Command"."""
    words = _SPACED_DOTS.sub(r"\1.", text).split()
    return len(words) >= 2 and all(w in gazetteer().places for w in words)


def _merge_place_prefixed_orgs(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A place followed by a name ("Indianapolis Colts", "Boston Globe") is also called by the name
    alone ("the Colts"): a lone organisation word joins the one such organisation of the dossier, or the one its own
    report names where the dossier has several. A common head of bodies' names or initials in another report is the
    country's own body ("the House" beside "the U.S. House"), not a town's or a state's: "the House" of a report
    that never names "Cordoba House" is the chamber, "the GOP" not the "Michigan GOP" (``COMMON_BODY_HEADS``)."""
    gaz = gazetteer()
    places = gaz.places
    by_name: dict[str, set[int]] = defaultdict(set)
    national: set[int] = set()  # the names after a country
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind not in (ORG, OTHER):
            continue
        # The longest place before the name: "New Orleans Saints", "Boston Red Sox" (of unknown kind where the
        # tagger said MISC). A name of several words after a country's is the country's body, which other rules join
        # ("U.S. Air Force" is not the "Air Force" of a report about Britain).
        place = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in places), None)
        if place is not None and (len(place.split()) == len(words) - 1 or places[place] not in gaz.countries):
            by_name[" ".join(words[len(place.split()):])].add(i)
            if places[place] in gaz.countries:
                national.add(i)
    if not by_name:
        return
    articles = _reports_by_root(mentions, named, uf)
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        # A name of several words with a body's head is a country's body as often as a place's: "the Republican
        # Party" of a report that names the "Wisconsin Republican Party" too, "Department of Health"
        if ((m.kind in (ORG, OTHER) or (m.kind == PLACE and word not in places)) and word in by_name
                and not (" " in word and set(word.split()) & BODY_HEADS)):
            found = by_name[word]
            if word in COMMON_BODY_HEADS or _is_acronym(word):
                found = {r for r in found if r in national or m.article in articles[uf.find(r)]}
            roots = {uf.find(r) for r in found}
            if len(roots) > 1:  # "the Zoo" of a report naming one of the dossier's zoos
                roots = {r for r in roots if m.article in articles[r]}
            if len(roots) == 1:
                _union_reports(uf, articles, i, roots.pop())


def _reports_by_root(mentions: list[Mention], named: list[int], uf: _UnionFind) -> dict[int, set[str]]:
    """The reports naming each name of ``named``, by its root: which report's thing a lone word or initials stand
    for where the dossier has several."""
    reports: dict[int, set[str]] = defaultdict(set)
    for i in named:
        reports[uf.find(i)].add(mentions[i].article)
    return reports


def _union_reports(uf: _UnionFind, reports: dict[int, set[str]], i: int, root: int) -> None:
    """Join mention ``i`` to the name at ``root``, ``reports`` (``_reports_by_root``) kept that of the joined name."""
    joined = reports[uf.find(i)] | reports[root]
    uf.union(i, root)
    reports[uf.find(i)] = joined


def _makers(mentions: Iterable[Mention]) -> frozenset[str]:
    """The one-word names of bodies among ``mentions`` that may make a thing ("Zorvex"): not initials or a place,
    which say whose a body is ("UN Security Council", ``_merge_owned_bodies``)."""
    return frozenset(name for m in mentions if m.kind == ORG and " " not in (name := _surface(m.text))
                     and not _is_acronym(name) and name not in gazetteer().places)


def _merge_product_variants(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A thing's name of two or more words is the same thing written with a generic noun after it ("the Vell Mark
    Rocket", ``PRODUCT_HEAD_NOUNS``) or with its maker's one-word name before it ("Zorvex Vell Mark", where the
    dossier names the body "Zorvex"), when the same report also writes the name alone. One word left is too
    little: "Zorvex car" is no name of the body "Zorvex"."""
    makers = _makers(mentions[i] for i in named)
    by_name: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in named:
        if mentions[i].kind in (ORG, OTHER) and " " in (name := _surface(mentions[i].text)):
            by_name[(mentions[i].article, name)].add(uf.find(i))
    for i in named:
        m = mentions[i]
        words = _surface(m.text).split()
        if m.kind not in (ORG, OTHER) or len(words) < 3:
            continue
        shorter = [words[:-1]] if words[-1].lower() in PRODUCT_HEAD_NOUNS else []
        if words[0] in makers:
            shorter.append(words[1:])
        for name in shorter:
            roots = {uf.find(r) for r in by_name.get((m.article, " ".join(name)), ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _country_words(words: list[str]) -> int:
    """How many first words of a name are a country's name ("U.S.", "United States"), 0 if none."""
    places = gazetteer().places
    return next((n for n in (3, 2, 1) if len(words) > n and places.get(" ".join(words[:n])) in gazetteer().countries),
                0)


def _without_country(name: str) -> str:
    """A body's name of two words or more after its country's ("Fish and Wildlife Service" of the "U.S. Fish and
    Wildlife Service"), else ""."""
    words = _SPACED_DOTS.sub(r"\1.", name).split()
    rest = words[_country_words(words):]
    return " ".join(rest) if len(rest) < len(words) and len(rest) >= 2 and rest[0][:1].isupper() else ""


def _merge_national_bodies(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body named with its country ("the U.S. Fish and Wildlife Service") is the body the dossier
    also names without it ("the Fish and Wildlife Service"), when some report names it both ways and
    no other country's body of that name is in the dossier. Only a name of three words or more, one
    that names a body of its own: a "Foreign Ministry" or "Supreme Court" without its country may
    be any country's."""
    places = gazetteer().places
    bodies: dict[str, set[int]] = defaultdict(set)  # a body's key -> roots of it without a country
    national: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # key -> country -> roots
    articles: dict[tuple[str, bool], set[str]] = defaultdict(set)  # (key, with a country?) -> reports
    for i in named:
        if mentions[i].kind != ORG:
            continue
        words = _SPACED_DOTS.sub(r"\1.", _surface(mentions[i].text)).split()
        if words[-1] not in ORG_CUES:
            continue
        country = _country_words(words)
        rest = words[country:]
        if len(rest) < 3 or not rest[0][:1].isupper():
            continue
        key = _org_key(" ".join(rest))
        articles[(key, bool(country))].add(mentions[i].article)
        if country:
            national[key][places[" ".join(words[:country])]].add(uf.find(i))
        else:
            bodies[key].add(uf.find(i))
    for key, countries in national.items():
        roots = {uf.find(r) for r in bodies.get(key, ())}
        if len(countries) == 1 and len(roots) == 1 and articles[(key, True)] & articles[(key, False)]:
            for r in next(iter(countries.values())):
                uf.union(next(iter(roots)), r)


_ROLE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b")


def owner_words(words: list[str], bodies: set[str] | frozenset[str]) -> bool:
    """Words that say whose a body is: a place ("US"), its people ("South Korean"), initials ("UN")
    or a body of the dossier ("United Nations")."""
    text = " ".join(words)
    return (text in gazetteer().places or (len(words) <= 2 and words[-1] in gazetteer().demonyms)
            or (len(words) == 1 and _is_acronym(text)) or _org_key(text) in bodies)


def body_keys(entities: Iterable[Entity]) -> frozenset[str]:
    """Every name of the bodies among ``entities``, as ``owner_words`` looks them up."""
    return frozenset(_org_key(name) for e in entities if e.kind == ORG for name in (e.name, *e.aliases))


def _merge_owned_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A body named without its owner ("the Security Council", "the State Department") is the one body
    of the dossier named with an owner and those words ("the UN Security Council", "the US State
    Department"), where some report names it both ways: alone in other reports it may be another owner's
    ("the National Security Council" of one country, "the Israel National Security Council"). With two
    owners' ("Chinese Foreign Ministry", "Japanese Foreign Ministry") it may be either and stays apart; a
    longer name that is no owner's ("National Security Council") is another body, and so is a name run into
    a title ("NPR White House correspondent Jo Roe": the outlet's beat). A nation's body ("Vellish Labor Party") is
    also the bare name of the reports that name no other country more than that nation (one report's "Labor Party"
    in a story about Vellia), or name no country at all, where one names it first ("the Vellish Air Force" in one
    report, "the Air Force" in another). The bare name may be read as a name of no kind ("the G League", a
    league, beside the "NBA G League")."""
    bodies = {_org_key(mentions[i].text) for i in named if mentions[i].kind == ORG}
    main_country = _main_countries(mentions)
    naming_countries = {m.article for m in mentions if m.kind == PLACE and _country_of(_surface(m.text).split())}
    owned: dict[str, set[int]] = defaultdict(set)  # the words after the owner's -> roots
    owner_countries: dict[str, set[str | None]] = defaultdict(set)  # the words after the owner's -> its countries
    bare: dict[str, list[int]] = defaultdict(list)
    by_country: dict[tuple[str, str], list[int]] = defaultdict(list)  # (those words, a country) -> its mentions
    reports: dict[tuple[str, bool], set[str]] = defaultdict(set)  # (those words, with an owner?) -> reports
    for i in named:
        if mentions[i].kind not in (ORG, OTHER):
            continue
        words = _SPACED_DOTS.sub(r"\1.", _surface(mentions[i].text)).split()
        if len(words) < 2 or not (words[-1] in ORG_CUES or _head_before_of(words)):
            continue
        owner = next((n for n in range(len(words) - 2, 0, -1) if owner_words(_unpossessed(words[:n]), bodies)), 0)
        if owner and mentions[i].kind != ORG:
            continue
        if owner and _ROLE_NOUN_AFTER.match(_text_after(mentions[i], paragraphs, 30)):
            continue
        key = _org_key(" ".join(words[owner:]))
        possessor = None if owner else _POSSESSOR_BEFORE.search(_text_before(mentions[i], paragraphs, 40))
        country = _country_of(_unpossessed(words[:owner])) if owner else _possessing_country(possessor)
        if possessor and not country:
            continue  # "the Women's Tennis Association": a longer name's end, or someone's body, no country's
        if owner or (country and mentions[i].kind == ORG):
            owned[key].add(uf.find(i))
            owner_countries[key].add(country)
            if country:
                by_country[(key, country)].append(i)
        elif words[0][:1].isupper():
            bare[key].append(i)
        reports[(key, bool(owner or country))].add(mentions[i].article)
    for members in by_country.values():  # "South Korea's Defense Ministry" is the "South Korean Defense Ministry"
        for i in members[1:]:
            uf.union(members[0], i)
    told: dict[str, set[str]] = {}  # a report -> the countries it names (``_countries_told``), read when asked
    for key, members in bare.items():
        roots = {uf.find(r) for r in owned.get(key, ())}
        countries = owner_countries[key]
        national = len(countries) == 1 and None not in countries and (all(
            main_country.get(mentions[i].article) in countries or mentions[i].article not in naming_countries
            for i in members) and any(main_country.get(mentions[i].article) in countries for i in members) or all(
            countries <= told.setdefault(mentions[i].article, _countries_told(paragraphs[mentions[i].article]))
            for i in members))
        if len(roots) == 1 and (reports[(key, True)] & reports[(key, False)] or national):
            root = roots.pop()
            for i in members:
                uf.union(i, root)


def _unpossessed(words: list[str]) -> list[str]:
    """Words without the "'s" of the last: "Vellia's" is "Vellia" owning the body after it."""
    return [*words[:-1], _POSSESSIVE_END.sub("", words[-1])] if words else words


# A name of three capitalised words or fewer with a possessive, right before a mention: "Vellia's [Defence Ministry]".
_POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*)['’]s $")


def _possessing_country(possessor: re.Match | None) -> str | None:
    """The country whose possessive ``_POSSESSOR_BEFORE`` found ("South Korea's "), if any."""
    words = possessor.group(1).split() if possessor else []
    return next((c for n in (3, 2, 1) if len(words) >= n and (c := _country_of(words[-n:]))), None)


_TOLD_WORD = re.compile(r"[\w.'’-]+")
_POSSESSIVE_END = re.compile(r"['’]s$")


def _countries_told(paragraphs: list[str]) -> set[str]:
    """The countries a report names, by name or by its people's adjective ("Vellish troops", "Vellia's army"). A
    word's possessive and a sentence's full stop are no part of it; the full stops of initials are ("U.S.")."""
    words = [_POSSESSIVE_END.sub("", w) for p in paragraphs for w in _TOLD_WORD.findall(p)]
    words = [w[:-1] if w.endswith(".") and w.count(".") == 1 else w for w in words]
    return {country for k in range(len(words)) for n in (1, 2)
            if words[k][:1].isupper() and (country := _country_of(words[k : k + n]))}


def _head_before_of(words: list[str]) -> bool:
    """A body's name with its head before "of" ("Ministry of Defence", the "Defence Ministry")."""
    return any(word.lower() in INVERTIBLE_BODY_HEADS and after == "of"
               for word, after in zip(words, words[1:], strict=False))


def _merge_paper_short_names(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "the Times" is the paper its report named in full before it ("according to the Los Angeles Times", then
    "according to the Times"), where every paper of that report named so far ending in that word is one
    (``PAPER_HEADS``). The dossier's lone "Times" are one name by then: it joins a paper only where each of them
    follows that paper; one that follows another paper, or none, may be another paper, and all stay apart."""
    named_so_far: dict[tuple[str, str], set[int]] = defaultdict(set)  # (report, head) -> papers named so far
    followed: dict[int, set[int | None]] = defaultdict(set)  # a lone head's root -> the papers its mentions follow
    for i in sorted(named, key=lambda i: (mentions[i].article, mentions[i].paragraph, mentions[i].start)):
        m = mentions[i]
        words = _surface(m.text).split()
        if m.kind != ORG or not words or words[-1] not in PAPER_HEADS:
            continue
        if len(words) >= 2:
            named_so_far[(m.article, words[-1])].add(i)
            continue
        papers = {uf.find(r) for r in named_so_far.get((m.article, words[0]), ())}
        one = papers.pop() if len(papers) == 1 and _word_before(m, paragraphs) == "the" else None
        followed[uf.find(i)].add(one)
    for root, papers in followed.items():
        if len(papers) == 1 and None not in papers:
            uf.union(root, papers.pop())


def _merge_alternate_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's or thing's names that ``BODY_ALTERNATE_NAMES`` or ``THING_ALTERNATE_NAMES`` give ("ISIS", "ISIL",
    "Islamic State"; "Obamacare", "Affordable Care Act") are one body's or thing's."""
    first: dict[frozenset[str], int] = {}  # a body's names -> its first mention
    for i in named:
        names = ALTERNATE_NAMES_OF.get(_surface(mentions[i].text))
        if names is not None and mentions[i].kind != PERSON:
            uf.union(first.setdefault(names, i), i)


CONNECTOR_VARIANT_MIN_WORDS = 4  # a shorter "Department for Education" and "Department of Education" are two nations'
_NAME_CONNECTORS = frozenset({"of", "for"})


def _merge_connector_variants(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's long name written with "for" where the dossier writes it with "of" ("International Committee for
    the Red Cross", "Institute of Fiscal Studies") is one body's, where each way is one body's and no report writes
    both (which would name two)."""
    roots: dict[tuple[str, str], set[int]] = defaultdict(set)  # (the name with "of" for its connector, connector)
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in named:
        words = _org_key(mentions[i].text).split()
        connectors = [w for w in words[1:-1] if w in _NAME_CONNECTORS]
        if mentions[i].kind != ORG or len(words) < CONNECTOR_VARIANT_MIN_WORDS or len(connectors) != 1:
            continue
        key = (" ".join("of" if w in _NAME_CONNECTORS else w for w in words), connectors[0])
        roots[key].add(uf.find(i))
        reports[key].add(mentions[i].article)
    for (name, connector), found in roots.items():
        written_of = (name, "of")
        if connector == "of" or written_of not in roots or reports[written_of] & reports[(name, connector)]:
            continue
        ends = {uf.find(r) for r in found}, {uf.find(r) for r in roots[written_of]}
        if all(len(end) == 1 for end in ends):
            uf.union(ends[0].pop(), ends[1].pop())


_AMPERSAND_PART = re.compile(r"(.+?) & [A-Z]")


def _merge_ampersand_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A name continued by "&" and a capitalised name ("Vell Zoo & Botanical Garden") is the long name of what its
    part before the "&" names, where its own report also uses that part alone ("the Vell Zoo"). The part must be a
    name of two words or more, no person's: a lone "Johnson" beside "Johnson & Johnson" may be anyone."""
    parts: dict[tuple[str, str], set[int]] = defaultdict(set)  # (report, name as a body's key) -> its mentions
    for i in named:
        if mentions[i].kind != PERSON and " " in _surface(mentions[i].text):
            parts[(mentions[i].article, _org_key(mentions[i].text))].add(i)
    for i in named:
        part = _AMPERSAND_PART.match(_surface(mentions[i].text))
        if mentions[i].kind == PERSON or not part or " " not in part.group(1):
            continue
        for j in parts.get((mentions[i].article, _org_key(part.group(1))), ()):
            uf.union(i, j)


def _country_of(words: list[str]) -> str | None:
    """The country that owner's words name, by its name or its people's adjective ("Vellish"), if any."""
    gaz = gazetteer()
    text = " ".join(words)
    country = gaz.places.get(text) or gaz.demonyms.get(text)
    return country if country in gaz.countries else None


def _main_countries(mentions: list[Mention]) -> dict[str, str]:
    """Each report's country it names as a place most often, when no other is named as often."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind == PLACE and (country := _country_of(_surface(m.text).split())):
            counts[m.article][country] += 1
    main: dict[str, str] = {}
    for article, named in counts.items():
        top = named.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            main[article] = top[0][0]
    return main


@functools.lru_cache(maxsize=100_000)
def _facility_base(text: str) -> str | None:
    """A facility's name without the words saying what kind of facility it is ("Betty Ford Treatment
    Center" -> "betty ford"), or None when it has none of them or nothing else. A place does not
    count as a base: the "Houston Treatment Center" and the "Houston Recovery Center" are two."""
    words = _surface(text).split()
    base = [w for w in words if w not in FACILITY_WORDS]
    if not base or len(base) == len(words) or " ".join(base) in gazetteer().places:
        return None
    return _name_key(" ".join(base))


def _merge_facilities(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """Names of one facility with and without words saying what kind it is: "Betty Ford Treatment
    Center" and "Betty Ford Center", "Morningside Recovery Center" and "Morningside Recovery"; and
    the bare name where a report speaks of being there ("back at Betty Ford", "checked into
    Morningside"), when the dossier has exactly one facility of that name and nothing else reads the
    bare name as someone (a title: "former first lady Betty Ford") or as something else (another
    spelling in the same entity). A place the dossier names before the name is where the facility is:
    "Malibu Promises Treatment Center" is the "Promises Treatment Center"."""
    places = {_name_key(m.text) for m in mentions if m.kind == PLACE}
    facilities: dict[str, set[int]] = defaultdict(set)
    for i in named:
        if mentions[i].kind in (ORG, PLACE, OTHER) and (base := _facility_base(mentions[i].text)):
            words = base.split()
            where = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in places), 0)
            facilities[" ".join(words[where:])].add(i)
    for members in facilities.values():
        first = min(members)
        for i in members:
            uf.union(first, i)
    if not facilities:
        return
    bare_roots = {uf.find(i) for i in named if _name_key(mentions[i].text) in facilities}
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in named:
        if uf.find(i) in bare_roots:
            clusters[uf.find(i)].append(i)
    for root, members in clusters.items():
        keys = {_name_key(mentions[i].text) for i in members}
        if (len(keys) == 1 and (key := keys.pop()) in facilities and _surface(mentions[members[0]].text)
                not in gazetteer().places and not any(mentions[i].role for i in members)
                and any(_word_before(mentions[i], paragraphs) in LOCATIVE_PREPOSITIONS for i in members)):
            uf.union(min(facilities[key]), root)


MAX_CLIPPED_BODY = 4  # "Met", "Fed": a longer word alone is a name of its own more often than a clipping


def _merge_clipped_bodies(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body called by the start of its first word ("the Met", "the Fed") is the one body of the dossier whose
    name opens with that word in full ("Metropolitan Police", "Federal Reserve"), at least twice as long."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = mentions[i].text.split(" ")
        if mentions[i].kind == ORG and len(words) > 1:
            for n in range(3, min(MAX_CLIPPED_BODY, len(words[0]) // 2) + 1):
                bodies[words[0][:n]].add(i)
    for i in named:
        text = mentions[i].text
        if (mentions[i].kind != ORG or not text.isalpha() or not text.istitle() or text in given_names()
                or text in gazetteer().places or text in TITLE_WORDS):
            continue
        candidates = {uf.find(r) for r in bodies.get(text, ())}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _merge_closed_up_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's name written closed up ("VellGroup") is the name written with spaces ("Vell Group") in the
    dossier, where only one fits."""
    spaced: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = mentions[i].text.split(" ")
        if mentions[i].kind in (ORG, OTHER) and len(words) > 1 and all(w[:1].isupper() for w in words):
            spaced["".join(words)].add(i)
    for i in named:
        m = mentions[i]
        if m.kind in (ORG, OTHER) and _CAMEL_CASE.fullmatch(m.text):
            candidates = {uf.find(r) for r in spaced.get(m.text, ())}
            if len(candidates) == 1:
                uf.union(i, candidates.pop())


def _merge_acronyms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "North Atlantic Treaty Organization (NATO)" and initials that fit exactly one name of the dossier, or one of its
    own report where several do ("WWF" beside the "World Wildlife Fund", though another report names a "World Wildlife
    Federation"), or else exactly one body of the same report named after its country ("FWS" of the "U.S. Fish and
    Wildlife Service")."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    # (report, initials of a body's name without its country) -> the bodies: weaker evidence than a whole name's
    # initials, so only in the report that names the body, and only where no whole name fits
    national_initials: dict[tuple[str, str], set[int]] = defaultdict(set)
    acronyms = []
    for i in named:
        m = mentions[i]
        is_acronym, initials = _initials_of(_surface(m.text))
        if is_acronym or m.kind == ORG and _MIXED_INITIALS.fullmatch(m.text):
            acronyms.append(i)
        elif m.kind in (ORG, PLACE, OTHER):
            # OTHER: "US Geological Survey" the tagger called MISC
            for key in initials:
                by_initials[key].add(uf.find(i))
            if m.kind == ORG and (body := _without_country(_surface(m.text))):
                national_initials[(m.article, acronym_of(body))].add(uf.find(i))
            if m.kind == ORG and initials and "-" in m.text:
                by_initials[acronym_of(_HYPHENATED_PART.sub(r"\1", _surface(m.text)))].add(uf.find(i))
            if _MIXED_INITIALS.fullmatch(mixed := _mixed_initials(_surface(m.text))):
                by_initials[mixed].add(uf.find(i))
    paragraph_mentions: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in named:
        paragraph_mentions[(mentions[i].article, mentions[i].paragraph)].append(i)
    for group in paragraph_mentions.values():
        for a, b in zip(group, group[1:], strict=False):
            ma, mb = mentions[a], mentions[b]
            text = paragraphs.get(ma.article)
            between = text[ma.paragraph][ma.end : mb.start] if text and ma.paragraph < len(text) else ""
            if (between == " (" and ma.kind == ORG and _is_acronym(mb.text)
                    and acronym_of(_surface(ma.text))[:1] == mb.text[:1]):
                uf.union(a, b)  # "Long Name (ACR)", "Mossack Fonseca (MF)"; not "Jane Doe (AFP)"
    report_roots = _reports_by_root(mentions, named, uf)  # for initials that fit two names
    for i in acronyms:
        if CODE_NUMBER_AFTER.match(_text_after(mentions[i], paragraphs, 12)):
            continue  # "SB 1062": a code's letters, which spell no body's name (not "Super Bowl")
        text = _surface(mentions[i].text).replace(".", "").replace(" ", "")
        candidates = {uf.find(r) for r in by_initials.get(text, ())
                      or national_initials.get((mentions[i].article, text), ())}
        if len(candidates) > 1:  # the initials' reports, all of them, name one of the bodies only
            reports = report_roots[uf.find(i)]
            candidates = {r for r in candidates if reports & report_roots[r]}
        if len(candidates) == 1:
            _union_reports(uf, report_roots, i, candidates.pop())
    _merge_spoken_acronyms(mentions, named, uf, by_initials)


MIN_SPOKEN_ACRONYM = 4  # shorter title-case words spell initials by chance ("Ali", "Ida")


def _merge_spoken_acronyms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, by_initials: dict[str, set[int]]
) -> None:
    """An acronym written as a word ("Nvatas", said as one) is the long form whose initials it spells ("National
    Vellish Academy of Tamber Arts and Sciences") where only one long form fits and one report names both, or the
    word is a body's wherever the dossier uses it (another report may spell the long form out)."""
    articles = _reports_by_root(mentions, named, uf)
    not_bodies = {_surface(mentions[i].text) for i in named if mentions[i].kind != ORG}  # some use is no body's
    for i in named:
        text = _surface(mentions[i].text)
        if (len(text) < MIN_SPOKEN_ACRONYM or not text.isalpha() or not text.istitle()
                or text in given_names() or text.lower() in ordinary_words()):
            continue
        candidates = {uf.find(r) for r in by_initials.get(text.upper(), ())
                      if text not in not_bodies or mentions[i].article in articles[uf.find(r)]}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


def _merge_spelled_prefixes(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body named with its parent's initials ("U.N. Security Council") is the body named with them spelled out
    ("United Nations Security Council"), where exactly one body of the dossier fits."""
    spelled: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    short: list[tuple[int, tuple[str, tuple[str, ...]]]] = []
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind != ORG or len(words) < 2:
            continue
        if _is_acronym(words[0]) and len(words[0].replace(".", "")) >= 2:
            short.append((i, (words[0].replace(".", ""), tuple(words[1:]))))
            continue
        for cut in range(2, len(words)):
            if all(word[:1].isupper() for word in words[:cut]):
                spelled["".join(word[0] for word in words[:cut]), tuple(words[cut:])].add(uf.find(i))
    for i, key in short:
        found = {uf.find(r) for r in spelled.get(key, ())}
        if len(found) == 1:
            uf.union(i, found.pop())


# Initials that keep a small word's in lower case: "TfL" of "Transport for London", "DfE" of "Department for
# Education". Their mix of cases is the body's own, unlike a word's ("McD", "iOS").
_MIXED_INITIALS = re.compile(r"[A-Z]+[a-z][A-Z]+")
# A title-case word's part after its hyphen: "-Operation" of "Co-Operation", which a body's initials may skip
# ("Organisation for Economic Co-Operation and Development": OECD) or keep ("Trans-Pacific Partnership": TPP);
# not after initials ("US-South Korea").
_HYPHENATED_PART = re.compile(r"\b([A-Z][a-z]+)-\w+")


def _mixed_initials(text: str) -> str:
    """The first letter of every word, in its own case: "Transport for London" -> "TfL"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w)


@functools.lru_cache(maxsize=100_000)  # asked for every mention: names recur across the dossier
def _initials_of(text: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a name is initials, and else the initials it may go by: of a name of two words or more,
    not all initials ("AM PDT" spells nothing)."""
    if _is_acronym(_SPACED_DOTS.sub(r"\1.", text)):
        return True, ()
    if " " not in text or all(_is_acronym(w) for w in text.split()):
        return False, ()
    initials = [acronym_of(text), acronym_of(_place_expanded(text))]  # "U.S. Geological Survey": USGS
    if text.endswith(" Police"):  # "New York Police" are the NYPD, its police department
        initials.append(acronym_of(text) + "D")
    return False, tuple(initials)


def _role_suffix_lengths(words: list[str]) -> range:
    """How many last words of a role name its holder: any ("Vell Gov.", "Gov."), but only the whole of a role once
    held ("former Vell Gov."), as "the governor" is not the former one."""
    return range(len(words), len(words) + 1) if words[0].lower() in ROLE_TIME_QUALIFIERS else range(1, len(words) + 1)


def _merge_roles(mentions: list[Mention], uf: _UnionFind) -> None:
    """ "the Secretary General" is the one person given that title, in the article or dossier."""
    holders_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    holders: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.role and not _is_role_only(m):
            words = m.role.split()
            for n in _role_suffix_lengths(words):
                suffix = " ".join(words[-n:]).lower()
                holders_by_article[m.article][suffix].add(uf.find(i))
                holders[suffix].add(uf.find(i))
    for i, m in enumerate(mentions):
        if not _is_role_only(m):
            continue
        role = m.role.lower() if m.role else ""
        candidates = holders_by_article[m.article].get(role) or holders.get(role) or set()
        candidates = {uf.find(r) for r in candidates}
        if len(candidates) == 1:
            uf.union(candidates.pop(), i)


def _apply_curation(
    clusters: list[list[Mention]], curation: Curation
) -> tuple[list[list[Mention]], dict[int, dict], list[str]]:
    """Apply the curator's entries; returns clusters, settings per cluster index, messages."""
    messages: list[str] = []

    def lookup(ref: str) -> int | None:
        key = _name_key(ref)
        slug = _slug(ref)
        for n, cluster in enumerate(clusters):
            if any(_name_key(m.text) == key for m in cluster) or _slug(_canonical(cluster)) == slug:
                return n
        return None

    settings: dict[int, dict] = {}
    for ref, entry in curation.entries.items():
        target = lookup(ref)
        if target is None:
            messages.append(f"curation: no entity matches '{ref}' in content/entities.yml")
            continue
        for other in entry.get("merge") or []:
            n = lookup(str(other))
            if n is None:
                messages.append(f"curation: '{ref}' merge: no entity matches '{other}'")
            elif n != target:
                clusters[target] += clusters[n]
                clusters[n] = []
        for alias in entry.get("aliases") or []:
            key = _name_key(str(alias))
            for n, cluster in enumerate(clusters):
                if n != target:
                    moved = [m for m in cluster if _name_key(m.text) == key]
                    clusters[n] = [m for m in cluster if _name_key(m.text) != key]
                    clusters[target] += moved
        for form in entry.get("split") or []:
            key = _name_key(str(form))
            clusters.append([m for m in clusters[target] if _name_key(m.text) == key])
            clusters[target] = [m for m in clusters[target] if _name_key(m.text) != key]
            settings[id(clusters[-1])] = {"name": str(form)}
        if entry.get("ignore"):
            for m in clusters[target]:
                m.entity = None
            clusters[target] = []
            continue
        kind = entry.get("kind")
        if kind is not None and kind not in ENTITY_KINDS:
            messages.append(f"curation: '{ref}' kind must be one of {', '.join(ENTITY_KINDS)}")
            entry = {k: v for k, v in entry.items() if k != "kind"}
        settings[id(clusters[target])] = entry
    kept = [c for c in clusters if c]
    return kept, {n: settings[id(c)] for n, c in enumerate(kept) if id(c) in settings}, messages


def _canonical(cluster: list[Mention], kind: str | None = None, makers: frozenset[str] = frozenset()) -> str:
    """The name an entity goes by: the gazetteer form of a place, else its most used full form (``kind``: the
    cluster's ``_cluster_kind``, if known; ``makers``: the dossier's one-word names of bodies)."""
    names = [m for m in cluster if not _is_role_only(m)] or cluster
    kind = kind or _cluster_kind(cluster)
    counts = Counter(_titled_surface(m.text) for m in names)
    for form in [f for f in counts if _THE_AND_WORD.fullmatch(f) and f[4:] in counts]:
        counts[form] += counts.pop(form[4:])  # "the Vellian", "The Vellian reported": its own "The", once written
    if kind == PLACE:
        for form, _ in counts.most_common():
            # "Kursk region" and "Kursk Oblast" go by the gazetteer's "Kursk".
            words = form.split()
            while len(words) > 1 and words[-1].lower() in REGION_WORDS:
                words.pop()
            name = US_STATE_ABBREVIATIONS.get(" ".join(words), " ".join(words))  # "Calif" goes by "California"
            name = place_form(name) or name  # a dateline's "MOSCOW" goes by "Moscow"
            if name in gazetteer().places:
                known = gazetteer().places[name]
                # The gazetteer's own spelling, unless it is a foreign one no article writes ("Cologne", not "Köln").
                return name if ascii_fold(known) != known and known not in counts else known
    if kind == PERSON:
        full = Counter({f: c for f, c in counts.items() if len(f.split()) >= 2})
        given = Counter({f: c for f, c in full.items() if not _particle_surname(f, strict=False)})
        counts = given or full or counts  # "Robert De Niro" over "De Niro"; "Den Watts" alone is a full name
    if kind == ORG:
        if whole := _form_holding_the_others(list(counts)):
            return whole
        # "UN Security Council" over its "Security Council", however often the short form is used (a one-word
        # tail is a name of its own: the "Texans"); a thing's name after its maker's is no tail ("Zorvex Vell Mark")
        tails = {f for f in counts if " " in f and any(g.endswith(" " + f) and g[:-len(f) - 1] not in makers
                                                       for g in counts)}
        counts = Counter({f: c for f, c in counts.items() if f not in tails}) or counts
        # Of two spellings a letter apart, the one the reports read as a body's, however often the other is used:
        # another outlet's misspelling ("Globax") is read by fewer cues than the body's own name ("Globex"). Not
        # capitals ("PlayStation", "Playstation"), which say no more of a misspelling than of a house style.
        read = {_surface(m.text) for m in names if m.kind == ORG}
        counts = Counter({f: c for f, c in counts.items() if f in read or not any(
            g in read and len(g.split()) == len(f.split()) and f.lower() != g.lower()
            and _one_word_misspelt(f.split(), g.split())
            for g in counts)})
    best = max(counts, key=lambda f: (counts[f], len(f), f))
    # A dateline's capitals ("RAMALLAH, West Bank —") or a transcript's speaker label ("JO ROE, HOST:") give way to
    # the name as the text writes it (a body's capitals are its acronym: "NASA", some outlets' "Nasa").
    written = [form for form in counts if form.lower() == best.lower() and not form.isupper()]
    if kind in (PLACE, PERSON) and best.isupper() and written:
        return max(written, key=lambda f: (counts[f], f))
    if kind == PERSON and best.isupper() and " " in best:
        return best.title()  # a label's "JO ROE" the prose never writes: a name, not shouting
    return best


def _form_holding_the_others(forms: list[str]) -> str | None:
    """The one form of which every other is a run of words: "Green Bay Packers" (not "Green Bay", written
    more often) is the body that "Green Bay" and "Packers" abbreviate. A legal form's suffix is no better
    name ("Experian" over "Experian Plc"), nor an ordinary or describing word before it ("Labour" over
    "New Labour"), unless with it the words name a place ("New York Jets" over "Jets"), nor a common noun
    after it ("PS4" over the "PS4 Team" of "PS4 Team Tournaments")."""
    longest = max(forms, key=lambda f: (len(f.split()), f))
    padded = f" {longest} "
    added = [w for w in longest.split() if not any(w in form.split() for form in forms if form != longest)]
    qualified = " ".join(added) not in gazetteer().places and (
        any(w.lower() in FUNCTION_WORDS or w in DESCRIPTIVE_WORDS for w in added)
        or bool(added) and all(w.lower() in ordinary_words() for w in added))
    if (len(forms) > 1 and longest.split()[-1].lower().rstrip(".") not in CORPORATE_SUFFIXES and not qualified
            and all(f" {form} " in padded for form in forms)):
        return longest
    return None


def _cluster_kind(cluster: list[Mention]) -> str:
    """The kind most evidence points to. A full name or gazetteer form outweighs a lone word's
    context cue, and many unexplained lone uses ("Arsenal" 130 times, "said" after it 3 times)
    outweigh a few weak cues."""
    # A lone family name of a full name read as a person's is that person, however its own context reads it
    # ("Ahed Tamimi", then "The charge sheet against Tamimi"): the tagger reads a lone word by what is around it.
    surnames = {m.text.split()[-1] for m in cluster if m.kind == PERSON and len(m.text.split()) >= 2}
    score: Counter[str] = Counter()
    for m in cluster:
        kind = PERSON if m.text in surnames else m.kind
        if kind == OTHER:
            score[OTHER] += 0.1
        else:
            score[kind] += 5 if m.role or _strong_form(m.text, kind) else 1
    best = max(score, key=lambda k: (score[k], k != OTHER, k == PERSON))
    return best


_WHO_AFTER = re.compile(r",? who\b")
_AGE_AFTER = re.compile(r",? \(?\d{1,3}[,)]")  # "Jo Roe, 16,", "Jo Roe (16)"
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
ORDINARY_NAME_WORD_LETTERS = 3  # shorter lower-case words are particles of names ("del", "bu", "da")
_ROLE_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r") $")  # "rapper Roe"
# What gender-guesser says of a word that is a given name ("Chris" is mostly a man's; "Tie" is either, a word).
GIVEN_NAME_GENDERS = frozenset({"male", "female", "mostly_male", "mostly_female"})
# A title or honorific right before a name ("Mr Roe", "President Roe"): TITLE_WORDS' lower-case linking words
# ("of", "the") are no title of their own.
_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(w for w in TITLE_WORDS | HONORIFICS if w[:1].isupper())) + r")\.? $")


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
    "who" or an age after it, a role noun in apposition ("Roe, the sole nominee,") or (with ``clause``) "he",
    "his" of its clause."""
    if (titles and (_cue_before(_PERSON_TITLE_BEFORE, m, paragraph) or _cue_before(_ROLE_NOUN_BEFORE, m, paragraph))
            or _WHO_AFTER.match(paragraph, m.end) or _AGE_AFTER.match(paragraph, m.end)):
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
    "Vellora, the only nominee,"): a person's cue after one of its uses (``_person_cue``), none of them
    written in capitals or as a describing word, no determiner before any ("the Zorvex, who" is a team's) and no
    number after any ("Zorvex 11, officials said" is a model's or a mission's, not a person's age).
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
_WORD_AFTER = re.compile(r" ([a-z][\w'’-]*)")
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


_PLACE_NAMED = re.compile(r"\b(?:" + "|".join(sorted(SETTLEMENT_NOUNS)) + r") of $")  # "the town of Vell"
_SETTLEMENT_AFTER = re.compile(SETTLEMENT_AFTER)
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


def _named_settlement(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name with no role follows a settlement's noun or is said to be one in some use: "the village of
    Vell Saleh", "Vell Saleh is a small village" are a place's, whatever the tagger made of its words."""
    return not any(m.role for m in cluster) and any(
        _cue_before(_PLACE_NAMED, m, paragraphs[m.article][m.paragraph])
        or _SETTLEMENT_AFTER.match(paragraphs[m.article][m.paragraph], m.end) for m in cluster)


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


QUOTED_WORK_USES = 2  # the uses alone in quote marks that make a name a work's title across the dossier


def _quoted_work(cluster: list[Mention], kind: str, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name voted of ``kind`` (a body's, a place's or a person's that opens with no given name) is a work's
    title: ``QUOTED_WORK_USES`` or more of its uses alone fill a pair of quote marks (Bowie's ‘Space Oddity’), more
    than those read as that kind. Each report reads its own quoted uses so (``_quoted_titles``); one that writes the
    title bare ("will play Space Oddity") reads it by its context, which a title shares with a body's name, and the
    few votes of a kind outweighed the many of none."""
    quoted = sum(_quoted_alone(m, paragraphs[m.article][m.paragraph]) for m in cluster)
    return quoted >= QUOTED_WORK_USES and quoted > sum(m.kind == kind for m in cluster)


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


_PLACE_APPOSED = re.compile(PLACE_APPOSED)


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


@functools.lru_cache(maxsize=200_000)  # asked for every mention of every cluster, by several merge steps
def _strong_form(text: str, kind: str) -> bool:
    """A gazetteer form of a place, or a full name of an organisation or person: strong evidence of its kind."""
    return (kind == PLACE and _surface(text) in gazetteer().places) or (" " in text and (
        kind == ORG or _looks_like_full_name(_surface(text).split())))


@functools.lru_cache(maxsize=100_000)  # an entity's slug is asked for when sorting and when naming it
def _slug(name: str) -> str:
    return slugify(name, "entity")


# A stock ticker after a name: "Vell (NASDAQ: VLL)", "Vell (NYSE:VLL)".
_TICKER_AFTER = re.compile(r" ?\((?:" + "|".join(sorted(STOCK_EXCHANGES)) + r") ?: ?[A-Z][A-Z.]{0,5}\)")


def _build_entities(
    clusters: list[list[Mention]], settings: dict[int, dict], paragraphs: dict[str, list[str]], words: Vocabulary
) -> list[Entity]:
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
        if not entry.get("kind") and kind in (ORG, PERSON) and _owned_product(cluster, paragraphs, makers):
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


# --- Looking names up -------------------------------------------------------------------------


class EntityIndex:
    """Names, aliases and titles of a dossier's entities, for resolving speakers and sources."""

    def __init__(self, dossier: Dossier) -> None:
        self.by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.by_role: dict[str, set[str]] = defaultdict(set)
        self.by_role_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.titled: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, a name after a title) -> ids
        self.kinds = {e.id: e.kind for e in dossier.entities}
        for e in dossier.entities:
            for form in [e.name, *e.aliases]:
                self.by_name[_name_key(form)].add(e.id)
            for m in e.mentions:
                self.by_article[(m.article, _name_key(m.text))].add(e.id)
            if e.kind == PERSON and len(e.name.split()) >= 2:
                self.by_surname[translit_key(e.name.split()[-1])].add(e.id)
            for role in e.roles:
                words = role.lower().split()
                for n in _role_suffix_lengths(words):
                    self.by_role[" ".join(words[-n:])].add(e.id)
            for m in e.mentions:
                # A name of two words or more run together with a title before it ("Vell County Prosecutor Jo Roe",
                # one mention): an article naming "Jo Roe" alone means the same entity.
                words = m.text.split()
                for n in range(2, len(words)):
                    if words[-n - 1].lower() in _TITLE_ENDINGS:
                        self.titled[(m.article, _name_key(" ".join(words[-n:])))].add(e.id)
                if m.role:
                    words = m.role.lower().split()
                    for n in range(1, len(words) + 1):
                        self.by_role_article[(m.article, " ".join(words[-n:]))].add(e.id)

    def lookup(self, name: str, article: str) -> str | None:
        key = _name_key(name)
        if not key:
            return None
        for found in (self.by_article.get((article, key)), self.by_name.get(key)):
            if found and len(found) == 1:
                return next(iter(found))
        role = re.sub(r"^(?:the )", "", _surface(name).lower())
        for found in (self.by_role_article.get((article, role)), self.by_role.get(role)):
            if found and len(found) == 1:
                return next(iter(found))
        titled = self.titled.get((article, key))  # "Jo Roe", whom the article named "Vell County Prosecutor Jo Roe"
        if titled and len(titled) == 1:
            return next(iter(titled))
        # A longer phrase: "Russian Foreign Minister Sergei Lavrov", "South Korean intelligence".
        # Read the name as the subject of a sentence, so a short name is not taken for a heading.
        probe = find_mentions(Article(article, "", "", [f"{name} said."]))
        for m in sorted(probe, key=lambda m: (m.kind != PERSON, -len(m.text))):
            if m.text != name:
                found_id = self.lookup(m.text, article)
                if found_id and not self._place_within(found_id, name, m.start) and not self._cut_of(found_id, name,
                                                                                                     m.end):
                    return found_id
        # A name the probe could not read in isolation: "Zelensky's office has once again used".
        for token in _tokenise(name):
            if token.text[0].isupper() and token.text.lower() not in FUNCTION_WORDS:
                for found in (self.by_article.get((article, _name_key(token.text))),
                              self.by_name.get(_name_key(token.text))):
                    if (found and len(found) == 1 and not self._place_within(next(iter(found)), name, token.start)
                            and not self._cut_of(next(iter(found)), name, token.end)):
                        return next(iter(found))
        words = _surface(name).split()
        if len(words) >= 2 or (words and words[0][0].isupper()):
            surname = self.by_surname.get(translit_key(words[-1]))
            if surname and len(surname) == 1:
                return next(iter(surname))
        for n in (2, 1):
            country = gazetteer().demonyms.get(" ".join(words[:n]))
            # "Russian officials" speak for Russia; "the German newspaper" or "a Chinese firm" do not.
            if country and all(w.lower() in STATE_NOUNS for w in words[n:]):
                found = self.by_name.get(_name_key(country))
                if found and len(found) == 1:
                    return next(iter(found))
        return None

    def _cut_of(self, found: str, name: str, end: int) -> bool:
        """Whether ``found``, named by the words of ``name`` up to ``end``, is what a cut of a longer name ``name``
        resolved to: "Democracy" of "Democracy for America", whose name goes on after a linking word (a person's name
        before one is theirs: "Jo Roe of Acme")."""
        return self.kinds.get(found) != PERSON and bool(_NAME_GOES_ON.match(name, end))

    def _place_within(self, found: str, name: str, start: int) -> bool:
        """Whether ``found`` is a place named after a preposition inside the longer ``name`` (at ``start``): where or
        for what the speaker is, not who ("It's Time for Vell", a campaign; "the Weather Service in Vell")."""
        return self.kinds.get(found) == PLACE and bool(_PREPOSITION_ENDING.search(name, 0, start))


# A name going on after a linking word: " for America" of "Democracy for America" (not "and", which joins two names:
# "Britain and the United States").
_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# The words of a title or role, the last of which may end a mention run into the name after it ("Vell County
# Prosecutor Jo Roe").
_TITLE_ENDINGS = frozenset(word.lower() for word in TITLE_HEADS) | frozenset(ROLE_NOUNS)

# A preposition right before a word of a name: "for " of "It's Time for Vell".
_PREPOSITION_ENDING = re.compile(r"\b(?:" + "|".join(sorted(PLACE_IN_NAME_PREPOSITIONS)) + r")\s+$", re.I)

_INDEXES: dict[int, tuple[weakref.ref, int, EntityIndex]] = {}


WORD_OF_LETTERS = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")  # a word of letters only, not part of a hyphenated one


def article_words(paragraphs: list[str]) -> ArticleWords:
    """The words of one article that entity resolution reads across the dossier (``Vocabulary``). Of the words of
    letters, only those in lower case: ``_unplace_common_nouns`` looks up lower-cased one-word names among them."""
    untitled = [_without_title_clauses(p) for p in paragraphs]
    lower = _written({w for p in paragraphs for w in _LOWER_WORD.findall(p)})
    untitled_lower = _written({w for p in untitled for w in _LOWER_WORD.findall(p)})
    return ArticleWords(
        lower=lower,
        # Nearly always the same words: one string, which the cache then keeps once.
        untitled_lower=lower if untitled_lower == lower else untitled_lower,
        inside_capitals=_written({w for p in untitled for w in _MID_CAPITAL.findall(p)}),
        letter_words=_written({w for p in paragraphs for w in WORD_OF_LETTERS.findall(p) if w.islower()}),
        animal_names=_written(_names_after_animals(paragraphs)),
        lower_phrases=lower_phrases(paragraphs))


def _written(words: Iterable[str]) -> str:
    """``words`` as ``ArticleWords`` keeps them: sorted, separated by spaces (none holds a space)."""
    return " ".join(sorted(words))


def _unplace_common_nouns(dossier: Dossier, words: Vocabulary) -> None:
    """A one-word place the gazetteer does not know that some article of the dossier writes in lower case is a
    common noun capitalised as a label ("the Library" of a games console's menu, which another outlet calls "the
    library"): of unknown kind. Each article's mentions saw only that article's lower-case words."""
    places = gazetteer().places
    doubtful = {entity.name.lower(): entity for entity in dossier.entities
                if entity.kind == PLACE and entity.name.isalpha() and entity.name.istitle()
                and entity.name not in places and entity.name.lower() not in FUNCTION_WORDS}
    if not doubtful:
        return
    written = words.letter_words & doubtful.keys()
    for word in sorted(written):
        entity = doubtful[word]
        entity.kind = OTHER
        for mention in entity.mentions:
            mention.kind = OTHER


MIN_LINKED_USES = 2  # of a name's mentions before its other verbatim uses are linked (a name found once may be junk),
# but for a handle ("@Vellbrix"), a name of its own
_NAME_OPENING = re.compile(r"(?<![\w'’-])[A-Z0-9][A-Za-z0-9]*")
_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"(?:^|\s)([\w'’.-]+) $")


def _link_verbatim_names(dossier: Dossier, words: Vocabulary) -> None:
    """Every verbatim use of an entity's name that no mention covers is a mention of it: the tagger read the name in
    one report and missed it in another ("support for Vell-o-Mat Wednesday"). Only a name its entity goes by in at
    least MIN_LINKED_USES mentions, that no other entity goes by, not a person's single name (a surname may be
    another's) nor one word the dossier writes in lower case; and not a use inside a longer capitalised run ("Vell
    Vell-o-Mat Day"), which may be another name. A handle ("@Vellbrix") is the entity of that name, though named
    once. A body's other name of that many mentions is linked likewise ("Islamic State" of the page "ISIS")."""
    names = Counter(name for entity in dossier.entities for name in {entity.name, *entity.aliases})
    by_opening: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    uses: dict[tuple[str, str], int] = {}  # (entity id, name) -> its mentions written as that name
    for entity in dossier.entities:
        written = Counter(m.text for m in entity.mentions)
        # not a place's name, which a body goes by ("Pittsburgh" of the Steelers) but names the place elsewhere
        others = [a for a in entity.aliases
                  if entity.kind == ORG and written[a] >= MIN_LINKED_USES and a not in gazetteer().places]
        for name in (entity.name, *others):
            opening = _NAME_OPENING.match(name)
            uses[entity.id, name] = written[name]
            if (opening and entity.kind != OTHER and names[name] == 1 and written[name]
                    and (" " in name or (entity.kind != PERSON and name.lower() not in words.letter_words))):
                by_opening[opening.group()].append((entity, name))
    if not by_opening:
        return
    covered: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in dossier.mentions:
        covered[m.article, m.paragraph].append(m)
    linked: set[str] = set()
    for article in dossier.articles:
        for index, paragraph in enumerate(article.paragraphs):
            for opening in _NAME_OPENING.finditer(paragraph):
                start = opening.start()
                for entity, name in by_opening.get(opening.group(), ()):
                    end = start + len(name)
                    if (not paragraph.startswith(name, start) or paragraph[end : end + 1].isalnum()
                            or (uses[entity.id, name] < MIN_LINKED_USES and paragraph[start - 1 : start] != "@")
                            or paragraph[end : end + 1] in ("-", "_")
                            or any(m.start < end and start < m.end for m in covered[article.id, index])):
                        continue
                    after = _NEXT_CAPITALISED.match(paragraph, end)
                    before = _PREVIOUS_WORD.search(paragraph, 0, start)
                    if (after and after.group(1) not in WEEKDAYS | MONTHS) or (
                            before and before.group(1)[:1].isupper() and before.group(1).lower() not in FUNCTION_WORDS):
                        continue
                    mention = Mention(article.id, index, start, end, name, entity.kind, entity.id)
                    covered[article.id, index].append(mention)
                    dossier.mentions.append(mention)
                    entity.mentions.append(mention)
                    linked.add(entity.id)
    for entity in dossier.entities:
        if entity.id in linked:
            entity.mentions.sort(key=lambda m: (m.article, m.paragraph, m.start))


def unplace_speakers(dossier: Dossier, speakers: set[str]) -> None:
    """A place the gazetteer does not know, quoted and nowhere used as a place ("Rihanna captioned
    the video: …", a singer the tagger read as a place), is of unknown kind. One the article puts
    somewhere ("at Wrigley Field") stays a place."""
    paragraphs = {article.id: article.paragraphs for article in dossier.articles}
    for entity in dossier.entities:
        if (entity.id in speakers and entity.kind == PLACE and not place_form(entity.name)
                and not any(_located(m, paragraphs[m.article][m.paragraph]) for m in entity.mentions)):
            entity.kind = OTHER
            for mention in entity.mentions:
                mention.kind = OTHER


# What puts a name somewhere: "in Harnwick", "at the Harnwick", where one comes from or goes about: "from Harnwick",
# and a bearing from it: "300 km south of Harnwick".
LOCATED_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(LOCATIVE_PREPOSITIONS | {"from", "across", "around"}))
    + r"|(?:north|south)?(?:east|west) of|(?:north|south) of)\s+(?:the\s+)?$", re.I)


def _located(m: Mention, paragraph: str) -> bool:
    """Whether the mention is used as a place: after a locative preposition."""
    return bool(LOCATED_BEFORE.search(paragraph, max(0, m.start - 16), m.start))


def entity_for_name(dossier: Dossier, name: str, article: str) -> str | None:
    """The id of the entity a speaker or source name refers to, or None."""
    cached = _INDEXES.get(id(dossier))
    if cached is None or cached[0]() is not dossier or cached[1] != len(dossier.entities):
        cached = (weakref.ref(dossier), len(dossier.entities), EntityIndex(dossier))
        _INDEXES[id(dossier)] = cached
    return cached[2].lookup(name, article)
