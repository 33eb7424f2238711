"""A claim's summary and title (``summarise``, ``speaker_titled``): the statement that tells it
best, cut to a clause that stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..figures import OTHER, is_national_unit
from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.words import IRREGULAR_FORMS, STOPWORDS
from ..patterns import Folded
from ..sentences import DATELINE
from ..structure import Claim, Figure, Statement, slugify
from .detection import (
    _ARGUMENT_DISMISSED,
    _CUE,
    _DENY,
    _FURTHER_SAYING,
    _NEGATED,
    _REPORT_NOUN,
    _TIME_WORDS,
    _WITHHELD,
    negated_terms,
)
from .sources import _FINITE, _PRONOUNS
from .terms import (
    _AUXILIARIES,
    _DISPUTE_CUES,
    _NOT_PREDICATES,
    _QUOTED,
    _RELATIVE_END,
    _RUN_ON_CLOSING,
    _SAYING,
    _SPEAKER_LABEL,
    _STATING,
    _SUBORDINATE_ONLY,
    _TRAILING_ATTRIBUTION,
    _content_stems,
    _has_verb,
    _outside_quotes,
    _without_attribution_tail,
    claim_clause,
    told_clause,
    word_terms,
)

_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# A count without a noun that is the count of its event: "27 injured", "59 are dead", "wounding 120,".
_BARE_COUNT_AFTER = re.compile(rf"\s*(?:(?:(?:were|are|was|is|have|has|had)\s+)?(?:been\s+)?"
                               rf"(?:{'|'.join(sorted(cues.COUNTED_EVENTS))})\b|[,;.]|$)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[―—–-]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _whole_count(figure: Figure, sentence: str) -> bool:
    """Is the figure a count of all the people an event of the story befell ("25 people were injured", "killing 12"),
    not of some of them: of a kind of people ("10 Americans", "two pilots"), qualified ("two other people"), by how
    badly or where they are (``cues.COUNT_PART_WORDS`` in its clause: "four people with serious injuries", "20
    others slightly hurt"), nor a vague amount or a difference?"""
    if figure.value is None or figure.relative or figure.modifiers or figure.counted not in cues.STORY_COUNTS:
        return False
    written = re.search(rf"(?<![\w.,]){re.escape(figure.text)}(?!\w)", sentence)
    if written is None or figure.unit not in (None, "people"):
        return False
    at, after = written.start(), sentence[written.end():]
    if figure.unit is None and not _BARE_COUNT_AFTER.match(after):
        return False
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1] + figure.text + _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return not cues.COUNT_PART_WORDS & set(re.findall(r"[a-z][a-z-]*", clause.lower()))


# One percent of slack: "$915 million" and "$916 million" are one figure.
_SLACK = 1.01


_AFFECTED = re.compile(rf"\b(?:{cues.AFFECTED_WORDS})\b", re.IGNORECASE)
# Counts of people affected this far apart are one count revised (143 million, then 145.5 million); a smaller count
# is too often another's by chance.
_AFFECTED_SLACK = 1.05
_AFFECTED_LEAST = 1000


def _affected_counts(statement: Statement) -> list[float]:
    """The counts of people an event reached that the statement tells (``cues.AFFECTED_WORDS`` in its sentence, a
    count of people or customers, ``cues.AFFECTED_PEOPLE_UNITS``, or of a nation's people: "may have affected 143
    million consumers", "143million US customers were exposed"), of a thousand or more; none where it is negated,
    quoted or names a year (another time's count), nor a count of others ("an additional 2.5 million")."""
    if statement.negated or statement.quoted or _A_YEAR.search(statement.text) or not _cue(statement, "affected"):
        return []
    return [f.value for f in statement.figures
            if f.value is not None and f.value >= _AFFECTED_LEAST and not f.relative and OTHER not in f.modifiers
            and (f.unit in cues.AFFECTED_PEOPLE_UNITS or is_national_unit(f.unit))]


_NO_EVIDENCE_GIVEN = re.compile(cues.NO_EVIDENCE_GIVEN, re.IGNORECASE)


_REBUTTED_WORD = re.compile(cues.REBUTTED_WORD)


_LINK_ASSERTED = re.compile(cues.LINK_ASSERTED, re.IGNORECASE)


_TERM_BID = re.compile(cues.TERM_BID, re.IGNORECASE)


_NO_CASUALTIES = re.compile(cues.NO_CASUALTIES, re.IGNORECASE)


@lru_cache(maxsize=65536)
def _quoted_phrase_only(clause: str) -> frozenset[str]:
    """The stems a sentence's claim clause writes only inside quoted phrases of no verb, someone's name for a thing
    that the sentence tells was said ("his claim that Afghanistan is a “war of Obama's choosing”", "a military fight
    he called “a war of Obama's choosing”"): the sentence tells the words were said, not that they are so, and "the
    war was not “a war of Obama's choosing”" disputes nothing it tells. Not a quoted clause ("the road “remains
    closed”"), which is what the sentence tells."""
    phrases = [passage for passage in _QUOTED.findall(clause) if not _has_verb(passage)]
    if not phrases:
        return frozenset()
    return frozenset(_content_stems(" ".join(phrases))) - frozenset(_content_stems(_outside_quotes(clause)))


_WHETHER = re.compile(r"\bwhether\b")
# The cues grouping's passes look for in the text of every statement (``_cue``), but few statements hold: which ones
# a statement's text holds is found with its article (``_Prepared.cues``), so that a rebuild searches only those.
# Not the cues searched only in a few statements' texts (a denial's ``_REFERRING_DENIAL``), which would cost a full
# build more than they save a rebuild.
_TEXT_CUES: dict[str, re.Pattern[str]] = {
    "no evidence given": _NO_EVIDENCE_GIVEN, "affected": _AFFECTED, "rebutted word": _REBUTTED_WORD,
    "link asserted": _LINK_ASSERTED, "argument dismissed": _ARGUMENT_DISMISSED, "term bid": _TERM_BID,
    "no casualties": _NO_CASUALTIES, "whether": _WHETHER,
}


def _cue(statement: Statement, name: str) -> re.Match[str] | None:
    """The first match of the cue ``_TEXT_CUES[name]`` in the statement's text; not searched again where the
    comparison data found with its article says the text holds none."""
    found = statement.comparison
    if found is not None and name not in found.cues:
        return None
    return _TEXT_CUES[name].search(statement.text)


_MAX_SUMMARY_WORDS = 24


def summarise(statements: list[Statement]) -> str:
    """The claim's title: the reported clause ("X said that Y" → "Y") of the statement that
    states it best, preferring a named subject ("North Korea is training…") to a pronoun
    ("He has claimed…") or a fragment, then the shortest; trimmed to a few words. In a claim of
    three statements or more, a well-ranked one clearly more like the others comes first: the
    title tells what they share, not what one of them adds."""
    text = _shortened(_title(_title_statement(statements)).text)
    return text[:1].upper() + text[1:]


def _title_statement(statements: list[Statement]) -> Statement:
    """The statement ``summarise`` makes the claim's title of."""
    if len(statements) == 1:
        return statements[0]  # most claims: nothing to rank it against
    # A statement negating a phrase the claim's other statements quote ("the war was not “a war of Obama's choosing”")
    # tells the opposite of the words they report, though it disputes nothing of theirs: no title, as a denial.
    negated = [s for s in statements if s.negated]
    contrary: set[int] = set()
    if negated:  # most claims have none, and need no quoted phrase read
        quoted = frozenset().union(*(_quoted_phrase_only(told_clause(s)) for s in statements
                                     if not s.negated and not s.quoted))
        # Most claims quote no such phrase: then no negation needs reading (``negated_terms`` is the dearer half).
        contrary = {id(s) for s in negated if negated_terms(s.text) & quoted} if quoted else set()

    outdone = _outdone_counts(statements)
    told = any(map(_in_outlets_voice, statements))

    def rank(statement: Statement) -> _TitleRank:
        return _title_rank(statement, id(statement) in contrary, id(statement) in outdone, told)

    best = min(statements, key=rank)
    return _most_shared(best, statements, rank) if len(statements) >= _TITLE_SHARING_MIN else best


def _in_outlets_voice(statement: Statement) -> bool:
    """Does the statement tell its claim in its outlet's own voice: not quoted, from no named source, attributed to
    no one ("he noted that…": its claim clause is the whole sentence), and not denying it? A speaker's quote of the
    fact is then no title (``_TitleRank.quoted``)."""
    return (not statement.quoted and statement.source_name is None and statement.stance != "disputes"
            and told_clause(statement).strip() == statement.text.strip())


def _outdone_counts(statements: list[Statement]) -> set[int]:
    """The statements (their ids) another article's statement of the claim tells its count better than: counting the
    story's dead, injured or missing (``_whole_count``) lower (a running count's higher figure is its update, and a
    lower bound, "at least five are dead", another member exceeds, "seven have died", is no title for both), or a
    count of people affected lower by a revision (``_affected_counts``: "143million" where another says "145.5
    million"), or opening on a count of some of them ("Three Tunisians were among the 84 people killed") where another
    opens on a whole count ("At least 84 people were killed")."""
    counts = [(id(s), s.article, f) for s in statements for f in s.figures if _whole_count(f, s.text)]
    outdone = {number for number, article, f in counts
               if any(other != article and g.counted == f.counted and g.value > f.value * _SLACK
                      for _, other, g in counts)}
    affected = [(id(s), s.article, value) for s in statements for value in _affected_counts(s)]
    outdone |= {number for number, article, value in affected
                if any(other != article and value * _SLACK < higher <= value * _AFFECTED_SLACK
                       for _, other, higher in affected)}
    openings = {id(s): _opening_count(s) for s in statements}
    tolls = {s.article for s in statements if (opening := openings[id(s)]) and opening[1]}
    outdone |= {id(s) for s in statements if (opening := openings[id(s)]) and opening[0].value is not None
                and not opening[1] and tolls - {s.article}}
    return outdone


def _opening_count(statement: Statement) -> tuple[Figure, bool] | None:
    """The figure the statement's claim clause opens on ("At least 84 people were killed…"), if any, and whether it is
    a whole count of the story's dead, injured or missing (``_whole_count``)."""
    clause = told_clause(statement).lstrip()
    opening = next((f for f in statement.figures if clause.startswith(f.text)), None)
    return (opening, _whole_count(opening, clause)) if opening else None


def speaker_titled(claim: Claim) -> str:
    """The claim's title, given as its speaker's words where it is a speaker's words the claim's own sources dispute
    (``disputed_between_sources``) and it names no speaker: a quotation whose speaker only the quotes stage found
    ("Nancy said, We're not looking to impeach you" is Donald J. Trump's, which his aides dispute) would read as the
    outlet's account. Else its title unchanged."""
    said = _title_statement(claim.statements)
    name = said.source_name
    if (not said.quoted or not name or _QUOTE_MARKS.search(claim.summary)
            or name.split()[-1].casefold() in claim.summary.casefold()):
        return claim.summary
    return _speaker_title(name, claim.summary)


def _speaker_title(name: str, words: str) -> str:
    """A title given as its speaker's quotation: 'Jo Roe: “It happened on a bend”'."""
    return f"{_speaker_opening(name)}{words}”"


def _speaker_opening(name: str) -> str:
    """How a title given as its speaker's quotation opens: written by ``_speaker_title``, read by ``_title_rank``."""
    return f"{name}: “"


# A title cut short keeps this many words at least: fewer rarely say what the claim is.
_MIN_CUT_WORDS = 12
# With no place to cut within ``_MAX_SUMMARY_WORDS`` words, a title may run on to the first one up to this many.
_LONGEST_SUMMARY_WORDS = 36
# A title is cut after this many words at least since the last comma: a shorter run is an item of a list ("police
# officers, firefighters, paramedics and…") or the opening of a phrase ("…on Sunday, a day | after the gorilla…").
_MIN_COMMA_PHRASE_WORDS = 3
_TITLE_CUT_BEFORE = cues.TITLE_CUT_BEFORE
# Words no title ends on: they need the words after them.
_DANGLING = _TITLE_CUT_BEFORE | _AUXILIARIES | {"the", "a", "an", "of", "to", "as", "that", "than"}
_CLAUSE_END = re.compile(r"[;:]$")
_COMMA_END = re.compile(r",[”\"’']?$")
_DASHES = frozenset({"-", "--", "–", "—", "―"})


def _shortened(text: str) -> str:
    """The title, or when longer than ``_MAX_SUMMARY_WORDS`` words its opening up to a clause or phrase boundary
    (``_cut_at``) and an ellipsis: the last boundary within that many words, else the first one after them up to
    ``_LONGEST_SUMMARY_WORDS`` (a longer title is better than one cut mid-phrase), else a cut at the word count. A
    quotation the cut leaves open is closed after the ellipsis."""
    words = text.split()
    if len(words) <= _MAX_SUMMARY_WORDS:
        return text
    within = range(_MAX_SUMMARY_WORDS, _MIN_CUT_WORDS - 1, -1)
    beyond = range(_MAX_SUMMARY_WORDS + 1, min(len(words), _LONGEST_SUMMARY_WORDS + 1))
    kept = next((count for count in (*within, *beyond) if _cut_at(words, count)), _MAX_SUMMARY_WORDS)
    text = " ".join(words[:kept]).rstrip(",;:-–—― ") + "…"
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count('"') % 2:
        text += '"'
    return text


def _cut_at(words: list[str], count: int) -> bool:
    """May a title keep its first ``count`` words? Where a clause or phrase ends: after a semicolon, a colon or a
    comma closing a phrase (not an item of a list), before a dash, or before a word opening a clause or phrase of its
    own (``cues.TITLE_CUT_BEFORE``); not inside a name ("Bank for International Settlements": capitals on both sides),
    not between a verb and the preposition it takes ("asked | for", "warning | for months"), never after a word that
    needs what follows ("while | at the same time"), and only where the words kept say something (a verb) with their
    brackets closed."""
    last, following = words[count - 1], words[count]
    after_comma = next((n for n in range(count - 2, -1, -1) if _COMMA_END.search(words[n])), -1)
    # The words since the last comma are a phrase, not a list's item nor a phrase's opening ("…, a day | after…").
    if last.rstrip(",;:").lower() in _DANGLING or count - 1 - after_comma < _MIN_COMMA_PHRASE_WORDS:
        return False
    if last.endswith(",") or _CLAUSE_END.search(last) or following in _DASHES:
        boundary = True
    elif following in _TITLE_CUT_BEFORE:
        in_name = last[:1].isupper() and count + 1 < len(words) and words[count + 1][:1].isupper()
        taking = last.endswith(("ed", "ing")) or last in IRREGULAR_FORMS or last in _AUXILIARIES
        boundary = not in_name and not taking
    else:
        return False
    kept = " ".join(words[:count])
    return boundary and kept.count("(") == kept.count(")") and _has_verb(kept)


class _TitleRank(NamedTuple):
    """How well a statement serves as its claim's title, compared field by field (lower is better). A denial's wording
    is the last choice: the title states the claim, not its rebuttal. Among whole clauses opening on a subject, a
    named source's words an outlet only relays ("…, according to a militant site") and a speaker's words shown without
    their marks come after the outlets' own: they would read as what the outlets agree on. A speaker's words in their
    marks come after a member telling the fact in its outlet's own voice: one speaker's quote of it is not what the
    outlets report."""

    denial: bool
    broken: bool  # unbalanced or verbless (``_Title.rank``)
    outdone: bool  # a count another article's member tells better: higher, revised, whole (``_outdone_counts``)
    fragment: bool  # opening on a pronoun or as a fragment
    relayed: bool
    spoken: bool  # a speaker's words the title shows without marks or speaker, as if they were the outlets' own
    narrated: bool  # an outlet's reading of what someone's words referred to (``cues.SPEECH_REFERENCE``)
    quoted: bool  # a speaker's words, where another member tells the fact in its outlet's own voice
    subject: int  # ``_subject_rank``
    length: int  # words
    article: str
    paragraph: int

    @property
    def flawed(self) -> bool:
        """A denial, broken, outdone, a fragment, relayed, spoken or narrated: a title only when nothing better is
        found."""
        return (self.denial or self.broken or self.outdone or self.fragment or self.relayed or self.spoken
                or self.narrated)


def _title_rank(statement: Statement, contrary: bool = False, outdone: bool = False, told: bool = False) -> _TitleRank:
    """How well the statement serves as its claim's title; ``contrary``: it negates what the claim puts forward;
    ``outdone``: another member tells its count better (``_outdone_counts``); ``told``: a member tells the claim in its
    outlet's own voice, unquoted and from no named source, which a speaker's quote then comes after."""
    title = _title(statement)
    broken, subject, length = title.rank
    # A title given as its speaker's quotation ("Jo Roe: “…”") is a speaker's words, whether or not the sentence is.
    name = statement.source_name
    speakers = statement.quoted or bool(name) and title.text.startswith(_speaker_opening(name))
    return _TitleRank(statement.stance == "disputes" or contrary, broken, outdone, subject >= _PRONOUN_RANK,
                      statement.stance == "reports" and statement.source_name is not None,
                      statement.quoted and not _QUOTE_MARKS.search(title.text),
                      _SPEECH_REFERENCE.search(title.text) is not None, told and speakers, subject, length,
                      statement.article, statement.paragraph)


_SPEECH_REFERENCE = re.compile(cues.SPEECH_REFERENCE, re.IGNORECASE)
# A claim this large picks its title by what its statements share (``summarise``); a pair shares all it has.
_TITLE_SHARING_MIN = 3
# The members a title is compared with: enough to tell what most of them say, few enough for a claim of hundreds.
_TITLE_PEERS = 24
# How much more like the others a statement must be than the best ranked one to be the title instead.
_TITLE_SHARING_MARGIN = 0.1
_TITLE_COPY = 0.8  # the likeness of two wordings of one sentence (a reprint, a quotation mark more or less)
_PRONOUN_RANK = 2  # ``_subject_rank`` of a clause opening on a pronoun or as a fragment


def _most_shared(best: Statement, statements: list[Statement],
                 rank: Callable[[Statement], _TitleRank] = _title_rank) -> Statement:
    """The statement whose title's terms are clearly more like the other statements' (mean Jaccard with up to
    ``_TITLE_PEERS`` of them, near copies left out) than ``best``'s are, among those that rank well as titles: not a
    denial, not broken, not relayed from a named source, opening on a subject rather than a pronoun, short enough to
    be shown whole. Else ``best``."""
    peers = [word_terms(_title(s).text) for s in statements[:_TITLE_PEERS]]

    def likeness(statement: Statement) -> float:
        terms = word_terms(_title(statement).text)
        scores = [len(terms & other) / len(terms | other) for other in peers if terms | other]
        # A statement's copies (its own, another outlet's reprint) would make what it adds look shared.
        shared = [score for score in scores if score < _TITLE_COPY]
        return sum(shared) / max(len(shared), 1)

    ranked = [(s, rank(s)) for s in statements]
    candidates = [(s, rank) for s, rank in ranked
                  if s is best or (not rank.flawed and rank.length <= _MAX_SUMMARY_WORDS)]
    chosen, _ = min(candidates, key=lambda candidate: (-likeness(candidate[0]), candidate[1]))
    return chosen if likeness(chosen) >= likeness(best) + _TITLE_SHARING_MARGIN else best


@dataclass
class _Title:
    """A statement's wording as a claim's title, and how well it serves as one (lower is better)."""

    text: str
    rank: tuple[bool, int, int]  # broken or verbless, then the subject's rank, then the length in words


def _title(statement: Statement) -> _Title:
    """The statement's title: found with its article (``find_statements``), else made now."""
    if statement.comparison is not None:
        return statement.comparison.title
    return _make_title(statement)


def _make_title(statement: Statement) -> _Title:
    text = _title_clause(statement.text, statement.referent, statement.source_name, statement.quoted)
    return _Title(text, (_unbalanced(text) or not _has_verb(text), _subject_rank(text), len(text.split())))


# Single quotation marks, told from apostrophes by the letters around them ("the 'back of …'", not "don't",
# "'til", "'em", "the '50s").
_SINGLE_OPENING = re.compile(r"(?<![\w])['‘](?!(?:til|em|n|s|tis|twas|cause|bout)\b|\d)(?=\w)", re.IGNORECASE)
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?![\w])")
# A single mark closing a quote after a stop or comma, no mark opened before it: the sentence opened in the quote.
_SINGLE_RUN_ON = re.compile(r"^([^'‘’\"“”]*[.,!?])['’](?=\s)")


# A sentence opening with a quotation mark: a title cut from it lost its opening mark, not its closing one.
_TRIMMED_OPENING = re.compile(r"\s*[\"“]")
# A sentence's edges a title drops whatever it quotes: spaces, a comma, a closing stop after a quotation mark.
# A list item's marker opening a sentence: "-- Prime Minister David Cameron's father ran…", "• The fund…".
_LIST_MARKER = r"[-–—―•*]+\s"
_TRIMMED_EDGES = re.compile(rf"^(?:[\s,]|{_LIST_MARKER})+|[\s.,;:]+$|[\s.,;:]+(?=[\"”]$)")
_QUOTE_MARKS = re.compile(r"[“”\"]")
# What was said, one quotation and nothing else: '"It happened on a bend."'.
_ONE_QUOTATION = re.compile(r"\s*[“\"][^“”\"]+[”\"][\s.!?]*")
# A dotted abbreviation ending a text without its last stop: "p.m", "a.m", "U.S".
_DOTTED_END = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]$")


def _marks_balanced(text: str) -> bool:
    """Does every double quotation mark in the text have its pair, and does the text have any?"""
    return ('"' in text or "“" in text) and text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _in_quotation(sentence: str, clause: str) -> bool:
    """Does the clause open within quotation marks in the sentence: between an opening and a closing mark, or before
    the closing mark of a quote the sentence opens in (``_RUN_ON_CLOSING``)?"""
    at = sentence.find(clause)
    if at < 0:
        return False
    run_on = _RUN_ON_CLOSING.match(sentence)
    return bool(run_on and at < run_on.end()) or _outside_quotes(sentence)[at].isspace()


# A straight quotation mark opening a quote, the last mark of the text: '… tweeted: "It happened'.
_LAST_MARK_OPENS = re.compile(r'(?:^|\s)"\w[^"]*$')


# The pronouns that open a quoted title given as its speaker's: the speaker's "I" and "we", and whoever "he", "they" or
# "it" is to them.
_SPEAKERS_PRONOUN = r"(?:i|we|you|my|our|he|she|his|her|they|their|it|its)\b"


@lru_cache(maxsize=65536)
def _title_clause(sentence: str, referent: str | None, source_name: str | None, quoted: bool = False) -> str:
    """The sentence without its attribution, quotation marks and final punctuation, a
    leading "he"/"she" replaced by the person the article means (``referent``); the whole
    sentence when what is left is too short or too broken to stand alone. A speaker's words
    (``quoted``) opening with a pronoun are given as theirs: whom "he" means is theirs to know."""
    def trim(text: str) -> str:
        trimmed = re.sub(rf"^(?:[\"“”'‘’\s,]|{_LIST_MARKER})+|[\s\"“”'‘’.,;:]+$", "", text)
        # An abbreviation's stop is part of it: "at 5 p.m." ends on "p.m.", not "p.m".
        return trimmed + "." if _DOTTED_END.search(trimmed) and text[len(trimmed) :].startswith(".") else trimmed

    # Opening within a quote whose closing mark the attribution cut below may take ('He said he…," Roe said.').
    run_on = _RUN_ON_CLOSING.match(sentence)
    sentence = _without_attribution_tail(DATELINE.sub("", _SPEAKER_LABEL.sub("", sentence)), title=True)
    told = claim_clause(sentence)
    framed = (_disputed_frame(sentence, told) or _mandative_frame(sentence, told)
              or _alleged_frame(sentence, told, referent))
    reported = re.sub(r"\s+", " ", framed or told)
    clause = trim(reported)
    # Not when the sentence opens on the quote: "“…,” she says, “…”" is one quotation, the last part no title alone.
    long = len(sentence.split()) > _MAX_SUMMARY_WORDS and not _TRIMMED_OPENING.match(sentence) and not framed
    asked = _QUESTION_PUT.search(clause)
    said = _QUOTE_TO_END.search(sentence) if long or asked else None
    if said and said.group("quote") not in clause:
        # Only the words before the verb were kept, too many to show what was said, or the question put to the
        # speaker: the point is the quote, given as theirs (the whole sentence when the speaker is not known).
        clause = trim(said.group("quote"))
        if asked and source_name:
            return _speaker_title(source_name, _QUOTE_MARKS.sub('', clause))
        if asked:
            return _TRIMMED_EDGES.sub("", sentence)
    adverbial = _LEADING_ADVERBIAL.match(clause)
    if adverbial and _stands_alone(clause[adverbial.end() :]):
        clause = clause[adverbial.end() :]  # "that in the morning, a delegation informed…"
    # Within quotation marks "he" is whom the words' speaker means ('Roe said the driver told him that “he thinks he
    # blacked out”' is the driver): no referent of the outlet's.
    if referent and _in_quotation(sentence, clause):
        referent = None
    # "Roe said he thinks…": "Roe thinks…" stands alone, as "he thinks…" would not; only where the sentence names the
    # referent, its speaker (in "A spokeswoman said he was 3" the "he" is the last person named, a guess).
    if referent and re.search(rf"\b{re.escape(referent.split()[-1])}\b", sentence):
        clause = _with_referent(clause, referent)
    if (source_name and _ONE_QUOTATION.fullmatch(reported) and _subject_rank(clause) == 2 and len(clause.split()) >= 5
            and _stands_alone(clause) and _has_verb(clause)):
        # 'Jo Roe, who lives nearby, told the Post: "It happened on a bend"': the quote is the point, the pronoun
        # opening it the speaker's to know; given as theirs rather than with the words that introduce it.
        return _speaker_title(source_name, _QUOTE_MARKS.sub('', clause))
    if not framed and not _subordinate_first(clause) and (
            len(clause.split()) < 5 or not _stands_alone(clause) or not _has_verb(clause)
            or _SUBORDINATE_ONLY.match(clause) or _subject_rank(clause) == 2 and _subject_rank(trim(sentence)) < 2):
        tail = _TRAILING_ATTRIBUTION.search(_outside_quotes(sentence))
        head = trim(sentence[: tail.start() + 1]) if tail and tail.start() > 20 else ""
        # What is left before the attribution must say something itself: not "Through a spokesperson" nor
        # "Jo Roe, chairman of the club, which advocates for members" (a relative clause's verb is no main verb).
        stating = head and _has_verb(_RELATIVE_END.sub("", head)) and not _SUBORDINATE_ONLY.match(head)
        clause = head if stating else trim(sentence)
    clause = _without_lead_in(_without_comment(_LEADING_CONNECTIVE.sub("", clause), referent, source_name, quoted))
    first = _SECOND_REPORTED.split(clause, maxsplit=1)[0]
    if len(first.split()) >= 3 and _has_verb(first):
        clause = first  # "he was planning to stay and that his foundation would…": the first thing said
    if referent:
        clause = _with_referent(clause, referent)
    whole = trim(sentence)
    kept = _TRIMMED_EDGES.sub("", sentence)
    if clause == whole and kept != whole and _marks_balanced(kept) and not _ONE_QUOTATION.fullmatch(sentence):
        # The whole sentence, its quotation marks and all: '"Terrible," Jo Roe said, "my thoughts…"' keeps both pairs,
        # which the trim would have left one open and one closed.
        clause = kept
    says = _PRONOUN_SAYS.match(whole) if quoted and source_name else None
    if says and run_on:
        # '… He said he thinks he blacked out."' lies in the speaker's quote: "he" is whom they tell of, never
        # themselves, and what he said is what the speaker says.
        return _speaker_title(source_name, trim(_QUOTE_MARKS.sub('', run_on.group(0))))
    if says:  # "He says they look “…”": the outlet's words for the speaker's, not the speaker's own to quote
        clause = source_name + whole[says.end():]
    # A quote the trim took the closing mark of ("She wrote, “Never again"): closed again, not stripped of its marks.
    left_open = clause.count("“") == clause.count("”") + 1 and clause.rfind("“") > clause.rfind("”")
    opened = bool(_TRIMMED_OPENING.match(sentence))
    if left_open and not opened:
        clause += "”"
    elif clause.count('"') % 2 and not opened and (sentence.rstrip(" .!?").endswith('"')
                                                    or _LAST_MARK_OPENS.search(clause)):
        clause += '"'  # and 'He tweeted: "It happened.' runs on into the next sentence: closed where the title ends
    if clause.count("“") != clause.count("”") or clause.count('"') % 2:
        clause = re.sub(r"[“”\"]", "", clause)  # a quote cut open by the trim: drop its marks
    opening, closing = _SINGLE_OPENING.findall(clause), _SINGLE_CLOSING.findall(clause)
    ending = sentence.rstrip(" .!?")[-1:]
    if len(opening) == len(closing) + 1 and ending in "'’" and clause[-1:] not in "'’":
        clause += ending  # "praised as an 'elegantly understated boon'": the trim took its closing mark
        closing.append(ending)
    if _SINGLE_RUN_ON.match(clause):  # "Chicago, it happened,' Roe said": a quote the sentence opened in
        clause = _SINGLE_RUN_ON.sub(r"\1", clause, count=1)
    if len(opening) > len(closing):  # more closing marks are plural possessives: "the players' union"
        clause = _SINGLE_CLOSING.sub("", _SINGLE_OPENING.sub("", clause))  # "the 'back of the phone will change"
    if source_name and _speakers_pronoun(clause, quoted) and not _OUTLETS_OPENING.match(clause):
        clause = _speaker_title(source_name, clause)  # "I saw…" is the source's own voice: say whose
    return _quotation_first(clause, source_name) or _phrase_first(clause, sentence) or clause


# A title opening inside a quotation, the words up to its first mark, which closes the quotation, then the words up to
# the next mark, the attribution ('That's a deal," Holst says, "if it works').
_QUOTATION_FIRST = re.compile(r'(?P<words>[^“”"]+?)[\s,]*[”"](?P<between>[^“”"]*)(?:[“"](?P<more>[^“”"]*)[”"]?)?')
# A quotation the attribution breaks, its words going on after it: a comma before the mark that opens them again, the
# words in small letters ('…," Holst says, "if it works', not '…," he said, adding: "I signed…').
_BROKEN_OFF_QUOTATION = re.compile(r",\s*$")


def _quotation_first(clause: str, source_name: str | None) -> str | None:
    """A title opening inside a quotation (``_OPENS_IN_QUOTE``) that a verb of saying attributes, as the quotation given
    as its speaker's ('That's a deal," Holst says, "if it works' → 'John Holst: “That's a deal, if it works”'), with its
    words after the attribution where the attribution breaks one sentence of it; in its marks alone where no speaker
    is known. None for any other title: a title opening on a phrase in marks ('the stakes” for the summit “could…')."""
    if not _OPENS_IN_QUOTE.match(clause):
        return None
    found = _QUOTATION_FIRST.match(clause)
    if not found or not set(re.findall(r"[a-z]+", found["between"].lower())) & speech.REPORTING_VERBS:
        return None
    words, more = found["words"], (found["more"] or "").strip()
    if more[:1].islower() and _BROKEN_OFF_QUOTATION.search(found["between"]):
        words = f"{words}, {more.rstrip(' .,;:')}"
    return _speaker_title(source_name, words) if source_name else f"“{words}”"


def _phrase_first(clause: str, sentence: str) -> str | None:
    """A title opening on a phrase in marks whose opening mark the trim took ('the stakes” for the summit “could not be
    higher'), with its marks put back: '“the stakes” for the summit “could not be higher”'. None for any other."""
    at = sentence.find(clause)
    if not _OPENS_IN_QUOTE.match(clause) or at < 1 or sentence[at - 1] not in "“\"":
        return None
    mark = sentence[at - 1]
    mended = mark + clause
    if mark == "“" and mended.count("“") > mended.count("”"):
        mended += "”"
    elif mark == '"' and mended.count('"') % 2:
        mended += '"'
    return None if _unbalanced(mended) else mended


# A clause whose quotation opens after its first words: those words are the outlet's ("It will, Roe predicted, “be in
# orbit for years”"), and the pronoun opening them no speaker's.
_OUTLETS_OPENING = re.compile(r"[^“\"]+[“\"]")


# A verb that disputes what it governs: "denied that…", "rejected any claims that…", "refused to confirm the report…".
_DISPUTING_VERB = Folded(rf"\b(?:{_DISPUTE_CUES})\b")
# What may stand between such a verb and the clause it governs: a few words, its object ("any claims", "the report").
_FRAME_GAP_WORDS = 6


def _disputed_frame(sentence: str, reported: str) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb that disputes what it
    governs, itself not negated, introduces that clause: what a subject denies, rejects or declines to confirm is no
    fact to title a claim with, so the title keeps who disputes it ("The Bureau rejected any claims that the funds
    were tied to the meeting", not "The funds were tied to the meeting"); a further saying ("…, stating, “…”") is left
    out. None otherwise: "did not deny that…" puts its clause forward."""
    start = sentence.find(reported)
    if start <= 0:
        return None
    plain = _outside_quotes(sentence[:start])
    verb = next(reversed(list(_DISPUTING_VERB.finditer(plain))), None)
    if verb is None or _NEGATED.search(plain[: verb.start()]) or (
            _DENY.search(verb.group(0)) and _WITHHELD.match(plain, verb.end())):
        return None
    between = plain[verb.end() :]
    if len(between.split()) > _FRAME_GAP_WORDS or any(
            not _REPORT_NOUN.fullmatch(cue.group(0)) for cue in _CUE.finditer(between)):
        return None
    further = _FURTHER_SAYING.search(reported)
    return sentence[:start] + (reported[: further.start()] if further else reported)


# A verb of demanding just before the clause it governs: "is now insisting that …", "demanded that …".
_MANDATIVE_FRAME = re.compile(rf"\b(?:{cues.MANDATIVE_VERBS})\s+that\s*$", re.IGNORECASE)
# A subjunctive's bare "be" ("that the vote be delayed"), no tense.
_BARE_BE = re.compile(r"\b(?:not\s+)?be\b")


# A verb of alleging right before the clause it governs: "The militant claims …", "Roe alleged that …".
_ALLEGING_FRAME = re.compile(rf"\b(?:{cues.ALLEGING_VERBS})\s+(?:that\s+)?$", re.IGNORECASE)


def _alleged_frame(sentence: str, reported: str, referent: str | None) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb of alleging
    (``cues.ALLEGING_VERBS``) governs that clause: the title keeps who claims it ("The militant claims some girls were
    killed in an airstrike", not "Some girls were killed in an airstrike", a party's word shown as fact). None
    otherwise: "said that …" puts its clause forward; and where the sentence opens on a pronoun while the clause's
    "he" has a ``referent`` ("They claimed he did not seem religious"): the title would give that name to "they"."""
    start = sentence.find(reported)
    if start <= 0 or not _ALLEGING_FRAME.search(_outside_quotes(sentence[:start])):
        return None
    return None if referent and _LEADING_PRONOUN.match(sentence) else sentence[:start] + reported


def _mandative_frame(sentence: str, reported: str) -> str | None:
    """The sentence from its start to the end of ``reported`` (its claim clause) when a verb of demanding governs that
    clause and no verb with a tense comes before the clause's first comma: "Congress appropriate $5 million" is a
    subjunctive, what someone wants done and no sentence, so the title keeps who wants it ("Roe is insisting that
    Congress appropriate $5 million"). None otherwise: "insisted that the vote was fair" puts its clause forward."""
    start = sentence.find(reported)
    if start <= 0 or not _MANDATIVE_FRAME.search(_outside_quotes(sentence[:start])):
        return None
    head = re.split(r"[,;:]", reported, maxsplit=1)[0]
    return None if _STATING.search(_BARE_BE.sub("", head)) else sentence[:start] + reported


def _speakers_pronoun(clause: str, quoted: bool) -> bool:
    """Does the clause open on a pronoun its title gives as a source's words: "I", "we", … (any ``_SPEAKERS_PRONOUN`` in
    a speaker's ``quoted`` words)?"""
    return bool(re.match(_SPEAKERS_PRONOUN if quoted else r"(?:i|we|you|my|our)\b", clause, re.IGNORECASE))


def _without_comment(clause: str, referent: str | None, source_name: str | None, quoted: bool) -> str:
    """The clause without the writer's comment opening it ("Not surprisingly, he plans…", "Of course, the vote…"),
    where what follows opens on its subject or on a pronoun the title names (whom "he" means, the speaker of "I"):
    "Unfortunately, it hasn't…" keeps it, "It hasn't…" no better a title."""
    found = _COMMENT_OPENING.match(clause)
    if not found:
        return clause
    rest = clause[found.end():]
    named = referent and _with_referent(rest, referent) != rest or source_name and _speakers_pronoun(rest, quoted)
    return rest if named or _subject_rank(rest) < _PRONOUN_RANK else clause


_TITLE_LEAD_IN = re.compile(cues.TITLE_LEAD_IN)
_TITLE_AS_REPORTED = re.compile(cues.TITLE_AS_REPORTED, re.IGNORECASE)


def _without_lead_in(clause: str) -> str:
    """The clause without the writer's lead-in to it ("Take it away, Jo: “…”", "Here's a clue: As the Gazette reported,
    “…”"), when what follows stands alone: the lead-in tells the reader where to look, not the fact. Not a speaker's
    "Jo Roe said:", which says whose words follow, nor a clause of its own ("The plan has two parts: …")."""
    for pattern in (_TITLE_LEAD_IN, _TITLE_AS_REPORTED):
        found = pattern.match(clause)
        if not found:
            continue
        lead, rest = found.group(0), clause[found.end() :]
        # A lead-in with a verb of saying or a finite verb ("The study was split in two parts: the sampling, …")
        # says something itself: what follows may be a list, not a clause.
        if pattern is _TITLE_LEAD_IN and (set(re.findall(r"[a-z]+", lead.lower())) & speech.REPORTING_VERBS
                                          or _FINITE.search(lead)):
            continue
        if _stands_alone(rest.lstrip("“\"‘'")) and _has_verb(rest) and len(rest.split()) >= 5:
            clause = rest
    return clause


_LEADING_PRONOUN = re.compile(r"(?:(?P<subject>he|she|it|they)|(?P<owner>its|their))\b", re.IGNORECASE)
# A copula after "it"/"they" ("it was a banned test", "they were among the dead"): the pronoun may be the thing
# spoken of, not the speaker; a participle after it ("it was investigating") keeps the speaker the subject.
_COPULA_AFTER = re.compile(r"\s+(?:is|was|are|were|['’]s|['’]re|(?:has|have|had|will|would) been|(?:will|would) be)"
                           rf"\s+(?!(?:(?:{cues.MODAL_FILLERS}|[a-z]+ly)\s+)*[a-z]+(?:ing|ed)\b)", re.IGNORECASE)


def _with_referent(clause: str, referent: str) -> str:
    """The clause with its leading pronoun replaced by whom it means: "he thinks…" → "Roe thinks…", "its offer…" →
    "Acme's offer…"; an "it"/"they" before a copula is left ("it was a banned test" may not be the speaker)."""
    found = _LEADING_PRONOUN.match(clause)
    if not found:
        return clause
    if found.group("owner"):
        return f"{referent}'s{clause[found.end():]}"
    if found.group("subject").lower() in ("it", "they") and (_COPULA_AFTER.match(clause, found.end())
                                                             or clause[found.end():found.end() + 1] in "'’"):
        return clause  # "it's not just…": a copula contracted
    rest = _expanded_contraction(clause[found.end():])
    return clause if rest is None else referent + rest


# The verbs a "he’ll", "she’s" or "he’d" stands for, written out when a name replaces the pronoun ("Roe’ll" is no
# English): "’ll" is "will"; "’s" and "’d" are each two verbs, told by the word after them (adverbs skipped: "he’s
# not running"); where it does not tell ("he’s expected to", "he’d come"), None.
_CONTRACTED_ON_PRONOUN = re.compile(r"['’](?P<verb>ll|s|d)\b(?:\s+(?:(?:not|never|also|still|just|already|now|"
                                    r"long|really|probably)\s+)*)?(?P<next>[a-z]+)?")
_CONTRACTION_VERBS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("ll", "will", re.compile(r"[a-z]*")),
    ("s", "has", re.compile(r"been|got|gotten")),
    ("s", "is", re.compile(r"[a-z]+ing|a|an|the|no|in|at|on|out|back|from|about|to|expected|due|(?:un)?likely|"
                           r"(?:un)?able|ready|poised|keen|intent|aware|sure")),
    ("d", "had", re.compile(r"been|better|got|gotten|[a-z]*[^e\W]ed")),
    ("d", "would", re.compile(r"be|have|like|love|rather|prefer")),
)


def _expanded_contraction(rest: str) -> str | None:
    """``rest``, what follows a pronoun, with a verb contracted onto the pronoun written out ("’ll make" → " will
    make"); unchanged without one; None when the contraction's verb is not clear from what follows it."""
    found = _CONTRACTED_ON_PRONOUN.match(rest)
    if not found:
        return rest
    following = found.group("next") or ""
    for contracted, verb, before in _CONTRACTION_VERBS:
        if found.group("verb").lower() == contracted and before.fullmatch(following):
            return f" {verb}{rest[found.end('verb'):]}"
    return None


# A second clause of reported speech: "(he said) he would stay in the area and that his foundation would…"; not "that"
# as a pronoun, the subject or owner of what follows ("one product and that is secrecy", "and that of his rival").
_SECOND_REPORTED = re.compile(r",?\s+and that\s+"
                              r"(?!(?:is|was|were|are|would|will|has|had|of|means?|made|makes)\b|['’]s\b)")
# A quotation from a saying verb to the sentence's end: what was said after many words before the verb ("When asked
# whether…, Jo Roe, the longtime producer of the show, said, “…”").
_QUESTION_PUT = re.compile(cues.QUESTION_PUT, re.IGNORECASE)
_QUOTE_TO_END = re.compile(rf"\b{_SAYING}[,:]?\s+(?P<quote>[“\"][^”\"]+[”\"]?)\s*$")
_PRONOUN_SAYS = re.compile(rf"(?:he|she)\b(?=\s+(?:{_SAYING}|tweeted|tweets)\b)", re.IGNORECASE)
# "However, Singh refrained…": the link to the previous sentence means nothing in a title.
_LEADING_CONNECTIVE = re.compile(r"^(?:however|meanwhile|moreover|but|and|also|plus|still|yet|instead(?!\s+of)|"
                                 r"rather(?!\s+than)),?\s+", re.IGNORECASE)
# A subordinate clause, then the main clause after its comma: "while the research is “interesting,” there might be…".
_SUBORDINATE_FIRST = re.compile(rf"^(?:{cues.SUBORDINATORS})\b[^,;:]*,[”\"’]?\s+(?P<main>.+)$", re.IGNORECASE)
_COMMENT_OPENING = re.compile("^" + cues.COMMENT_OPENING, re.IGNORECASE)


_FRAGMENT_START = {"and", "but", "or", "to", "in", "on", "of", "for", "with", "as", "which", "who", "that",
                   "specifically", "because", "while", "despite", "after", "before", "when", "if"}
_ANSWER_CONJUNCTIONS = {"that", "because"}
_FUNCTION_WORDS = {"the", "a", "an", "this", "that", "these", "those", "there", "it", "its", "today", "in", "on"}


_DETERMINERS = {"the", "a", "an", "this", "these", "those", "some", "many", "most", "all", "several", "both",
                "each", "every", "no", "one", "two", "three", "four", "five", "about", "at", "more", "nearly",
                "over", "up", "around", "almost", "only", "just"}
# Words that open a clause as its subject: "what they found was a ring…".
_CLAUSE_SUBJECTS = {"what", "whatever"}
# Lower-case words before an auxiliary that are no subject of a title: "you can expect…" is the reader's, not a fact.
_NOT_NOUNS = {"you", "him", "them", "us", "me", "one"}


# When the reported clause opens: "in the morning, ", "on Monday, ", "earlier this week, ".
_LEADING_ADVERBIAL = re.compile(r"(?:in|on|at|during|earlier|later|last|this|early|late)\b[^,]{0,30},\s+")
# An item of a list read out in a quote: "Two – yet another breach of…" names no subject.
_ENUMERATOR = re.compile(r"(?:one|two|three|four|five|first|second|third|firstly|secondly|\d)\s*[–—-]\s",
                         re.IGNORECASE)


def _subordinate_first(clause: str) -> bool:
    """Does the clause open on a subordinate clause before its main one, a sentence of its own ("while the research is
    “interesting,” there might be ways to read the data…", which "X said that…" reports)?"""
    first = _SUBORDINATE_FIRST.match(clause)
    main = first["main"] if first else ""
    return len(main.split()) >= 3 and _has_verb(main) and _stands_alone(main) and not _SUBORDINATE_ONLY.match(main)


def _stands_alone(clause: str) -> bool:
    """Can the clause open a title? Not when it begins on a lower-case word other than a
    determiner or an amount ("deaths, but…", "exploits this flaw…"), on a date left over
    from the attribution ("Saturday, adding that…") or on a participle ("adding that…")."""
    first = re.match(r"[\w'’-]+", clause)
    if not first:
        return False
    word = first.group(0)
    lower = word.lower()
    if lower in _TIME_WORDS or lower.endswith("ing") and word[0].islower():
        return False
    if not word[0].islower() or lower in _DETERMINERS or lower in _PRONOUNS or lower in _CLAUSE_SUBJECTS:
        return True
    # A noun without a determiner, then its auxiliary: "negotiation can progress…", "prices have risen…".
    second = re.match(r"[\w'’-]+\s+([\w'’-]+)", clause)
    return bool(second and _AUXILIARY_VERB.fullmatch(second.group(1).lower()) and lower not in _FRAGMENT_START
                and lower not in _NOT_NOUNS and not _AUXILIARY_VERB.fullmatch(lower) and not lower.endswith("ly"))


# A text opening inside a quotation: its first mark closes one ('God help us," said Roe'; 'Never," said Roe, "…"'), or
# a straight mark set apart from the words it closes, before the verb of saying ('…from her, "said Roe').
_OPENS_IN_QUOTE = re.compile(rf'^[^“”"]*(?:”|(?<=[\w.,!?…’\'])"(?=[\s,.;:!?]|$)|[,.!?]\s+"{_SAYING}\b)')


def _unbalanced(text: str) -> bool:
    """A bracket or quotation mark without its pair, or a text opening inside a quotation (``_OPENS_IN_QUOTE``): a
    piece cut out of a longer sentence."""
    return (text.count("(") != text.count(")") or text.count("“") != text.count("”") or text.count('"') % 2 == 1
            or _OPENS_IN_QUOTE.match(text) is not None)


_CONTRACTED = re.compile(r"['’](?:s|re|ve|ll|d|m)$", re.IGNORECASE)
_DEMONSTRATIVES = frozenset({"this", "these", "those", "that"})
_AUXILIARY_VERB = re.compile(r"(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)(?:n['’]t)?|"
                             r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|[a-z]+['’](?:s|re|ll)")


# A subject standing for something the sentence before named, its verb right after it: "One would fund…", "The other
# was…", "Both agreed…" (not "One person died…", "Both sides agreed…").
_POINTING_BACK = re.compile(
    r"(?:one|both|neither|either|another|each|the\s+(?:other|others|latter|former))\s+([a-z’']+)\b", re.IGNORECASE)


def _points_back(clause: str) -> bool:
    """Does the clause open on a subject that only points back (``_POINTING_BACK``)? It says what the title is about no
    more than "it" would."""
    found = _POINTING_BACK.match(clause)
    verb = found[1].lower() if found else ""
    return bool(found) and bool(_AUXILIARY_VERB.fullmatch(verb) or verb in IRREGULAR_FORMS
                                or verb.endswith("ed") and verb not in _NOT_PREDICATES)


def _subject_rank(clause: str) -> int:
    """0 if the clause opens on a name ("The Kremlin…", "North Korean troops…"), 2 if on a
    pronoun or as a fragment ("he has…", "and that…"), else 1 ("the bank fired…")."""
    # "Of course, he…": the writer's comment before the subject opens no name.
    uncommented = _COMMENT_OPENING.sub("", clause)
    words = re.findall(r"[\w'’-]+", uncommented)
    # "It’s been…", "We're adding…": a pronoun with its verb contracted onto it is a pronoun; so is "this"/"these"
    # with a verb after it ("This is the first time…"), not one with its noun ("These rings…").
    first = _CONTRACTED.sub("", words[0]).lower() if words else ""
    demonstrative = first in _DEMONSTRATIVES and len(words) > 1 and _AUXILIARY_VERB.fullmatch(words[1].lower())
    # An adverb before "that" or "because" ("Basically that it…", "Mostly because…") opens an answer, not a clause;
    # not one before a preposition ("Immediately after the crash, …").
    answer = first.endswith("ly") and len(words) > 1 and words[1].lower() in _ANSWER_CONJUNCTIONS
    if (not words or first in _PRONOUNS or demonstrative or answer or words[0].lower() in _FRAGMENT_START
            or _ENUMERATOR.match(clause) or _points_back(uncommented)):
        return 2
    for word in words[:4]:  # the subject's opening words, up to the first plain one
        if word.lower() in _FUNCTION_WORDS:
            continue
        return 0 if word[0].isupper() else 1
    return 1


def _unique_slug(summary: str, used: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", summary.lower().replace("’", "").replace("'", ""))
    base = slugify(" ".join(w for w in words if w not in STOPWORDS), "claim")
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug
