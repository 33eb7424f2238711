"""Grouping, claims joined after clustering: the same quote, the same toll, the same count of
people affected.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from ..lang.en import stance as cues
from ..structure import Statement
from .clusters import _kept_apart
from .pairs import _pair_score, _same_speaker, _two_voices
from .prepared import _Prepared
from .terms import _CLAIM_SIMILARITY, _MONTH_STEMS, _QUOTED, _WORD
from .titles import _A_YEAR, _AFFECTED_SLACK, _affected_counts, _opening_count

LEAD_PARAGRAPHS = 3


_SAME_QUOTE_MIN_WORDS = 4  # "I will not resign": fewer words ("no comment") are anyone's


def _quote_words(statement: Statement) -> tuple[str, ...]:
    """The words of a statement that is a speaker's quote (``Statement.quoted``): its longest quoted passage,
    lower-cased, without punctuation; empty when it is not a quote or the passage is too short to be one speaker's
    (``_SAME_QUOTE_MIN_WORDS``)."""
    if not statement.quoted:
        return ()
    longest = max((_WORD.findall(passage.lower()) for passage in _QUOTED.findall(statement.text)), key=len, default=[])
    return tuple(longest) if len(longest) >= _SAME_QUOTE_MIN_WORDS else ()


def _join_same_quotes(clusters: list[list[int]], prepared: list[_Prepared]) -> list[list[int]]:
    """Put a statement that is alone in its claim and is a speaker's quote into the claim of the same quote in another
    article (the same words, word for word, of the same speaker): "“I will not resign,” he said" and "“I will not
    resign,” said Mr. Roe" are one thing said, however few other words the two sentences share. Only a claim of one
    statement moves, so no chain of quotes joins two claims. Returns the clusters in order of their first member."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, item in enumerate(prepared):
        words = _quote_words(item.statement)
        if words:
            by_words[words].append(i)
    for words, members in by_words.items():
        for i in members:
            if clusters[cluster_of[i]] != [i]:
                continue
            statement = prepared[i].statement
            target = next((j for j in members if cluster_of[j] != cluster_of[i]
                           and prepared[j].statement.article != statement.article
                           and _same_speaker(statement, prepared[j].statement, len(words))), None)
            if target is None or any(_two_voices(prepared[i], prepared[k]) for k in clusters[cluster_of[target]]):
                continue
            clusters[cluster_of[target]] = sorted([*clusters[cluster_of[target]], i])
            clusters[cluster_of[i]] = []
            cluster_of[i] = cluster_of[target]
    return sorted((members for members in clusters if members), key=lambda members: members[0])


def _toll_told(statement: Statement) -> str | None:
    """What the statement counts when its main clause is a count of the story's dead, injured or missing
    (``_whole_count``) as its subject, "At least 59 are dead and more than 500 were injured during the massacre…",
    "Five people were killed in the blast": told in an article's first ``LEAD_PARAGRAPHS`` in the outlet's words, not
    negated and naming no year (another time's toll); else None."""
    if (statement.paragraph >= LEAD_PARAGRAPHS or statement.negated or statement.quoted
            or not any(f.counted in cues.STORY_COUNTS for f in statement.figures) or _A_YEAR.search(statement.text)):
        return None
    opening = _opening_count(statement)
    return opening[0].counted if opening and opening[1] else None


def _join_tolls(clusters: list[list[int]], prepared: list[_Prepared], weight: dict[str, float]) -> list[list[int]]:
    """Join the claims of two articles' tolls of one event (``_toll_told``): each outlet counts the dead its own way
    ("At least 59 are dead …" / "At least 59 people were killed, and 527 were injured …"), and a figure that differs is
    the count moving, which the claim's figures show, not another fact. The two tolls count the same (the killed), name
    one place or participant, and are alike enough to be grouped (``_CLAIM_SIMILARITY``); no two statements of the
    joined claims are kept apart (``_kept_apart``). Returns the clusters in order of their first member."""
    tolls = {i: counted for i, item in enumerate(prepared) if (counted := _toll_told(item.statement))}

    def one_toll(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        return (tolls[i] == tolls[j] and a.statement.article != b.statement.article
                and bool((a.whole.names & b.whole.names) - _MONTH_STEMS)
                and _pair_score(a, b, weight) >= _CLAIM_SIMILARITY)

    return _join_where(clusters, prepared, list(tolls), one_toll)


def _join_where(clusters: list[list[int]], prepared: list[_Prepared], candidates: list[int],
                fits: Callable[[int, int], bool]) -> list[list[int]]:
    """Join the claims of each two of ``candidates`` (statements, in order) that ``fits`` and that are in two claims no
    two statements of which are kept apart (``_kept_apart``): the joins of a kind of fact told too differently to be
    grouped (``_join_tolls``, ``_join_affected_counts``). Returns the clusters in order of their first member."""
    cluster_of = {i: number for number, members in enumerate(clusters) for i in members}
    for n, i in enumerate(candidates):
        for j in candidates[n + 1:]:
            if cluster_of[i] == cluster_of[j] or not fits(i, j):
                continue
            kept, gone = clusters[cluster_of[i]], clusters[cluster_of[j]]
            if any(_kept_apart(prepared[x], prepared[y]) for x in kept for y in gone):
                continue
            kept += gone
            kept.sort()
            clusters[cluster_of[j]] = []
            for k in gone:
                cluster_of[k] = cluster_of[i]
    return sorted((members for members in clusters if members), key=lambda members: members[0])


def _join_affected_counts(clusters: list[list[int]], prepared: list[_Prepared]) -> list[list[int]]:
    """Join the claims of two articles telling near the same count of people affected (``_affected_counts``, within
    ``_AFFECTED_SLACK``): "a breach … may have affected 143 million consumers" and "an additional 2.5 million
    Americans may have been affected …, bringing the total to 145.5 million people" tell one count, revised, worded
    apart too far to be grouped, naming the company only outside their claim clauses ("the company said that …").
    The two share a word besides a month; no two statements of the joined claims are kept apart (``_kept_apart``).
    Returns the clusters in order of their first member."""
    counts = {i: told for i, item in enumerate(prepared) if (told := _affected_counts(item.statement))}

    def one_count(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        return (a.statement.article != b.statement.article and bool((a.whole.terms & b.whole.terms) - _MONTH_STEMS)
                and any(max(x, y) <= _AFFECTED_SLACK * min(x, y) for x in counts[i] for y in counts[j]))

    return _join_where(clusters, prepared, list(counts), one_count)
