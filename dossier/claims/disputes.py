"""Stance across claims: denials joined to what they deny, contradictions linked, disputes
and opposite states marked.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import chain

from ..lang.en import speech
from ..lang.en import stance as cues
from ..lang.en.words import STOPWORDS
from ..structure import Claim, Statement
from .apart import _actors, _same_words
from .clusters import _STORY_MIN_ARTICLES
from .detection import (
    _DENIAL_SCOPE_END,
    _IN_RELATIVE_CLAUSE,
    _LINK_DENIED,
    _NEGATION,
    _REFERRING_DENIAL,
    _REPORT_NOUN,
    _TIME_STEMS,
    _asserted_terms,
    _denial,
    _denies_happening,
    _denies_told_act,
    _existing_terms,
    _negates_a_thing,
    _negation_scopes,
    _stance_besides_denial,
    _told_events,
    denied_terms,
)
from .evidence import _overlap
from .pairs import _pair_score
from .prepared import _CATENATIVE_STEMS, _TITLE_STEMS, _dates, _Prepared
from .sources import find_source
from .terms import (
    _COMMON_ONLY_SIMILARITY,
    _MERGE_SIMILARITY,
    _MONTH_STEMS,
    _NONE,
    _WORD,
    _content_stems,
    _main_verb,
    _stem,
    claim_clause,
    propositions,
)
from .titles import _QUOTE_MARKS, _TERM_BID, _cue, _quoted_phrase_only, _title_statement


def _denied_before(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each denial that points back at what was said before it (``cues.REFERRING_OBJECT``: "denied the report",
    "the charges were false") with the statement it denies: the one just before it in its article (an article's
    statements come in the order of its sentences), in its paragraph or the one before, put forward by a source the
    article names or a source it cites as written ("the military said"), other than the denier. None where that is
    unclear: after a sentence of the outlet's own ("…, reportedly"), or after another denial; not after a sentence in
    the negative alone ("They argued that he could not be impartial. He rejected that notion."). A clause restated from
    a sentence (``Statement.written``) is no sentence: the one before the denial is the sentence it came from."""
    return [(statement, before) for before, statement in _sentence_pairs(statements)
            if statement.stance == "disputes" and before.stance != "disputes"
            and _REFERRING_DENIAL.search(statement.text)
            and (before.source_name or find_source(before.text)) not in (None, statement.source_name)]


_CLAIM_CUE = re.compile(cues.CLAIM_CUES, re.IGNORECASE)


def _unbacked_claims(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each statement saying a claim came without evidence (``cues.NO_EVIDENCE_GIVEN``: "The group provided no
    evidence.") with the statement just before it in its article, in its paragraph or the one before, told as a claim
    (``cues.CLAIM_CUES``: "The Islamic State group claimed responsibility for the attack"), as ``_denied_before``
    pairs a denial pointing back."""
    return [(statement, before) for before, statement in _sentence_pairs(statements)
            if not before.negated and _cue(statement, "no evidence given") and _CLAIM_CUE.search(before.text)]


def _sentence_pairs(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Each statement that is a sentence with the sentence just before it in its article, in its paragraph or the one
    before (an article's statements come in the order of its sentences; a clause restated from a sentence,
    ``Statement.written``, is none)."""
    sentences = [statement for statement in statements if statement.written is None]
    return [(before, statement) for before, statement in zip(sentences, sentences[1:], strict=False)
            if before.article == statement.article and 0 <= statement.paragraph - before.paragraph <= 1]


def _denied_acts(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each denial that names the act it denies and whom it is told of (``_subject_act`` of the clause it governs:
    "the minister denied that the 12 sailors were exchanged for Vellish prisoners") with each statement, of any
    article, putting that act of that subject forward in its first proposition ("The sailors were exchanged for three
    smugglers at the border, local sources said"): the same verb in the same voice, one subject's words all in the
    other's, and a word of what follows the verb in common (``_same_act``). As positions in ``prepared``, for
    ``_join_denials``. No "the sailors were freed" (another act) nor "the prisoners were exchanged" (another
    subject)."""
    telling: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        if item.predicate and not item.statement.negated and item.statement.stance != "disputes":
            telling[item.predicate].append(i)
    pairs = []
    told_acts: dict[int, tuple[frozenset[str], str, bool, frozenset[str]] | None] = {}  # read once, for every denial
    for i, item in enumerate(prepared):
        denied = _denied_clause(item.statement.text) if item.statement.stance == "disputes" else None
        act = _subject_act(denied) if denied else None
        doing = _denied_doing(item.statement.text) if denied and act is None else None
        if act is None and doing is None:
            continue
        for j in telling.get(act[1] if act else doing[1], ()):
            other = prepared[j]
            if j not in told_acts:
                told_acts[j] = _first_act(other.clause)
            told = told_acts[j]
            if told is None:
                continue
            if act is not None and _same_act(act, told):
                pairs.append((i, j))
            # "Roe said Lee had threatened to end her contract." / "Lee denied ever threatening her prospects.": the
            # denier denies doing what the sentence just before tells they did, in other words.
            elif (act is None and other.statement.article == item.statement.article
                  and 0 <= item.statement.paragraph - other.statement.paragraph <= 1 and not told[2]
                  and (doing[0] <= told[0] or told[0] <= doing[0])):
                pairs.append((i, j))
    return pairs


# A denial of doing something, by its subject: "Lee denied ever threatening her prospects".
_DENIED_DOING = re.compile(r"(?:ever\s+|having\s+)?(?P<verb>[a-z]+ing)\b")


def _denied_doing(sentence: str) -> tuple[frozenset[str], str] | None:
    """Who denies doing what, where the denial governs a gerund ("Through a spokesman, Lee denied ever threatening
    her prospects" → ({lee}, threaten)): the stems of the words before the denial in its clause and the gerund's
    stem. None for any other denial, or a denier of no content words ("He denied…")."""
    found = _denial(sentence)
    if found is None or not found[1]:
        return None
    match, _ = found
    gerund = _DENIED_DOING.match(sentence, match.end() + 1)
    if gerund is None or not sentence[match.end() : match.end() + 1].isspace():
        return None
    denier = frozenset(_content_stems(_DENIAL_SCOPE_END.split(sentence[: match.start()])[-1]))
    return (denier, _stem(gerund.group("verb"))) if denier else None


def _rebutted_words(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement rebutting another side's word (``cues.REBUTTED_WORD``: "the plan is to preserve the port, not
    “close” it, as the council claims") with each statement of another article putting that word forward of what the
    rebuttal names before its "not" ("the plan would close the port"): the word's stem and one of those words' stems
    among its terms, not negated. As positions in ``prepared``, for ``_join_denials``."""
    pairs = []
    for i, item in enumerate(prepared):
        rebuttal = _cue(item.statement, "rebutted word")
        if rebuttal is None:
            continue
        word = _stem(rebuttal.group("word").lower())
        named = frozenset(_content_stems(claim_clause(item.statement.text[: rebuttal.start()]))) - {word}
        pairs.extend((i, j) for j, other in enumerate(prepared)
                     if other.statement.article != item.statement.article and not other.statement.negated
                     and other.statement.stance != "disputes" and word in (terms := _asserted_terms(other))
                     and terms & named)
    return pairs


def _same_act(denied: tuple[frozenset[str], str, bool, frozenset[str]],
              told: tuple[frozenset[str], str, bool, frozenset[str]]) -> bool:
    """One act of one subject (``_subject_act``): the same verb in the same voice, one subject's words all in the
    other's, and a word after the verb in common."""
    subject, verb, passive, rest = denied
    other_subject, other_verb, other_passive, other_rest = told
    return (verb == other_verb and passive == other_passive and bool(rest & other_rest)
            and (subject <= other_subject or other_subject <= subject))


# A verb of being before the main verb: the subject is what the act was done to ("the girls were exchanged").
_PASSIVE = re.compile(r"(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")


def _subject_act(clause: str) -> tuple[frozenset[str], str, bool, frozenset[str]] | None:
    """The act the clause tells of its subject: the stems of its subject (the words before its main verb), the stem of
    its main verb, whether it is passive, and the stems of the words after the verb; None with no verb found, or a
    subject of no content words ("he", "it")."""
    found = _main_verb(clause)
    if found is None or found[1] is None:
        return None
    subject = frozenset(_content_stems(clause[: found[0]]))
    after = clause[found[0] :]
    rest = frozenset(_content_stems(after)) - {found[1]}
    if not subject or not rest:
        return None
    return subject, found[1], bool(_PASSIVE.match(after)), rest


def _denied_clause(sentence: str) -> str | None:
    """The clause a denial of a happening governs ("denied that the girls were exchanged …" → "the girls were
    exchanged …"), None for any other sentence."""
    if not _denies_happening(sentence):
        return None
    match, _ = _denial(sentence)
    return re.sub(r"^\s*that\b\s*", "", _DENIAL_SCOPE_END.split(sentence[match.end() :], maxsplit=1)[0])


def _join_denials(clusters: list[list[int]], denials: list[tuple[int, int]]
                  ) -> tuple[list[list[int]], set[int], list[tuple[int, int]]]:
    """Put each denial that points back (``_denied_before``, as positions) in the claim of what it denies, where it
    is a claim of its own: it disputes that claim. A denial that other statements share a claim with (several outlets'
    "China denied the reports") stays there, its claim linked as contradicting the denied one. Returns the clusters
    (in order of their first member), the denials joined, and the pairs to link."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    joined: set[int] = set()
    linked: list[tuple[int, int]] = []
    for denial, denied in denials:
        home, target = cluster_of[denial], cluster_of[denied]
        if home == target:
            continue
        if clusters[home] == [denial]:
            clusters[target] = sorted([*clusters[target], denial])
            clusters[home] = []
            cluster_of[denial] = target
            joined.add(denial)
        else:
            linked.append((denial, denied))
    return sorted((members for members in clusters if members), key=lambda members: members[0]), joined, linked


# A term in more than this share of a story's articles (its protagonists, its subject: "Cubs", "Musk", "Panama") is in
# nearly every statement of it: two outlets' statements sharing it with a word or two more are grouped as one claim but
# do not show that the outlets tell one fact. It counts this much of its weight there. A term in this many articles or
# fewer is no story's own, whatever its share; the story needs this many articles for a share to mean much.
_STORY_TERM_SHARE = 0.3
_STORY_TERM_MIN_ARTICLES = 3
_STORY_TERM_WEIGHT = 0.3


def _without_story_terms(prepared: list[_Prepared], weight: dict[str, float]) -> dict[str, float]:
    """``weight`` with the story's own terms (``_STORY_TERM_SHARE``) weighing less (``_STORY_TERM_WEIGHT``): what
    two outlets' statements must share besides them to corroborate each other."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        articles[item.statement.article] |= item.whole.terms
    if len(articles) < _STORY_MIN_ARTICLES:
        return weight
    frequency = Counter(chain.from_iterable(articles.values()))
    story = {t for t, n in frequency.items() if n > max(_STORY_TERM_SHARE * len(articles), _STORY_TERM_MIN_ARTICLES)}
    return {t: _STORY_TERM_WEIGHT * w if t in story else w for t, w in weight.items()}


def _corroborated(members: list[_Prepared], corroborating: dict[str, float], weight: dict[str, float],
                  story_names: frozenset[str] = frozenset()) -> bool:
    """Do two outlets that put the claim forward tell one fact: a pair of their asserting statements as close as a
    merge with the story's own terms weighing less (``corroborating``), or as close as a merge (``weight``) giving
    one exact amount ("$2 billion", "11.5 million documents": a figure term), sharing more than the story's names
    (``_shares_a_fact``)? Grouping joins statements on less; only such a pair shows outlets agree."""
    def corroborate(a: _Prepared, b: _Prepared) -> bool:
        if (a.statement.outlet == b.statement.outlet or not _shares_a_fact(a, b, story_names, weight)
                or _subjects_apart(a, b)):
            return False
        if _pair_score(a, b, corroborating) >= _MERGE_SIMILARITY:
            return True
        return any("=" in term for term in a.whole.terms & b.whole.terms) and _pair_score(a, b, weight) >= (
            _MERGE_SIMILARITY)

    asserting = [item for item in members if item.statement.stance == "asserts"]
    return any(corroborate(a, b) for k, a in enumerate(asserting) for b in asserting[k + 1:])


def _subjects_apart(a: _Prepared, b: _Prepared) -> bool:
    """Do the two tell the acts of different named subjects (``_subjects``), each named nowhere in the other?
    "Ruritanian bank Vellbank announced that it would ban cryptocurrency transactions using its credit cards" and
    "Ostmark Trust and the Bank of Norland said they would bar customers from using credit cards to buy
    cryptocurrencies": one act of two banks is two facts, which no outlet telling one of them corroborates. One quote
    relayed word for word (``_same_words``) is one act, whomever each outlet credits."""
    subjects_a, subjects_b = _subjects(a), _subjects(b)
    x, y = a.statement.text, b.statement.text
    return bool(subjects_a and subjects_b and not subjects_a & (b.whole.terms | subjects_b)
                and not subjects_b & (a.whole.terms | subjects_a)) and not _same_words(x, y) and not _same_words(y, x)


# A claim clause opening on a plural pronoun: "Ostmark Trust and the Bank of Norland said they would bar …".
_OPENS_ON_PLURAL = re.compile(r"\W*(?:they|we)\b", re.IGNORECASE)
_AND = re.compile(r"\band\b|&")


def _subjects(item: _Prepared) -> frozenset[str]:
    """Who the statement tells acted: when its claim clause opens on "they" or "we", its named source if the
    attribution names it with another ("Ostmark Trust and the Bank of Norland said they would bar …": their act);
    the name a pronoun opening it stands for (``_Prepared.stand_in``); else its actors (``_actors``: the name heading
    its subject), unless the words before its main verb open a clause of their own. None: unknown."""
    statement = item.statement
    clause = item.clause
    if _OPENS_ON_PLURAL.match(clause):
        # A group: the one the attribution names with another ("X and Y said they …"), else unknown ("Vell Police's
        # chief constable Jo Roe said they were investigating": the police, not Roe).
        attribution = statement.text[: max(statement.text.find(clause), 0)]
        named = statement.source and statement.source_name and statement.source_name in attribution
        return _name_stems(statement.source_name) if named and _AND.search(attribution) else _NONE
    if item.stand_in:
        return _name_stems(statement.referent or statement.source_name or "")
    # A subject that opens a clause of its own was found past a main verb the verb finder missed ("Vell's top
    # official promises to defend the law after Ostland and Norland asked …"): whose act is unknown.
    actors = _actors(item)
    if not actors or actors != item.holders & item.whole.names:
        return actors
    parts = propositions(clause)
    verb = _main_verb(parts[0][0]) if parts else None
    return _NONE if verb is None or _CLAUSE_OPENER.search(parts[0][0][: verb[0]]) else actors


def _name_stems(name: str) -> frozenset[str]:
    """The stems of a name's capitalised words but titles: "Ruritanian bank Vellbank" → ruritania, vellbank."""
    return frozenset(_content_stems(" ".join(re.findall(r"\b[A-Z][\w'’.-]*", name)))) - _TITLE_STEMS


_CLAUSE_OPENER = re.compile(rf"\b(?:{'|'.join(sorted(speech.SUBORDINATORS | speech.RELATIVE_PRONOUNS))}|that)\b",
                            re.IGNORECASE)


def _shares_a_fact(a: _Prepared, b: _Prepared, story_names: frozenset[str], weight: dict[str, float]) -> bool:
    """Do the two share two words or more (their main verbs with their terms) besides the story's names
    (``_story_names``), months and verbs that tell no act of their own (``cues.CATENATIVE_VERBS``), or restate each
    other nearly word for word? "Democrats have been trying to oust Roe" / "Roe tried to put the questions to rest"
    share the story's name and "try", no fact; "Roe resigned from the council" / "Roe has resigned her council seat"
    tell one fact in their own words."""
    shared = (a.whole.terms | {a.predicate}) & (b.whole.terms | {b.predicate})
    rest = shared - story_names - _MONTH_STEMS - _CATENATIVE_STEMS - {None}
    return len(rest) >= 2 or _pair_score(a, b, weight) >= _COMMON_ONLY_SIMILARITY


# Two statements of opposite polarity this similar, sharing a name and the negated predicate,
# contradict each other ("Sudan had not bombed…" / "Sudan Armed Forces planes dropped four bombs").
_CONTRADICTION_SIMILARITY = 0.4


def _link_contradictions(prepared: list[_Prepared], opposed: list[tuple[int, int]], weight: dict[str, float],
                         claim_of: dict[int, Claim]) -> None:
    """Link claims whose statements of opposite polarity tell of the same event and actors:
    a negated or denied proposition against one that puts it forward, sharing a name and the
    negated predicate, and close in words (their figures play no part: "had not shelled" is
    contradicted by "fired four shells")."""
    for i, j in opposed:
        a, b = prepared[i], prepared[j]
        first, second = claim_of[i], claim_of[j]
        if first is second or _polarity(first) == _polarity(second) or not a.whole.names & b.whole.names:
            continue
        negated, other = (a, b) if a.statement.negated else (b, a)
        # The same state of the same subject, denied ("The station is not out of control" / "The station has been
        # completely out of control for months"): no happening to compare, the state is the proposition.
        if _state_negated(negated, [other]):
            _contradict(first, second)
            continue
        # The negated word must say what happened in both ("had not shelled" / "shelled the
        # town"): "no police record" does not contradict "shot dead by police".
        predicate = negated.negated_stems & a.whole.events & b.whole.events
        if not predicate or _overlap(a.whole, b.whole, weight) < _CONTRADICTION_SIMILARITY or negated.vague_subject:
            continue
        # The negated verb itself must be what the other says happened, in its main clause: "has not carried
        # out its threat to fire" does not deny "fired a missile"; "…, however, a statement did not threaten
        # sanctions" puts nothing forward about sanctions.
        verb = negated.negated_verb
        if verb is None or other.first_stems is None or verb not in other.first_stems:
            continue
        _contradict(first, second)


_NAME_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _denied_links(prepared: list[_Prepared], claim_of: dict[int, Claim]) -> list[tuple[int, int]]:
    """Each statement denying a link (``cues.LINK_DENIED``: "the perpetrator had no connections to international
    terrorist groups") with each statement of its article putting a link forward (``cues.LINK_ASSERTED``: "Islamic
    State has claimed responsibility for the mass shooting"), whatever their verbs: they share no predicate, so
    ``_link_contradictions`` cannot meet them. The party denied must be the claimant: the names it writes all among the
    other's words, or, naming none, a kind of armed group (``cues.ARMED_GROUP_WORDS``) that one article's claimant of
    its act is. Each must be what its claim tells (its title's statement): a claim of the death toll holding "…, on
    behalf of Islamic State, according to an IS-affiliated website" is not contested by the denial. As positions in
    ``prepared``."""
    asserting: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        statement = item.statement
        if (not statement.negated and statement.stance != "disputes" and _cue(statement, "link asserted")
                and _title_statement(claim_of[i].statements) is statement):
            asserting[statement.article].append(i)
    pairs = []
    for i, item in enumerate(prepared):
        statement = item.statement
        denial = _LINK_DENIED.search(statement.text) if statement.article in asserting else None
        if denial is None or _title_statement(claim_of[i].statements) is not statement:
            continue
        party = denial.group("party")
        named = frozenset(_stem(word) for word in _NAME_WORD.findall(party))
        if not named and not set(re.findall(r"[a-z]+", party.lower())) & cues.ARMED_GROUP_WORDS:
            continue
        pairs.extend((i, j) for j in asserting[statement.article] if named <= prepared[j].whole.terms)
    return pairs


_ARGUING_VERB = re.compile(cues.ARGUING_VERBS, re.IGNORECASE)
_HYPOTHETICAL_MODAL = re.compile(cues.HYPOTHETICAL_MODALS, re.IGNORECASE)


def _dismissed_arguments(prepared: list[_Prepared], claim_of: dict[int, Claim]) -> list[tuple[int, int]]:
    """Each statement dismissing a party's argument (``cues.ARGUMENT_DISMISSED``: "Cornyn dismissed Obama's concerns
    as unpersuasive") with each statement of its article telling that argument: the party, then a verb of arguing
    (``cues.ARGUING_VERBS``) and a hypothetical after it ("Obama warned the bill could cause chaos"). Not the party's
    every word: "Obama wrote in a letter delivered Tuesday" argues nothing. Each must be what its claim tells (its
    title's statement), as in ``_denied_links``. As positions in ``prepared``."""
    dismissals: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for i, item in enumerate(prepared):
        statement = item.statement
        found = _cue(statement, "argument dismissed")
        if found is not None and _title_statement(claim_of[i].statements) is statement:
            party = frozenset(_content_stems(found.group("party") or found.group("owner")))
            if party:
                dismissals[statement.article].append((i, party))
    pairs = []
    for j, item in enumerate(prepared):
        statement = item.statement
        arguing = _ARGUING_VERB.search(statement.text) if statement.article in dismissals else None
        if (arguing is None or statement.negated or not _HYPOTHETICAL_MODAL.search(statement.text, arguing.end())
                or _title_statement(claim_of[j].statements) is not statement):
            continue
        arguer = frozenset(_content_stems(statement.text[: arguing.start()]))
        pairs.extend((i, j) for i, party in dismissals[statement.article] if i != j and party <= arguer)
    return pairs


_TERM_BID_NEGATED = re.compile(cues.TERM_BID_NEGATED, re.IGNORECASE)
_TERM_BID_OPEN = re.compile(cues.TERM_BID_OPEN, re.IGNORECASE)
_TERM_BID_UNSURE = re.compile(cues.TERM_BID_UNSURE, re.IGNORECASE)


def _term_bid(text: str) -> bool | None:
    """Does the sentence tell that someone will run for another term (True), that he will not (False), or neither
    (None: no bid, several, one only weighed, "whether to run for re-election", or a negation before it that the
    bid does not follow)?"""
    bids = list(_TERM_BID.finditer(text))
    if len(bids) != 1 or _TERM_BID_OPEN.search(text, 0, bids[0].start()):
        return None
    before = text[: bids[0].start()]
    if _TERM_BID_NEGATED.search(before):
        return False
    return None if _TERM_BID_UNSURE.search(before) else True


def _opposed_term_bids(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement telling that someone will not run for another term (``cues.TERM_BID_NEGATED``) with each of its
    article telling that he will ("will not seek a second term" / "the chairman would indeed be seeking another
    term"), sharing a name: they share no negated verb, so ``_link_contradictions`` cannot meet them. Within one
    article, where both tell one race at one time; across articles the later may be the news of a change of mind.
    As positions in ``prepared``."""
    bids: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for i, item in enumerate(prepared):
        running = _term_bid(item.statement.text) if _cue(item.statement, "term bid") else None
        if running is not None:
            bids[item.statement.article].append((i, running))
    return [(i, j) for told in bids.values() for i, running in told if not running
            for j, other in told if other and _written_names(prepared[i]) & _written_names(prepared[j])]


def _denied_casualties(prepared: list[_Prepared]) -> list[tuple[int, int]]:
    """Each statement telling no one was hurt (``cues.NO_CASUALTIES``: 'The organiser added that "no one was
    injured"') with each of its article counting the injured (or the dead): the police's "the two men suffered minor
    injuries". Its one content word leaves it a claim of its own, so nothing else meets it. As positions in
    ``prepared``."""
    counting: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, item in enumerate(prepared):
        statement = item.statement
        for figure in statement.figures:
            if not statement.negated and figure.counted in cues.CASUALTY_COUNTED.values() and figure.value:
                counting[statement.article, figure.counted].append(j)
    pairs = []
    for i, item in enumerate(prepared):
        denial = _cue(item.statement, "no casualties")
        if denial is not None:
            counted = cues.CASUALTY_COUNTED[denial.group("what").lower()]
            pairs.extend((i, j) for j in dict.fromkeys(counting[item.statement.article, counted]))
    return pairs


def _written_names(item: _Prepared) -> frozenset[str]:
    """The stems of the capitalised words of the whole sentence, not only of its claim clause: "Steele has been
    unpredictable, and some close to him say he wants to run for another term" names whom "he" is before it."""
    return frozenset(_stem(word) for word in _NAME_WORD.findall(item.statement.text) if word.lower() not in STOPWORDS)


def _contradict(first: Claim, second: Claim) -> None:
    if second.id not in first.contradicts:
        first.contradicts.append(second.id)
        second.contradicts.append(first.id)


def _settle_denials(group: list[Statement], prepared: list[_Prepared]) -> None:
    """A denial disputes its claim only if what it denies is what the claim's other statements put forward:
    among statements that themselves deny ("China denied the reports", "Beijing has denied making the
    shipments") it agrees, and "disputed claims of racism and called on the group to withdraw" disputes
    nothing of a claim that the group was called on to withdraw; a denial of an act, only the act its claim tells
    (``_denies_told_act``). A denial naming nothing of its own ("denied the reports") disputes whatever its claim
    tells."""
    if len(group) < 2 or all(statement.stance != "disputes" for statement in group):
        return
    forward = [p for p in prepared if not p.statement.negated]
    if 2 * len(forward) < len(group):
        forward = []  # the claim is itself a denial, which its denials share
    told = frozenset().union(*(_asserted_terms(p) for p in forward))
    told_events = told & frozenset().union(*(_told_events(p) for p in forward))
    reported_denied = frozenset().union(*(_quoted_denial_terms(p.statement.text) for p in forward))
    for item in prepared:
        statement = item.statement
        if statement.stance != "disputes":
            continue
        denied = denied_terms(statement.text)
        # A denial that something happened disputes only a claim that tells it happened: names or things both
        # mention are not yet the same fact ("denied that the girls were exchanged" among "the girls were freed").
        # A denial of a thing ("refrained from confirming the presence of engineers") is compared by its words.
        compared = told
        if denied is not None and denied & item.whole.events and _denies_happening(statement.text):
            denied &= item.whole.events
            compared = told_events
        # A denial of only what the claim's statements tell was denied is that denial told again: it agrees with them.
        if (not forward or (denied is not None and (not denied & compared or denied <= reported_denied))
                or not _denies_told_act(statement.text, forward)):
            statement.stance = _stance_besides_denial(statement.text)


# A verb of being before a denial: what was denied is its subject ("any allegations … were unequivocally denied").
_BEING_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# Where the subject of such a denial starts: after a clause's end or a "that".
_DENIED_SUBJECT_START = re.compile(rf"{_DENIAL_SCOPE_END.pattern}|\bthat\b")


@lru_cache(maxsize=65536)
def _quoted_denial_terms(sentence: str) -> frozenset[str]:
    """The stems of what a sentence tells was denied in words it quotes, which ``denied_terms`` does not read: "…and
    that any allegations of bribery were “flatly denied”" → briberi. Empty for none."""
    unquoted = _QUOTE_MARKS.sub(" ", sentence)
    if unquoted == sentence:
        return frozenset()
    found = _denial(unquoted)
    if found is None:
        return frozenset()
    match, is_verb = found
    being = _BEING_BEFORE.search(unquoted, 0, match.start())
    if not is_verb or being is None:
        return denied_terms(unquoted) or frozenset()
    subject = _REPORT_NOUN.sub(" ", _DENIED_SUBJECT_START.split(unquoted[: being.start()])[-1])
    return frozenset(stem for stem in _content_stems(subject) if stem not in _TIME_STEMS)


def _mark_disputes(group: list[Statement], prepared: list[_Prepared]) -> None:
    """In a claim most of whose statements put a proposition one way, a statement that puts
    the same predicate the other way disputes it: "did not see any casualties" among "at
    least 12 killed", "wants to run for another term" among "will not run again". Only the
    predicate counts: "…but didn't derail" does not dispute that trains collided. With no
    clear majority, only a denial of the very act another outlet tells is marked (``_dispute_tie``)."""
    if len(group) < 2:
        return  # most claims: one statement, which is its own majority
    negated = [p for p in prepared if p.statement.negated]
    if 2 * len(negated) == len(group):
        _dispute_tie(prepared)
        return
    majority_negated = 2 * len(negated) > len(group)
    for item in prepared:
        if item.statement.stance == "disputes" or item.statement.negated == majority_negated:
            continue
        others = [p for p in prepared if p.statement.negated == majority_negated]
        if item.statement.negated:
            if not _negation_of_told_subject(item, others):
                continue
            shared = frozenset().union(*(_negation_met(item, p) for p in others))
        else:
            others = [p for p in others if _negation_of_told_subject(p, [item])]
            shared = frozenset().union(*(_negation_met(p, item) for p in others))
        # A word of what happened on both sides: the "called" of "the so-called Panama Papers" names
        # nothing that happened, and "it shouldn't be called the Panama Papers" disputes nothing there. Or the
        # same state of the same subject, told by a copula ("is not out of control" / "has been out of control").
        if (shared & _told_events(item) & frozenset().union(*(_told_events(p) for p in others))
                or _state_negated(item, others)):
            item.statement.stance = "disputes"


def _dispute_tie(prepared: list[_Prepared]) -> None:
    """In a claim of as many negated statements as not, a negated one disputes it where its negation governs the act
    its first proposition tells (``_subject_act``), and another outlet's statement tells that act of that subject,
    with no negation in its own first proposition (``_same_act``): one outlet's "the satellite failed to reach orbit"
    against another's "the satellite reached orbit" is a dispute, not an agreement; so is the same state of the same
    subject told the other way (``_state_negated``: "was not a satellite" / "was a satellite"). Statements a tie
    groups are more often of two acts ("will not work" / "are working"; "did not reference any person" / "has
    referred to…") or a negation read in one outlet's words and missed in another's quote: anything less is left
    unmarked."""
    for item in prepared:
        if not item.statement.negated or item.statement.stance == "disputes":
            continue
        others = [other for other in prepared
                  if not other.statement.negated and other.statement.outlet != item.statement.outlet]
        if _state_negated(item, others) or _denies_act_told(item, others):
            item.statement.stance = "disputes"


def _denies_act_told(negated: _Prepared, others: list[_Prepared]) -> bool:
    """Does ``negated``'s negation govern the act its first proposition tells, which one of ``others`` tells of the
    same subject with no negation in its first proposition (``_same_act``)?"""
    act = _first_act(negated.clause) if negated.negated_verb else None
    if act is None or act[1] != negated.negated_verb:
        return False
    for other in others:
        told = _first_act(other.clause)
        if told is not None and _same_act(act, told) and not _NEGATION.search(propositions(other.clause)[0][0]):
            return True
    return False


@lru_cache(maxsize=65536)
def _first_act(clause: str) -> tuple[frozenset[str], str, bool, frozenset[str]] | None:
    """The act the first proposition of a statement's claim clause (``_Prepared.clause``) tells of its subject
    (``_subject_act``)."""
    clauses = propositions(clause)
    return _subject_act(clauses[0][0]) if clauses else None


# A verb of foretelling with no clause break before the negation; not one made an adjective ("self-proclaimed").
_FORETOLD_BEFORE = re.compile(rf"(?<![\w-])(?:{cues.FORETELLING_VERBS})\b[^,;.]*$", re.IGNORECASE)
_NEGATED_CLAUSE_OPENING = re.compile(cues.NEGATED_CLAUSE_OPENING, re.IGNORECASE)
_ADDRESSED_SUBJECT = re.compile(rf"\s*(?:{cues.ADDRESSED_SUBJECTS})\b", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she|it|they)\b(?:\s+\S+)?\s*", re.IGNORECASE)


def _negation_of_told_subject(negated: _Prepared, told: list[_Prepared]) -> bool:
    """Does a negation of ``negated``'s main proposition (as ``negated_terms`` reads them) negate its own predicate
    about a subject ``told`` names: not what someone foretold or vowed ("Sianis proclaimed the Cubs would never win":
    ``cues.FORETELLING_VERBS``), not words addressed to "you" (a quoted curse: "You are never going to win a World
    Series again"), nor a subject none of ``told`` names ("His team-mate did not win the race" beside "Reyes won the
    race"), read only where the negation is in the main clause. A pronoun subject opening it stands for its referent.
    A negation in a clause within, one of a pronoun whose referent is not known, and one a denial verb makes, are
    taken to be of the told subject."""
    scopes = [before for before, _, _ in _negation_scopes(negated.statement.text)
              if not _IN_RELATIVE_CLAUSE.search(before)]
    if not scopes:
        return True
    named = frozenset().union(*(_asserted_terms(p) | p.stand_in | p.people for p in told))
    for before in scopes:
        if _FORETOLD_BEFORE.search(before):
            continue
        clauses = _NEGATED_CLAUSE_OPENING.split(before)
        if _ADDRESSED_SUBJECT.match(clauses[-1]):
            continue
        if len(clauses) > 1:
            return True  # a clause within ("All he knew was that the inquiry was not…"): whose, it does not tell
        stems = frozenset(_content_stems(before))
        if not stems and _PRONOUN_SUBJECT.fullmatch(before):
            stems = negated.stand_in
        if not stems or stems & named:
            return True
    return False


_STATE_BEFORE = re.compile(cues.STATE_BEFORE, re.IGNORECASE)
_STATE_AFTER = re.compile(cues.STATE_AFTER, re.IGNORECASE)
_PART_OF_DAY = re.compile(cues.PART_OF_DAY, re.IGNORECASE)
_STATE_CLAUSE_END = re.compile(cues.STATE_CLAUSE_END, re.IGNORECASE)
_STATE_NAME = re.compile(r"\b[A-Z][\w'’.-]*")


@lru_cache(maxsize=1)
def _opposite_states() -> dict[str, frozenset[str]]:
    """``cues.OPPOSITE_STATES`` as stems, both ways round: each state's stem → the stems of the states opposite it."""
    found: dict[str, set[str]] = defaultdict(set)
    for first, second in cues.OPPOSITE_STATES:
        found[_stem(first)].add(_stem(second))
        found[_stem(second)].add(_stem(first))
    return {state: frozenset(opposite) for state, opposite in found.items()}


@lru_cache(maxsize=1)
def _state_words() -> re.Pattern[str]:
    """The words that may tell one of ``cues.OPPOSITE_STATES`` (by its first four letters, which its inflections keep):
    most sentences hold none, and their words need no stemming."""
    openings = sorted({word[:4] for pair in cues.OPPOSITE_STATES for word in pair})
    return re.compile(rf"\b(?:{'|'.join(openings)})", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _dated_states(sentence: str) -> frozenset[tuple[str, str | None, frozenset[str]]]:
    """The states of ``cues.OPPOSITE_STATES`` the sentence tells of a subject (``cues.STATE_BEFORE``), each with the
    one day its clause names (None for none, several, or a time within the day: ``cues.PART_OF_DAY``) and the stems of
    the names before it in that clause: "The A42 is expected to remain closed on Wednesday" → (close, wednesday,
    {a42})."""
    if not _state_words().search(sentence):
        return frozenset()
    opposite = _opposite_states()
    found = set()
    for word in _WORD.finditer(sentence):
        state = _stem(word.group(0).lower())
        if (state not in opposite or not _STATE_BEFORE.search(sentence, 0, word.start())
                or not _STATE_AFTER.match(sentence, word.end())):
            continue
        opening = max((m.end() for m in _STATE_CLAUSE_END.finditer(sentence, 0, word.start())), default=0)
        closing = _STATE_CLAUSE_END.search(sentence, word.end())
        clause = sentence[opening : closing.start() if closing else len(sentence)]
        days = _dates(clause)
        day = next(iter(days)) if len(days) == 1 and not _PART_OF_DAY.search(clause) else None
        names = frozenset(_stem(name.lower()) for name in _STATE_NAME.findall(sentence, opening, word.start())
                          if name.lower() not in STOPWORDS)
        found.add((state, day, names))
    return frozenset(found)


def _mark_opposite_states(prepared: list[_Prepared]) -> None:
    """In a claim, a statement telling a thing's state on a day (``_dated_states``) opposite to the state another
    article tells of it that day disputes it, on the side fewer of the claim's statements take: "engineers cleared
    it to reopen … on Wednesday" against "The A42 is expected to remain closed on Wednesday" and "The bridge has been
    closed". One thing: not two names heading the two states, none shared ("Gorilla World will be closed" is no state
    of "the Zoo"). Not two days ("closed on Tuesday" / "reopened on Wednesday": news since), nor within one article,
    which tells how the state changed."""
    if len({item.statement.article for item in prepared}) < 2:
        return  # nearly every claim: no sentence needs reading for its states
    told = {id(item): _dated_states(item.statement.text) for item in prepared if not item.statement.negated}
    if len({item.statement.article for item in prepared if told.get(id(item))}) < 2:
        return
    opposite = _opposite_states()
    marked: set[int] = set()
    for item in prepared:
        for state, day, names in told.get(id(item), ()):
            if day is None:
                continue
            rivals = [other for other in prepared if other.statement.article != item.statement.article
                      and any(theirs in opposite[state] and their_day == day
                              and not (names and their_names and not names & their_names)
                              for theirs, their_day, their_names in told.get(id(other), ()))]
            if not rivals:
                continue
            # Each side: those telling the state (any day) but not its opposite that day, and the reverse.
            side = [other for other in prepared
                    if any(theirs == state for theirs, _, _ in told.get(id(other), ()))
                    and not any(theirs in opposite[state] and their_day == day
                                for theirs, their_day, _ in told.get(id(other), ()))]
            against = [other for other in rivals
                       if not any(theirs == state and their_day == day for theirs, their_day, _ in told[id(other)])]
            if len(side) > len(against):
                marked.update(id(other) for other in against)
    for item in prepared:
        if id(item) in marked and item.statement.stance != "disputes":
            item.statement.stance = "disputes"


def _negation_met(negated: _Prepared, told: _Prepared) -> frozenset[str]:
    """The stems that ``negated`` negates and ``told`` puts forward. A negation of a thing ("There should be no
    one-on-one meeting between this president and Putin") meets only a statement telling that the thing is or happens
    (its main verb: "the two leaders met"; or "there will be a meeting"), not one whose own verb acts on it ("Democrats
    called for Trump to cancel his meeting with Putin" says the same). Words ``told`` writes only in a phrase it
    quotes are not put forward (``_quoted_phrase_only``)."""
    met = negated.negated_stems & _asserted_terms(told)
    if met and not told.statement.quoted:
        met -= _quoted_phrase_only(told.clause)
    if met and _negates_a_thing(negated.statement.text):
        parts = propositions(told.clause)
        met &= {told.predicate} | (_existing_terms(parts[0][0]) if parts else frozenset())
    return met


def _state_negated(item: _Prepared, others: list[_Prepared]) -> bool:
    """Does the statement tell the same state of the same subject (the words of one subject all in the other's) as one
    of ``others``, with the other polarity (``_state``), the negation governing that state ("The station is not out
    of control" among "The station has been completely out of control for months")?"""
    mine = item.state
    if mine is None:
        return False
    for other in others:
        theirs = other.state
        # One subject: the words of one name it whole ("China's station", "China's Tiangong station").
        if (theirs is None or theirs[1:] != mine[1:] or not (mine[0] <= theirs[0] or theirs[0] <= mine[0])):
            continue
        negated = item if item.statement.negated else other
        if mine[1] in negated.negated_stems:
            return True
    return False


def _polarity(claim: Claim) -> bool:
    """Does the claim put its proposition forward (True) or deny it (False)?"""
    return 2 * sum(s.negated for s in claim.statements) < len(claim.statements)
