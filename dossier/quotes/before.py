"""The attribution patterns before the quote: the sentence's words up to the opening mark ("Roe
said", "according to Roe", "a statement from the ministry").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.en import speech
from .marks import _span_text
from .spans import PRONOUNS, SCARE_QUOTE_MAX_WORDS, _Attribution, _head, _Span, _Speaker
from .speakers import _IN_MARKS, _USING_A_PHRASE, _common_opener, _reporting_verbs, _sentence_subject, _text_author
from .subjects import (
    _PASSIVE_BEFORE,
    _PASSIVE_JOINED,
    _REDUCED_PASSIVE,
    _bare,
    _clean_np,
    _is_cap,
    _looks_like_np,
    _passive,
    _split_name,
    _subject_before,
    _tokens,
    _trailing_np,
)

if TYPE_CHECKING:
    from .attribution import _Context


# The source runs to the first punctuation, but not the full stop of an initial, an acronym or a title:
# "William J. Roe", "U.S. officials".
_ACCORDING_TO = re.compile(
    r"\baccording to\s+((?:(?-i:\b(?:[A-Z]\.)+(?=\s+\w))|(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen)\.|[^,.;:])+)",
    re.IGNORECASE,
)
# A text and who wrote it: "a statement from the ministry", "a court filing by state attorney Jo Roe".
_AUTHORED_TEXT = re.compile(
    rf"(?:{'|'.join(sorted(speech.NOUN_MARKERS))})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?\s+(?:(?:filed|issued|released|sent|signed|written)\s+)?"
    r"(?:by|from)\s+(.+)"
)


def _source_np(text: str) -> str | None:
    """Whose words "according to …" gives: the noun phrase itself, or the author of the text it names ("according
    to a statement from the ministry": the ministry's)."""
    np = _clean_np(text)
    if _looks_like_np(np):
        return np
    authored = _AUTHORED_TEXT.fullmatch(np)
    if authored is not None and _looks_like_np(author := _clean_np(authored.group(1))):
        return author
    return None


def _according_to(ctx: _Context) -> _Attribution | None:
    according = list(_ACCORDING_TO.finditer(ctx.head))
    if according:
        np = _source_np(according[-1].group(1))
        if np is not None:
            return _Attribution(_Speaker(np, at=ctx.at), "according to")
    return None


# A claim and whose it is, then the clause that gives it: "Trump's recent claim that", "the contention of Ann Lee
# that", "a report by Politico that".
# A name, then the quote in brackets: 'Jo Roe ("Women don't need to …"), Ann Lee and others condemned it'.
_NAME_THEN_BRACKET = re.compile(r"(?:^|(?<=[\s:;,—–]))((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*\($")


def _bracketed_after_name(ctx: _Context) -> _Attribution | None:
    """A quote set in brackets right after a person's name is that person's words, a sentence of them (a word or two
    in marks may be what the person is called)."""
    found = _NAME_THEN_BRACKET.search(ctx.head)
    if found is None or ctx.span is None or len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS:
        return None
    np = found.group(1)
    if np.split()[-1] not in ctx.people or _split_name(np)[0] is None:
        return None
    return _Attribution(_Speaker(np, at=ctx.at), None)


_CLAIM_THAT = re.compile(
    rf"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})['’]s?\s+(?:(?!(?:the|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:\w+\s+){{0,2}}?(?:that|to)\s"
    rf"|\b(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:of|by|from)\s+([^,;:“”\"]+?)\s+that\s"
    rf"|\b({'|'.join(sorted(speech.POSSESSIVE_PRONOUN_SUBJECT))})\s+(?:(?!(?:the|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:\w+\s+){{0,2}}?that\s"
)


def _claim_of(ctx: _Context) -> _Attribution | None:
    """'Donald Trump's claim that Obama "…"', 'a report by Politico that he "…"': the words belong to whose claim
    the clause gives, when no reporting verb comes between."""
    claims = list(_CLAIM_THAT.finditer(ctx.head))
    if not claims or any(v.start() >= claims[-1].end() for v in ctx.verbs):
        return None
    prefix = ctx.head[: claims[-1].start()]
    if re.search(r"\bthat\s+$", prefix) and _reporting_verbs(prefix):
        return None  # the claim is what someone else reports: 'Lee said that Roe's claim that … is "…"'
    possessor, by, pronoun = claims[-1].groups()
    reported_before = any(v.start() < claims[-1].start() for v in ctx.verbs)
    if reported_before and re.search(r"\bto\s$", claims[-1].group(0)):
        return None  # 'Lee said many doubt whether Roe's promise to seek "…"': the promise is what Lee reports
    if pronoun is not None:
        # "Roe stood by his comment that": whose the claim is, read as the pronoun where the possessive stands, after
        # the names earlier in its sentence; after a reporting verb ("saying in his statement that") that verb's
        # patterns decide.
        if reported_before:
            return None
        at = (ctx.p_open, ctx.begin + claims[-1].start(3))
        return _Attribution(_Speaker(speech.POSSESSIVE_PRONOUN_SUBJECT[pronoun], at=at), None)
    np = _clean_np(by or possessor or "")
    if not np or not _looks_like_np(np):
        return None
    return _Attribution(_Speaker(np, at=ctx.at), None)


# A passive report: 'was praised by The Chicago Tribune as "…"', 'described by aides as "…"'.
_PASSIVE_BY = re.compile(r"\b([a-z]+(?:ed|en|told|said))\s+by\s+([^,;:]+?)\s+as\s+(?:an?\s+|the\s+)?$")


def _passive_by(ctx: _Context) -> _Attribution | None:
    passive = _PASSIVE_BY.search(ctx.head)
    if passive and _bare(_tokens(passive.group(1))[0]) in speech.REPORTING_VERBS:
        np = _clean_np(passive.group(2))
        if _looks_like_np(np):
            return _Attribution(_Speaker(np, at=ctx.at), passive.group(1))
    return None


# Who put the question whose words are quoted: "was asked by moderator Jo Roe whether", "Asked by Roe if".
_ASKED_BY = re.compile(
    rf"\b(?i:asked)\s+by\s+([^,;:]+?)\s+(?:{'|'.join(sorted(speech.ASKED_ABOUT - {'to', 'for'}))})\s"
)


def _asked_by(ctx: _Context) -> _Attribution | None:
    """'Roe was asked by moderator Ann Lee whether the plan would "…"': the words are the asker's question, not the
    answer of the one asked, when no reporting verb follows in the question."""
    asked = list(_ASKED_BY.finditer(ctx.head))
    if not asked or any(v.start() >= asked[-1].end() for v in ctx.verbs):
        return None
    np = _clean_np(asked[-1].group(1))
    if not _looks_like_np(np):
        return None
    # Where the asker is named, not the sentence's start: the one asked opens it, and is who "he" after it likely is.
    return _Attribution(_Speaker(np, at=(ctx.p_open, ctx.begin + asked[-1].start(1))), "asked")


# Whom a relaying verb gives the words to: "quoted Jo Roe, the minister, as saying".
_QUOTED_AS = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.RELAYING_VERBS))})\s+(?!by\b|from\b)(.+?)\s+as\s+(?:having\s+)?(\w+)\b"
)


def _quoted_as(ctx: _Context) -> _Attribution | None:
    """"X quoted Y as saying "…"": the words are Y's, whoever relays them; "quoted Y as saying that Z said" leaves it to
    the patterns after, so only the last relaying verb of the sentence counts, with no other report after it."""
    found = list(_QUOTED_AS.finditer(ctx.head))
    if not found:
        return None
    match = found[-1]
    if _bare(_tokens(match.group(2))[0]) not in speech.REPORTING_VERBS and match.group(2) != "said":
        return None
    if any(v.start() > match.end() for v in ctx.verbs):
        return None
    np = _clean_np(match.group(1).split(",")[0])  # "Jo Roe, the minister,": the name before its apposition
    if not _looks_like_np(np):
        return None
    return _Attribution(_Speaker(np, at=ctx.at), match.group(2))


def _quoted_as_after(ctx: _Context) -> _Attribution | None:
    """'"…," KCNA quoted Jo Roe as saying.': the words are Jo Roe's, not the relaying agency's."""
    sentence = re.match(r"[^.?!;:]*", ctx.tail).group(0)
    match = _QUOTED_AS.search(sentence)
    if match is None or _bare(_tokens(match.group(2))[0]) not in speech.REPORTING_VERBS:
        return None
    if len(_tokens(sentence[: match.start()])) > 5:
        return None  # the relaying clause opens the words after the quote: '"…," Acme News quoted'
    np = _clean_np(match.group(1).split(",")[0])
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), match.group(2)) if _looks_like_np(np) else None


def _participle(ctx: _Context) -> _Attribution | None:
    verbs = ctx.verbs
    if verbs and _bare(verbs[-1]).endswith("ing"):
        finite = any(not _bare(v).endswith("ing") for v in verbs)
        found = _participle_subject(ctx.head, verbs[-1], finite)
        before = ctx.head[: verbs[-1].start()].rstrip()
        if not finite and before.endswith(",") and before.strip(" ,"):
            # The words before it come after an earlier quote of its sentence (a verb's object): the participle
            # continues that quote's speaker, the sentence's subject, or no one the object names
            # ('Roe called for Lee to “…” Mr. Poe at the summit, adding, “…”' is Roe's, never Poe's).
            found = _subject_quoted_before(ctx) if _after_quote_in_sentence(ctx) else found
        if found is None and ctx.span is not None and not ctx.head[: verbs[-1].start()].strip(" ,"):
            # 'Acme would not address "that man," telling the paper it wants "…"': a participle right after an earlier
            # quote of its sentence reports for the sentence's subject, when no finite verb reports before it.
            p, at = ctx.span.opened_at
            sentence = _head(ctx.paragraphs[p], at, 0)[0]
            finite = any(not _bare(v).endswith("ing") for v in _reporting_verbs(sentence))
            subject = None if finite else _sentence_subject(sentence)
            found = subject[0] if subject is not None else None
        if found is None and not finite and ctx.head[: verbs[-1].start()].strip().lower() in speech.GERUND_OPENERS:
            # "Despite saying that Xi “…” when he visited, Trump said …": the gerund's subject is the main clause's,
            # after the quote (none when no comma sets the opening clause off, nor when the name found has no
            # predicate after it: "After threatening to “…” on Cruz's wife, Heidi Cruz, who …, he retweeted").
            subject = _sentence_subject(f"{ctx.head}“…”{',' if ctx.comma else ''}{ctx.tail}")
            found = subject[0] if subject is not None and subject[1] else None
        if found is not None:
            return _Attribution(_Speaker(found, at=ctx.at), verbs[-1].group(0))
    return None


def _after_quote_in_sentence(ctx: _Context) -> bool:
    """Whether the words before the quote begin where an earlier quote of its sentence closed."""
    return ctx.span is not None and _head(ctx.paragraphs[ctx.p_open], ctx.span.opened_at[1], 0)[1] < ctx.begin


def _subject_quoted_before(ctx: _Context) -> str | None:
    """The subject opening the quote's sentence, when the quote before it in that sentence is given to it
    ('Mr. Roe called for Lee to “…”' gives "Mr. Roe"); else None."""
    if not ctx.kept or ctx.kept[-1][1] is None or ctx.kept[-1][1].speaker is None:
        return None
    text = ctx.paragraphs[ctx.p_open]
    _, begin = _head(text, ctx.span.opened_at[1] if ctx.span else ctx.begin, 0)
    earlier, attribution = ctx.kept[-1]
    if earlier.opened_at < (ctx.p_open, begin):
        return None
    subject = _sentence_subject(text[begin : earlier.opened_at[1]])
    return subject[0] if subject is not None and subject[0] == attribution.speaker.text else None


# A relative clause's subject right before its reporting verb: "…, who told", "…, who later said".
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[a-z]+ly\s+)?$")
# A noun phrase of lower-case words, then "that" or "which" right before a reporting verb: "a headline that", "the
# resolution, which".
_THING_THAT_BEFORE = re.compile(
    rf"(?<!\S)(\S+\s+)?((?:{'|'.join(sorted(speech.DETERMINERS - {'that'} | speech.POSSESSIVES))})\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.NOT_IN_THING_PHRASE))})\s)[a-z][\w'’\-]*\s+){{0,3}}?[a-z][\w\-]*),?"
    r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?$"
)


def _thing_reporting(head: str, verb: re.Match[str]) -> str | None:
    """The thing a relative clause's reporting verb is about, when it voices the quote: "a headline" in "posted it
    under a headline that said, "…"", "a report" in "cited a report which warned "…"". Not a text the subject puts out
    ("Roe released a statement that said "…"": Roe's words) nor a name ("Jo Roe, who said")."""
    thing = _THING_THAT_BEFORE.search(head, 0, verb.start())
    if thing is None or (thing.group(1) or "").strip().lower() in speech.AUTHORING_VERBS:
        return None
    if thing.group(2).split()[-1] in speech.NOT_IN_THING_PHRASE:
        return None
    # A finite verb, not a noun after "that" ("his apology for that comment", "wrote that tweet").
    bare = _bare(verb)
    return thing.group(2) if bare.endswith(("s", "ed")) or bare in speech.IRREGULAR_REPORTING_PAST else None


def _text_voicing(head: str, verbs: list[re.Match[str]]) -> str | None:
    """The text someone points to whose words a participle right after it reports, nearest the quote: "a report" in
    "Roe cited a report warning that the town "…"" (``speech.TEXT_POINTING_WORDS``); none for a text the subject puts
    out ("Roe released a statement saying "…"") or owns ("her report saying")."""
    participle = verbs[-1] if verbs else None
    if participle is None or not _bare(participle).endswith("ing"):
        return None
    text = _TEXT_BEFORE_PARTICIPLE.search(head, 0, participle.start())
    return text.group(2) if text is not None and text.group(1).lower() in speech.TEXT_POINTING_WORDS else None


# What opens a second predicate of a sentence's subject, up to its verb: "and then", "but did" (an emphatic "do").
_SECOND_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+)?(?:(?:did|does|do)\s+)?$")


def _subject_cue_before(ctx: _Context) -> _Attribution | None:
    utterance = _UTTERANCE_OF_A_PRONOUN.search(ctx.head)
    if utterance is not None and ctx.span is not None and (
        not utterance.group("was") or _span_text(ctx.paragraphs, ctx.span).rstrip(" \"”’'").endswith(("?", "!"))
    ):
        # 'Roe said the attendant saw them and that his first comment was "did you steal them?"', '"…?" His response:
        # "…"': the words are whoever "his" is, whom the sentence need not name; not the teller's, nor an earlier
        # quote's resumed. (Words in marks after "his comments were" may be the subject's view of them: "humorous
        # digs".)
        return _Attribution(None, None)
    verbs = ctx.verbs
    if (text := _text_voicing(ctx.head, verbs)) is not None:
        return _Attribution(_Speaker(text, at=ctx.at), verbs[-1].group(0).rstrip("."))
    # A participle ("…, stating, “…”") reports for the subject of the sentence's main verb.
    candidates = [v for v in verbs if not _bare(v).endswith("ing")] or verbs
    # The verb nearest the quote governs it: 'X said Y called it "…"' is Y's word.
    for n, verb in enumerate(reversed(candidates)):
        if not n and len(candidates) == 1 and (who := _WHO_BEFORE.search(ctx.head, 0, verb.start())):
            # 'Hix saw something was wrong with Rob Dane, who told a coach, "…"': the relative clause reports for the
            # name it describes, not for the sentence's subject; for no one when no name comes right before it. (After
            # an earlier reporting verb, 'Lee recalled that fans, who wondered "…"', the clause is what it reports.)
            described = _trailing_np(ctx.head[: who.start()])
            speaker = _Speaker(described, at=ctx.at) if described and _split_name(described)[0] else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if not n and (made := _MADE_TO_SAY.search(ctx.head, 0, verb.start())):
            # "…, which spurred Thurman to wryly note, “…”": the words are the one made to speak, named or not; never
            # the sentence's subject.
            np = _clean_np(made.group(1))
            speaker = _Speaker(np, at=ctx.at) if _is_cap(np) and _looks_like_np(np) else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if not n and (thing := _thing_reporting(ctx.head, verb)):
            # 'Roe posted it under a headline that said, "…"': the relative clause reports for the thing it describes
            # (kept as written), not for the sentence's subject.
            return _Attribution(_Speaker(thing, at=ctx.at), verb.group(0).rstrip("."))
        if not n and _WHERE_CLAUSE.search(ctx.head, verb.end()):
            # "a breach at Tarn, a unit also called Tarn Works, where “…”": the quote is what a relative clause about
            # a place or time says happened, not what the verb reports.
            return _Attribution(None, verb.group(0).rstrip("."))
        if _owned_by_another(ctx.head, verb) or (not n and _shown_in_clause(ctx.head, verb)):
            return _Attribution(None, verb.group(0).rstrip("."))
        own_clause = _NEW_CLAUSE.search(ctx.head, verb.end())
        if own_clause and _only_an_object(ctx.head[verb.end() : own_clause.start()]):
            # "Roe mentioned the mayor, and at one point the crowd chanted “…”": after the verb's object, a clause with
            # a subject of its own holds the quote (not after a clause the verb reports: "Roe noted that …, and "…"").
            return _Attribution(None, None)
        if not n and len(candidates) > 1 and _OBJECT_THEN_PREDICATE.match(ctx.head, verb.end()):
            # 'Acme said Vell has concluded its review and plans to release it "…"': the nearest verb took a thing
            # and a predicate that reports nothing holds the quote, inside the clause the earlier verb reports.
            continue
        if n and any(_TEXT_SUBJECT.search(ctx.head, verb.end(), later.start()) for later in candidates[-n:]):
            # 'The Vell says the letter calls for a review and adds, "…"': the earlier verb's subject relays what a
            # text says; its words are the text's, whose author the sentence does not give.
            return _Attribution(None, candidates[-1].group(0).rstrip("."))
        if n and _SUBJECT_OF_ITS_OWN.search(ctx.head, verb.end(), candidates[-1].start()):
            # "Abe and Trump agreed …, after the US ambassador to the United Nations said": a clause with a
            # subject of its own reports the quote, whoever the earlier verb's subject is.
            return _Attribution(None, candidates[-1].group(0).rstrip("."))
        passive = None
        as_after = re.match(r"\s+as\b", ctx.head[verb.end():]) is not None
        if not _bare(verb).endswith("ing") and (
                _PASSIVE_BEFORE.search(ctx.head, 0, verb.start())
                or _PASSIVE_JOINED.search(ctx.head, 0, verb.start()) and as_after
                or _REDUCED_PASSIVE.search(ctx.head, 0, verb.start()) and as_after and _bare(verb).endswith("ed")):
            passive = _PASSIVE_REPORT.match(ctx.head, verb.end())
        if passive is not None:
            # "Sanders was asked by host Bill Maher, “…”": the one asked or told is not who speaks; "Nice was
            # described as a “…”": by someone the sentence does not name.
            asker = _clean_np(passive.group(1) or "")
            if asker and _looks_like_np(asker):
                return _Attribution(_Speaker(asker, at=ctx.at), verb.group(0).rstrip("."))
            by = _BY_AFTER.match(ctx.tail) if not ctx.head[verb.end() :].strip(" ,:").split()[2:] else None
            if by and _looks_like_np(_clean_np(by.group(1))):
                # "It has been called “…” by Tom Lee, a professor": who, right after the words.
                return _Attribution(_Speaker(_clean_np(by.group(1)), at=(ctx.p_close, ctx.at_close)), verb.group(0))
            return _Attribution(None, verb.group(0).rstrip("."))  # asked by nobody named: unknown
        subject = _subject_before(ctx.head, verb.start())
        # Only the object of a report before a colon ('… quotes Jo Roe: "…"') or of a whole sentence read as one
        # (``_sentence_report``), not a list the quote belongs to ('cites the union's support, "…" and the strike').
        relayed = _relayed_source(ctx.head, verb) if ctx.span is None or ctx.head.rstrip().endswith(":") else None
        if subject is not None and relayed is not None:
            # 'Reuters cited the Amaq website: "…"': the object's words (unknown if it names no one), not the relayer's
            source, role = relayed
            speaker = _Speaker(source, role=role, at=ctx.at) if source else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if subject is not None:
            np, apposition = subject
            return _Attribution(_Speaker(np, role=apposition, at=ctx.at), verbs[-1].group(0).rstrip("."))
        inflected = _bare(verb).endswith(("s", "ed")) or _bare(verb) in speech.IRREGULAR_REPORTING_PAST
        addressed = ctx.head[verb.end() :].strip(" ,:").lower()
        if (
            inflected
            and (not addressed or addressed in speech.OBJECT_PRONOUNS)
            and _UNNAMED_SUBJECT.search(ctx.head, 0, verb.start())
        ):
            # "Cruz said as the heckler yelled: “…”", "Roe said the clerk asked him: “…”": someone unnamed speaks, not
            # an earlier subject.
            return _Attribution(None, verb.group(0).rstrip("."))
    # A second predicate of the sentence's subject: "He then adopted a fake accent and joked, …", "He did not comment
    # at length, but did say …".
    last = verbs[-1] if verbs else None
    if last is not None and _SECOND_PREDICATE.search(ctx.head[: last.start()]):
        if _CLAUSE_OF_SOMEONE_ELSE.search(ctx.head, 0, last.start()):
            # "Roe is seen grabbing a man after the man approached the congressman and asked if …": the predicate
            # goes on the subordinate clause, whose subject asks; never the sentence's subject.
            return _Attribution(None, last.group(0).rstrip("."))
        subject = _sentence_subject(ctx.head[: last.start()])
        if (
            subject is not None
            and (_is_cap(subject[0]) or subject[0].lower() in speech.PRONOUNS)
            and not _common_opener(subject[0], ctx.paragraphs)  # "Outside the hall, protesters … and chanted"
        ):
            return _Attribution(_Speaker(subject[0], at=ctx.at), last.group(0).rstrip("."))
    return None


# A verb of showing (an advertisement's, a sign's) in a clause, with no reporting verb after it: "… advertise their
# proximity to the office on the site: ".
_SHOWN_BEFORE = re.compile(rf"\s(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.SHOWING_VERBS))})\b([^\"“”]*)$")


def _shown_in_clause(head: str, verb: re.Match[str]) -> bool:
    """Whether the words in marks are what a subject of the clause the verb reports shows, with no reporting verb
    after it ("Lee reported these shops advertise their prices: "…"", not "… advertised her talks, noting "…""): the
    shops' copy, whose author the sentence does not name."""
    shown = _SHOWN_BEFORE.search(head, verb.end())
    return shown is not None and not _reporting_verbs(shown.group(1))


# Someone's name in the possessive, a few words in lower case, a noun of speech and an infinitive up to the quote:
# "Mr. Roe’s apology and promise to seek ".
_OWNED_PROMISE_BEFORE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*?)['’]s(?:\s+[a-z-]+){0,3}?\s+([a-z]+)\s+to\s+[a-z]+\s*$"
)


def _owned_by_another(head: str, verb: re.Match[str]) -> bool:
    """Whether the words in marks, in the clause the verb reports, end what someone else named in the possessive
    promised or called for ('Lee said many were unsure whether Mr. Roe’s promise to seek "…" had helped'): Roe's
    words, which Lee echoes. (Not a thing of theirs the subject describes, 'Lee called Roe’s remarks "…"': Lee's.)"""
    owned = _OWNED_PROMISE_BEFORE.search(head, verb.end())
    if owned is None or owned.group(2) not in _SPEECH_WORDS:
        return False
    subject = _subject_before(head, verb.start())
    return subject is None or owned.group(1).split()[-1] not in subject[0].split()


def _only_an_object(words: str) -> bool:
    """Whether the words after a reporting verb are only its object ("the former mayor"), not a clause it reports
    ("that the talks failed", "more emails contained secrets"): no complementiser, auxiliary or verb in the past."""
    return not any(
        w in speech.COMPLEMENT_OPENERS or w in speech.AUXILIARIES or w in speech.BE_FORMS or w.endswith("ed")
        for w in (_bare(t) for t in _tokens(words))
    )


# A relative clause of place or time, right before the quote: "…, where".
_WHERE_CLAUSE = re.compile(r",\s+(?:where|when)\s+$")
# A reporting verb's object, then a second predicate that is no reporting verb: "concluded its review and plans to".
_OBJECT_THEN_PREDICATE = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+(?:[a-z][\w-]*\s+){{1,3}}?and\s+"
    rf"(?:[a-z]+ly\s+)?(?!(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b)"
    rf"(?:{'|'.join(sorted(speech.AUXILIARIES))}|[a-z]+(?:s|ed))\s+(?:to|the|an?|its|his|her|their)\s"
)
# A subordinate or relative clause with a subject of its own before the verb nearest the quote: "…, after the US
# ambassador said", "…, which an FBI inquiry called" (not "said when asked", whose clause has none).
_CLAUSE_OPENERS = speech.SUBORDINATORS - {"as"} | speech.RELATIVE_PRONOUNS - {"who", "whose"}
_SUBJECT_OF_ITS_OWN = re.compile(
    rf"\b(?:{'|'.join(sorted(_CLAUSE_OPENERS))})\s+(?:the|a|an|his|her|their|[A-Z])[^,;:]*$"
)
# A subordinate clause whose subject is someone else, described or named, with a verb of its own, up to a second
# predicate: "after the man approached the congressman and " (not "after the vote and ", no clause).
_PERSON_HEADS = "|".join(sorted(speech.PLAIN_PERSON_NOUNS | speech.ROLE_NOUNS))
_CLAUSE_OF_SOMEONE_ELSE = re.compile(
    rf"\b(?:{'|'.join(sorted(_CLAUSE_OPENERS))})\s+(?:(?:the|a|an|another|one)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?"
    rf"(?:{_PERSON_HEADS})s?|(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’-]*)\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|{'|'.join(sorted(speech.SUBJECT_PAST_VERBS | speech.IRREGULAR_PAST))})\b[^,;:]*$"
)
# Someone's utterance right before the words in marks, as the subject of "was" or before a colon: "his first comment
# was ", "His response: ".
_UTTERANCE_OF_A_PRONOUN = re.compile(
    rf"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(speech.UTTERANCE_NOUNS))})"
    r"(?:\s+(?P<was>was|were|is)[\s,:]*|\s*:\s*)$",
    re.IGNORECASE,
)
# A text right before a participle, and the word before it: "cited a new report " (before "warning").
_TEXT_BEFORE_PARTICIPLE = re.compile(
    r"(?:^|\s)([\w'’]+)\s+((?:a|an|the|this|that|these|those)\s+(?:(?!(?:a|an|the)\s)[a-z][\w'’-]*\s+){0,2}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS | speech.STUDY_NOUNS))})s?)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A text as the subject of a reporting verb: 'X says the letter calls for …', 'the joint statement adds'.
_TEXT_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Who reported, named right after a quote a passive reporting verb opened: '"…" by Tom Lee, a professor'.
_BY_AFTER = re.compile(r"\s*,?\s*by\s+([^,.;:—–]+)")
# Who a passive reporting verb names, if anyone: "was asked by Fox moderator Gerard Baker whether …".
_PASSIVE_REPORT = re.compile(r"(?!\s+to\b)(?:\s+by\s+([^,;:]+))?")  # not "is reported to have said"
# A verb's subject that is a common noun in lower case, named nowhere: "as the heckler".
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|\s)(?:the|a|an|another|some|one)\s+(?:(?!(?:who|which|that|and|or|but)\s)[a-z][\w'’-]*\s+){1,3}?"
    r"(?:[a-z]+ly\s+)?$"
)


# A passive of saying or thinking right before the verb: "Barr is expected to say" (what he may say; not "is said to
# have told", which reports what was said).
_RAISED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.BE_FORMS))})\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.RAISING_PARTICIPLES))})"
    r"\s+to\s+(?:[a-z]+ly\s+)?$"
)


def _subject_of_sentence(ctx: _Context) -> _Attribution | None:
    """No subject right before the verb: the sentence's own subject, unless a relative clause
    gives the verb one of its own that could not be read ("which an FBI investigation said was",
    "whom one insider described as"): then nobody is sure."""
    head, verbs = ctx.head, ctx.verbs
    if not (verbs or re.search(r"\bas\s+(?:an?\s+)?$", head)):
        return None
    if verbs and (_own_subject(head[: verbs[-1].start()]) or _passive(head, verbs[-1].start())):
        return None
    if verbs and _RAISED_BEFORE.search(head, 0, verbs[-1].start()):
        return _Attribution(None, verbs[-1].group(0).rstrip("."))  # what someone unnamed expects the subject to say
    infinitive = _INFINITIVE_OF_SOMEONE.search(head, 0, verbs[-1].start()) if verbs else None
    if infinitive and set(infinitive.group(1).lower().split()) & speech.ROLE_NOUNS:
        # "The Papers led … the president of Argentina to announce: “…”": the president speaks, unnamed.
        return _Attribution(None, verbs[-1].group(0).rstrip("."))
    subject = _sentence_subject(head)
    if subject is None and verbs and _COORDINATED.fullmatch(head[: verbs[0].start()]):
        return _coordinated_subject(ctx, verbs[0])
    if subject is None or _common_opener(subject[0], ctx.paragraphs):
        return None
    if re.search(r"['’]s?$", subject[0]):
        return None  # a possessor, not the subject: "Trump's attacks on the judge stand out"
    np, following = subject
    if _new_clause(" ".join(following)):
        return None
    cue = verbs[-1].group(0).rstrip(".") if verbs else None
    if cue is None and following and following[0].islower():
        cue = following[0]
    return _Attribution(_Speaker(np, at=ctx.at), cue)


_COORDINATED = re.compile(r"[\s,]*(?:and|but)\s+(?:[a-z]+ly\s+)?")


def _coordinated_subject(ctx: _Context, verb: re.Match[str]) -> _Attribution | None:
    """'Jo Roe backs "…," opposes "…" and recalled the freeze: "…"': a reporting verb that goes on the predicate of
    a sentence an earlier quote cut reports for the sentence's subject, when it is a person's name and no reporting
    verb of the sentence before it, nor a clause of its own, can give the words to someone else."""
    p, at = ctx.span.opened_at if ctx.span is not None else (ctx.p_open, ctx.begin)
    sentence, begin = _head(ctx.paragraphs[p], at, 0)
    before = _IN_MARKS.sub(" ", sentence[: len(sentence) - len(ctx.head)])
    if _reporting_verbs(before):
        return None  # the earlier quote had a speaker of its own: the paragraph_speaker pattern reads it
    subject = _sentence_subject(sentence)
    if subject is None or _new_clause(" ".join(subject[1])):
        return None
    np = subject[0]
    if _split_name(np)[0] is None or np.split()[-1] not in ctx.people or _common_opener(np, ctx.paragraphs):
        return None
    if any(_is_cap(w) for w in before[before.find(np) + len(np) :].split() + ctx.head[verb.end() :].split()):
        return None  # someone else named on the way: 'Roe met Lee, who backs "…" and recalled', '… and told Lee'
    return _Attribution(_Speaker(np, at=(p, begin)), verb.group(0).rstrip("."))


# A conjunction after a comma, a semicolon or a dash, then a clause with a subject of its own: maybe a phrase of
# time or place, a noun phrase (a determiner and up to three words, or capitalised words) and its verb ("…, but the
# Poe campaign rejected", "…, and at one point the crowd loudly chanted"); not "…, and called", "…, but he said".
_NEW_CLAUSE = re.compile(
    rf"(?:[,;]|\s[-–—])\s+(?:{'|'.join(sorted(speech.CONJUNCTIONS))})\s+"
    r"(?:(?:at|in|on|within|after|by|during|for)\s+(?:[\w'’-]+\s+){1,3}?)?"
    rf"(?:(?:{'|'.join(sorted(speech.DETERMINERS | speech.QUANTIFIERS | speech.POSSESSIVES))})\s+"
    r"(?:[\w'’-]+\s+){1,3}?|(?:[A-Z][\w'’.-]*\s+){1,3})"
    rf"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.AUXILIARIES | speech.IRREGULAR_PAST))})\b"
)


def _new_clause(rest: str) -> bool:
    """Whether the words between a sentence's subject or verb and the quote open a clause with a subject of its own
    (``_NEW_CLAUSE``): it may be the quote's speaker, so the sentence's subject is not sure."""
    return _NEW_CLAUSE.search(rest) is not None


# Someone, then "to" and the verb nearest the quote: "led the president of Argentina to announce".
_INFINITIVE_OF_SOMEONE = re.compile(r"((?:\S+\s+){1,4})to\s+$")
# A verb that makes its object speak, the object, then "to" and the verb nearest the quote: "spurred Thurman to wryly
# note", "prompting the mayor to tweet".
_MADE_TO_SAY = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.CAUSATIVE_VERBS))})\s+((?:[\w.'’-]+\s+){{1,4}}?)to\s+(?:[a-z]+ly\s+)?$"
)


def _colon_subject(ctx: _Context) -> _Attribution | None:
    """'Jane Doe delivered a blunt message to the board: "…"': a sentence with no reporting verb that
    introduces the quote with a colon gives the words of its subject, when the subject is a name (not
    'The results showed: "…"', nor a possessor: 'Doe's letter makes the case: "…"')."""
    if ctx.verbs or not ctx.head.rstrip().endswith(":"):
        return None
    subject = _sentence_subject(ctx.head)
    author = _text_author(*subject) if subject is not None else None
    if author is not None:
        return _Attribution(_Speaker(author, at=ctx.at), None)  # "Doe's letter makes the case: "…"": Doe's words
    if subject is None or ":" in subject[0] or re.search(r"['’]s?$", subject[0]):
        return None  # "Name: Ann Lee Age: 27": a form's labels, no sentence
    if subject[0].lower() in PRONOUNS or _common_opener(subject[0], ctx.paragraphs):
        return None  # "He instructed: "…"" may be a quote within a quote: whose, the words do not say
    if _split_name(subject[0])[0] is None:
        return None
    return _Attribution(_Speaker(subject[0], at=ctx.at), None)


# A word of saying after the subject's possessive: "renewed her promise of", "his claim that" (not "the claim that",
# someone else's).
_OWN_SPEECH_NOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.POSSESSIVES))})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.REPORTING_VERBS | speech.REPORTED_SPEECH_WORDS))})\b"
)
# A place after a preposition of place: "in the Hamptons", "near Lake Tahoe".
_PLACE_PHRASE = re.compile(rf"\b(?:{'|'.join(sorted(speech.WHERE_MARKERS))})\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+")
# A participle of saying right after a quote, the subject's: '"…," saying', '"…" and calling'.
_SAYING_AFTER = re.compile(r"[\s,;—–-]*(?:and\s+)?([a-z]+ing)\b")


def _subject_predicate(ctx: _Context) -> _Attribution | None:
    """'Jane Doe renewed her promise of "free college"': a sentence with no reporting verb whose subject, a
    name, is followed by its own verb and nobody else named before the quote gives the subject's words (not
    'Doe has been "arbitrarily detained"', words about the subject, nor 'Doe met Roe, who called it "…"')."""
    text = ctx.paragraphs[ctx.p_open]
    if ctx.verbs or not _opens_sentence(text, ctx.begin + len(ctx.head) - len(ctx.head.lstrip())):
        return None  # a reporting verb, or words after an earlier quote: 'Doe says his "friend" Roe ran "…"'
    if ctx.span is None:
        return None
    subject = _sentence_subject(ctx.head)
    if subject is None or re.search(r"['’]s?$", subject[0]) or subject[0].lower() in PRONOUNS:
        return None
    np = subject[0]
    rest = ctx.head[ctx.head.find(np) + len(np) :]
    words = rest.split()
    quoted = _span_text(ctx.paragraphs, ctx.span).split()
    if not words and quoted and quoted[0] in speech.REPORTING_VERBS and not quoted[0].endswith("ing"):
        # 'Education Minister Jo Roe "welcomed" the call': the subject's reporting verb is the quoted word.
        person = np.split()[-1] in ctx.people and _split_name(np)[0] is not None
        return _Attribution(_Speaker(np, at=ctx.at), quoted[0]) if person else None
    if not words or not words[0][:1].islower() or words[0].lower() in _PREPOSITIONS | speech.CONJUNCTIONS:
        return None  # no verb right after the name: "Doe and Roe", "Doe of Acme"
    named = _PLACE_PHRASE.sub(" ", rest).split()  # "at a dinner in the Hamptons" says where, not who else
    if {w.lower().strip(",.") for w in words[:2]} & speech.BE_FORMS or any(_is_cap(w) for w in named):
        return None
    if _common_opener(np, ctx.paragraphs) or _split_name(np)[0] is None or np.split()[-1] not in ctx.people:
        return None  # with no verb of saying, only a person speaks: not a product, a country, a spacecraft
    if len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS and re.search(r"\bthat\b", rest):
        return None  # a clause of its own: 'Doe rejected the claim that Roe "…," saying'
    if len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS and not (
        _OWN_SPEECH_NOUN.search(rest)
        or (saying := _SAYING_AFTER.match(ctx.tail)) is not None and saying.group(1) in speech.REPORTING_VERBS
    ):
        return None  # a few words in marks are a term, a title or a nickname ('Doe stars as the "vacation
        # quarterback"', 'Seoul held a "live fire drill" which the army said …') unless the subject's own predicate
        # speaks: 'Doe renewed her promise of "free college"', 'Doe defended "our values," saying …'
    return _Attribution(_Speaker(np, at=ctx.at), None)


def _inverted_cue_before(ctx: _Context) -> _Attribution | None:
    """'Said Ellis: "…"': the verb first, as a sentence opener or right after an opening phrase ('In other
    words, explained moderator Ann Lee: "…"')."""
    # "Said Ellis:", "Continued Stone:", "…, explained Rosenberg,"
    inverted = re.match(r"\s*([A-Z][a-z]+)\s+([^,:]+?)[,:]\s*$", ctx.head) or re.search(
        r",\s+([a-z]+)\s+([^,:]+?)[,:]\s*$", ctx.head
    )
    verb = inverted.group(1).lower() if inverted else ""
    if verb.startswith(speech.NOT_VOICING_STEMS):
        return None  # "…, told Fox News:": whom someone told
    if inverted and inverted.group(2).split()[0].lower() in _PREPOSITIONS:
        return None  # "…, said of Roe:": whom the words are about, after a verb whose subject came before
    if inverted and inverted.group(2).lower() in speech.OBJECT_REPORTING_VERBS.get(verb, ()):
        return None  # "As Roe, the chair, put it:": the verb's object, its subject came before
    if inverted and verb in speech.REPORTING_VERBS and not verb.endswith("ing") and _looks_like_np(inverted.group(2)):
        return _Attribution(_Speaker(inverted.group(2), at=ctx.at), verb)
    return None


# A reporting verb and a name set off by commas inside the sentence, its subject on either side: "The trouble, says
# Jo Roe, a historian at the museum, is that".
_INVERTED_ASIDE = re.compile(r",\s+([a-z]+)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s")


def _inverted_aside(ctx: _Context) -> _Attribution | None:
    """'The paradox, says Jo Roe, a historian, is that it was "…"': the words are the person's the aside names, when
    no reporting verb comes after it."""
    asides = list(_INVERTED_ASIDE.finditer(ctx.head))
    if not asides or any(v.start() >= asides[-1].end() for v in ctx.verbs):
        return None
    verb, np = asides[-1].groups()
    if verb not in speech.REPORTING_VERBS or verb.endswith("ing") or verb.startswith(speech.NOT_VOICING_STEMS):
        return None
    if _split_name(np)[0] is None:
        return None
    return _Attribution(_Speaker(np, at=(ctx.p_open, ctx.begin + asides[-1].start(2))), verb)


def _name_label(ctx: _Context) -> _Attribution | None:
    """'Rep. Jane Doe (D-Mo.): "…"', 'POLLS AGREE - Jane Doe: "…"': a name and a colon, alone or after a
    dash, with no verb: a label of who speaks (not 'a message to Trump: "…"', a name after other words)."""
    label = re.split(r"\s[-—–]+\s*", ctx.head)[-1].strip()  # a dash glued to the label too: "… -More from Roe:"
    # "More from Jane Doe:", in a round-up of what several sources said.
    label = re.sub(rf"^(?:{'|'.join(speech.LABEL_OPENERS)})\s+", "", label)
    if not label.endswith(":") or ":" in label[:-1] or _reporting_verbs(label):
        return None
    np = re.sub(r"\s*\([^)]*\)$", "", label[:-1].strip())  # "(D-Mo.)"
    name = _split_name(np)[0]
    if not name or not _looks_like_np(np) or not all(_is_cap(w) for w in name.split()):
        return None
    return _Attribution(_Speaker(label[:-1].strip(), at=ctx.at), None)


def _own_subject(before_verb: str) -> bool:
    """Whether the words right before a verb open a relative or comparative clause with a
    subject of its own: "which an FBI investigation", "as Sanders' campaign manager"."""
    clause = re.split(r"[,;:—–]", before_verb)[-1]
    found = re.search(r"\b(?:which|whom|that|as|an incident|with)\s+((?:\S+\s+){0,5}\S+)\s*$", clause)
    if found is None:
        return False
    words = [w for w in found.group(1).split() if w.lower() not in speech.ADVERBS | speech.AUXILIARIES]
    return bool(words) and words[-1].lower() not in PRONOUNS and words[0].lower() not in ("it", "is", "was")


# The object of a verb of memory or perception, up to the participle after it: "recalled the pilot".
_RECALLED = re.compile(rf"\b(?:{'|'.join(sorted(speech.RECALLING_VERBS))})\s+([^,;:]+)$")


# A text the sentence's subject puts out, right before a participle: "issued a travel advisory", "released a statement".
_AUTHORED_TEXT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.AUTHORING_VERBS))})\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})$")


_OPENING_SUBORDINATOR = re.compile(rf"\W*(?i:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])")


def _participle_subject(head: str, participle: re.Match[str], finite: bool) -> str | None:
    """Who the participle nearest the quote reports for: the name of a recording right before it
    ("footage of Trump saying") or after "with" ("Republicans chimed in, with Trump tweeting"); after a comma,
    with no finite reporting verb before it ("Clinton spoke out in Tulsa, Oklahoma, arguing"), the subject of
    the sentence, not the last name before it.
    Elsewhere ("a statement through Arsenal describing") the usual rules decide."""
    before = head[: participle.start()].rstrip()
    if _AUTHORED_TEXT_BEFORE.search(before):
        # "The NAACP issued a travel advisory claiming …": a text the subject puts out speaks for the subject (for
        # no one subject when two put it out: "Udall and Wyden released a joint statement repeating …")
        subject = _sentence_subject(head)
        return subject[0] if subject is not None and subject[1][:1] != ["and"] else None
    if before.endswith(","):
        subject = None if finite else _sentence_subject(head)
        return subject[0] if subject is not None else None
    if before.split()[-1:] and before.split()[-1].lower() in speech.PARTICIPLE_SUBORDINATORS and not any(
        not _bare(v).endswith("ing") and not _NOT_SAYING.search(before, 0, v.start()) for v in _reporting_verbs(before)
    ):
        # "While Trump did not elaborate on what he meant when telling commanders, “…”": the subject of the clause
        # the participle ends, after a subordinator that opens the sentence (no other verb reports, one negated
        # reports nothing).
        subject = _sentence_subject(_OPENING_SUBORDINATOR.sub("", head, count=1))
        return subject[0] if subject is not None else None
    if re.search(r"\bby$", before) and not any(
        not _bare(v).endswith("ing") and not _passive(head, v.start()) for v in _reporting_verbs(before)
    ):
        # "Roe tried to back it up by saying he keeps …": how the sentence's subject acted, when no one else reports
        # in it (a passive verb reports for no one: "the claim, which had been widely criticized, by saying")
        subject = _sentence_subject(head)
        return subject[0] if subject is not None else None
    recalled = _RECALLED.search(before)
    if recalled is not None:
        # "He recalled the pilot telling the passengers": the one recalled speaks, named or a role.
        np = _clean_np(recalled.group(1))
        return np if _looks_like_np(np) else None
    trailing = _clean_np(_trailing_np(before))  # not a time word: "tweets early Friday saying"
    # "footage of Trump saying", and a phrase of what went with the sentence: "…, with Senator Lee calling it"
    if not trailing or not re.search(rf"\b(?:of|with)\s+{re.escape(trailing)}$", before):
        return None
    return trailing if _looks_like_np(trailing) and _is_cap(trailing) else None


# "does not use the word", "never uttered the phrase": the words in marks after it are what the clause's subject does
# not say (not "slammed Roe for not using the term", whose words are the critics').
_NOT_USING_A_PHRASE = re.compile(rf"(?:\bnot|\bnever|n['’]t)\s+{_USING_A_PHRASE.pattern}\s*$")


def _word_not_used(paragraphs: list[str], span: _Span) -> bool:
    """Whether a short quote is a word its sentence says someone does not use (``_NOT_USING_A_PHRASE``)."""
    p, at = span.opened_at
    words = _span_text(paragraphs, span).split()
    before = paragraphs[p][max(0, at - 80) : at].rstrip("\"“‘'")
    return len(words) <= SCARE_QUOTE_MAX_WORDS and bool(_NOT_USING_A_PHRASE.search(before))


# The object of a relaying verb, to the end of its sentence: "cited the Amaq, IS-affiliated website" (not "quoted by",
# "quoted from", nor the verb alone).
_RELAYED_OBJECT = re.compile(r"\s+(?!by\b|from\b|as\b)([^.;:?!“”\"]+)")


# A participle opening the words after a comma: "…, insisting that".
_PARTICIPLE_OPENS = re.compile(r"\s*[a-z]+ing\b")


def _relayed_source(text: str, verb: re.Match[str]) -> tuple[str | None, str | None] | None:
    """Whose words the object of ``verb``, when an active relaying verb, says they are, and how it describes them:
    "the Amaq" and "IS-affiliated website" after "cited"; (None, None) for an object that is no speaker; None for any
    other verb, a passive ("Roe was quoted"), no object, or one set "as" something ("cited his family as the reason",
    "quoted Roe as saying", read elsewhere), or one the subject's own participle follows ("cited past declarations,
    insisting that …": the subject speaks)."""
    if _bare(verb) not in speech.RELAYING_VERBS or _PASSIVE_BEFORE.search(text, 0, verb.start()):
        return None
    relayed = _RELAYED_OBJECT.match(text, verb.end())
    if relayed is None or re.search(r"\bas\b", re.split(r"[.;?!]", text[verb.end() :], maxsplit=1)[0]):
        return None
    source, _, described = relayed.group(1).partition(",")
    if _PARTICIPLE_OPENS.match(described):
        return None
    # "quoted a spokesman for Acme complaining that": the object ends where its participle begins
    participle = next(
        (t.start() for t in _tokens(source) if _bare(t).endswith("ing") and _bare(t) in speech.REPORTING_VERBS), None
    )
    np = _clean_np(source[:participle])
    if not _looks_like_np(np):
        return None, None
    return np, _clean_np(described) or None


# A verb of saying denied or only supposed: "Comey cannot say that “…”" says nothing, and the words are another's.
_NOT_SAYING = re.compile(r"\b(?:not|n['’]t|never|cannot|would|could|should|might|may)\s+$", re.IGNORECASE)


_SPEECH_WORDS = speech.REPORTING_VERBS | speech.REPORTED_SPEECH_WORDS
_PREPOSITIONS = frozenset("of to with by for about against from on at in than and like into over".split())


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, or a sentence's end (".", "?\"") and spaces, come before ``text[start]``: read
    backwards from it, not by a search from the paragraph's start for every mention."""
    words_end = start
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    if words_end == 0:
        return True
    if words_end == start:
        return False
    if text[words_end - 1] in "\"”’'":
        words_end -= 1
    return words_end > 0 and text[words_end - 1] in ".!?"
