"""Passes over an article's names once the two readers are joined: kinds from head words,
names throughout the article, bodies' openings and endings, names and acronyms the article defines, joined and
split names, quoted titles, headline parts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .. import outlets
from ..entity_data import acronym_of, gazetteer, given_names, name_gender_detector
from ..lang.en.names import (
    ACCOUNT_NOUNS,
    APPOSITIVE_BODY_NOUNS,
    APPOSITIVE_PERSON_NOUNS,
    BE_HAVE_FORMS,
    BODY_HEADS,
    CLUB_SUFFIXES,
    COMPASS,
    CONNECTORS,
    CORPORATE_SUFFIXES,
    DESCRIPTIVE_WORDS,
    EVENT_HEADS,
    EXAMPLE_WORDS,
    FACILITY_HEADS,
    FUNCTION_WORDS,
    GROUP_QUANTIFIERS,
    INSTITUTIONS,
    INTERFACE_PHRASES,
    LAW_WORDS,
    LOCATIVE_PREPOSITIONS,
    MONTHS,
    NAME_NOUNS,
    ORG_CUES,
    ORG_INTRODUCERS,
    PART_ADJECTIVES,
    PERSON_ONLY_TITLES,
    PLACE_CUES,
    PRODUCT_NOUNS,
    PUBLISHING_VERBS,
    REGION_PREFIXES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SCALE_NOUNS,
    SCRIPTURE_NAMES,
    SINGING_LINKS,
    SINGING_VERBS,
    SOCIAL_PLATFORMS,
    TEAM_NOUNS_AFTER,
    THE_HEAD_FOLLOWERS,
    TITLE_HEADS,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
    WEEKDAYS,
    WORK_NOUNS_AFTER,
)
from ..models import ordinary_words
from ..structure import Article, Mention
from .keys import _LEADING_THE, _keeps_its_the, _surface
from .kinds import (
    _APPOSITIVE,
    _CAPITALISED_BEFORE,
    _COUNTED_AFTER,
    _EDITION,
    _EDITION_AFTER,
    _HEAD_KINDS,
    _NOUN_AFTER,
    _NUMBERED_NAME_AFTER,
    _POSSESSIVE_AFTER,
    _THE_BEFORE,
    _TITLE_AFTER_STOP,
    CUE_REACH,
    NUMBERED_LAW_AFTER,
    _plural,
    _reports_sport,
    _team_nickname,
    _trim_name,
    _unknown_place,
)
from .runs import _kind_of, _looks_like_full_name, _plural_body
from .tokens import ORG, OTHER, PERSON, PLACE, Token, _Context, _is_acronym, _is_headline_case, _split_before

_IN_BEFORE = re.compile(r"\bin $")


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


_AND_FIELD_AFTER = re.compile(r"((?:, [A-Z][a-z]+)*) and ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")


def _body_endings(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A body's name that opens with its head and "for" or "of", cut before its last fields ("Organization for Vell
    Co-operation | and Development", "Bureau of Vell | , Tobacco, Firearms and Explosives"), takes them back, each
    one word between commas and the last after "and", when none names anything of its own (no place, given name
    or body's word); a mention of a field alone is dropped."""
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        words = m.text.split()
        if m.kind != ORG or len(words) < 3 or words[0] not in ORG_CUES or words[1] not in ("for", "of"):
            continue
        field = _AND_FIELD_AFTER.match(paragraphs[m.paragraph], m.end)
        fields = field.group(1).split(", ")[1:] + [field.group(2)] if field else []
        if not field or any(word in gazetteer().places or word in given_names() or word.lower() in FUNCTION_WORDS
                            or word in BODY_HEADS | ORG_CUES | INSTITUTIONS for word in fields):
            continue
        dropped.update((m.paragraph, start) for start in range(m.end, field.end()))
        m.end = field.end()
        m.text = paragraphs[m.paragraph][m.start : m.end]
    return [m for m in mentions if (m.paragraph, m.start) not in dropped]


def _body_purposes(mentions: list[Mention], paragraphs: list[str]) -> list[Mention]:
    """A body named by its head and "to" with its purpose ("Coalition | to | Stop Vell Violence", "Committee to
    Protect Vells") is one name, cut at the "to" by both readers: the name read after it joins the head's, when it
    opens with no place's or given name's word."""
    at = {(m.paragraph, m.start): m for m in mentions}
    joined: set[int] = set()
    for m in mentions:
        purpose = at.get((m.paragraph, m.end + len(" to ")))
        if (m.kind != ORG or m.text.split()[-1] not in BODY_HEADS or purpose is None
                or paragraphs[m.paragraph][m.end : purpose.start] != " to "
                or (first := purpose.text.split()[0]) in gazetteer().places or first in given_names()):
            continue
        joined.add(id(purpose))
        m.end = purpose.end
        m.text = paragraphs[m.paragraph][m.start : m.end]
    return [m for m in mentions if id(m) not in joined]


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
_QUOTED_SPAN = re.compile(r"[“\"]([^“”\"]{1,80}?)[,.!?]*[”\"]"
                          # in single marks, as British outlets write titles and ships' names (‘Of Course I Still
                          # Love You’): an opening mark after no letter, a closing one before none ("the firm's")
                          r"|(?<![\w'’])[‘']([^‘’']{1,80}?)[,.!?]*[’'](?![\w'’])")


def _in_quoted_title(m: Mention, paragraph: str) -> str:
    """The quoted title of a work that holds a name and says more than the name ("Until the End of Time",
    "Can't Stop the Feeling!", "Rock Your Body"), else "": the title's words, not an entity. Only that use;
    a person's full name stays a person ("We Need Jane Doe"), and a place a place ("Freedom for Ruritania!")."""
    opening = max(paragraph.rfind(mark, 0, m.start) for mark in _QUOTED)
    if opening < 0 or m.start - opening > 60:
        return ""
    span = _QUOTED_SPAN.match(paragraph, opening)
    title = span.group(1) or span.group(2) if span else ""
    if not span or opening + 1 + len(title) < m.end:
        return ""
    words = title.split()
    if not 2 <= len(words) <= 8 or not all(_TITLE_WORD.fullmatch(w) for w in words):
        return ""
    if m.kind == PERSON:
        return "" if _looks_like_full_name(m.text.split()) else title
    # A body's name alone in the marks is ``_quoted_titles``' to judge (scare quotes: "Patriot Party").
    return "" if title == m.text or (
        m.text in INSTITUTIONS or m.text.split()[-1] in ORG_CUES or _is_acronym(m.text)) else title


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
    """A "person" of several words that is no full name (``_looks_like_full_name``: it does not open with a given
    name, or a function word follows one, "Rock Your Body"): in quote marks it is a slogan, a nickname or a title
    (a sign's “Team Scalise”, “Little Marco”), not someone's name."""
    words = m.text.split()
    return m.kind == PERSON and len(words) >= 2 and not _looks_like_full_name(words)


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


_QUOTE_MARKS = "\"“‘'"


def _opens_sentence(paragraph: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing, or a stop or a colon, then only spaces and quote marks,
    before it. Read backwards from it: a pattern searched from the paragraph's start scanned all of it for each
    mention (35 µs a call over the corpora's paragraphs)."""
    end = start
    while end and (paragraph[end - 1].isspace() or paragraph[end - 1] in _QUOTE_MARKS):
        end -= 1
    return not end or paragraph[end - 1] in ".!?:"


_THE_OPENING = re.compile(r"[Tt]he\s")
_COMPOUND_AFTER = re.compile(r"[-/]\w")
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


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# What gender-guesser says of a word that is a given name ("Chris" is mostly a man's; "Tie" is either, a word).
GIVEN_NAME_GENDERS = frozenset({"male", "female", "mostly_male", "mostly_female"})


# What puts a name somewhere: "in Harnwick", "at the Harnwick", where one comes from, goes about or heads: "from
# Harnwick", "towards Harnwick", and a bearing from it: "300 km south of Harnwick".
LOCATED_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(LOCATIVE_PREPOSITIONS | {"from", "across", "around", "towards", "toward"}))
    + r"|(?:north|south)?(?:east|west) of|(?:north|south) of)\s+(?:the\s+)?$", re.I)


def _located(m: Mention, paragraph: str) -> bool:
    """Whether the mention is used as a place: after a locative preposition."""
    return bool(LOCATED_BEFORE.search(paragraph, max(0, m.start - 16), m.start))
