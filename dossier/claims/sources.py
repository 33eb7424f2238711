"""A statement's source as its sentence writes it (``find_source``): the speaker before a
reporting verb, "according to", a body's spokesman.
"""

from __future__ import annotations

import re

from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.names import ROLE_NOUNS
from ..lang.en.words import STOPWORDS
from .detection import (
    _ACCORDING,
    _ASIDE,
    _CUE,
    _DENY_VERB,
    _DISPUTE_VERB,
    _FURTHER_SAYING,
    _SPOKEN_OBJECT_AFTER,
    _WITHHELD,
    _without_attributive_reports,
    _without_participle_asides,
)
from .terms import _REGULAR_FINITE, _STATING, _outside_quotes

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
_FINITE = re.compile(_REGULAR_FINITE)
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


# A group of people as the subject of a verb of saying: a determiner or a few words before the noun, a place or
# body after it ("Scientists at the Vell institute", "Local police", "The researchers").
_GROUP_REPORTER = re.compile(rf"(?:(?!(?i:{cues.NOT_IN_GROUP_NAME})\b)[\w'’.-]+\s+){{0,3}}?(?i:{cues.GROUP_REPORTERS})"
                             r"(?:\s+(?:at|from|of|in|with|for|on)\s+(?:(?!\b(?:is|are|was|were)\b)[^,;]){1,60})?")


# A group, then the name it goes by between commas, as the subject of a verb of saying: "The event organisers, Vell
# Fest,".
_GROUP_THEN_NAME = re.compile(rf"\s*(?P<group>{_GROUP_REPORTER.pattern}),\s+(?P<name>[A-Z][^,;:]{{0,60}}?),\s*")
