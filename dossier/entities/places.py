"""Resolution of teams and places: a team is also its nickname and, in reports about sport, its
place; clipped names, towns and their states, names merged by a shared key.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from ..entity_data import gazetteer, given_names, translit_key
from ..lang.en.names import (
    BODY_SHORT_FORMS,
    FUNCTION_WORDS,
    ORG_CUES,
    PLACE_APPOSED,
    PLACE_CUES,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
    TEAM_LOSS_WORDS,
    TEAM_NOT_BEFORE,
    TEAM_NOUNS_AFTER,
    TEAM_VERBS_AFTER,
    TEAM_WORDS_BEFORE,
    TEAMS_OF_A_PLACE,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
    VENUE_WORDS,
)
from ..sentences import DATELINE
from ..structure import Entity, Mention
from .cleanup import _paragraph_of, _text_before
from .keys import WEB_ADDRESS, _name_form, _name_key, _org_key, _person_parts, _place_key, _surface, _UnionFind
from .kinds import _place_keys, _plural, _reports_sport, _team_nickname
from .passes import _WORD_BEFORE
from .people import _given_named, _heads_the_phrase, _namesake_told_apart, _one_edit
from .tokens import ORG, PERSON, PLACE


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


def _text_after(m: Mention, paragraphs: dict[str, list[str]], width: int) -> str:
    """The ``width`` characters of its paragraph after a mention ("" for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return "" if paragraph is None else paragraph[m.end : m.end + width]


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


_PLACE_APPOSED = re.compile(PLACE_APPOSED)
