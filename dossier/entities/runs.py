"""The rules' reader: runs of capitalised tokens, split on a title ("Russian Foreign Minister |
Sergey Lavrov") and classified by the place gazetteer, organisation cue words, acronyms, given names and context.
"""

from __future__ import annotations

import re

from ..entity_data import gazetteer, given_names
from ..lang.en.names import (
    ABBREVIATIONS,
    BODY_HEADS,
    COMPASS,
    CONNECTORS,
    DEMONYM_COMBINING_FORMS,
    DESCRIPTIVE_WORDS,
    EVENT_WORDS,
    FACILITY_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LEGISLATURE_HEADS,
    MEDIA_JOB_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NEWS_PROGRAMME_WORDS,
    NOT_ORG_ACRONYMS,
    ORG_AFTER_WORDS,
    ORG_CUES,
    ORG_INTRODUCERS,
    ORG_NOUNS,
    PLACE_COMPANY_HEADS,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    PLACE_SUFFIXES,
    PLACE_UNIT_HEADS,
    PROGRAMME_WORDS,
    RANKS_AFTER_TITLES,
    REGION_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    ROLE_TIME_QUALIFIERS,
    SURNAME_EVENT_WORDS,
    TITLE_HEADS,
    TITLE_WORDS,
    WEEKDAYS,
)
from ..lang.en.speech import NAME_SUFFIXES
from ..structure import Mention
from .keys import _surface, _web_address
from .tokens import ORG, OTHER, PERSON, PLACE, Token, _Context, _dotted_title, _is_acronym

# An age between commas after a name: "Unique Armstead, 32, and", "Jane Doe, 45, of Leeds".
AGE_AFTER = re.compile(r", \d{1,2}(?:,(?!\d)| of\b)")
# An article and up to two modifiers before a noun: "the ", "the 19-year-old ", "a young ".
# A quotation closed right before a name: "“It is wrong,” Jo Roe, the minister, insisted." names who said it.
QUOTE_CLOSED_BEFORE = re.compile(r"[,!?][”\"] $")


def _is_programme(words: list[str]) -> bool:
    """A programme's title ("The Steve Harvey Morning Show", "Breitbart News Daily"), a work rather than a name."""
    return words[-1] in PROGRAMME_WORDS or (
        len(words) >= 3 and words[-1] in NEWS_PROGRAMME_WORDS and words[-2] == "News")


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
