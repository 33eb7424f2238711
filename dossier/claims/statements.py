"""The claims stage for one article (``find_statements``): its statements with their
figures, and their sources linked to the dossier's entities (``link_sources``): the quote's speaker, the person a
pronoun points back to, a group, a body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from ..entity_data import capital_countries, country_forms, gazetteer, given_name_gender
from ..figures import article_pounds, date_in, nations, parse_figures
from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.names import ACCOUNT_NOUNS, COMMON_BODY_HEADS, FUNCTION_WORDS, ROLE_NOUNS, SOCIAL_PLATFORMS
from ..lang.en.words import IRREGULAR_FORMS
from ..reader import ticker_lines
from ..sentences import DATELINE, split_sentences
from ..structure import Article, Entity, Figure, Mention, Quote, Statement
from .days import event_day, takes_event_day, tells_series
from .detection import _CUE, _named_person_vouches, is_denial, is_negated, is_statement, stance_of
from .prepared import NO_DAY, _figure_at, _prepare
from .sources import _GROUP_REPORTER, find_source
from .terms import _ASSERT_CUES, _AUXILIARIES, _DISPUTE_CUES, _RUN_ON_CLOSING, _outside_quotes, claim_clause, word_terms


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
    lines = _short_lines(article.paragraphs) | ticker_lines(article.paragraphs) | set(article.subheads)
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
            # How someone described a thing, in marks ('She described it as "…"'), is the writer's sentence, however
            # much of it the marks hold.
            quoted = _quoted(quotes, index, start, end) and not _DESCRIBED_AS.match(sentence)
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
    day, series = event_day(article), tells_series(article)
    for statement, (places, people) in zip(statements, named, strict=True):
        taken = day if takes_event_day(statement.text, statement.quoted, series) else NO_DAY
        statement.comparison = _prepare(statement, places, people, taken, series)
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
        clause.start() < written[0] and written[1] <= clause.end()
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


def ticker_tellings(article: Article) -> list[Statement]:
    """The first sentence of each of the article's ticker lines (``ticker_lines``), as a statement of no claim: a
    race's timeline states no fact a claim groups, but the lap it gives an event ("Lap 29 … stops the race with
    another red flag") is the outlet's telling of it (``figures.positions_told_apart``)."""
    tellings = []
    for index in sorted(ticker_lines(article.paragraphs)):
        paragraph = article.paragraphs[index]
        for start, end in split_sentences(paragraph)[:1]:
            tellings.append(Statement(article=article.id, paragraph=index, text=paragraph[start:end].strip(),
                                      outlet=article.outlet, wire=article.wire, copy_of=article.copy_of))
    return tellings


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
    or source. A wire's dateline the sentence opens on is no part of it ("SEOUL (Reuters) - North Korea")."""
    clause = claim_clause(sentence)
    found = _BODY_PRONOUN.match(clause)
    written = DATELINE.sub("", written)
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


# A sentence that ends on the words in marks someone described a thing "as" ('She described the event as "…"').
_DESCRIBED_AS = re.compile(rf"^[^“”\"]*\b(?:{'|'.join(sorted(speech.DESCRIBING_VERBS))})\b[^“”\"]{{0,60}}\bas\s+"
                           r"[“\"][^“”\"]+[”\"]?[\s.!?]*$", re.IGNORECASE)


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
