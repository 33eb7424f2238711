"""Recognition (``find_mentions``): the statistical tagger (``dossier.models.ner``, a CRF trained
on CoNLL-2003) and the rules read each paragraph's tokens for names of people, organisations and places.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from ..entity_data import ascii_fold, gazetteer, given_names
from ..lang.en.names import (
    ABBREVIATIONS,
    AWARD_CATEGORY_HEADS,
    BODY_HEADS,
    BODY_OPENING_WORDS,
    COUNTED_NOUNS,
    DATES_ALSO_NAMES,
    DEMONYM_NOUNS,
    DESCRIPTIVE_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LEADER_GOVERNMENT_NOUNS,
    LEGISLATURE_HEADS,
    LOWER_CASE_BODY_HEADS,
    MEMBER_TITLES,
    MONTHS,
    NAME_PARTICLES,
    NAMED_STRUCTURE_NOUNS,
    NUMBERED_JOURNEY_WORDS,
    ORG_CUES,
    ORGAN_CUES,
    PARTY_SIDES,
    PEOPLE_POSSESSIVES,
    PERSON_BODY_NOUNS,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    PUBLISHING_VERBS,
    RANKS_AFTER_TITLES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_OPENING_WORDS,
    SURNAME_EVENT_WORDS,
    TIME_ZONE_OPENERS,
    TITLE_HEADS,
    TITLE_VERBS,
    TITLE_WORDS,
)
from ..models import ner
from ..sentences import DATELINE
from ..structure import Article, Mention
from .keys import _surface
from .kinds import (
    _THE_BEFORE,
    _armed_groups,
    _chambers_after_ranks,
    _elided_tail,
    _is_country_name,
    _kinds_from_lists,
    _named_as_body,
    _people_with_kin,
    _persons_things,
    _place_and_nickname,
    _precise_rule,
    _products,
    _reconcile,
    _reports_sport,
    _spelled_out,
    _things_of_its,
    _without_positions,
    _works,
)
from .passes import (
    _IN_BEFORE,
    _bodies_for_places,
    _body_endings,
    _body_openings,
    _body_purposes,
    _defined_acronyms,
    _headline_parts,
    _join_official_names,
    _kinds_by_head,
    _people_of_bodies,
    _platform_accounts,
    _posters_after_platforms,
    _quoted_titles,
    _split_joined_names,
    _surname_before_home,
    _without_example_names,
)
from .runs import (
    _headline_mentions,
    _kind_of,
    _looks_like_full_name,
    _mark_shouted,
    _national_body,
    _national_things,
    _sentence_mentions,
)
from .tokens import MAX_OTHER_WORDS, ORG, OTHER, PERSON, PLACE, Token, _Context, _is_acronym, _split_before, _tokenise


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
    prose = _body_purposes(_body_endings(prose, article.paragraphs), article.paragraphs)
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
    _works(prose, article.paragraphs)
    _people_with_kin(prose, article.paragraphs)
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
    prose = _members_parties(prose, article.paragraphs)
    _initials_and_surname(prose)
    _kinds_by_preposition(prose, article.paragraphs)
    _joined_places(prose, article.paragraphs)
    _route_ends(prose, article.paragraphs)
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


# Between two names, what makes the second the other end of a route whose one end is the first, a place: "down Elm
# Road towards Vellby"; "from Vellby to Dornham", "to Vellby from Dornham" (the first's own preposition before it).
_ROUTE_GAP = re.compile(r" towards? | to | from ")
_ROUTE_START_BEFORE = {" to ": re.compile(r"\bfrom $"), " from ": re.compile(r"\bto $")}


def _route_ends(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name read as a body's or as nothing known at the end of a route from a place ("ushered down Elgin Road
    towards Addiscombe", "from Vellby to Dornham", "drove to Chicago from Evanston") is a place, unless its own words
    name a body ("towards NATO")."""
    for first, second in itertools.pairwise(sorted(mentions, key=lambda m: (m.paragraph, m.start))):
        paragraph = paragraphs[first.paragraph]
        gap = _ROUTE_GAP.fullmatch(paragraph, first.end, second.start) if first.paragraph == second.paragraph else None
        if (gap and first.kind == PLACE and second.kind in (ORG, OTHER) and not _named_as_body(second.text)
                and (gap.group() not in _ROUTE_START_BEFORE
                     or _ROUTE_START_BEFORE[gap.group()].search(paragraph, max(0, first.start - 5), first.start))):
            second.kind = PLACE


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
    place the article or the lists know) and a member's seat with the member's title ("Vell Central MP",
    ``_members_seat``) is a role, given to the one person who holds it if any. A place is never named as a title of
    something ("Mayor of Vell" read as a place)."""
    # The article's places beside the gazetteer's, looked up in both: a copy of the gazetteer was most of the time.
    known = gazetteer().places
    places = {m.text for m in mentions if m.kind == PLACE}
    places |= {m.text.split(" of ", 1)[1] for m in mentions if m.kind == PLACE and m.text.split(" ")[0] in TITLE_HEADS
               and " of " in m.text}  # "Mayor of Vell" read as a place: Vell is one

    def placed(name: str) -> bool:
        return name in known or name in places

    for m in mentions:
        if m.role:
            continue
        words = m.text.split(" ")
        if m.kind == PERSON:  # "The London Mayor has warned": the rules read a title alone as a person's name
            if len(words) >= 2 and words[-1] in _OFFICE_HEADS and placed(" ".join(words[:-1])):
                m.role = m.text
            continue
        title = words[0] in _OFFICE_HEADS and len(words) >= 3 and words[1] == "of"
        of_place = title and (m.kind == PLACE or placed(" ".join(words[3 if words[2] == "the" else 2 :])))
        place_title = len(words) >= 2 and (words[-1] in _OFFICE_HEADS and placed(" ".join(words[:-1]))
                                           or words[-1] in MEMBER_TITLES and _members_seat(words[:-1], placed))
        if of_place or place_title:
            m.kind, m.role = PERSON, m.text
            continue
        of = words.index("of") if "of" in words[3:] else 0
        if (words[0] in _OFFICE_HEADS and m.kind == PLACE and 2 <= of - 1 <= 3
                and all(w[:1].isupper() for w in words[1:of])):
            name = " ".join(words[1:of])  # "Sheriff Jo Roe of Vell County": the person, the place apart
            m.start, m.end, m.text, m.kind, m.role = m.start + len(words[0]) + 1, m.start + len(words[0]) + 1 + len(
                name), name, PERSON, words[0]


def _members_parties(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A name that runs on from a party the article names alone into a member's title ("Labour MP", "Labour MPs",
    "Labour MP Jo Roe") is the party, and the name after the title, if any, a person's, the party's member: the title
    is no part of either name. (A seat before the title is the member's role: ``_titles_of_places``.)"""
    bodies = {m.text for m in mentions if m.kind in (ORG, OTHER) and m.text not in gazetteer().demonyms
              and m.text not in DESCRIPTIVE_WORDS}
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        k = next((k for k, w in enumerate(words) if k and w.removesuffix("s") in MEMBER_TITLES), 0)
        party, rest = " ".join(words[:k]), words[k + 1 :]
        # Only a party the article names alone ("Labour"), not a seat, a people or a person ("Welsh MPs", "Ruth
        # Kelly MP")
        if (not k or m.role or m.kind == PERSON or party not in bodies
                or not all(w[:1].isupper() for w in rest) or paragraphs[m.paragraph][m.start : m.end] != m.text):
            out.append(m)
            continue
        out.append(replace(m, end=m.start + len(party), text=party, kind=ORG))
        if rest:
            start = m.start + len(" ".join(words[: k + 1])) + 1
            out.append(replace(m, start=start, text=" ".join(rest), kind=PERSON, role=" ".join(words[: k + 1])))
    return out


def _members_seat(words: list[str], placed: Callable[[str], bool]) -> bool:
    """Whether the words before a member's title name a seat, which one member holds: a place and maybe a part of it
    ("Vell Central", "Vell"), no party ("Labour", "Vell Independence Party", which many hold) nor a person's given
    name and surname ("Jo Roe MP")."""
    return (placed(words[0]) and not any(w in ORG_CUES for w in words)
            and not (len(words) >= 2 and words[-2] in given_names()))


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


_WORD_AFTER = re.compile(r" ([a-z][\w'’-]*)")
