"""Statement detection: which sentences put a fact forward (``is_statement``), and how
(``stance_of``): asserted, reported, disputed, denied, negated; the words a negation or a denial governs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import outlets
from ..figures import MONTHS, WEEKDAYS, parse_figures
from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.words import IRREGULAR_FORMS
from ..patterns import Folded
from ..structure import Claim, Statement
from .terms import (
    _ASSERT_CUES,
    _DISPUTE_CUES,
    _EVENT,
    _FURTHER_SAYING_VERBS,
    _QUOTED,
    _REPORT_CUES,
    _STATING,
    _content_stems,
    _main_verb,
    _outside_quotes,
    _stem,
    claim_clause,
    propositions,
)

if TYPE_CHECKING:
    from .prepared import _Prepared


_CUE = Folded(rf"\b(?P<cue>{_DISPUTE_CUES}|{_REPORT_CUES}|{_ASSERT_CUES})\b")
_DENY = Folded(rf"\b(?:{cues.DENY_VERBS})\b")
# ...unless a clause follows it: "denied the request was ever made" denies a fact.
_WITHHELD = re.compile(rf"(?:\s+(?![\w'’-]+ing\b)[\w'’-]+){{0,2}}?\s+(?:{cues.WITHHELD_OBJECTS})\b"
                       r"(?!\s+(?:was|were|is|are|had|has|have|would|could|did|ever|never)\b)", re.IGNORECASE)
_DISPUTE_OBJECT = re.compile(rf"\b(?:{cues.DISPUTE_OBJECT_VERBS})\s+(?:{cues.DISPUTED_OBJECTS})")
_DISPUTE_VERB = re.compile(cues.DISPUTE_OBJECT_VERBS, re.IGNORECASE)
# What a verb of rejection governs when its subject answers in words rather than acts: a report or words voiced among
# its first words, a that-clause, or a verdict after "as" ("dismissed Mr. Barak, who …, as a failed politician").
_SPOKEN_OBJECT_AFTER = re.compile(
    rf"\s+(?:{cues.DISPUTED_OBJECTS})|(?:\s+[\w'’$-]+){{0,3}}?\s+(?:{cues.REPORT_NOUNS}|{cues.VOICED_WORDS})\b|"
    r"[^;:,]*?,?\s+as\s+(?:an?|the|being|not|too|[a-z]+(?:ly|ed|ous|ive|al|ic|ful|less|ent|ant))\b")
_DENY_VERB = re.compile(cues.DENY_VERBS, re.IGNORECASE)
_NOUN_MARKER = re.compile(rf"\b(?:{cues.NOUN_MARKERS_BEFORE})\s+$", re.IGNORECASE)
_DECLINE = Folded(rf"\b(?:{cues.DECLINE_CUES})\b")
_FALSE_BELIEF = Folded(rf"\b(?:{cues.FALSE_BELIEF_CUES})\b")
_DENIAL_PHRASE = Folded(rf"\b(?:{cues.DENIAL_PHRASES})")
_REPORT = Folded(rf"\b(?:{_REPORT_CUES})\b")
_NEGATED = re.compile(cues.NEGATED_BEFORE, re.IGNORECASE)
_NEGATION = Folded(rf"\b(?:{cues.NEGATIONS})\b")
_DATE = Folded(
    rf"\b(?:(?:on|last|this|next|since|until|by|in|early|late|mid)[- ](?:monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|{MONTHS})|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    rf"sunday)|(?:{MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})|(?:in|since|by) (?:1[89]|20)\d\d|"
    rf"(?:last|this|next|earlier this|later this) (?:week|month|year)|yesterday|today)\b",
)
# First-person or imperative wants: demands and calls, not facts.
_DEMAND = re.compile(
    r"\b(?:we|i|you)\s+(?:really\s+)?(?:need|must|should|have to|want|urge|demand|call on|ask)\b|\bplease\b",
    re.IGNORECASE)
# A call made in the speaker's own words ("NATO calls on Russia to cease…") is a demand too;
# outside quotes, "X urged Y to…" is a reported event.
_QUOTED_CALL = re.compile(r"\b(?:calls? on|urges?|appeals? to|demands?)\b", re.IGNORECASE)
_OPINION = re.compile(r"\b(?:i think|i believe|i feel|in my (?:view|opinion)|i hope|we hope|let's|let us)\b|"
                      rf"{cues.OPINION_HEDGES}", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:last updated|updated|posted|published on|subscribe|share|leave a|read more|click|sign up|"
    r"follow us|copyright|image copyright|image caption|photo|skip|advertisement|related|tagged|"
    rf"dear readers|thank you)|pic\.twitter|https?://|www\.|@\w+|\bsubscribe\b|\bnewsletter\b|{cues.PAGE_POINTERS}",
    re.IGNORECASE,
)


# A sentence's opening words that close a quote opened in the sentence before: '… Roe. Jail!” Trump tweeted.'
_QUOTE_TAIL = re.compile(r"^[^“”\"]*”")
# Who said it and when, nothing else: "Trump tweeted early Tuesday.", "Jo Roe said in a statement."
_ATTRIBUTION_ONLY = re.compile(
    rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:{'|'.join(sorted(speech.REPORTING_VERBS, key=len, reverse=True))})\b"
    r"(?:\s+[\w'’]+){0,3}[.!?]?")
_WORDS_OF = re.compile(r"[A-Za-z0-9$£€%]+")


def is_statement(sentence: str) -> bool:
    """Does this sentence put a fact forward (rather than opinion, a demand, a question or
    page furniture)?"""
    text = sentence.strip()
    words = re.findall(r"[A-Za-z0-9$£€%]+", text)
    # A question, or a line announcing what follows ("On Monday, the firm released a statement:",
    # "The leak includes:"): neither puts a fact forward itself.
    if len(words) < 4 or text.rstrip("”\"’' ").endswith(("?", ":")) or _FURNITURE.search(text):
        return False
    if _CREDIT_LINE.search(text) or _asks(text):
        return False
    quoted = " ".join(_QUOTED.findall(text))
    if _OPINION.search(text) or _DEMAND.search(text) or _QUOTED_CALL.search(quoted):
        return False
    if sum(w[0].isupper() for w in words) > 0.7 * len(words):
        return False  # headlines, name lists
    if sum(w.islower() and len(w) > 2 for w in words) < 2 and not _short_news(text):
        return False  # time stamps ("Thu, 10 Nov 2011 02:45 PM"), list lines ("Vell Hall: 12 killed")
    # A sentence wholly inside a quote (one that runs on from the sentence before) is the
    # speaker's statement: judge its words.
    plain = _outside_quotes(text).strip() or re.sub(r"[“”\"]", " ", text)
    if text.startswith(("“", '"')) or _QUOTE_TAIL.match(text):
        attributed = _QUOTE_TAIL.sub(lambda m: " " * len(m.group(0)), _outside_quotes(text)).strip()
        if _ATTRIBUTION_ONLY.fullmatch(attributed) and len(words) - len(_WORDS_OF.findall(attributed)) < 3:
            return False  # '“Jail!” Trump tweeted early Tuesday.': a few words, then who said them, tell no fact
    if _OUTLET_SELF.search(plain):
        return False  # "our" outside quotes: the outlet about itself (appeals, notices), not news
    if _caption_line(text) and not (_PAST_VERB.search(plain) or _CAPTION_VERB.search(plain)
                                              or IRREGULAR_FORMS.keys() & set(words)):
        return False  # a caption: "Fire crews arriving at the scene", what a photo shows, told as no fact
    if len(words) < 6:
        return _tells_what_happened(plain) or _copular_fact(text)  # "She checked in today.": short, but news
    # The cheap tests first: most news sentences have a verb in a past or future tense.
    return bool(_tells_what_happened(plain) or _FINITE_VERB.search(plain) or _CUE.search(plain)
                or _CUE.search(text) and re.search(r"\b(?:confirm|can confirm)\b", text, re.I)
                or _EVENT.search(text) or _DATE.search(text) or parse_figures(text) or _copular_fact(text))


# "The final tally was 97-1.", "The lone “no” vote in the Senate was Senate Minority Leader Harry Reid, D-Nev.": a
# definite subject of a few words (a quoted word among them), a copula, then a figure of a few words or a name of two
# capitalised words or more (an aside after a comma: a party and state), and a full stop (a heading has none).
_COPULAR_FACT = re.compile(
    rf"^(?i:{cues.COPULAR_FACT_DETERMINERS})\s+(?P<subject>(?:[“\"‘']?[\w'’-]+[”\"’']?\s+){{1,6}}?)"
    rf"(?:{cues.COPULAR_FACT_VERBS})\s+(?:"
    rf"(?:(?:{cues.COPULAR_FACT_QUALIFIERS})\s+)?[$£€]?\d[\d,.]*(?:[-–]\d{{1,3}}){{0,2}}%?(?:\s+[a-z]+){{0,3}}"
    rf"|(?:[A-Z][\w.'’-]*\s+){{1,5}}[A-Z][\w'’-]*(?:,\s*[A-Z][\w.'’-]*)?"
    r")\s*[.!][\"”’']*$")
_NOT_IN_COPULAR_SUBJECT = re.compile(rf"\b(?:{cues.COPULAR_FACT_NOT_IN_SUBJECT})\b", re.IGNORECASE)


def _copular_fact(text: str) -> bool:
    """Does the sentence tell what one thing of the story was, a figure or a name, with a copula and no verb besides
    (``_COPULAR_FACT``): "The final tally was 97-1.", "The gunman was Omar Mateen."?"""
    fact = _COPULAR_FACT.match(text.strip())
    return bool(fact) and not _NOT_IN_COPULAR_SUBJECT.search(fact.group("subject"))


def _short_news(text: str) -> bool:
    """Is a sentence of few lower-case words news all the same: a sentence ending in a stop, with a verb telling what
    happened and a figure of something ("It landed in Vell at 10:15 a.m.")? Not a player's line ("Roe (5-11, 220)
    played at Vell State."), whose numbers count nothing."""
    return (bool(re.search(r"[.!?][\"”’')]*$", text)) and _tells_what_happened(_outside_quotes(text))
            and any(figure.unit for figure in parse_figures(text)))


# A verb in a past or perfect tense: the outlet telling what happened ("has checked into",
# "was badly damaged", "fled the scene").
_PAST_VERB = re.compile(r"\b(?:has|have|had|was|were)\s+(?:[a-z]+ly\s+|been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b|"
                        r"\b[a-z]{3,}ed\b")


# A line without a full stop whose verb is a participle after its subject ("Fire crews arriving at the scene"): with
# no finite verb besides (``is_statement``), a photo's caption. Told apart from a headline's verb in "-s" and its
# object ("PETA releases depressing ad", "Roe acknowledges profiting from…", "Fire destroys dairy building") by its
# subject, common nouns with one capital at most (a name and its verb have two: "David Roe acknowledges"), none of
# them a verb in "-s" but the last; by what follows the participle, a preposition or a determiner ("arriving on the
# scene", not "depressing ad"); and by no verb in "-s" after it ("Truck driver shouting slogans kills 84").
_PARTICIPLE_LINE = re.compile(r"^(?P<subject>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+[a-z]{2,}ing"
                              r"(?P<rest>\s+(?:the|a|an|at|on|in|to|into|from|with|outside|inside|near|by|after|for|"
                              r"past|through|during|over|up|down|out|off)\b.*|\s*)$")
_CAPTION_OPENERS = {"with", "as", "after", "while", "when", "before", "despite", "amid", "without", "by", "in", "on",
                    "at", "for", "from", "if", "since", "the", "a", "an", "of", "to", "during"}
_VERB_IN_S = re.compile(r"[a-z][\w'’-]*[^s\W]s")


def _caption_line(text: str) -> bool:
    """Is the line a caption's participle after its subject (``_PARTICIPLE_LINE``), ending without a full stop?"""
    line = _PARTICIPLE_LINE.match(text.strip())
    if not line or re.search(r"[.!?…\"”’')]$", text.strip()):
        return False
    words = line.group("subject").split()
    return (words[0].lower() not in _CAPTION_OPENERS and words[-1].lower() not in _CAPTION_OPENERS
            and sum(word[0].isupper() for word in words) <= 1
            and not any(_VERB_IN_S.fullmatch(word) for word in [*words[:-1], *line.group("rest").split()]))


# Its subject's plural "-s" is no verb there ("crews arriving"), so only these tell a finite verb besides the past.
_CAPTION_VERB = re.compile(r"\b(?:will|would|could|can|may|might|must|should|is|are|was|were|am|be|been|has|have|had|"
                           r"do|does|did|says|said)\b", re.IGNORECASE)


# "our work", "our staff": the outlet about itself; "our reporter saw…" is its reporting.
_OUTLET_SELF = re.compile(r"\b(?:ours|our(?!\s+(?:own\s+)?(?:reporters?|correspondents?|team|crew|photographers?|"
                          r"journalists?|sources?|analysis|investigation)\b))\b", re.IGNORECASE)
# A finite verb: "will play the 12th Doctor", "is seeking help", "was the second attack",
# "Microsoft releases a fix" (a name, then a verb in -s).
_FINITE_VERB = re.compile(r"\b(?:will|would|could|can|may|might|must|should|is|are|was|were)\s+"
                          r"(?:[a-z]+ly\s+|not\s+)?[a-z]{2,}|"
                          r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[a-z]{3,}s\b")


_CREDIT_LINE = re.compile(cues.CREDIT_LINES, re.IGNORECASE)
_ASKING = re.compile(rf"\b(?:{cues.ASK_VERBS})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{cues.QUESTION_OPENERS})\b",
                     re.IGNORECASE)
_ASIDE_BEFORE_ASKING = re.compile(cues.ASIDE_BEFORE_ASKING, re.IGNORECASE)
_CLAUSE_AFTER_QUESTION = re.compile(cues.CLAUSE_AFTER_QUESTION, re.IGNORECASE)
_QUOTED_QUESTION = re.compile(r"\?\s*['’]?\s*[”\"]")


def _asks(sentence: str) -> bool:
    """Does the sentence only tell of a question: someone asking whether/why…, not as an aside ("When asked
    whether…", "who was asked how…"), and no verb of saying for an answer or another statement ("Roe asked Lee
    whether Acme would close the plant."), or a quoted question and its attribution ('"Will the plant close?" Roe
    asked.')? A question asserts nothing."""
    plain = _outside_quotes(sentence)
    asking = [m for m in _ASKING.finditer(plain) if not _ASIDE_BEFORE_ASKING.search(plain[: m.start()])
              and not _CLAUSE_AFTER_QUESTION.search(plain, m.end())]
    if asking and not _CUE.search(plain):
        return True
    closing = list(_QUOTED_QUESTION.finditer(sentence))
    return bool(closing) and len(plain[closing[-1].end() :].split()) <= 8 and not plain[: closing[-1].start()].strip()


def _tells_what_happened(plain: str) -> bool:
    return bool(_PAST_VERB.search(plain)) or any(w in IRREGULAR_FORMS for w in re.findall(r"\b[a-z]+\b", plain))


@lru_cache(maxsize=65536)
def is_denial(sentence: str) -> bool:
    """Does the sentence deny or decline to confirm what it reports? A denial verb that is
    not itself negated ("denied that…", not "did not deny") nor withholding something ("deny
    service to", "was denied entry"); a verb of rejection whose object
    is a report or claim ("dismissed the reports", not "rejected appeals for new leaders");
    declining to confirm; a belief or saying marked false ("mistakenly believed that…"); or a phrase that
    contradicts without such a verb ("that was never the case", "the account is not accurate", "no evidence that")."""
    return _denial(sentence) is not None


def denies_outright(sentence: str) -> bool:
    """Does the sentence deny what it reports (``is_denial``), not only decline to confirm it ("declined to confirm",
    "could not verify": a hedge, which leaves the claim open)?"""
    denial = _denial(sentence)
    return denial is not None and denial[0].re not in (_DECLINE.pattern, _DECLINE.fallback)


def disputed_between_sources(claim: Claim) -> bool:
    """Does a source an article cites deny outright (``denies_outright``) what another source it cites has just put
    forward in the claim: one voice asserts, a different voice denies it, pointing back at it ("Brad Woodhouse said
    Mr. Steele was …" / "Republican officials dismissed that criticism", in that paragraph or the next)? Not where the
    denial cites no source or the outlet itself (its own doubt), nor a source denying what it said itself, nor a denial
    naming what it denies ("denied the hunting ban had led to a breakdown of trust"), which may be of something else
    than the claim tells. Read once the statements' sources are settled (entities name them)."""
    for denial in claim.statements:
        denier = _voice(denial)
        if (denial.stance != "disputes" or denier is None or _outlet_itself(denial)
                or not _REFERRING_DENIAL.search(denial.text) or not denies_outright(denial.text)):
            continue
        if any(s.stance != "disputes" and s.article == denial.article and 0 <= denial.paragraph - s.paragraph <= 1
               and _voice(s) not in (None, denier) for s in claim.statements):
            return True
    return False


def contradicted_between_sources(claim: Claim, claims_by_id: dict[str, Claim]) -> bool:
    """Is the claim, told in one article, contradicted by another claim of that article (``Claim.contradicts``) told in
    another voice: two sources the article cites at odds ("The FBI says the perpetrator had no connections to
    international terrorist groups" / "The attack was carried out by a soldier of the Islamic State," Amaq said)? As
    ``disputed_between_sources``, the two voices must be sources, not the outlet's own words, and one must deny the
    other's link or dismiss its argument (``_denied_links``, ``_dismissed_arguments``): a figure or a word negated
    in one article (26% of networks used default settings / more than a third had security turned off) is more often
    two measures than two sources at odds."""
    if len(claim.articles) != 1 or not claim.contradicts:
        return False
    voices = {_voice(s) for s in claim.statements if not _outlet_itself(s)} - {None}
    for other in (claims_by_id[i] for i in claim.contradicts if i in claims_by_id):
        others = {_voice(s) for s in other.statements if not _outlet_itself(s)} - {None}
        if (other.articles == claim.articles and voices and others and voices.isdisjoint(others)
                and any(_LINK_DENIED.search(s.text) or _ARGUMENT_DISMISSED.search(s.text)
                        for s in [*claim.statements, *other.statements])):
            return True
    return False


def _voice(statement: Statement) -> str | None:
    """Who a statement cites: its source's entity, else its source as written (case aside), else None."""
    return statement.source or (statement.source_name.casefold() if statement.source_name else None)


def _outlet_itself(statement: Statement) -> bool:
    """Does the statement cite its own outlet, by a part of its name or all of it ("The Post found no evidence that
    …" in The Washington Post)?"""
    if not statement.source_name or not statement.outlet:
        return False
    named = set(_WORDS_OF_NAME.findall(statement.source_name.casefold())) - {"the"}
    return bool(named) and named <= set(_WORDS_OF_NAME.findall(statement.outlet.casefold()))


_WORDS_OF_NAME = re.compile(r"\w+")


def _denial(sentence: str) -> tuple[re.Match[str], bool] | None:
    """The sentence's denial (``is_denial``) and whether it is a verb, whose object follows it, rather than a
    phrase standing in its clause ("her claims are untrue")."""
    plain = _outside_quotes(sentence)
    for pattern in (_DENY, _DECLINE, _FALSE_BELIEF):
        for m in pattern.finditer(plain):
            if not _NEGATED.search(plain[: m.start()]) and not (pattern is _DENY and _WITHHELD.match(plain, m.end())):
                return m, True
    for m in _DISPUTE_OBJECT.finditer(plain):
        if not _NEGATED.search(plain[: m.start()]) and not _NOUN_MARKER.search(plain[: m.start()]):
            return m, True
    phrase = next((m for m in _DENIAL_PHRASE.finditer(sentence) if not _DESCRIBING.search(sentence, 0, m.start())),
                  None)
    return (phrase, False) if phrase else None


_DESCRIBING = re.compile(cues.DESCRIBING_BEFORE, re.IGNORECASE)


def is_negated(sentence: str) -> bool:
    """Is the sentence's own proposition negated ("our reporter did not see any casualties",
    "Sudan had not bombed…", 'it added that "no one was injured"')?"""
    return bool(negated_terms(sentence))


# Where the words a negation governs end: punctuation, a clause of its own ("did not materialise as he
# crashed out" negates no crash) or a time adjunct ("did not collect many accolades upon release" negates no release).
_NEGATION_SCOPE_END = re.compile(
    r"[,;:.()]|\b(?:as|because|after|when|while|since|before|although|though|until|unless|whereas|which|who|whom|"
    r"upon|during|following)\b")


@lru_cache(maxsize=65536)
def negated_terms(sentence: str) -> frozenset[str]:
    """The stems of the words a negation governs in the sentence's main proposition ("did not
    derail" → derail, "will not seek a second term" → seek, second, term): only the first
    proposition of the clause after the attribution counts ("…, which did not spread"
    negates a detail, not the fact). A quote that is the reported clause counts as said."""
    if not _NEGATION.search(sentence.replace("n’t", "n't")):
        return frozenset()
    stems: set[str] = set()
    for before, _, following in _negation_scopes(sentence):
        if _IN_RELATIVE_CLAUSE.search(before):
            continue  # "fans who have not seen their team win…" negates a detail of the fans
        stems |= set(list(_content_stems(following))[:3])
    return frozenset(stems)


def _negation_scopes(sentence: str) -> list[tuple[str, str, str]]:
    """Each negation of the sentence's main proposition (the first of the clause after its attribution) that
    negates what follows, as the words before it, the negation and the words it governs: not those of "almost didn't
    happen", "not the only update", "wasted no time" (``NOT_NEGATING``)."""
    parts = propositions(claim_clause(sentence))
    if not parts:
        return []
    first = parts[0][0].replace("n’t", "n't")
    idioms = [m.span() for m in _NOT_NEGATING.finditer(first)]
    return [(first[: m.start()], m.group(0), _NEGATION_SCOPE_END.split(first[m.end() :], maxsplit=1)[0])
            for m in _NEGATION.finditer(first) if not any(start <= m.start() < end for start, end in idioms)]


@lru_cache(maxsize=65536)
def _negates_a_thing(sentence: str) -> bool:
    """Is every negation of the sentence's main proposition a determiner before a noun ("There should be no
    one-on-one meeting", "no survivors"): does it tell that a thing is not, or should not be, rather than negate a
    verb?"""
    scopes = _negation_scopes(sentence)
    return bool(scopes) and all(negation.lower() in cues.THING_NEGATIONS for _, negation, _ in scopes)


_EXISTENTIAL = re.compile(rf"\bthere\s+(?:{cues.EXISTENTIAL_VERBS})\s+(?P<thing>.*)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _existing_terms(clause: str) -> frozenset[str]:
    """The stems a clause tells exist or happen with an existential "there is" ("there will be a summit meeting" →
    summit, meet), as ``negated_terms`` reads the words a negation governs; empty without one."""
    found = _EXISTENTIAL.search(clause)
    if found is None:
        return frozenset()
    return frozenset(list(_content_stems(_NEGATION_SCOPE_END.split(found.group("thing"), maxsplit=1)[0]))[:3])


_NOT_NEGATING = Folded(rf"\b(?:{cues.NOT_NEGATING})\b")
# A relative clause still open before a negation: "fans who have", "the shop, which had".
_IN_RELATIVE_CLAUSE = re.compile(rf"\b(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))})\b[^,;:.]*$")


# Where what a denial governs ends: a clause of its own, or a second verb of its subject ("disputed claims of
# racism and called on the group to withdraw" denies no call).
_DENIAL_SCOPE_END = re.compile(rf"{_NEGATION_SCOPE_END.pattern}|\b(?:and|but)\s+(?:also\s+|then\s+)?(?=[a-z]+ed\b)")
_REPORT_NOUN = re.compile(rf"\b(?:{cues.REPORT_NOUNS})\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def denied_terms(sentence: str) -> frozenset[str] | None:
    """The stems of what the sentence's denial denies ("denied that troops were sent" → troop, send;
    "her claims of assault are untrue" → assault), None when it names nothing of its own ("denied the
    reports Friday", "something she has denied"): then it denies whatever its claim tells."""
    found = _denial(sentence)
    if found is None:
        return None
    match, is_verb = found
    following = _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0]
    governed = following
    # A predicate ("…are untrue", "never happened") denies its subject; "no evidence that…" what follows.
    if not is_verb and not re.search(r"\b(?:that|of)$", match.group(0)):
        governed = _DENIAL_SCOPE_END.split(sentence[: match.start()])[-1] + " " + following
    words = _REPORT_NOUN.sub(" ", governed)
    stems = frozenset(stem for stem in _content_stems(words) if stem not in _TIME_STEMS)
    return stems or None


_HAPPENING_AFTER = re.compile(r"\s+(?:that\b|(?:ever\s+|having\s+)?[a-z]+ing\b)")


def _denies_happening(sentence: str) -> bool:
    """Whether the sentence's denial denies that something happened ("denied that troops were sent", "denied
    ever threatening her", "no evidence that the hacks were related"), not a thing ("denied the report")."""
    found = _denial(sentence)
    if found is None:
        return False
    match, _ = found
    return match.group(0).lower().endswith(" that") or bool(_HAPPENING_AFTER.match(sentence, match.end()))


@lru_cache(maxsize=65536)
def _denied_act(sentence: str) -> tuple[str, frozenset[str]] | None:
    """What the sentence's denial of a happening denies was done: the stem of the verb of the clause it governs, and
    the stems of that clause's words after the verb (its object and complement; the clause's other words when none
    follow). "denied that he asked Roe to stop the inquiry" → (ask, {roe, stop, inquiri}); "denied ever threatening
    her prospects" → (threaten, {prospect}); "has not sent any missiles over Japan" → (send, {missil, japan}).
    None when it denies a thing ("denied the reports"), a state ("denied the troops are in Vell") or a clause whose
    verb is not found."""
    found = _denial(sentence)
    if found is not None and not found[1] and _NEGATED_ACT.fullmatch(found[0].group(0)):
        # "had not bombed the town": the act is the verb the phrase ends with, what follows it its object.
        verb = _stem(found[0].group(0).split()[-1])
        following = _DENIAL_SCOPE_END.split(sentence[found[0].end() :], maxsplit=1)[0]
        return verb, frozenset(_content_stems(following)) - {verb}
    if not _denies_happening(sentence):
        return None
    match, _ = _denial(sentence)
    governed = re.sub(r"^\s*that\b", "", _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0])
    gerund = _GERUND.match(governed)
    if gerund:
        verb, after = _stem(gerund.group("verb")), governed[gerund.end() :]
    else:
        found = _main_verb(governed)
        if found is None or found[1] is None:
            return None
        verb, after = found[1], governed[found[0] :]
    words = frozenset(_content_stems(after)) - {verb} or frozenset(_content_stems(governed)) - {verb}
    return verb, words


_GERUND = re.compile(r"\s*(?:ever\s+|having\s+)?(?P<verb>[a-z]+ing)\b")
_NEGATED_ACT = re.compile(cues.NEGATED_ACTS, re.IGNORECASE)


def _denies_told_act(sentence: str, forward: list[_Prepared]) -> bool:
    """Does the sentence's denial deny the act its claim tells: is the denied verb (or one of its word family) told by
    at least half the statements putting the claim forward, one of which shares a word of what follows that verb?
    "Lee denied that he asked Roe to stop the inquiry" disputes no claim that "Lee fired Roe for lying", though both
    name the two men and one member says Lee asked Roe. True when the denial names no act to compare
    (``_denied_act``)."""
    act = _denied_act(sentence)
    if act is None:
        return True
    verb, words = act
    telling = [item for item in forward if verb in _told_events(item)]
    return 2 * len(telling) >= len(forward) and any(words & _asserted_terms(item) for item in telling)


def stance_of(sentence: str) -> str:
    """``asserts``, ``reports`` or ``disputes`` (see the module docstring)."""
    return "disputes" if is_denial(sentence) else _stance_besides_denial(sentence)


def _stance_besides_denial(sentence: str) -> str:
    """``reports`` or ``asserts``: how the sentence gives what it tells, its denial aside."""
    plain = _without_attributive_reports(_ASIDE.sub(lambda m: " " * len(m.group(0)), _outside_quotes(sentence)))
    if _REPORT.search(plain) or _REPORTING_SOURCE.search(plain) or _DOCUMENT_SOURCE.search(plain):
        return "reports"
    return "asserts"


_ATTRIBUTIVE_REPORT = re.compile(rf"\b(?:{cues.ATTRIBUTIVE_DETERMINERS})\s+(?P<word>{cues.ATTRIBUTIVE_REPORT_WORDS})"
                                 r"(?=\s+[a-z])", re.IGNORECASE)


def _without_attributive_reports(plain: str) -> str:
    """``plain`` with each report word that qualifies a noun after the sentence's verb blanked ("…for its alleged
    role": ``cues.ATTRIBUTIVE_REPORT_WORDS``): no report of the sentence's act."""
    for match in _ATTRIBUTIVE_REPORT.finditer(plain):
        if _STATING.search(plain, 0, match.start("word")):
            plain = f"{plain[: match.start('word')]}{' ' * len(match.group('word'))}{plain[match.end('word') :]}"
    return plain


def _named_person_vouches(sentence: str, person: str, body: bool = False) -> bool:
    """Is "according to" the sentence's only cue of a report, naming ``person`` (an entity of the article, as written)
    with at most a title before the name ("…is "perfectly fine," according to Dr. Jo Roe", "according to production
    designer Jo Roe")? Then that person vouches for it: their word, not a report at one remove. Not "according to a
    translation by…", "according to her LinkedIn account", "according to the Vell Times". A ``body`` (an
    organisation of the article) vouches the same way, with at most "the" before its name ("according to Nasa",
    "according to the Vell Space Agency"), unless it is a news outlet, whose report it is."""
    plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), _outside_quotes(sentence))
    cues_found = [m.group(0) for m in _REPORT.finditer(plain)]
    if (not cues_found or any(cue != "according to" for cue in cues_found) or _REPORTING_SOURCE.search(plain)
            or _DOCUMENT_SOURCE.search(plain)):
        return False
    phrase = _ACCORDING.search(plain)
    # Another verb of saying ("According to the Vell Daily, Jo Roe said to the Post, …") tells whose words they are.
    if phrase is None or any(m.group("cue").lower() != "according to" for m in _CUE.finditer(plain)):
        return False
    before = phrase.group(1).split(person)[0] if person in phrase.group(1) else None
    if body:
        after = phrase.group(1)[len(before) + len(person) :] if before is not None else ""
        return (before is not None and _BODY_BEFORE.fullmatch(before) is not None and not _NAME_GOES_ON.match(after)
                and not _is_outlet(person) and not _MEDIA_NOUN.search(after))
    return before is not None and not _NOT_A_TITLE.search(before)


_BODY_BEFORE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
# Words after a body's name that make it part of another's ("an IS-affiliated website", "the Vell Matin newspaper"):
# a hyphen, or a lower-case word other than a preposition ("the Vell Mission to the UN" is the mission).
_NAME_GOES_ON = re.compile(r"-|\s+(?!(?:of|to|for|in|at|on|and)\b)[a-z]")
_MEDIA_NAME = re.compile(rf"\b(?:{cues.MEDIA_NAME_WORDS})\b|{cues.BROADCAST_NAMES}")
_MEDIA_NOUN = re.compile(rf"\b(?:{cues.MEDIA_NOUNS})\b", re.IGNORECASE)
# The outlets' names and their short names ("BBC News", "BBC", "CNN").
_OUTLET_FORMS = outlets.NAMES | {key.upper() for _, _, keys in outlets.OUTLETS for key in keys}


def _is_outlet(name: str) -> bool:
    """Is the organisation a news outlet or agency: a known one ("the BBC"), or one its name says is one ("the Vell
    Times", "Vell News")?"""
    return name in _OUTLET_FORMS or f"{name} News" in _OUTLET_FORMS or bool(_MEDIA_NAME.search(name))


# Words before a name that make it no title of the person: "a report by", "the", "her".
_NOT_A_TITLE = re.compile(r"\b(?:the|a|an|his|her|their|its|by|of|from|in|at|for|with|to|on)\b", re.IGNORECASE)


# A relative clause between commas ("The Swiss Crystal, which news agency dpa reports was en
# route…, hit a pillar") qualifies a detail: its reporting verb is not the sentence's.
_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,]*,")
# A participle clause between commas after the subject: "Mr. Roe, speaking to a local radio station, rejected…". Not
# one holding the sentence's cue ("the group issued an advisory, claiming the airline …, and"): that tells who says.
_PARTICIPLE_ASIDE = re.compile(rf",\s+(?!(?:{'|'.join(sorted(speech.ING_PREPOSITIONS))})\b)[a-z]+ing\b[^,]*,")


def _without_participle_asides(plain: str) -> str:
    return _PARTICIPLE_ASIDE.sub(lambda m: m.group(0) if _CUE.search(m.group(0)) or _FURTHER_SAYING.match(m.group(0))
                                 else ",", plain)


_REPORTING_SOURCE = Folded(rf"\b(?:{cues.REPORTING_SOURCES})\b")
_DOCUMENT_SOURCE = Folded(rf"\b(?:{cues.DOCUMENT_SOURCES})\b")


# Titles written with a full stop that does not end the source's name ("according to Dr. Jo Roe").
_ABBREVIATED = rf"\b(?:{cues.ABBREVIATED_TITLES})"
_ACCORDING = re.compile(rf"\baccording to\s+(?!(?:the\s+)?(?:{cues.ACCORDING_TO_STANDARDS})\b)(?:a |an )?"
                        rf"((?:{_ABBREVIATED}\.\s*|[^,.;])+)", re.IGNORECASE)


_REFERRING_DENIAL = re.compile(
    rf"\b(?:{cues.DENY_VERBS}|{cues.DISPUTE_OBJECT_VERBS}|{cues.DECLINE_CUES})\s+(?:{cues.REFERRING_OBJECT})"
    rf"{cues.REFERRING_DENIAL_END}"
    # "It is not the case that…" denies what follows, not what came before.
    rf"|{cues.REFERRING_SUBJECT_BEFORE}(?:{cues.REFERRING_OBJECT})\s+(?:{cues.REFERRING_DENIAL_PREDICATES})"
    r"(?!\s+(?:that|whether)\b)",
    re.IGNORECASE)
_LINK_DENIED = re.compile(rf"(?:{cues.LINK_DENIED})(?P<party>{cues.LINK_PARTY})", re.IGNORECASE)


_ARGUMENT_DISMISSED = re.compile(cues.ARGUMENT_DISMISSED)


def _told_events(item: _Prepared) -> frozenset[str]:
    """The stems of the statement's words of what happened, but the past participles that a hyphen
    joins to the word before ("so-called", "long-awaited", "state-owned"): those describe a thing."""
    compounds = frozenset(_stem(w) for w in re.findall(r"(?<=[A-Za-z]-)[a-z]+ed\b", item.clause))
    return item.whole.events - compounds


_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\b")


def _asserted_terms(item: _Prepared) -> frozenset[str]:
    """The statement's terms outside an open question: in "announces whether he plans to
    step down or seek a second term" neither stepping down nor a second term is put forward."""
    return _asserted_stems(item.clause)


@lru_cache(maxsize=65536)
def _asserted_stems(clause: str, open_question: re.Pattern[str] = _OPEN_QUESTION) -> frozenset[str]:
    opened = open_question.search(clause)
    return frozenset(_content_stems(clause[: opened.start()] if opened else clause))


# A further saying after the disputed clause: "…, stating, “The decision has no connection…”".
_FURTHER_SAYING = re.compile(rf",\s+(?:{_FURTHER_SAYING_VERBS})\b")
_TIME_WORDS = set(WEEKDAYS.split("|")) | set(MONTHS.split("|")) | {"yesterday", "today", "tonight", "tomorrow"}
_TIME_STEMS = frozenset(_stem(word) for word in _TIME_WORDS)
