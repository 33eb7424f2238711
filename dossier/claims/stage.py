"""Grouping a dossier's statements into claims (``group_claims``)."""

from __future__ import annotations

from ..structure import Claim, Statement
from .clusters import _cluster, _common_terms, _story_names, _weigh
from .disputes import (
    _contradict,
    _corroborated,
    _denied_acts,
    _denied_before,
    _denied_casualties,
    _denied_links,
    _dismissed_arguments,
    _join_denials,
    _link_contradictions,
    _mark_disputes,
    _mark_opposite_states,
    _opposed_term_bids,
    _rebutted_words,
    _settle_denials,
    _unbacked_claims,
    _without_story_terms,
)
from .figures import figure_disagreement
from .joins import _join_affected_counts, _join_same_quotes, _join_tolls
from .prepared import _prepared
from .titles import _unique_slug, summarise


def group_claims(statements: list[Statement], speakers: list[str | None] | None = None) -> list[Claim]:
    """Group statements of the same fact into claims; sets ``Statement.claim``. ``speakers``: each statement's
    speaker where the build knows it only from the quote it lies in (``quoted_speakers``), else None.

    Claims come out in order of their first statement (article id, paragraph), with
    ids slugged from their summaries, so the same input always gives the same site. In a
    claim most of whose statements put the fact forward, a statement that negates it
    disputes it; claims whose propositions contradict each other are linked both ways.
    """
    ordered = sorted(statements, key=lambda s: (s.article, s.paragraph, s.text))
    prepared = [_prepared(s) for s in ordered]
    if speakers:
        speaker_of = {id(statement): speaker for statement, speaker in zip(statements, speakers, strict=True)}
        for item in prepared:
            item.speaker = speaker_of[id(item.statement)]
    weight = _weigh(prepared)
    story_names = _story_names(prepared)
    clusters, opposed = _cluster(prepared, weight, _common_terms(prepared), story_names)
    clusters = _join_same_quotes(clusters, prepared)
    clusters = _join_tolls(clusters, prepared, weight)
    clusters = _join_affected_counts(clusters, prepared)
    position = {id(item.statement): i for i, item in enumerate(prepared)}
    clusters, joined, denying = _join_denials(
        clusters, [(position[id(denial)], position[id(denied)])
                   for denial, denied in [*_denied_before(statements), *_unbacked_claims(statements)]]
        + _denied_acts(prepared) + _rebutted_words(prepared))
    corroborating = _without_story_terms(prepared, weight)
    claims, used, claim_of = [], set(), {}
    for members in clusters:
        group = [prepared[i].statement for i in members]
        _settle_denials(group, [prepared[i] for i in members])
        _mark_disputes(group, [prepared[i] for i in members])
        _mark_opposite_states([prepared[i] for i in members])
        for i in joined.intersection(members):
            prepared[i].statement.stance = "disputes"  # it denies what its claim tells, though in no word of it
        summary = summarise(group)
        claim = Claim(id=_unique_slug(summary, used), summary=summary, statements=group)
        claim.disagreement = figure_disagreement(claim)
        claim.corroborated = _corroborated([prepared[i] for i in members], corroborating, weight, story_names)
        for statement, index in zip(group, members, strict=True):
            statement.claim = claim.id
            claim_of[index] = claim
        claims.append(claim)
    for denial, denied in denying:
        _contradict(claim_of[denial], claim_of[denied])
    _link_contradictions(prepared, opposed, weight, claim_of)
    for denial, asserted in [*_denied_links(prepared, claim_of), *_dismissed_arguments(prepared, claim_of),
                             *_opposed_term_bids(prepared), *_denied_casualties(prepared)]:
        if claim_of[denial] is not claim_of[asserted]:  # within one claim a denial is its dispute (_mark_disputes)
            _contradict(claim_of[denial], claim_of[asserted])
    for claim in claims:
        claim.contradicts.sort()
    return claims
