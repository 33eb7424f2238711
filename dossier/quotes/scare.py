"""Scare quotes and titles: spans nobody is said to have said, that are short or read like a
title or a name, are dropped.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..lang.en import speech
from ..structure import Article
from .marks import _span_text
from .spans import SCARE_QUOTE_MAX_WORDS, _head, _Span
from .subjects import _is_cap

# A verb that gives someone a name, a few words before the marks: 'called her "Miss Piggy"' (not
# "so-called", which is the writer's own scare quote); or "as" right before them, what someone is
# said to be: 'identified the judge as "Spanish,"', 'refers to him as "Chris"'. Not the noun after an article or a
# possessive: 'during a call to ABC's "This Week"', 'the brand "…"' name no one.
_NOUN_BEFORE = "".join(rf"(?<!\b{word} )" for word in sorted(speech.NOUN_MARKERS - {"following"}))
_NAMING = re.compile(
    rf"(?<!-){_NOUN_BEFORE}\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed|brand(?:s|ed|ing)?|label(?:s|ed|led|ing)?)"
    r"(?:\s+[\w’'\-]+){0,5}\s*$|\bas(?:\s+(?:the|an?))?\s*$"
)


# The writer naming a thing: "known as", or a naming participle after a noun that a determiner opens or a comma
# closes ("tickets for the early viewing, called").
_THING_NAMING = "|".join(sorted(phrase.replace(" ", r"\s+") for phrase in speech.THING_NAMING_PHRASES))
_THING_NAMED = re.compile(
    rf"\b(?:{_THING_NAMING})\s*$|(?:\b(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?([a-z-]+)|\b([a-z-]+),)\s+(?:{'|'.join(sorted(speech.NAMING_PARTICIPLES))})\s*$",
    re.I,
)


def _named_by(paragraphs: list[str], span: _Span) -> bool:
    """Whether a name in marks is what someone called someone: then it is their words, a quote."""
    p, at = span.opened_at
    return bool(_NAMING.search(paragraphs[p][max(0, at - 80) : at]))


def _names_a_thing(paragraphs: list[str], span: _Span) -> bool:
    """Whether a short capitalised name in marks is what the writer calls a thing ('a group called "Moms for
    Roe"', 'known as "…"'): a name, no one's words."""
    words = _span_text(paragraphs, span).strip(" ,.").split()
    if not words or len(words) > SCARE_QUOTE_MAX_WORDS or not (_is_cap(words[0]) and _is_cap(words[-1])):
        return False
    if re.search(r"[.!?,;:]", " ".join(words)):
        return False
    p, at = span.opened_at
    thing = _THING_NAMED.search(paragraphs[p][max(0, at - 80) : at])
    noun = thing and (thing.group(1) or thing.group(2))
    return bool(thing) and (not noun or noun.lower() not in _NOT_A_THING)


# Words before "called" that leave it someone's verb: 'the senator called', 'the group has called', 'which they called'.
_NOT_A_THING = (speech.HEAD_NOUNS | speech.ROLE_NOUNS | speech.AUXILIARIES | speech.BE_FORMS | set(speech.PRONOUNS)
                | speech.ADVERBS | frozenset("has have had also once".split()))


# The words after a quote up to the first lower-case word: a name of up to three words or a pronoun.
_VOICED_AFTER = re.compile(
    rf"\s*(?:(?:{'|'.join(p for p in speech.PRONOUNS if p != 'i')})\s+|(?:[A-Z][\w.'’-]*\s+){{0,3}})([a-z]+)\b"
)


def _only_linking_words(text: str) -> bool:
    """Words that only link what follows ("But,", "Also,", "And yet,"): no speech of their own."""
    words = re.findall(r"[\w'’]+", text.lower())
    return all(w in speech.LINKING_WORDS for w in words)


def _voiced(paragraphs: list[str], span: _Span) -> bool:
    """Whether short words in marks are someone's speech by their form, however short or capitalised:
    a whole sentence of its own, or after a colon ('"It's had a marvelous result."', 'leaned in and
    boomed: "Let's defeat her in November."'), or words right after a verb
    that voices them ('the crowd chanted, "Dump Trump."', 'He said "The Hispanics"')."""
    p, at = span.opened_at
    before = paragraphs[p][:at].rstrip()
    text = _span_text(paragraphs, span).strip()
    opens_sentence = not before or before[-1] in ".!?"
    sentence = len(text.split()) >= 3 and text[:1].isupper() and text[-1:] in ".!?"
    if sentence and (opens_sentence or before.endswith(":")):
        return True
    # '"Safety," said Grimm', '"Really," she added': a sentence opened by the words, then a reporting verb
    # (after a name, a pronoun or neither).
    p_close, at_close = span.closed_at
    after = _VOICED_AFTER.match(paragraphs[p_close][at_close:])
    if (opens_sentence and text[-1:] in ",!?" and after and after.group(1) in speech.REPORTING_VERBS
            and not _only_linking_words(text)):  # '"Also," he said, "they …"' opens a quote it interrupts
        return True
    verb = re.search(r"(?<![\w-])([a-z]+)[,:]?$", before)
    return (
        bool(verb)
        and verb.group(1) in speech.REPORTING_VERBS
        and not verb.group(1).startswith(speech.NOT_VOICING_STEMS)
    )


def _before_a_role(paragraphs: list[str], span: _Span) -> bool:
    """Whether a name in marks describes the role or person after it: '"Kill Bill" director Ann Lee'."""
    p, at = span.closed_at
    following = re.match(r"\s*([a-z]+)\b", paragraphs[p][at:])
    return bool(following) and following.group(1) in speech.HEAD_NOUNS


_WORK_WORDS = "|".join(sorted(speech.TITLED_WORKS))
# A work named right before the marks, or a word that titles it: 'wrote a memo, "', 'a paper titled "'.
_APPEARANCE = "|".join(sorted(phrase.replace(" ", r"\s+") for phrase in speech.APPEARANCE_PHRASES))
_WORK_BEFORE = re.compile(
    rf"\b(?:(?:{_WORK_WORDS})s?\s*,?|{'|'.join(sorted(speech.TITLING_WORDS))}:?|{_APPEARANCE})\s*$", re.I
)
# The work set after the marks: '," the Atlantic Council's memo', ', a 2019 report'.
_WORK_AFTER = re.compile(
    rf"[\s,]*(?:the|an?|his|her|their|its|[A-Z][\w.'’-]*['’]s?)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{_WORK_WORDS})\b"
)


def _titles_a_work(paragraphs: list[str], span: _Span) -> bool:
    """Whether title-case words in marks are a work's title, by the work named next to them: 'Roe wrote a memo,
    "Rolling Back the Growing Threat," that …' quotes no one, whoever the sentence says wrote it."""
    # A work's title may hold a comma: 'the podcast "So, That Happened."'
    if not _title_case(_span_text(paragraphs, span).strip(" ,.").replace(", ", " "), speech.WORK_TITLE_MINOR_WORDS):
        return False
    p, at = span.opened_at
    p_close, at_close = span.closed_at
    return bool(
        _WORK_BEFORE.search(paragraphs[p][max(0, at - 40) : at])
        or _WORK_AFTER.match(paragraphs[p_close], at_close)
    )


# Before a headline in its sentence: nothing, or a section's label in capitals and a dash ('FAREWELL—"…," by').
_SECTION_LABEL = re.compile(r"(?:[A-Z][A-Z'’&. ]*)?[\s—–:-]*")
# The byline: "by" and a name (an outlet's too) ending at a colon or the paragraph's end, not 'by Lee's account,'.
_BYLINE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.BYLINE_OPENERS))})\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}[A-Z][\w.'’-]*\s*(?::|$)"
)


def _headline_before_byline(paragraphs: list[str], span: _Span) -> bool:
    """Whether the words in marks are a headline set before its byline: opening their sentence and ending in a comma,
    then "by" and a name before a colon ('"Museum names a new director," by Courier's Jo Roe: "…"'). Not words in
    marks a sentence reports ('Lee said the "rudeness of remarks," by Roe last week'), whose sentence they do not
    open, nor a quote 'by Lee's account'."""
    if len(span.pieces) > 1 or not _span_text(paragraphs, span).rstrip().endswith(","):
        return False
    (p, at), (p_close, at_close) = span.opened_at, span.closed_at
    head, _ = _head(paragraphs[p], at, 0)
    return bool(_SECTION_LABEL.fullmatch(head)) and bool(_BYLINE_AFTER.match(paragraphs[p_close], at_close))


# Right before the marks: "the", or a body's capitalised name ("told the United Nations “…”").
_BODY_OR_THE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[A-Z][\w&.'’-]*\s+(?:{'|'.join(sorted(w.capitalize() for w in speech.BODY_WORDS))}))\s*$"
)
_FINITE_WORDS = speech.AUXILIARIES | speech.BE_FORMS | set(speech.PRONOUNS)  # a clause's verb or subject


def _body_name_in_marks(paragraphs: list[str], span: _Span) -> bool:
    """Whether title-case words in marks, however many, are a body's name: no finite verb, no sentence's
    punctuation, right after "the" or a body's name ('told the United Nations "Committee on the Peaceful Uses of
    Outer Space"'), the way a name is set in a sentence, not words someone said."""
    text = _span_text(paragraphs, span).strip(" ,.")
    words = text.split()
    if len(words) < 2 or not _title_case(text) or any(
            w.lower() in _FINITE_WORDS or re.search(r"['’]\w", w) for w in words):
        return False
    p, at = span.opened_at
    return bool(_BODY_OR_THE_BEFORE.search(paragraphs[p][max(0, at - 60) : at]))


def _is_name_in_marks(text: str) -> bool:
    """A short run of capitalised words without a sentence's punctuation: a title, not a quote."""
    return _title_case(text) and len(text.split()) <= SCARE_QUOTE_MAX_WORDS


def _title_case(text: str, minor: frozenset[str] = speech.TITLE_MINOR_WORDS) -> bool:
    """Whether every word is capitalised but the ``minor`` words of a title, without a sentence's inner
    punctuation but a subtitle's colon: "Fox News Sunday", "The Lead with Jake Tapper", "Perfect
    Enough: Carly Fiorina and the Reinvention of Hewlett-Packard"."""
    words = text.split()
    capitalised = sum(1 for w in words if _is_cap(w) or w[:1].isdigit() or w.lower() in minor)
    # A number and an abbreviation's full stop are part of a title: "Kill Bill: Vol. 1", "St. Elsewhere".
    unabbreviated = re.sub(r"\b([A-Z][a-z]{0,3})\.(?=\s)", r"\1", text)
    return capitalised == len(words) and not re.search(r"[.!?,;]\s|:\s(?![A-Z0-9])|[!?]$", unabbreviated)


def _is_scare_or_title(text: str, article: Article, attributed: bool, reported: bool) -> bool:
    """Quoted words that are not anyone's words: a title, a label, a scare quote, markup.

    ``attributed``: the sentence names who said them; ``reported``: it has a reporting verb.
    """
    words = text.split()
    if not attributed and fuzz.ratio(text.lower().strip(".,"), article.title.lower()) > 90:
        return True  # the article's own title, quoted by page furniture (not the lede quoting whom the title quotes)
    if _is_name_in_marks(text) or (_title_case(text) and not attributed):
        return True  # the name of a show, a book, a law: "Fox News Sunday"
    return len(words) <= SCARE_QUOTE_MAX_WORDS and not (attributed or reported)


# A relative clause about a thing, its verb first: "legislation that would have allowed", "a law which has".
_THING_CLAUSE = re.compile(
    rf"\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.AUXILIARIES | {'has', 'have', 'had'}))})\b"
)
# A lower-case noun right after the marks, ending its phrase: '"religious freedom" grounds,'.
_NOUN_AFTER_MARKS = re.compile(r"\s+[a-z]+(?:[,.;:]|$)")


def _label_in_a_thing_clause(paragraphs: list[str], span: _Span, cue: str) -> bool:
    """Whether a few words in marks label the noun after them inside a relative clause about a thing that opens after
    the reporting verb ('Roe announced her veto of a bill that would have let firms refuse anyone on "religious
    freedom" grounds'): the writer's label for what the clause tells, not words the subject said."""
    text = _span_text(paragraphs, span).strip()
    if len(text.split()) > SCARE_QUOTE_MAX_WORDS or text[-1:] in ".,;:!?" or len(span.pieces) > 1:
        return False
    (p, at), (p_close, at_close) = span.opened_at, span.closed_at
    if not _NOUN_AFTER_MARKS.match(paragraphs[p_close], at_close):
        return False
    head, _ = _head(paragraphs[p], at, 0)
    verb = head.rfind(cue)
    return verb >= 0 and _THING_CLAUSE.search(head, verb + len(cue)) is not None
