"""Resolution, before merging: mentions put right (tails restored, sentence openers, phrases the
story writes in lower case, titles, honorifics and places trimmed).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..entity_data import gazetteer, given_names
from ..lang.en.names import (
    BODY_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LOWER_CASE_INSTITUTION_HEADS,
    MODIFIED_PEOPLE_NOUNS,
    ORG_CUES,
    PLACE_CUES,
    TITLE_HEADS,
    TITLE_WORDS,
    UNSPACED_WORDS,
)
from ..models import ordinary_words
from ..structure import Mention, Vocabulary
from .keys import _is_role_only, _name_key, _surface
from .kinds import _COUNTED_AFTER, _known_word, _reports_sport
from .passes import _LOWER_WORD_AFTER, _opens_sentence
from .tokens import ORG, OTHER, PERSON, PLACE, _is_acronym

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
        found = [(m.start, name) for name in heads.get(m.text, ()) if _written_at(paragraph, m.start, name, m.text)
                 and not paragraph[m.start + len(name) : m.start + len(name) + 1].isalnum()]
        found += [(start, name) for name in tails.get(m.text, ()) if (start := m.end - len(name)) >= 0
                  and paragraph.startswith(name, start) and not paragraph[start - 1 : start].isalnum()]
        if not found or id(m) in gone:
            continue
        start, whole = max(found, key=lambda found: len(found[1]))
        end = start + len(whole)
        gone.update(id(other) for other in by_paragraph[m.article, m.paragraph]
                    if other is not m and start <= other.start and other.end <= end)
        m.start, m.end, m.text, m.kind = start, end, paragraph[start:end], votes[whole].most_common(1)[0][0]
    return [m for m in mentions if id(m) not in gone]


def _written_at(paragraph: str, start: int, name: str, head: str) -> bool:
    """Whether ``name`` is written at ``start``, or its words after ``head`` are an institution's head words in lower
    case there, as some outlets write them ("Vell University hospital" of "Vell University Hospital")."""
    if paragraph.startswith(name, start):
        return True
    written = paragraph[start : start + len(name)]
    gained = name[len(head) :].split()
    return (written[: len(head)] == head and written[len(head) :].split() == [w.lower() for w in gained]
            and all(w in LOWER_CASE_INSTITUTION_HEADS for w in gained))


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


def _number_series(mentions: list[Mention], paragraphs: dict[str, list[str]], sport_reports: dict[str, bool]) -> None:
    """A name the dossier numbers two ways or more outside sport ("Vell 1", "Vell 4") names a series, and each
    numbered use a member of its own (the fourth mission, not the series): the number is part of that use's name,
    a thing's. The name alone stays the series'. ``sport_reports``: whether each article reports sport, as its
    extraction found (an article not there is read here)."""
    sport = {article for article, texts in paragraphs.items()
             if (sport_reports[article] if article in sport_reports else _reports_sport(texts))}
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


def _paragraph_of(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The paragraph a mention is in (None for an article the dossier lacks)."""
    text = paragraphs.get(m.article)
    return text[m.paragraph] if text and m.paragraph < len(text) else None


def _text_before(m: Mention, paragraphs: dict[str, list[str]], width: int) -> str:
    """The ``width`` characters of its paragraph before a mention ("" for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return "" if paragraph is None else paragraph[max(0, m.start - width) : m.start]
