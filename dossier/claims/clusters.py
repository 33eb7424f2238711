"""Grouping, statements into claims: candidate pairs from an inverted index of rarer words,
average-link clusters, the story's own words weighed down.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain, combinations

from .. import forked
from ..figures import YEAR
from ..forked import Share
from .apart import _conflict, _event_days_apart
from .evidence import _evidence
from .pairs import _pair_score, _two_voices
from .prepared import _TITLE_STEMS, NO_DAY, _Prepared, opening_years
from .terms import (
    _CLAIM_SIMILARITY,
    _COMMON_ARTICLE_SHARE,
    _COMMON_MIN_ARTICLES,
    _COMMON_ONLY_SIMILARITY,
    _COMMON_SHARE,
    _CROSS_JOIN_MEAN,
    _CROSS_JOIN_SIMILARITY,
    _FREQUENT_NAME_ARTICLES,
    _LEDE_PARAGRAPHS,
    _MONTH_STEMS,
    _NAME_WEIGHT,
    _STORY_NAME_MIN_ARTICLES,
    _STORY_NAME_SHARE,
    _content_stems,
    _main_verb,
)


def _candidate_pairs(prepared: list[_Prepared], share: Share = (0, 1)) -> Iterable[tuple[int, int]]:
    """Pairs sharing at least two uncommon terms, from an inverted index (near-linear); with a ``share``
    (index, count), the pairs of every count-th statement from the index-th only."""
    limit = max(200, int(_COMMON_SHARE * len({item.statement.article for item in prepared})))
    index: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        # A pronoun's name too: "he has no plans to resign" meets "“I will not resign,” Roe said" (``_pair_score``).
        for term in item.whole.terms | item.stand_in:
            index[term].append(i)
    rare = {term: postings for term, postings in index.items() if len(postings) <= limit}
    for i in range(share[0], len(prepared), share[1]):
        # Postings are ascending, so the later statements are a tail. A statement in two of the tails shares two
        # terms: found by set operations, which run in C, not by counting each statement in Python.
        tails = [postings[bisect_right(postings, i) :] for term in prepared[i].whole.terms | prepared[i].stand_in
                 if (postings := rare.get(term)) and postings[-1] > i]
        if len(tails) < 2:
            continue
        # The longest tail last: it is only looked up in the others, never added to them.
        tails.sort(key=len)
        seen = set(tails[0])
        twice: set[int] = set()
        for tail in tails[1:-1]:
            twice |= seen.intersection(tail)
            seen.update(tail)
        twice |= seen.intersection(tails[-1])
        yield from ((i, j) for j in sorted(twice))


def _cluster(prepared: list[_Prepared], weight: dict[str, float],
             common: frozenset[str] = frozenset(), story_names: frozenset[str] = frozenset()
             ) -> tuple[list[list[int]], list[tuple[int, int]]]:
    """Average-link agglomeration: the two groups whose members are most alike on average
    merge first, and only while that average reaches the bar, so no chain of near pairs joins facts.
    A pair sharing only the dossier's ``common`` terms ("Trump", "Clinton", "first debate")
    links only if it is a near restatement: those words say what the dossier is about, not
    which fact is told, but the dossier's central fact is told in just those words. A pair sharing only the
    dossier's ``story_names`` and telling each its own act (``_shares_only_story_names``) does not link below that bar.
    Returns the groups and the candidate pairs of opposite polarity (one negated)."""
    scores: dict[tuple[int, int], float] = {}
    opposed: list[tuple[int, int]] = []
    count = forked.cores() if len(prepared) >= _FORK_STATEMENTS else 1
    score_share = partial(_score_pairs, prepared, weight, common, story_names)
    for share_scores, share_opposed in forked.in_shares(score_share, count):
        scores.update(share_scores)
        opposed += share_opposed
    opposed.sort()  # the same order however the pairs were shared
    groups = _average_link(prepared, scores, range(len(prepared)), _kept_apart)
    _join_mutual_best(prepared, groups, scores, _kept_apart)
    _split_days(prepared, groups, scores)
    _split_years(prepared, groups)
    return [sorted(members) for _, members in sorted(groups.items())], opposed


Veto = Callable[[_Prepared, _Prepared], bool]


def _average_link(prepared: list[_Prepared], scores: dict[tuple[int, int], float], members: Iterable[int],
                  apart: Veto) -> dict[int, list[int]]:
    """The groups of ``members`` by average link (``_cluster``), no two statements ``apart`` in one group; each group
    keyed by its first member. ``scores``: the scored pairs among them."""
    groups = {i: [i] for i in members}
    # Summed pair scores between groups, and the heap of group pairs by their mean score: the
    # pair of groups most alike on average merges first (a group's id is its first member).
    links: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), score in scores.items():
        links[i][j] = links[j][i] = score
    heap = [(-score, i, j) for (i, j), score in scores.items() if score >= _CLAIM_SIMILARITY]
    heapq.heapify(heap)
    while heap:
        mean, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups or links[a].get(b, 0.0) / (len(groups[a]) * len(groups[b])) != -mean:
            continue  # a group merged since, or the pair's mean changed: a newer entry stands for it
        if any(apart(prepared[x], prepared[y]) for x in groups[a] for y in groups[b]):
            links[a].pop(b)
            links[b].pop(a)
            continue
        keep, gone = min(a, b), max(a, b)
        groups[keep] += groups.pop(gone)
        moved = links.pop(gone)
        moved.pop(keep, None)
        links[keep].pop(gone, None)
        for other, total in moved.items():
            links[other].pop(gone)
            links[keep][other] = links[other][keep] = links[keep].get(other, 0.0) + total
        for other, total in links[keep].items():
            mean_score = total / (len(groups[keep]) * len(groups[other]))
            if mean_score >= _CLAIM_SIMILARITY:
                heapq.heappush(heap, (-mean_score, min(keep, other), max(keep, other)))
    return groups


def _split_days(prepared: list[_Prepared], groups: dict[int, list[int]], scores: dict[tuple[int, int], float]
                ) -> None:
    """Group again, as ``_cluster`` did, each group holding two statements of event days apart
    (``_event_days_apart``), now keeping those apart: "Abe called for a meeting of the Security Council" told of the
    launch on Tuesday and of "another missile" on Friday are two claims, each with the statements of its day, and a
    statement of no day goes with the day it is most like. Only such a group is grouped again: a veto applied to every
    pair while linking lowers the averages of the groups around it and undoes joins of other statements."""
    def apart(a: _Prepared, b: _Prepared) -> bool:
        return _kept_apart(a, b) or _event_days_apart(a, b)

    for key, members in list(groups.items()):
        dated = [i for i in members if prepared[i].day != NO_DAY]
        if not any(_event_days_apart(prepared[i], prepared[j]) for i in dated for j in members if j != i):
            continue
        among = {(i, j): score for i, j in combinations(sorted(members), 2) if (score := scores.get((i, j)))}
        parts = _average_link(prepared, among, members, apart)
        _join_mutual_best(prepared, parts, among, apart)
        del groups[key]
        groups.update(parts)


def _split_years(prepared: list[_Prepared], groups: dict[int, list[int]]) -> None:
    """Part from a group of three statements or more each one past its article's lede that opens on a date of a year
    (``opening_years``: "On April 13, 2012, the DPRK launched the first Kwangmyongsong-3 satellite, but later confirmed
    that the satellite failed to enter its intended orbit") no other member writes: an earlier happening recalled as
    background, not the news the others tell undated ("…blasted off at 9:00 am… and later entered the target orbit"),
    however alike their words. Below the lede: a lede's own date is its news's."""
    for key, members in list(groups.items()):
        if len(members) < 3:
            continue
        alone = [i for i in members if _dated_alone(prepared, i, members)]
        if not alone:
            continue
        kept = [i for i in members if i not in alone]
        del groups[key]
        groups.update({i: [i] for i in alone})
        if kept:
            groups[min(kept)] = kept


def _dated_alone(prepared: list[_Prepared], member: int, members: list[int]) -> bool:
    statement = prepared[member].statement
    years = opening_years(statement.text)
    return (bool(years) and statement.paragraph >= _LEDE_PARAGRAPHS
            and not any(years & set(YEAR.findall(prepared[other].statement.text))
                        for other in members if other != member))


def _join_mutual_best(prepared: list[_Prepared], groups: dict[int, list[int]],
                      scores: dict[tuple[int, int], float], apart: Veto) -> None:
    """Join two groups that are each other's closest, by their closest pair of statements from two articles, when
    that pair reaches _CROSS_JOIN_SIMILARITY, tells one happening (a verb or news-event word in common)
    and names one participant (a name both write with a capital: "the bridge" is no "Tarn Bridge"), and the groups
    are not far apart on average (``_CROSS_JOIN_MEAN``). The average kept them apart because each group also holds
    other statements, unlike the other group's; a group joins at most one other here, so no chain of near pairs links
    facts (a classic cross-document event-coreference heuristic: the same event and participant, each side's best
    match). ``apart``: what keeps two statements out of one group."""
    group_of = {member: key for key, members in groups.items() for member in members}
    best: dict[int, tuple[float, int, int, int]] = {}  # group → (score, other group, its statement, the other's)
    for (i, j), score in scores.items():
        a, b = group_of[i], group_of[j]
        # A statement of the same article is never joined here, so it is no group's closest: an article's own
        # sentences of one event would hide the match another outlet tells.
        if a == b or score < _CROSS_JOIN_SIMILARITY or prepared[i].statement.article == prepared[j].statement.article:
            continue
        for mine, theirs, x, y in ((a, b, i, j), (b, a, j, i)):
            if mine not in best or (score, -theirs) > (best[mine][0], -best[mine][1]):
                best[mine] = (score, theirs, x, y)
    for a, (_, b, i, j) in sorted(best.items()):
        if a > b or best.get(b, (0.0, -1))[1] != a:
            continue
        x, y = prepared[i], prepared[j]
        if (not x.whole.names & y.whole.names & x.whole.capitals & y.whole.capitals
                or not x.happenings & y.happenings
                or _mean_score(groups[a], groups[b], scores) < _CROSS_JOIN_MEAN
                or any(apart(prepared[u], prepared[v]) for u in groups[a] for v in groups[b])):
            continue
        groups[a] += groups.pop(b)


def _kept_apart(a: _Prepared, b: _Prepared) -> bool:
    """May the two statements never share a claim, however alike their neighbours: their figures or circumstances
    show two facts (``_conflict``), or they are two speakers' quoted words (``_two_voices``)? A claim of quoted words
    is one speaker's: "we're gonna go in there and impeach the governor," Roe said / "And Ann said, We're not looking
    to impeach you," Lee said share "impeach" and the story's names, and a sentence telling of impeachment in an
    outlet's own words would join them through what each shares with it."""
    return _conflict(a, b) or _two_voices(a, b)


def _mean_score(first: list[int], second: list[int], scores: dict[tuple[int, int], float]) -> float:
    """The mean pair score between two groups of statements, a pair not scored counting as 0."""
    total = sum(scores.get((min(i, j), max(i, j)), 0.0) for i in first for j in second)
    return total / (len(first) * len(second))


# From this many statements on, the pairs are scored on all the cores (``forked``): below, forking costs more.
_FORK_STATEMENTS = 4000


def _score_pairs(prepared: list[_Prepared], weight: dict[str, float], common: frozenset[str],
                 story_names: frozenset[str], share: Share
                 ) -> tuple[dict[tuple[int, int], float], list[tuple[int, int]]]:
    """The scores of the candidate pairs of ``share`` (see ``_cluster``) and those of opposite polarity."""
    scores: dict[tuple[int, int], float] = {}
    opposed = []
    for i, j in _candidate_pairs(prepared, share):
        a, b = prepared[i], prepared[j]
        if a.statement.negated != b.statement.negated:
            opposed.append((i, j))
        score = _pair_score(a, b, weight)
        if 0 < score < _COMMON_ONLY_SIMILARITY and (common and not (a.whole.terms & b.whole.terms) - common
                                                    or _shares_only_story_names(a, b, story_names)):
            continue
        if score > 0:
            scores[i, j] = score
    return scores, opposed


def _weigh(prepared: list[_Prepared]) -> dict[str, float]:
    """Each term's weight (rarity, names more), and each part's mass and names with it."""
    frequency = Counter(chain.from_iterable(p.whole.terms for p in prepared))
    total = len(prepared) + 1
    names = set().union(*(p.whole.names for p in prepared))
    # A word the dossier writes in lower case more often than as a name is a word where it is written in lower case
    # ("people", "personal identifying information"), though a heading or a phrase somewhere capitalises it.
    written_lower = Counter(chain.from_iterable(p.whole.terms - p.whole.capitals for p in prepared))
    written_named = Counter(chain.from_iterable(p.whole.names for p in prepared))
    proper = {t for t, n in written_named.items() if n >= written_lower[t]}
    articles: dict[str, set[str]] = defaultdict(set)
    for p in prepared:
        for t in p.whole.names:
            articles[t].add(p.statement.article)
    # A name in many of the dossier's articles is in many of its facts: no more telling than a word.
    weight = {t: math.log(1 + total / n) * (_NAME_WEIGHT if t in names and len(articles[t]) <= _FREQUENT_NAME_ARTICLES
                                           else 1.0) for t, n in frequency.items()}
    story = _story_words(prepared, frequency)
    for item in prepared:
        for part in item.sides:
            part.mass = _evidence(part.terms, part.runs, {}, weight)
            part.story = part.terms & story
            # A name where written as one, and a word the dossier writes mostly as a name where capitalised even
            # first in its sentence ("Trump tweeted…"), but not where written in lower case ("laden", the "Laden"
            # of "bin Laden").
            part.names = part.names | part.terms & part.capitals & proper
    return weight


def _terms_by_article(prepared: list[_Prepared]) -> dict[str, set[str]]:
    """Each article's terms, over all its statements."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        articles[item.statement.article] |= item.whole.terms
    return articles


def _story_words(prepared: list[_Prepared], in_statements: Counter[str]) -> frozenset[str]:
    """The terms in more than _STORY_WORD_SHARE of the dossier's articles and in _STORY_WORD_RECURRENCE statements or
    more of each on average (``in_statements``: how many statements hold each term), none for fewer than
    _STORY_MIN_ARTICLES articles: what the story is about ("Cubs", "World Series"), told in many facts of each
    article, so no sign of which fact a statement tells. A fact most outlets tell once each ("a significant breakup
    fee") is no story word."""
    articles = _terms_by_article(prepared)
    if len(articles) < _STORY_MIN_ARTICLES:
        return frozenset()
    in_articles = Counter(chain.from_iterable(articles.values()))
    return frozenset(t for t, n in in_articles.items()
                     if n > _STORY_WORD_SHARE * len(articles) and in_statements[t] >= _STORY_WORD_RECURRENCE * n)


def _common_terms(prepared: list[_Prepared]) -> frozenset[str]:
    """The terms found in more than _COMMON_ARTICLE_SHARE of the dossier's articles (its
    protagonists and subject); none for a dossier of fewer than _COMMON_MIN_ARTICLES, where
    every article may well tell the same story."""
    articles = _terms_by_article(prepared)
    if len(articles) < _COMMON_MIN_ARTICLES:
        return frozenset()
    frequency = Counter(chain.from_iterable(articles.values()))
    return frozenset(t for t, n in frequency.items() if n > _COMMON_ARTICLE_SHARE * len(articles))


def _story_names(prepared: list[_Prepared]) -> frozenset[str]:
    """The names in more than _STORY_NAME_SHARE of the dossier's articles, none for fewer than _STORY_NAME_MIN_ARTICLES:
    whom the story is about, named in most of its facts."""
    articles: dict[str, set[str]] = defaultdict(set)
    for item in prepared:
        for name in item.whole.names:
            articles[name].add(item.statement.article)
    count = len({item.statement.article for item in prepared})
    if count < _STORY_NAME_MIN_ARTICLES:
        return frozenset()
    return frozenset(name for name, named_in in articles.items() if len(named_in) > _STORY_NAME_SHARE * count)


def _shares_only_story_names(a: _Prepared, b: _Prepared, story_names: frozenset[str]) -> bool:
    """Do the two share only names of the story (``_story_names``), titles and months aside, each with its own main
    verb, one the other does not use, and each a named subject (``_Prepared.holders``) naming no one of the other's?
    "A school said Roe threatened to cut its funding" / "Democrats have been pounding Roe": two things told of the
    story's people, each of another's acts. "Roe and Poe have broken up" / "Poe announced that she and Roe had split":
    one act of the same subject in other words; "Vell troops are in Tarn" / "Vell had deployed to Tarn" (no named
    subject sure): the story's one fact in its own names."""
    if not (story_names and a.predicate and b.predicate and a.holders and b.holders):
        return False
    if a.predicate in b.whole.terms or b.predicate in a.whole.terms:
        return False
    rest = (a.whole.terms & b.whole.terms) - _TITLE_STEMS - _MONTH_STEMS
    if not rest or not rest <= story_names & a.whole.names & b.whole.names:
        return False
    return not _subject_names(a) & _subject_names(b)


def _subject_names(item: _Prepared) -> frozenset[str]:
    """The stems of the names in the subject of the statement's claim clause, all of them ("Jo Roe and Ann Lee have
    split": ``_holders`` keeps the last)."""
    clause = item.clause
    verb = _main_verb(clause)
    return frozenset(_content_stems(clause[: verb[0]])) & item.whole.names if verb else frozenset()


_STORY_MIN_ARTICLES = 6
_STORY_WORD_SHARE = 0.5
_STORY_WORD_RECURRENCE = 3
