"""Step 2, attribution: the words of a sentence as noun phrases and subjects. Tokens, the subject
before a reporting verb, a name's place and role beside it: what the attribution patterns read a speaker from.
"""

from __future__ import annotations

import functools
import re

from ..entity_data import gazetteer, name_gender_detector
from ..lang.en import speech
from ..lang.en.names import DESCRIPTIVE_WORDS, UNSPACED_WORDS, US_STATE_ABBREVIATIONS
from .spans import _WORD


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _clean_np(text: str) -> str:
    """A noun phrase without trailing time words, adverbs and punctuation."""
    words = text.strip(" ,;:—–-\"“”'‘’").split()
    while words and words[0].lower().strip(",") in speech.OPENERS:
        words.pop(0)
    if len(words) > 1 and words[0].lower() in speech.FREE_RELATIVE_OPENERS:
        words.pop(0)
    while words and (
        words[-1].lower().strip(",.") in speech.ADVERBS | speech.TIME_WORDS | speech.REFLEXIVES
        or words[-1].strip(",.") in speech.AUXILIARIES  # in lower case: "Theresa May" keeps her name
        or words[-1] in ("on", "in")
        or re.fullmatch(r"[a-z]{4,}ly", words[-1]) and words[-1] not in speech.LY_NOUNS  # "Musk originally"
    ):
        words.pop()
    np = " ".join(words).strip(" ,;:")
    placed = _NAME_THEN_PLACE.fullmatch(np)
    return placed.group(1) if placed else np


# A name, then where or when it spoke: "Sanders during a rally", "Trump from his desk", "Lee in her speech" (not
# a participle opening the sentence: "Writing in a company blog").
_NAME_THEN_PLACE = re.compile(
    r"(?![A-Z][a-z]+ing\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:during|from|in|at|on|after|before|through)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:\S+\s+){0,3}\S+"
)


def _describes_role(word: str, following: str | None) -> bool:
    """Whether a reporting word that is also a noun describes the role word after it: "state Sen. Jane Roe"."""
    return word in speech.REPORTING_NOUN_STEMS and following is not None and following.lower() in speech.ROLE_WORDS


def _looks_like_np(text: str) -> bool:
    """Whether ``text`` reads as a speaker: a name, a title, a pronoun or an organisation."""
    words = re.sub(r"\s*\([^)]*\)", "", text).split()  # "Rep. Gwen Moore (D-Wis.)"
    if not words or len(words) > 10 or words[0].lower() in speech.INTRODUCERS:
        return False
    if words[0].lower() in speech.PRONOUNS:
        return len(words) == 1
    if any(w in speech.PRONOUNS for w in words[1:]):
        return False  # a clause with a subject of its own: "Ryan also hammered Obama for what he"
    # A surname that is also a function word ends a given name: "Al From" is a name, not "Al" from somewhere.
    surname = len(words) >= 2 and _is_cap(words[-1]) and _given_name_gender(words[-2]) is not None
    inner = words[1 : -1 if surname else None]
    if any(w.lower() in speech.CLAUSE_WORDS - {"of", "for", "at", "in", "on"} for w in inner):
        return False
    reporting = any(
        w.lower().strip(",.") in speech.REPORTING_VERBS
        and not _is_cap(w)
        and not _describes_role(w, words[i + 1] if i + 1 < len(words) else None)
        for i, w in enumerate(words)
    )
    if reporting and not _report_noun(words):
        return False  # a clause, not a noun phrase ("The New York Post" is a name)
    if _is_junk(words) or (len(words) == 1 and words[0].lower() in speech.DETERMINERS):
        return False  # a number, a headline fragment, or a determiner alone ("The")
    first = words[0].lower()
    if first in ("this", "that", "these", "those"):
        # "this reporter", "that senior official"; and a person's noun alone: "this source", "that woman".
        return len(words) > 1 and (words[1].lower() in speech.ROLE_WORDS
                                   or len(words) == 2 and words[1].lower() in speech.POINTED_PEOPLE_NOUNS)
    if (
        _is_cap(words[0])
        or first in speech.DETERMINERS | speech.QUANTIFIERS | speech.POSSESSIVES
        or first in speech.ROLE_WORDS
    ):
        return True
    # "panel Chairman Jason Chaffetz", "retired general Lloyd Newton": a description, then a name.
    return _is_cap(words[-1]) and not words[-1].isupper()


def _report_noun(words: list[str]) -> bool:
    """Whether the words are a determiner, at most one modifier and a reporting word as the noun: "the report",
    "the congressional report", "her tweet" (not "the senator would report", a clause)."""
    last = words[-1].lower().strip(",.")
    modifiers = words[1:-1]
    return (
        2 <= len(words) <= 3
        and words[0].lower() in speech.NOUN_MARKERS
        and (last in speech.SPEAKING_TEXT_NOUNS or last[:-1] in speech.SPEAKING_TEXT_NOUNS and last.endswith("s"))
        and all(w.islower() and w not in speech.AUXILIARIES and not w.endswith("ly") for w in modifiers)
    )


def _is_junk(words: list[str]) -> bool:
    """A number ("Twenty-nine") or a run of capitals (a headline fragment) names nobody."""
    if (
        re.fullmatch(
            r"[\d,.]+|(?:[A-Za-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)s?",
            words[0].lower(),
        )
        and len(words) == 1
    ):
        return True
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    return len(words) >= 2 and len(capitals) == len(words)


def _trailing_np(text: str) -> str:
    """The name or title that ends ``text``, right before a verb: "Mayor Bill de Blasio" in "an
    explosion that Mayor Bill de Blasio", "The New Yorker" in "as The New Yorker", "he" in "that he".

    Only capitalised words, surname particles and role words, after an optional determiner or
    possessive: a lowercase description ("a controversial") is not a speaker.
    """
    words = text.split()
    if words and words[-1].lower() in speech.PRONOUNS:
        return words[-1]
    taken: list[str] = []
    for word in reversed(words):
        bare = word.lower()
        if word.endswith((",", ";", ":")) or len(taken) >= 6 or bare == "as":
            break  # "As Michael Dell said, …": capitalised by its place, no part of the name
        if _is_cap(word) or bare in speech.ROLE_WORDS or (taken and bare in speech.NAME_PARTICLES):
            taken.insert(0, word)
            continue
        if bare == "of" and " ".join(taken) in _places()[1]:
            taken.insert(0, word)  # "Paul D. Ryan of Wisconsin": where the person serves, after the name
            continue
        if taken and (bare in ("the", "a", "an") or re.search(r"['’]s$", word)):
            taken.insert(0, word)
        break
    named = [w for w in taken if _is_cap(w) and w.lower() not in speech.DETERMINERS]
    return " ".join(taken) if named or any(w.lower() in speech.ROLE_WORDS for w in taken) else ""


# A form of "be" right before a reporting verb makes it passive: "was described as", "was asked by".
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:was|were|is|are|been|being|be)\s+(?:(?:[a-z]+ly|{'|'.join(sorted(speech.ADVERBS))})\s+)?$"
)
# So does one before a first participle the verb is joined to, when "as" follows the verb: "was launched in 2011 and
# described as" (not "was elected in 2011 and said", where "said" is the subject's own past tense).
_PASSIVE_JOINED = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,.;:“”\"]{0,40}?"
                             r"\s+and\s+(?:[a-z]+ly\s+)?$")


# A participle set off after a noun, when "as" follows the verb: "The inquiry, often labeled as", "— described as".
_REDUCED_PASSIVE = re.compile(rf"(?:,|\s[—–])\s+(?:(?:[a-z]+ly|{'|'.join(sorted(speech.ADVERBS))})\s+)?$")


# A lower-case hyphenated modifier before a role: "far-right", "long-time".
_COMPOUND_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _passive(head: str, verb_start: int) -> bool:
    """Whether the reporting verb at ``head[verb_start:]`` is passive ("Nice has been described as", "He was told"):
    its subject is whom the words are about or to (but "Ann Lee was quoted as saying" is hers)."""
    return bool(_PASSIVE_BEFORE.search(head[:verb_start])) and not re.match(r"\w+ing\b|quoted\b", head[verb_start:])


# "as" opening a comment clause, before its subject: "As the Global Times", "as one employee", "As Speaker Lee", "And as
# Jo Roe".
_AS_COMMENT = re.compile(
    rf"(?:(?i:{'|'.join(sorted(speech.CLAUSE_JOINERS))})\s+)?[Aa]s\s+(?=(?:the|an?|one)\s|[A-Z])"
)


# A name that ends the words before a comma, right after "that", a subordinator or an opening bracket: the subject of
# the clause they open.
_NAME_OPENS_CLAUSE = re.compile(
    rf"(?:\b(?:that|{'|'.join(sorted(speech.SUBORDINATORS))})\s+|\()((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)$"
)


# A participle opening a phrase that describes the subject before it ("speaking to Iowans", "dressed in red").
_PARTICIPLE_PHRASE = re.compile(
    rf"\s*(?:[a-z]+ing\b|(?:[a-z]+ed|{'|'.join(sorted(speech.IRREGULAR_PARTICIPLES))})\s+[a-z])"
)


# The end of a sentence giving whose report it is (group 1: who reports): ", a government spokesperson, Jo Roe, said.",
# ", Acme spokesman Jo Roe told reporters on Friday.", ", Foreign Minister Jo Roe said."
_REPORTER_ENDS = re.compile(
    rf",\s+([^;:“”\"]*?)\s+(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b[^,;:“”\"]{{0,30}}$"
)


_HEARD = re.compile(r"\s+(?:(?:can|could|may|might|will)\s+)?(?:(?:then|also|clearly|later)\s+)?"
                    r"(?:be|is|was|were|are)\s+(?:(?:then|also|clearly|later)\s+)?heard\s+$")

# Whom an outlet or a text relays, before the participle that gives the words: "Jo Roe was quoted by the Vell agency
# saying", "was cited by Reuters as saying": the subject before it speaks, not the outlet.
_RELAYED_BY = re.compile(
    r"\s+(?:was|were|is|are|been|being)\s+"
    rf"(?:{'|'.join(sorted(v for v in speech.RELAYING_VERBS if v.endswith('ed')))})\s+by\s+[^,;:“”\"]+?\s+(?:as\s+)?$"
)


# A role of something named by a lower-case noun ("the minister of education"), and the items of a list that goes on
# after it, the last one joined by "and" or "or" ("science", "and technology", "science and technology").
_ROLE_OF_NOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(w for w in speech.ROLE_WORDS if '.' not in w))})\s+(?:of|for)\s+[a-z][\w-]*$"
)
_LIST_ITEM = re.compile(r"(?:(?:and|or)\s+)?[a-z][\w-]*(?:\s+(?:and|or)\s+[a-z][\w-]*)?")
_LIST_END = re.compile(r"(?:[a-z][\w-]*\s+)?(?:and|or)\s+[a-z][\w-]*")


def _join_role_lists(segments: list[str]) -> list[str]:
    """The comma pieces of a sentence's words, with a list a role is of kept whole: "Lee, the minister of education,
    science and technology, said" is Lee's apposition, not a list of things that speak."""
    joined: list[str] = []
    i = 0
    while i < len(segments):
        joined.append(segments[i])
        end = i + 1
        while end < len(segments) and _LIST_ITEM.fullmatch(segments[end].strip()):
            end += 1
        if _ROLE_OF_NOUN.search(segments[i].strip()) and end > i + 1 and _LIST_END.fullmatch(segments[end - 1].strip()):
            joined[-1] = ", ".join([segments[i], *(s.strip() for s in segments[i + 1 : end])])
            i = end
        else:
            i += 1
    return joined


def _subject_before(head: str, verb_start: int) -> tuple[str, str | None] | None:
    """The subject of the verb at ``head[verb_start:]``: (noun phrase, apposition or None)."""
    heard = _HEARD.search(head[:verb_start])
    if heard:
        verb_start = heard.start()  # "Jo Roe can be heard saying": whom a recording lets us hear is who speaks
    relayed = _RELAYED_BY.search(head[:verb_start])
    if relayed:
        verb_start = relayed.start()
    if _passive(head, verb_start):
        return None
    # A colon ends a clause too: "Few backed it: Roe called it "…"" is Roe's.
    segments = _join_role_lists(re.split(r",\s*|\s+[—–―]\s+|[;:]\s+", head[:verb_start]))
    # "Bryne went on to say", "The email goes on to say": the subject of the verb the report hangs on.
    segments[-1] = re.sub(r"\s+(?:went|goes|go|has gone|had gone)\s+on\s+to\s*$", " ", segments[-1])
    last = _clean_np(segments[-1])
    opener = re.match(rf"(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])", last, re.IGNORECASE)
    if opener and len(segments) == 1 and not re.search(r"[,;:—–]", head[verb_start:].rstrip(" —–-")):
        # The subject of a clause that opens the sentence and holds the quote: "While Comey said it was "…", he"
        # (not "After Lee criticized him, Roe shot back, "…"", where the quote is the main clause's).
        last = last[opener.end() :]
    elif comment := _AS_COMMENT.match(last):
        # A comment clause gives the source of the main clause after it: "As the Global Times noted in an op-ed,
        # the mayor "…"", "As Speaker Ann Lee (R-Wis.) has pointed out, that is the "…"", "Of course, as Jo Roe of
        # Vell News observed: "…"".
        last = _clean_np(last[comment.end() :])
    if last in _regions() and len(segments) >= 2 and _PLACE_BEFORE.search(segments[-2]):
        # "Stacy Baker of Columbia, South Carolina says": the state after a town says where, not who.
        segments = segments[:-1]
        last = _clean_np(segments[-1])
    if len(segments) == 2 and _APPOSITION_UNCLOSED.match(last) and (_ROLE_IN.search(last) or _AFFILIATED.match(last)):
        # '"…," Jo Roe, an operations manager at the Vell Meteor Society told': the apposition's closing comma left
        # out, the subject is the person named before it (so with a post at a body named: "Jo Roe, a fellow at the
        # Vell Institute told").
        named = _clean_np(segments[0])
        if (_split_name(named) == (named, None) and _persons_name(named.split())
                and named.split()[0].lower() not in speech.SENTENCE_OPENERS):  # not "In December, the prince said"
            return named, last
    if last and _looks_like_np(last) and not re.search(r"\b(?:and|or)$", last):
        return _strip_intro(last), None
    if _role_from_place(last):
        return last, None  # "The senator from Vermont said": a role, not the place that ends it
    group = _GROUP_SUBJECT.search(last)
    if group:
        return group.group(1), None  # "That is why critics say", "21 percent said", "Another said"
    described = _DESCRIBED_SPEAKER.match(last)
    if described and _looks_like_np(described.group(1)):
        return _strip_intro(described.group(1)), None  # "Another source familiar with the talks said"
    if last and not _looks_like_np(last):
        last = _PARTY_AFTER.sub("", last)  # "At the convention Sen. Ann Lee (D-MA)": the name ends the words
    trailing = _trailing_np(last)
    if trailing and _looks_like_np(trailing):
        before_trailing = last[: len(last) - len(trailing)].split()
        # "Aides to Vellish far-right leader Jo Roe said": modifiers after "to", whom the subject works for (not
        # "Ambassador to far-right Vell …", a role's body).
        kept = len(before_trailing)
        while kept > len(before_trailing) - 3 and kept > 1 and (
            _COMPOUND_MODIFIER.fullmatch(before_trailing[kept - 1]) or _is_cap(before_trailing[kept - 1])
        ):
            kept -= 1
        if (kept < len(before_trailing) and kept >= 2 and before_trailing[kept - 1].lower() in speech.ADDRESSEE_MARKERS
                and before_trailing[kept - 2].lower() not in speech.ROLE_WORDS):
            return None
        if _NAMED_BEFORE_AND.search(" ".join(before_trailing)):
            # "Leader Jo Roe (D) and Assistant Leader Al Poe (D) said": two people speak, neither alone (as when the
            # joined names read as one noun phrase, above)
            return last, None
        to = before_trailing[-1].lower() if before_trailing else ""
        served = _role_serving(before_trailing)
        if served:
            # "The scheduling was so odd that a spokesman for Jo Roe could only quip": the role is the subject, not
            # whom it serves.
            return f"{served} {trailing}", None
        # Not "Ambassador to the United Nations Nikki Haley": a role's body, then a person's given name and surname.
        named = len(trailing.split()) >= 2 and _given_name_gender(trailing.split()[-2]) is not None
        of_role = len(before_trailing) >= 2 and before_trailing[-2].lower() in speech.ROLE_WORDS and named
        if to in speech.ADDRESSEE_MARKERS and not of_role:
            return None  # whom the subject spoke to: "Another source speaking to Fox News said"
        if to in speech.WHERE_MARKERS:
            return None  # where the subject spoke: "after the finish in Sao Paulo said"
        if to == "by" and len(before_trailing) >= 2 and before_trailing[-2].lower() in speech.OBTAINED_BY:
            return None  # who found the document that speaks: "emails obtained by the Courier reveal"
        article = trailing.split()[0] if trailing.split()[0] in ("the", "a", "an") else ""
        if not _object_in_relative_clause(f"{last[: len(last) - len(trailing)]} {article}"):
            return trailing, None
        head = _relative_clause_head(segments)
        return (head, None) if head else None
    if not last and len(segments) == 2 and _person_of_body(_clean_np(segments[0]).split()):
        # A comma after a long subject, before its verb: "Parliament member Jo Roe of the Tovar party, explained".
        return _strip_intro(_clean_np(segments[0])), None
    if not last and len(segments) >= 3:
        # "Rutte, a former Dutch prime minister, called ...": the appositions sit between commas;
        # the subject is the first of the chain, or the first name in it.
        if comment := _AS_COMMENT.match(segments[0].lstrip()):
            segments[0] = segments[0].lstrip()[comment.end() :]  # "As Jo Roe, the party's whip, put it:"
        chain: list[int] = []
        for i in range(len(segments) - 2, -1, -1):
            candidate = _clean_np(segments[i])
            if i > 0 and re.match(r"\s*(?:from|at|with|of)\s+(?:the\s+)?[A-Z]", segments[i]):
                # An apposition saying where someone works or lives links the chain: "Ann Lee, from Acme Bank,
                # told", "Cory Roe, 22, of Flint, said".
                continue
            if re.match(rf"\s*(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))}|where)\b", segments[i]):
                continue  # a relative clause describes the subject before it, naming someone or not: "Ann Lee (D-Mo.),
                # who has endorsed Roe, said", "Jo Roe, chair of the committee — where any inquiry begins — said"
            if candidate and candidate.split()[0].lower() in speech.INTRODUCERS | {"of"}:
                if i > 0 and chain == [] and _looks_like_np(_clean_np(segments[i - 1])):
                    continue  # a phrase set in after the subject links it: "Ann Lee, in a statement, said"
                break  # an introductory phrase ("Of Carson, Levine, who …, said") ends the chain
            state = candidate in _regions() or candidate.removesuffix(".") in US_STATE_ABBREVIATIONS
            if state and i > 0 and _PLACE_BEFORE.search(segments[i - 1]):
                # The state of a town before it: "a woman in Worcester, Massachusetts, told" is the woman.
                described = _DESCRIBED_FROM_PLACE.search(segments[i - 1])
                opening = segments[i - 1][: described.start()].split() if described else []
                if opening and opening[0].lower() in speech.INTRODUCERS:
                    continue  # where a phrase set in after the subject was: "Lee, at a rally in Ames, Iowa, said"
                if described and opening and not chain:
                    return described.group(0).strip(), None  # the end of a clause, not an apposition
                continue
            if candidate and (_looks_like_np(candidate) or _person_of_body(candidate.split())):
                chain.insert(0, i)
            elif i > 0 and (two := _TWO_ROLES.fullmatch(segments[i].strip())) and (
                    _bare_role(two.group(1)) or _ROLE_OF_PLACE.fullmatch(two.group(1))):
                continue  # two roles: "Jo Roe, Democrat of Vell and the chairman of the committee, said"
            elif (opened := _NAME_OPENS_CLAUSE.search(candidate)) and _split_name(opened.group(1))[0]:
                # A clause that opens on a name heads the chain: "It was in May that Jo Roe, who …, said".
                segments[i] = opened.group(1)
                chain.insert(0, i)
                break
            elif re.match(r"\s*(?:and\s+)?(?:an?|the|his|her|its|their|[A-Z][\w.]*['’]s?)\s+[a-z\d]", segments[i]):
                continue  # an apposition ("a senior adviser to the campaign", "a 55-year-old") links the chain
            elif i > 0 and re.match(r"\s*(?:an?|the)\s+[A-Z]", segments[i]) and _ROLE_IN.search(segments[i]):
                continue  # so does a role of a body, in capitals ("the Republican National Committeeman from Utah")
            elif i > 0 and (_bare_role(segments[i]) or _role_beside_name(segments[i])):
                # and a role without its article: "Ann Lee, (senior) attorney for one of the groups, said", "Jo Roe,
                # technology strategist at Acme and chairman of …, told"
                continue
            elif i > 0 and segments[i].strip().lower() in speech.ASIDES:
                continue  # "The two lawmakers, however, argue"
            elif _PARTICIPLE_PHRASE.match(segments[i]):
                continue  # so does a participle's phrase: "Fiorina, speaking to Iowans, said", "Roe, clad in red, said"
            elif not re.match(r"\s*(?:who|whose|which|one of|\d+$)\b", segments[i]):  # relative clause, age
                break
        if chain:
            split = {i: _split_name(_PARTY_AFTER.sub("", _clean_np(segments[i]))) for i in chain}
            # "a spokesman for the Foreign Ministry, Jo Roe,": the name after "for" is whom the role serves, and the
            # person is named in the apposition.
            named = [i for i in chain if split[i][0] and not (split[i][1] and _FOR_SOMEONE.search(split[i][1]))]
            named = named or [i for i in chain if split[i][0]]
            i = named[0] if named else chain[0]
            joined = next((j for j in range(i + 1, len(segments) - 1) if _JOINED_SUBJECT.match(segments[j])), None)
            if joined is not None:
                # "Jo Roe, the chairman, and Al Poe, his counterpart, wrote", "Jo Roe, 45, and her husband said": two
                # people speak, neither alone
                # The second named as the first is: "Nebraska's attorney general, Jo Roe, and Vell's, Al Poe".
                second = next((j for j in chain if j >= joined and split[j][0]), None)
                words = split[second][0] if second is not None else _JOINED_SUBJECT.sub("", segments[joined], count=1)
                return f"{_strip_intro(_clean_np(segments[i]))} and {_clean_np(words)}", None
            apposition = ", ".join(s.strip() for s in segments[i + 1 : -1]).strip()
            return _strip_intro(_clean_np(segments[i])), apposition or None
    return None


# A role without its article, then "and" a role with it: "Democrat of Vell and the chairman of the committee".
_TWO_ROLES = re.compile(r"(.+?)\s+and\s+(?:an?|the)\s+[a-z].*")
_ROLE_OF_PLACE = re.compile(r"[A-Z]\w+\s+(?:of|from)\s+[A-Z][\w.' -]*")  # "Democrat of New York"


def _role_serving(words: list[str]) -> str | None:
    """The role that ends ``words`` with the link to whom it serves, from its determiner: "a spokesman for" in "that a
    spokesman for", "an aide to" (the words before a name); None when they end otherwise."""
    if len(words) < 3 or words[-1].lower() not in speech.SERVING_LINKS or words[-2].lower() not in speech.HEAD_NOUNS:
        return None
    opener = next((i for i in range(len(words) - 3, max(-1, len(words) - 6), -1)
                   if words[i].lower() in speech.ARTICLES | speech.POSSESSIVES | speech.NEW_PERSON_DETERMINERS), None)
    if opener is None or any(not w.islower() for w in words[opener + 1 : -1]):
        return None
    return " ".join(words[opener:])


# A name, or a party in brackets after one, then "and" or "or": the subject after it is one of two.
# A second subject joined to the first after its apposition: ", and Al Poe", ", or Ann Lee".
_JOINED_SUBJECT = re.compile(r"\s*(?:and|or)\s+(?=[A-Z]|(?:his|her|their)\s+[a-z])")
# A second name joined after the first one's apposition, where the sentence or the apposition ends: '"…," said Jo
# Roe, the chairman, and Al Poe, his deputy.'
_JOINED_NAME_AFTER = re.compile(
    r"[^,]+,\s*(?:the|an?|his|her|its|their|[A-Z][\w.'’-]*)\s[^,]*?(?<!\bthat)(?<!\bwho)(?<!ing),\s*(?:and|or)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*(?:[,.]|$)"
)
_NAMED_BEFORE_AND = re.compile(r"(?:[A-Z][\w.'’-]*|\))\s+(?:and|or)$")


def _bare_role(segment: str) -> bool:
    """Whether a segment opens on a role without its article, after its qualifiers if any: "attorney for one of the
    groups", "senior attorney with the Vell Trust"."""
    words = [_bare(token) for token in _tokens(segment)]
    while len(words) > 1 and words[0] in speech.ROLE_QUALIFIERS:
        words.pop(0)
    return bool(words) and words[0] in speech.HEAD_NOUNS


# An apposition of a role in lower case: "an operations manager at …", "the head of …".
_APPOSITION_UNCLOSED = re.compile(r"(?:an?|the)\s+[a-z]")
# An apposition saying where someone works, its noun no role word: "a fellow at the …", "a member of the …".
_AFFILIATED = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+){1,3}(?:at|of|with|from)\s+(?:the\s+)?[A-Z]")
# A party and state, or a state, in brackets after a name: "Sen. Ann Lee (D-Mo.)".
_PARTY_AFTER = re.compile(r"\s*\([^)]*\)$")
_HEAD_NOUN_WORDS = "|".join(sorted(map(re.escape, speech.HEAD_NOUNS)))
# A role or a person's noun, in lower case, of or from a place: "the senator from Vermont", "a resident of Flint".
_ROLE_FROM_PLACE = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_HEAD_NOUN_WORDS})"
    r"\s+(?:of|from|in)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)


def _role_from_place(np: str) -> bool:
    """Whether ``np`` is a role or a person's noun of a place the gazetteer knows ("the senator from Vermont"),
    not of a body, whose spokesperson speaks for it ("a spokesperson from the Transport Police")."""
    found = _ROLE_FROM_PLACE.fullmatch(np)
    return found is not None and found.group(1) in _places()[1]


# A lower-case word that may describe a group before its noun ("federal prosecutors", "senior officials"): no
# function word, and no verb's form in -ed, -ing or -ly ("when asked officials", "leaving protesters").
_GROUP_MODIFIER = (rf"(?!(?:{'|'.join(sorted(speech.NOT_DESCRIBING_WORDS))})\s)"
                   r"(?![a-z-]+(?:ed|ing|ly)\s)[a-z][a-z-]+\s+")
# A subject that counts or describes people as a group, after a clause's opening word if any: "critics",
# "many analysts", "federal prosecutors", "those surveyed", "21 percent", "Another", "Others".
_GROUP_SUBJECT = re.compile(
    rf"(?:^|\b(?:{'|'.join(sorted(speech.CONJUNCTIONS | speech.SUBORDINATORS | {'why', 'that'}))})\s+)("
    rf"(?:(?:many|some|most|other|several|few|both)\s+)?(?:{_GROUP_MODIFIER}){{0,2}}"
    rf"(?:{'|'.join(sorted(speech.GROUP_NOUNS))})"
    rf"|those\s+(?:{'|'.join(sorted(speech.POLLED_WORDS))})"
    r"|\d[\d.,]*\s*(?:%|percent|per cent)|another|others|some|several|many|most|both)$",
    re.IGNORECASE,
)
# A role word anywhere in an apposition: "the Republican National Committeeman from Utah".
_ROLE_IN = re.compile(rf"(?i:\b(?:{_HEAD_NOUN_WORDS})\b)")
# Someone described by what follows them: "Another source familiar with the talks", "a woman who lost her
# job" (the description ends the speaker's words).
_DESCRIBED_SPEAKER = re.compile(r"(.+?)\s+(?:who|whose|familiar\s+with|close\s+to|with\s+knowledge\s+of)\s+\S.*$")
# Words that end with where someone is from: "Stacy Baker of Columbia", "a woman in Worcester".
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from)\s+(?:[A-Z][\w.'’-]*\s*)+$")
_DESCRIBED_FROM_PLACE = re.compile(
    r"\b(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|in|from)\s+(?:[A-Z][\w.'’-]*\s*)+$"
)


def _object_in_relative_clause(before: str) -> bool:
    """Whether a name after ``before`` is the object inside a relative clause, not the subject:
    "a man who was leaving the Pasteur Hospital told …", "a woman who works at Acme said …" (an
    article or a preposition right before the name; "which historian John Baick calls" is his word)."""
    words = before.split()
    relative = next((i for i, w in enumerate(words) if w.lower() in speech.RELATIVE_PRONOUNS), None)
    clause = words[relative + 1 :] if relative is not None else []
    return (
        len(clause) >= 2  # a verb, then the marker: "which the Speaker called" is the Speaker's word
        and clause[-1] in speech.OBJECT_MARKERS
        and not any(w.endswith((":", ".", "?", "!")) for w in clause)
    )


_RELATIVE_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))})\b")


def _relative_clause_head(segments: list[str]) -> str | None:
    """The subject a relative clause describes: "Katie Packer" in "Katie Packer, who is chairman of
    Acme said", "One man" in "One man who was leaving the hospital told"."""
    last = segments[-1]
    match = _RELATIVE_PRONOUN.search(last)
    head = _clean_np(last[: match.start()]) if match else ""
    if not head and len(segments) >= 2:
        head = _clean_np(segments[-2])
    return _strip_intro(head) if head and _looks_like_np(head) else None


def _strip_intro(np: str) -> str:
    """Drop a leading prepositional phrase glued to the subject ("In a response Lavrov")."""
    words = np.split()
    while words and words[0].lower() in speech.OPENERS:
        words.pop(0)
    if len(words) > 1 and words[0].lower() in speech.FREE_RELATIVE_OPENERS:
        words.pop(0)  # "Amid what the Ledger called …": the opener left "what the Ledger"
    return " ".join(words)


# A clause of its own right after a quote, maybe after a short aside: '"…," and Roe vowed', '"…," for instance,
# but Roe said'.
_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:[^,.;:]{1,30},\s*)?(?:and|but)\s")


# A subordinate clause opening the sentence and running up to the quote, after linking words: "But even as Roe
# claimed that", "When Lee told the crowd".
_OPENING_CLAUSE = re.compile(
    rf"\W*(?:(?:{'|'.join(sorted(speech.OPENERS | speech.CLAUSE_LEADERS))})\s+)*"
    rf"(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+[^,;:—–]+(?:\s[-—–]+\s*)?$",
    re.IGNORECASE,
)


# Who speaks right after a quote, with a verb of their own: a name or a description, then a verb in the past
# or the present ("Trump shot back", "an angry Hollande retaliated", "her husband cut in").
_OWN_SPEAKER_AFTER = re.compile(
    r"\s*[,—–]?\s*(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"|(?:[A-Z][\w.'’-]*\s+){1,3})"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


def _bare(token: re.Match[str]) -> str:
    return token.group(0).lower().rstrip(".")


# A capitalised word of four letters or more run into the next one ("DailyZhang"), not a name's own inner capital
# after a short prefix ("McCain", "DeSantis", "MacArthur"): group 1 is the second word.
_TWO_WORDS_UNSPACED = re.compile(UNSPACED_WORDS)


@functools.lru_cache(maxsize=65536)
def _split_name(np: str) -> tuple[str | None, str | None]:
    """Split "Zelensky's chief of staff Andriy Yermak" into name and role (cached: an article repeats its names)."""
    words = np.split()
    labelled = max((i + 1 for i, w in enumerate(words) if w.endswith(":")), default=0)
    words = words[labelled:]  # "Distance: Sarah explained": a subheading's label ran into the sentence
    glued = max(
        (i for i, w in enumerate(words[:-1]) if i and _TWO_WORDS_UNSPACED.fullmatch(w) and _is_cap(words[i + 1])),
        default=None,
    )
    if glued is not None:
        # "China DailyZhang Yuanxun": a name run into the one before by a lost space or full stop; the second is who,
        # so the rest of a name follows it (a given name first may have a capital inside: "RoseAnn DeMoro"; a body's
        # may too: "A FirstGroup spokesman")
        words = [_TWO_WORDS_UNSPACED.fullmatch(words[glued]).group(1), *words[glued + 1 :]]
    words = words[_time_phrase_length(words):]  # "Last week Mr Roe": when, never a role
    if words and words[0].lower() in speech.DETERMINERS:
        words = words[1:]
    written = " ".join(words)
    # "Gov. Earl Ray Tomblin of West Virginia": the place after a titled or full name says where
    # the person serves; the name is before it.
    of = next((i for i in range(len(words) - 1, 0, -1) if words[i] == "of"), None)
    if of is not None and " ".join(words[of + 1 :]) in _places()[1] and _is_cap(words[of - 1]):
        name, role = _split_name(" ".join(words[:of]))
        if name and (role or len(name.split()) >= 2):
            return name, role
    person = _person_of_body(words)
    if person is not None:
        return person
    if _role_from_place(np):
        return None, " ".join(words)  # "the senator from Vermont": no name, a role of a place
    while len(words) > 2 and words[-1].lower().strip(",") in speech.NAME_SUFFIXES:
        words.pop()
    name: list[str] = []
    while words:
        word = words[-1]
        bare = word.lower().strip(",.")
        if bare in speech.HONORIFICS:
            # "youth pastor Jo Roe": a lower-case honorific after a description is the head of a role.
            if not (word.islower() and len(words) > 1 and words[-2].islower()):
                words.pop()
            break
        particle = bare in speech.NAME_PARTICLES and name and len(words) > 1 and _is_cap(words[-2])  # "Bill de Blasio"
        # "Edwin G. Monroy", "T.J. Roe" (initials alone are no name: "J.D. said", see _resolve)
        initial = re.fullmatch(r"[A-Z]\.", word) is not None or bool(name and _INITIALS.fullmatch(word))
        # A role word inside a body's name is part of it: "Foreign Ministry", "State Department".
        # So is a word that only qualifies a role before a body's name, which no role noun follows: "National Rifle
        # Association" (not "Judge Jo Post": a given name is a person's).
        in_body_name = bool(name) and _is_cap(word) and bare in speech.ROLE_WORDS and (
            name[-1].strip(",.") in speech.BODY_HEADS
            or bare in speech.BODY_NAME_QUALIFIERS and name[-1].strip(",.").lower() in speech.BODY_WORDS
            and not _is_given_name(name[0])
        )
        if not (particle or initial or in_body_name or _role_word_surname(words, name)) and (
            not _is_cap(word)
            or bare in speech.ROLE_WORDS
            or bare + "." in speech.ROLE_WORDS
            or (bare in speech.PERSON_NOUNS and len(name) >= 2)  # "Billionaire Donald Trump", not "Adam Driver"
            # An acronym ends a name, unless it opens a body's common noun: "Vell NHS Trust".
            or (word.isupper() and len(word) > 1 and not (name and name[0].lower() in speech.BODY_WORDS))
            or word.endswith(("'s", "’s", "s'", "s’"))  # "the Post's Ruth Marcus", "the Cardinals' Arians"
            or (bare in speech.RANKS_AFTER_A_TITLE and len(words) > 1 and _is_title(words[-2]))
        ):
            break
        name.insert(0, words.pop())
    if len(name) > (6 if name and name[-1].lower() in speech.BODY_WORDS else 4):  # "Vell Health Services NHS Trust"
        return None, None
    # A party, faith or people before a given name and surname describes the person: "Republican
    # Christine Todd Whitman", "Democrat Hillary Clinton" (but "American Airlines" is a name).
    while len(name) >= 3 and _is_group_name(name[0]) and _is_given_name(name[1]):
        words.append(name.pop(0))
    # A body run into the name of someone of it is not part of their name: "House Jo Roe", "the United
    # Nations Jo Roe" (from "Speaker of the House Jo Roe", "ambassador to the United Nations Jo Roe").
    glued = next((i for i in range(1, len(name) - 1)
                  if name[i - 1].lower() in speech.BODY_WORDS and _is_given_name(name[i])), 0)
    role_of = next((i for i in range(len(words) - 1, -1, -1) if words[i] == "of"), None)
    if (not glued and role_of is not None and all(_is_cap(w) for w in words[role_of + 1:])
            and not any(w.lower() in speech.BODY_WORDS for w in name)):
        # The same for a place after a role of it: "Mayor of London Sadiq Khan", "Mayor of Vell Jo Roe" (not a body's
        # name: "president of Vell Restaurant Association"), and for what the role is of, begun by a role word:
        # "Director of National | Intelligence Jo Roe".
        places = _places()[1]
        glued = next((i for i in range(len(name) - 2, 0, -1) if " ".join(name[:i]) in places), 0) or next(
            (i for i in range(1, len(name) - 1) if not _is_given_name(name[0]) and _is_given_name(name[i])), 0)
    words += name[:glued]
    name = name[glued:]
    if len(words) >= 2 and words[-1] in speech.PLACE_PREPOSITIONS and not _persons_name(name):
        # "The Vell Weather Service in Tarnby": where the speaker is, not who; the speaker is the body before it
        # (when it has a name of its own), or unknown.
        body, role = _split_name(" ".join(words[:-1]))
        return (body, role) if body and len(body.split()) >= 2 else (None, " ".join(words + name))
    # So does what they are before a one-word name, capitalised by the sentence: "Singer Rihanna".
    if len(name) == 2 and name[0].lower() in speech.PERSON_NOUNS and _given_name_gender(name[0]) is None:
        words.append(name.pop(0))
    if name and _text_about(words):
        return None, written  # "A poster for the elder Mr. Roe": the poster speaks, not Mr. Roe
    if words and words[-1].lower().strip(".") in {"mr", "mrs", "ms", "dr"}:
        words.pop()
    role = " ".join(words).strip(" ,") or None
    return (" ".join(name) or None), role


def _text_about(words: list[str]) -> bool:
    """Whether ``words`` hold a text then a preposition of what it is about or for ("poster for the elder", "letter
    to"): a name after them is the text's subject or addressee, not its author."""
    return any(
        words[i].lower() in speech.ABOUT_PREPOSITIONS and words[i - 1].lower().strip(",") in speech.SUBJECT_TEXT_NOUNS
        for i in range(1, len(words))
    )


# Words that alone say when: "Yesterday Jo Roe told …" (not a weekday alone, which opens names: "Sunday Times").
_WHEN_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})
_WHEN_PREPOSITIONS = frozenset({"on", "in", "at", "during", "since"})


def _time_phrase_length(words: list[str]) -> int:
    """How many of the first words say when, before a name: "Last week", "On Monday", "Early Tuesday,",
    "Yesterday"; 0 when they do not."""
    bare = [w.lower().strip(",") for w in words[:3]]
    if bare and bare[0] in _WHEN_WORDS:
        return 1
    if len(bare) >= 2 and (bare[0] in speech.TIME_OPENERS or bare[0] in _WHEN_PREPOSITIONS) and (
        bare[1] in speech.TIME_WORDS or bare[1] in speech.MONTHS
    ):
        return 2
    return 0


def _role_word_surname(words: list[str], name: list[str]) -> bool:
    """Whether the last of ``words``, a role word that is also a surname, is one: capitalised after a given name that is
    no title ("Sen. Angus King", "Lena Judge", "Jean-Michel Priest"), not after a role's qualifier or a place
    ("General Judge", "UK Chancellor")."""
    if name or len(words) < 2 or not _is_cap(words[-1]):
        return False
    given = words[-2]
    return (words[-1].lower().strip(",") in speech.SURNAME_ROLE_WORDS and _is_cap(given) and not given.isupper()
            and not _is_title(given) and all(_is_given_name(part) for part in given.split("-")))  # "Jean-Michel"


def _persons_name(name: list[str]) -> bool:
    """Whether a name's words are a given name and a surname (or more), as a person's are, not a place's."""
    return len(name) >= 2 and _is_given_name(name[0])


def _is_title(word: str) -> bool:
    bare = word.lower().strip(",.")
    return bare in speech.HONORIFICS or bare in speech.ROLE_WORDS or bare + "." in speech.ROLE_WORDS


def _person_of_body(words: list[str]) -> tuple[str, str | None] | None:
    """(name, role) of "Jo Roe of the Tovar party", "Parliament member Bo Zell of Acme": a person before "of" (a
    given name and surname, or a name after a role word) is who is named; the body after it is where they serve."""
    of = next((i for i in range(2, len(words) - 1) if words[i] == "of" and _is_cap(words[i - 1])), None)
    if of is None:
        return None
    name, role = _split_name(" ".join(words[:of]))
    if not name or len(name.split()) < 2:
        return None
    titled = role is not None and role.split()[-1].lower().strip(",.") in speech.ROLE_WORDS
    return (name, role) if titled or _is_given_name(name.split()[0]) else None


def _is_given_name(word: str) -> bool:
    """Whether gender-guesser's dictionary knows ``word`` as a given name, of either gender or both ("Jo")."""
    return name_gender_detector().get_gender(word) != "unknown"


def _role_beside_name(words: str) -> str | None:
    """The role in words set beside a name without an article ("chairman of the Harbour Committee",
    "Acme's senior spokeswoman"), lower-cased: up to four words before any "of", "for" …, the last a role's head noun
    ("spokeswoman", not "spokeswoman Jo Roe" nor "capital of Vell"), none of them reporting ("state" aside: "State
    Department spokeswoman"); else None."""
    split = words.split()
    link = next((i for i, w in enumerate(split) if w in speech.ROLE_LINKS), len(split))
    head_words = [w.lower() for w in split[:link]]
    if not 1 <= len(head_words) <= 4 or not split[link - 1].islower() or head_words[-1] not in speech.HEAD_NOUNS:
        return None
    if set(head_words) & (speech.REPORTING_VERBS - speech.ROLE_WORDS):
        return None
    return words.lower()


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A role that ends with whom it serves or where: "lawyer for", "adviser to", "friend of", "a partner at".
_FOR_SOMEONE = re.compile(r"\b(?:for|to|of|at)(?:\s+(?:the|Sen\.|Rep\.|Gov\.|President))?$")


def _is_group_name(name: str) -> bool:
    """Whether a capitalised name stands for a people, a party or a faith, not one speaker, by its last
    word: "Americans", "a New Hampshire Democrat", "Syrians" (but "Jack White": a given name first)."""
    words = name.split()
    if len(words) >= 2 and _given_name_gender(words[0]) is not None:
        return False
    last = words[-1] if words else ""
    # The plural of "-an" demonyms only: "Americans", "Syrians" (not "Francis", from a spelling "Franci").
    plural_of = last[:-1] if last.endswith("ans") else last
    return any(w in gazetteer().demonyms or w in DESCRIPTIVE_WORDS for w in (last, plural_of))


@functools.cache
def _regions() -> frozenset[str]:
    """The countries and the states of the United States: what follows a town's name after a comma."""
    known = gazetteer()
    return frozenset(known.countries | known.states)


@functools.cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """The countries, and every place name the gazetteer knows."""
    known = gazetteer()
    return frozenset(known.countries), frozenset(known.places)


@functools.cache
def _given_name_gender(given: str) -> str | None:
    """ "m" or "f" for a given name the dictionary is sure or nearly sure of; None otherwise."""
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(
        name_gender_detector().get_gender(given)
    )
