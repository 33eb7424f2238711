"""Joining the two readers (``_reconcile``): the tagger's names stand, the rules add titles, region
words and the names their precise cues find, and filters drop what is no name (plural nouns, ordinary words opening
a sentence, Title Case headings, shouted words, party labels); the kind of each name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..entity_data import acronym_of, ascii_fold, gazetteer, given_names, place_form, usual_given_name_gender
from ..lang.en.names import (
    ALTERNATE_BODY_NAMES,
    APPOSITIVE_BODY_NOUNS,
    BODY_HEADS,
    BRAND_HEADS,
    CELESTIAL_BODIES,
    COMPANY_NOUNS_AFTER,
    CONNECTORS,
    COUNTED_NOUNS,
    COUNTRY_SHORT_FORMS,
    DATES_ALSO_NAMES,
    DEMONYM_NOUNS,
    DESCRIPTIVE_WORDS,
    DOTTED_TITLES,
    EMPLOYER_PREPOSITIONS,
    EVENT_HEADS,
    EVENT_WORDS,
    FOREIGN_ORG_HEADS,
    FUNCTION_WORDS,
    GROUP_MEMBER_NOUNS,
    GROUP_PART_NOUNS,
    HONORIFICS,
    INDEFINITE_PRONOUNS,
    INSTITUTIONS,
    INTERJECTIONS,
    KOREAN_FAMILY_NAMES,
    LAW_WORDS,
    LEGISLATURE_HEADS,
    LOCATIVE_PREPOSITIONS,
    MODIFIER_SUFFIXES,
    MONTHS,
    NAME_PREFIX_INITIALS,
    NEWSPAPER_HEADS,
    NOT_ORG_ACRONYMS,
    NUMBER_WORDS,
    OPENING_CONNECTIVES,
    ORG_AFTER_WORDS,
    ORG_CUES,
    ORG_INTRODUCERS,
    OTHER_NOUN_OPENERS,
    PARTICIPLE_PREPOSITIONS,
    PERSON_POSSESSIVES,
    PERSON_ROLE_NOUNS,
    PLACE_COMPANY_HEADS,
    PLACE_CUES,
    PLACE_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    PLURAL_HONORIFICS,
    PRODUCT_HEAD_NOUNS,
    PROGRAMME_BEFORE,
    PROTECTED_AREA_WORDS,
    PUBLISHING_VERBS,
    RANK_QUALIFIERS,
    REGION_PREFIXES,
    REGIONS,
    REPORTING_VERBS,
    RESULT_VERBS,
    ROLE_NOUNS,
    SCHOOL_HEADS,
    SONG_WORDS_BEFORE,
    SPORT_HONOURS,
    SPORT_POSITIONS,
    SPORT_WORDS,
    STREET_HEADS,
    TERMS_OF_ADDRESS,
    THING_POSSESSIVES,
    TIME_MODIFIERS,
    TIME_ZONE_NAMES,
    TITLE_HEADS,
    TITLE_WORDS,
    VENUE_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    WORK_HEADS,
    WORK_NOUNS_BEFORE,
)
from ..lang.en.speech import ARTICLES, KIN_NOUNS, PARTY_STATE_LABEL
from ..models import ner, ordinary_words
from ..structure import Mention
from .keys import _is_role_only, _name_key, _place_key, _surface, _web_address
from .runs import (
    _KOREAN_NAME,
    AGE_AFTER,
    QUOTE_CLOSED_BEFORE,
    _is_programme,
    _kind_of,
    _looks_like_full_name,
    _names_an_occasion,
    _plural_body,
)
from .tokens import GLUED_NAME, MAX_NAME_WORDS, ORG, OTHER, PERSON, PLACE, PRONOUN_I, Token, _Context, _is_acronym

# A party and state after a politician's name: "(D-Calif.)", "R-Texas".
PARTY_STATE = re.compile(PARTY_STATE_LABEL)  # "D-Mo.", "R-Ariz", "D-N.Y."


def _place_and_nickname(words: list[str]) -> bool:
    """A team's full name: a place the gazetteer knows, then a nickname ("New Orleans Saints", "North
    Carolina Tar Heels")."""
    return any(" ".join(words[:k]) in gazetteer().places and _team_nickname(words[k:])
               for k in (len(words) - 1, len(words) - 2) if k >= 1)


def _elided_tail(tagged: Mention, rule: Mention, paragraph: str) -> bool:
    """Whether the rules' name is the tagged one with the word after a glued particle the tagger stopped at:
    "Côte | d'Azur", "Bashar | al-Assad"."""
    return (rule.start == tagged.start and rule.end > tagged.end
            and bool(GLUED_NAME.fullmatch(paragraph[tagged.end : rule.end].strip())))


def _spelled_out(m: Mention, paragraph: str) -> bool:
    """A name its initials follow in brackets: "Advanced Micro Devices (AMD)"."""
    initials = acronym_of(m.text)
    return len(initials) >= 2 and paragraph[m.end : m.end + len(initials) + 3] == f" ({initials})"


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
                or (c.kind == PLACE and (_POSSESSIVE_BODY.search(c.text) or _initials_and_place(c.text.split())))
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
    # The surnames of full names that open with a given name or no word written in lower case ("Michael Bloomberg",
    # "Ahed Tamimi"; not "New Labour", read as a person)
    full_surnames = {m.text.rsplit(" ", 1)[1] for m in out if m.kind == PERSON and " " in m.text and (
        m.text.split()[0] in given_names() or not (context.ordinary(m.text.split()[0])
                                                    or m.text.split()[0].lower() in ordinary_words()))}
    # Words the article also gives a body's name or a place's preposition: "Bloomberg News", "in Erimo"
    named_otherwise = {w for m in out if m.kind == ORG and " " in m.text for w in m.text.split()} | {
        m.text for m in out if _PLACE_PREPOSITION_BEFORE.search(paragraphs[m.paragraph], max(0, m.start - 6), m.start)}
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
        if m.kind == ORG and m.text in full_surnames and _surname_not_body(m, paragraphs[m.paragraph], named_otherwise):
            m.kind = PERSON  # "Bloomberg said", "Mr. Bloomberg" of "Michael Bloomberg": no news agency
        if m.kind in (ORG, OTHER) and _person_after_role_noun(m, paragraphs[m.paragraph]):
            m.kind = PERSON  # "Cleveland Cavaliers star LeBron James", "slugger Babe Ruth"
        if (m.kind == PERSON and _place_and_nickname(m.text.split())
                and re.search(r"\bthe $", paragraphs[m.paragraph][max(0, m.start - 4) : m.start], re.I)):
            m.kind = ORG  # "the Carolina Panthers": a team named for a place that is also a given name
        of = m.text.find(" of ")
        if m.kind == PERSON and of > 0 and not _is_role_only(m):
            m.end, m.text = m.start + of, m.text[:of]  # "Jane Doe of Schenectady": the place is no part of her name
    return out


_ROLE_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(PERSON_ROLE_NOUNS)) + r") $")


def _person_after_role_noun(m: Mention, paragraph: str) -> bool:
    """Whether a name of two words, neither a body's, a place's or a team's, follows a role noun in lower case
    ("superstar LeBron James"): a person's name, whatever the tagger read (in CoNLL-2003 train every one of 130
    such names is a person's)."""
    words = m.text.split()
    return (len(words) == 2 and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
            and not any(w in ORG_CUES or w in BODY_HEADS or w in PLACE_CUES for w in words)
            and m.text not in gazetteer().places and not _place_and_nickname(words)
            and bool(_ROLE_NOUN_BEFORE.search(paragraph, max(0, m.start - CUE_REACH), m.start)))


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r") $")
# "its" in a lone word's own clause, a body's: "Bloomberg said its terminals".
_BODY_PRONOUN_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*?){0,5}?\s+(?:" + "|".join(sorted(THING_POSSESSIVES)) + r")\b")


def _surname_not_body(m: Mention, paragraph: str, named_otherwise: set[str]) -> bool:
    """Whether a lone word read as a body's, which is the surname of a person the article names in full ("Michael
    Bloomberg"), is that person there: no body's cue reads it ("the", "its", a poll's noun), and the article names no
    body with that word ("Bloomberg News") nor puts it somewhere ("in Erimo", of "Cape Erimo" read as a person), or a
    person's cue reads this use (a title before it, "who" or a reporting verb after it). A news agency or a firm
    named after its founder is its founder's surname too."""
    if (_THE_BEFORE.search(paragraph, max(0, m.start - 5), m.start) or _decisive_cue(m, paragraph)
            or _BODY_PRONOUN_AFTER.match(paragraph, m.end)):
        return False
    return m.text not in named_otherwise or bool(
        _REPORTING_AFTER.match(paragraph, m.end) or _WHO_AFTER.match(paragraph, m.end)
        or _PERSON_TITLE_BEFORE.search(paragraph, max(0, m.start - CUE_REACH), m.start))


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


def _initials_and_place(words: list[str]) -> bool:
    """A body's initials, no place's, then a place the gazetteer knows: "CBS Boston", "PSV Eindhoven"."""
    return (len(words) > 1 and _is_acronym(words[0]) and words[0] not in NAME_PREFIX_INITIALS
            and not place_form(words[0]) and words[0] not in gazetteer().places
            and " ".join(words[1:]) in gazetteer().places)


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
    if _initials_and_place(words):
        return ORG  # "CBS Boston", "PSV Eindhoven": a broadcaster's station, a club
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
    dateline, an account or poll ("Quellmark poll"); a full name before its own account, closed up, as a post's
    signature gives it ("— Jo Roe (@JoRoe) May 3, 2016")."""
    after = re.match(r"\s+(\w+)", paragraph[m.end : m.end + 40])
    before = re.search(r"(\w+)\.?\s+$", paragraph[max(0, m.start - 40) : m.start])
    next_word = after.group(1) if after else ""
    previous = before.group(1) if before else ""
    words = m.text.split()
    if m.kind == PERSON:
        return (next_word in REPORTING_VERBS or previous.lower() in ROLE_NOUNS or previous in HONORIFICS
                or len(words) > 1 and bool(QUOTE_CLOSED_BEFORE.search(paragraph, max(0, m.start - 4), m.start))
                or len(words) > 1 and _own_account_after(m, paragraph)
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


def _own_account_after(m: Mention, paragraph: str) -> bool:
    """Whether the name's own words, closed up, are the account in brackets after it: "Jo Roe (@JoRoe)"."""
    account = " (@" + "".join(m.text.split()) + ")"
    return paragraph[m.end : m.end + len(account)].lower() == account.lower()


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
        bodies = [m for m in chain if m.kind == ORG]
        if (len(chain) >= 3 and kinds == {PLACE, ORG} and len(bodies) == 1 and _list_of_places(chain, paragraphs)
                and not _named_as_body(bodies[0].text) and not _reports_sport(paragraphs)):
            # "to Beckenham Junction, Elmers End and New Addington": a stop among places; not a team among the
            # places that name teams in a report about sport ("with the Bengals, Oakland and Arizona")
            bodies[0].kind = PLACE


# A list's preposition of place: "in Berlin, Hamburg and Dortmund", "to Beckenham Junction, Elmers End and …".
_LIST_PLACED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_PREPOSITIONS | {"from", "between"})) + r") $")


def _list_of_places(chain: list[Mention], paragraphs: list[str]) -> bool:
    """Whether a list is one of places: two of its names places the gazetteer knows, or read as places after a
    preposition of place (not "beating the Beastie Boys, Jay-Z, Kanye West and Nelly", people the tagger read as
    places)."""
    places = [m for m in chain if m.kind == PLACE]
    first = chain[0]
    return len(places) >= 2 and (sum(m.text in gazetteer().places for m in places) >= 2 or bool(
        _LIST_PLACED_BEFORE.search(paragraphs[first.paragraph], max(0, first.start - 8), first.start)))


def _named_as_body(text: str) -> bool:
    """Whether a name's own words say it is a body's: initials, a listed institution, a body's cue or head word."""
    return (_is_acronym(text) or text in INSTITUTIONS or text in ALTERNATE_BODY_NAMES
            or any(w in ORG_CUES or w in BODY_HEADS for w in text.split()))


# A model number after a name, then a noun: "Pixel 2 users", "a Falcon 9 rocket", "the Delta 4-Heavy rocket"; not a
# score ("2-1", "Kent 108 for three"), a share ("5 percent"), an age or a date after a comma.
MODEL_NUMBER = re.compile(r" \d{1,3}(?:-[A-Z][a-z]+)? ([a-z]{3,})\b")


_MODEL_WORD = re.compile(r"\d")
# A model number that ends a name, in figures or in Roman numerals: "Saturn V", "Delta IV", "Falcon 9".
MODEL_NUMBER_WORD = re.compile(r"\d{1,3}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# A vehicle's or a product's noun right after a name: "the Saturn V rocket", "two Delta IV rockets".
_VEHICLE_AFTER = re.compile(r" (?:" + "|".join(sorted(PRODUCT_HEAD_NOUNS)) + r")\b")


def product_names(mentions: list[Mention], paragraphs: list[str]) -> set[str]:
    """The names of an article's ``mentions`` that name a product or a vehicle (see ``_products``)."""
    products = set()
    lines = set()
    for m in mentions:
        number = MODEL_NUMBER.match(paragraphs[m.paragraph], m.end)
        if number and number.group(1) not in FUNCTION_WORDS | COUNTED_NOUNS:
            products.add(m.text)
        words = m.text.split()
        if m.kind == PERSON and len(words) > 1 and any(_MODEL_WORD.search(w) for w in words[1:]):
            # "Galaxy S9", "Galaxy S9+": a person's name has no figures; the name without them is the product's line
            products.update({m.text, " ".join(w for w in words if not _MODEL_WORD.search(w))})
        elif len(words) > 1 and _numbered_before_noun(words[-1], paragraphs[m.paragraph], m.end):
            # "the Saturn V rocket", "Pixel 2 users"; the line, "Falcon" of "a Falcon 9 rocket"
            products.add(m.text)
            lines.update(words[:-1] if len(words) == 2 else ())
    # A line the article also names alone as a body is the maker's name: "Boeing" of "a Boeing 747 jet".
    products |= lines - {m.text for m in mentions if m.kind == ORG}
    longer = {m.text.split()[-1] for m in mentions if " " in m.text and _opens_or_ends(m.text, products)}
    return {m.text for m in mentions if m.text in products or m.text in longer or _opens_or_ends(m.text, products)}


_WORD_AFTER_NUMBER = re.compile(r" ([a-z]{3,})\b")


def _numbered_before_noun(last: str, paragraph: str, end: int) -> bool:
    """Whether a name's last word is a model number and a noun follows the name: any word in lower case after
    figures ("Pixel 2 users", as MODEL_NUMBER; not "Windows 95 and"), a vehicle's noun after Roman numerals ("the
    Saturn V rocket"; not a regnal number: "Napoleon III was", nor a team's: "World XI team")."""
    if last.isdigit() and len(last) <= 3:
        after = _WORD_AFTER_NUMBER.match(paragraph, end)
        return bool(after) and after.group(1) not in FUNCTION_WORDS | COUNTED_NOUNS
    return bool(MODEL_NUMBER_WORD.fullmatch(last) and _VEHICLE_AFTER.match(paragraph, end))


def _opens_or_ends(name: str, names: set[str]) -> bool:
    """Whether the first or the last word of ``name`` is one of ``names``."""
    words = name.split()
    return words[0] in names or words[-1] in names


def _products(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name an article gives a model number before a noun names a product or a vehicle, not an
    organisation, person or place ("Pixel 2 users", "a Falcon 9 rocket"), and so does a name ending in a model
    number before a noun ("the Saturn V rocket"; its line, "Falcon" of "Falcon 9"): every use of it in the
    article, every name it begins or ends, and the last word of such a name used alone ("the Heavy" of "Falcon
    Heavy"), is of no kind the dossier pages. So is a name read as a person's with a word bearing figures after its
    first ("Galaxy S9"), and that name without them ("Galaxy")."""
    products = product_names(mentions, paragraphs)
    for m in mentions:
        if m.text in products:
            m.kind = OTHER  # also the product's longer names: "Pixel Visual Core", "Google Pixel", "Falcon Heavy"


# A work's noun right before a name, a quote mark between or not ("the movie Trolls", "the film “Trolls”"), or a
# comma and a quote mark ("his newest album, “Vell of the Woods”").
_WORK_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(WORK_NOUNS_BEFORE)) + r")(?: [“\"‘]?|, [“\"‘])$")
# What may follow a work's title: its end, punctuation or a closing mark (not "'s"), or a function word ("the movie
# Trolls from 2016"); not a verb, which makes the name the subject of a clause ("the book Roe wrote").
_WORK_TITLE_END = re.compile(r"(?:[”\"’']?(?:[,.;:!?)—–]|\s+(?:[a-z]+)\b|$))")


def titled_work(m: Mention, paragraph: str) -> bool:
    """Whether a work's noun comes right before the name and no verb or possessive after it ("from the movie Trolls",
    not "the book Roe wrote"), and it is no person's full name, nor a name a place or a body keeps whatever it titles
    (a known place: "his album Egypt"; an institution, a body's cue word, initials: "a downloaded movie NEC is
    showing", a scraped text's lost full stop): the name is a work's title (``_works``)."""
    end = _WORK_TITLE_END.match(paragraph, m.end)
    return bool(_WORK_NOUN_BEFORE.search(paragraph, max(0, m.start - 16), m.start) and end
                and (not end.group(0).strip().isalpha() or end.group(0).strip() in FUNCTION_WORDS)
                and not (m.kind == PERSON and _looks_like_full_name(m.text.split()))
                and not (m.text in gazetteer().places or m.text in INSTITUTIONS or m.text.split()[-1] in ORG_CUES
                         or _is_acronym(m.text)))


def _works(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A name right after a work's noun ("from the movie Trolls", "the song Goodnight Vell", "the Showtime series
    Masters of Vell") is the title of a film, a song or a book: every use of it in the article is of no kind the
    dossier pages, where the tagger reads it as a person, a body or a place. Not when a verb follows it ("the book
    Roe wrote": Roe is the writer) or a possessive ("the song Jo Roe's fans love"), nor a person's full name."""
    titles = {m.text for m in mentions if titled_work(m, paragraphs[m.paragraph])}
    for m in mentions:
        if m.text in titles:
            m.kind = OTHER


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


_KIN_AFTER = re.compile(r" (?:" + "|".join(sorted(KIN_NOUNS)) + r")s?\b")


def _own_kin(m: Mention, paragraph: str) -> bool:
    """Whether the name, as its clause's subject, is given kin there ("Vellora is mourning the death of her
    cousin"): only a person has a cousin or a mother, where a product or a mission may have "her voice". The kin
    may sit in a phrase of an article ("the death of her cousin"), not after a reporting verb or another's pronoun
    ("Vell said his son"), nor after a name that follows a word in lower case, an object's ("Jo Roe keeps Vell
    Manor and many of her father's things")."""
    pronoun = _OWN_CLAUSE_PRONOUN.match(paragraph, m.end)
    return bool(pronoun and pronoun.group(2) in PERSON_POSSESSIVES and _KIN_AFTER.match(paragraph, pronoun.end())
                and not set(pronoun.group(1).split()) & (OTHER_NOUN_OPENERS - ARTICLES | REPORTING_VERBS)
                and not _cue_before(LOWER_WORD_BEFORE, m, paragraph))


def _people_with_kin(mentions: list[Mention], paragraphs: list[str]) -> None:
    """A one-word name read as a place or a thing that the gazetteer does not know and one of its uses gives kin
    (``_own_kin``: "Vellora is mourning the death of her cousin") is a person known by one name, in all its uses
    in the article: the tagger reads a singer's or a player's one name as a place, and "she" after it is hers."""
    kin = {m.text for m in mentions if m.kind in (PLACE, OTHER) and " " not in m.text and not m.text.isupper()
           and _unknown_place(m.text) and _own_kin(m, paragraphs[m.paragraph])}
    for m in mentions:
        if m.text in kin and m.kind in (PLACE, OTHER):
            m.kind = PERSON


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


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _unknown_place(text: str) -> bool:
    return not (text in gazetteer().places or _place_key(text) in _place_keys())


_REPORTING_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b")
_WHO_AFTER = re.compile(r",? who\b")
_POSSESSIVE_AFTER = re.compile(r"[\'’]s\b")


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


def _known_word(word: str) -> bool:
    """A word the place gazetteer, the institutions' or the given names' list holds."""
    return word in gazetteer().places or word in INSTITUTIONS or word in given_names()


# A title or honorific right before a name ("Mr Roe", "President Roe"): TITLE_WORDS' lower-case linking words
# ("of", "the") are no title of their own.
_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(w for w in TITLE_WORDS | HONORIFICS if w[:1].isupper())) + r")\.? $")
