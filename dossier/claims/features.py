"""What the pair score of two statements is made of, each rule apart (``PairFeatures``): the
inputs of a learned pair score, studied by ``scripts/train_pairs.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..structure import Statement
from .clusters import _common_terms, _kept_apart, _shares_only_story_names, _story_names, _weigh
from .evidence import _evidence, _overlap
from .pairs import (
    _LOOSE_PAIR_VETOES,
    _PAIR_VETOES,
    _best_part_score,
    _figure_restated,
    _one_act_of_one_subject_standing_in,
    _one_predicate,
    _pair_score,
    _same_lede_act,
    _thin_share,
)
from .prepared import _Prepared, _prepared
from .terms import _LEDE_PARAGRAPHS


@dataclass(frozen=True)
class PairFeatures:
    """What the pair score of two statements of one dossier is made of (``_pair_score``), each rule apart: the inputs of
    a learned pair score (scripts/train_pairs.py)."""

    score: float  # the rule score, ``_pair_score``
    part: float  # the best score of two parts, before any lift or veto (``_best_part_score``)
    whole: float  # the weighted overlap of the two whole claim clauses (``_overlap``)
    containment: float  # the weight of the terms both clauses hold over the lighter clause's
    jaccard: float  # ... over the two clauses' weight together
    shared: int  # how many terms both clauses hold
    shared_names: int  # ... of them names in both
    story_share: float  # the share of those terms that are the dossier's story words (``_story_words``)
    common_only: bool  # they share only the dossier's common terms or story names (``_score_pairs`` drops such pairs)
    same_predicate: bool  # one main verb
    predicates_shared: int  # how many of the two main verbs the other statement writes
    first: float  # the Jaccard of the two first propositions' content stems (``_Prepared.first_stems``), 0 without one
    side_share: float  # the share of the terms both clauses hold that either writes only in a side clause
    same_holder: bool  # a capitalised stem of the first proposition's subject in common (``_Prepared.holders``)
    happening: bool  # a happening word in common (``_Prepared.happenings``)
    restated: bool  # a figure restated with a word of what it is of (``_figure_restated``)
    lifts: frozenset[str]  # the rules that lift a pair to the merge bar that hold: predicate, stand-in, lede act
    vetoes: frozenset[str]  # the vetoes of ``_pair_score`` that hold, by name, whatever the score
    kept_apart: bool  # never in one claim (``_kept_apart``)
    ledes: int  # how many of the two open their article (``_LEDE_PARAGRAPHS``)
    quoted: int  # how many of the two are quotes


def story_pair_features(statements: list[Statement]) -> Callable[[Statement, Statement], PairFeatures]:
    """The features of any two of one dossier's ``statements``, weighed as ``group_claims`` weighs them."""
    prepared = {id(item.statement): item for item in map(_prepared, statements)}
    weight = _weigh(list(prepared.values()))
    common = _common_terms(list(prepared.values()))
    story_names = _story_names(list(prepared.values()))

    def features(first: Statement, second: Statement) -> PairFeatures:
        return _pair_features(prepared[id(first)], prepared[id(second)], weight, common, story_names)

    return features


def _pair_features(a: _Prepared, b: _Prepared, weight: dict[str, float], common: frozenset[str],
                   story_names: frozenset[str]) -> PairFeatures:
    shared = a.whole.terms & b.whole.terms
    evidence = _evidence(shared, a.whole.runs, b.whole.runs, weight)
    lighter = min(a.whole.mass, b.whole.mass)
    together = a.whole.mass + b.whole.mass - evidence
    part = _best_part_score(a, b, weight)
    lifts = {"predicate": _one_predicate(a, b, weight), "stand-in": _one_act_of_one_subject_standing_in(a, b),
             "lede act": _same_lede_act(a, b)}
    vetoes = {apart.__name__.strip("_"): apart(a, b) for apart in (*_PAIR_VETOES, *_LOOSE_PAIR_VETOES)}
    vetoes["thin_share"] = _thin_share(a, b, weight)
    return PairFeatures(
        score=_pair_score(a, b, weight), part=part, whole=_overlap(a.whole, b.whole, weight),
        containment=evidence / lighter if lighter else 0.0, jaccard=evidence / together if together else 0.0,
        shared=len(shared), shared_names=len(shared & a.whole.names & b.whole.names),
        story_share=len(shared & a.whole.story) / len(shared) if shared else 0.0,
        common_only=bool(common and not shared - common or _shares_only_story_names(a, b, story_names)),
        same_predicate=bool(a.predicate and a.predicate == b.predicate),
        predicates_shared=sum(bool(x.predicate and x.predicate in y.whole.terms) for x, y in ((a, b), (b, a))),
        first=len(a.first_stems & b.first_stems) / len(a.first_stems | b.first_stems)
        if a.first_stems and b.first_stems else 0.0,
        side_share=len(shared & (a.side_terms | b.side_terms)) / len(shared) if shared else 0.0,
        same_holder=bool(a.holders & b.holders),
        happening=bool(a.happenings & b.happenings), restated=_figure_restated(a, b),
        lifts=frozenset(name for name, holds in lifts.items() if holds),
        vetoes=frozenset(name for name, holds in vetoes.items() if holds),
        kept_apart=_kept_apart(a, b),
        ledes=sum(item.statement.paragraph < _LEDE_PARAGRAPHS for item in (a, b)),
        quoted=sum(bool(item.statement.quoted) for item in (a, b)))
