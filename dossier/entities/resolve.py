"""Resolution (``resolve_entities``): merge a dossier's mentions into entities, step by step."""

from __future__ import annotations

from collections import defaultdict

from ..structure import Dossier, Vocabulary
from .bodies import (
    _merge_acronyms,
    _merge_alternate_names,
    _merge_ampersand_names,
    _merge_clipped_bodies,
    _merge_closed_up_names,
    _merge_connector_variants,
    _merge_employers,
    _merge_facilities,
    _merge_feature_short_forms,
    _merge_national_bodies,
    _merge_org_short_forms,
    _merge_owned_bodies,
    _merge_paper_short_names,
    _merge_place_prefixed_orgs,
    _merge_product_ends,
    _merge_product_variants,
    _merge_roles,
    _merge_spelled_prefixes,
    _merge_town_named_bodies,
    _products_told,
)
from .building import _build_entities, _possible_aliases
from .cleanup import (
    _number_series,
    _restore_openers,
    _restore_tails,
    _split_story_joined,
    _split_tickets,
    _split_unspaced,
    _trim_home_places,
    _trim_honorifics,
    _trim_leading_acronyms,
    _trim_places_before_used_names,
    _without_lowercase_phrases,
    _without_story_lowercase,
    _without_story_openers,
)
from .curation import Curation, _apply_curation
from .keys import _is_role_only, _marked_apart, _UnionFind
from .lookup import _INDEXES, _link_verbatim_names, _unplace_common_nouns, article_words
from .mentions import _initials_and_surname
from .people import _merge_full_names, _merge_lone_names, _person_candidates
from .places import _merge_by_key, _merge_clipped_names, _merge_teams, _state_abbreviation
from .spellings import (
    _merge_dual_names,
    _merge_misspelt_bodies,
    _merge_misspelt_cities,
    _merge_misspelt_surnames,
    _merge_numeral_spellings,
    _merge_swapped_full_names,
    _merge_variant_spellings,
    _merge_vowel_variants,
)
from .tokens import PLACE


def resolve_entities(dossier: Dossier, curation: object) -> list[str]:
    """Group ``dossier.mentions`` into ``dossier.entities`` (one per real-world thing).

    Sets ``Mention.entity``. Returns messages for the curator: merges the build was unsure of.
    """
    messages: list[str] = []
    paragraphs = {a.id: a.paragraphs for a in dossier.articles}
    words = dossier.vocabulary or Vocabulary.of(article_words(a.paragraphs) for a in dossier.articles)
    joined = _split_tickets(_split_story_joined(_split_unspaced(_restore_tails(dossier.mentions, paragraphs),
                                                                paragraphs)))
    dossier.mentions = _without_lowercase_phrases(_without_story_lowercase(joined, paragraphs, words), paragraphs,
                                                  dossier.lower_phrases)
    mentions = dossier.mentions
    _without_story_openers(mentions, paragraphs, words)
    _initials_and_surname(mentions)  # "TJ Dorne" in a report that names no other Dorne, another report does
    uf = _UnionFind()
    for i in range(len(mentions)):
        uf.find(i)
    _trim_home_places(mentions)
    _trim_places_before_used_names(mentions, paragraphs)
    _trim_leading_acronyms(mentions)
    _trim_honorifics(mentions)
    _restore_openers(mentions, paragraphs)
    _number_series(mentions, paragraphs, dossier.sport_reports)
    for m in mentions:
        if m.kind != PLACE and _state_abbreviation(m, paragraphs):
            m.kind = PLACE  # "Sen. Jo Roe (Ky.)": the state (Kentucky) the tagger took for a body
    named = [i for i, m in enumerate(mentions) if not _is_role_only(m)]
    persons = _person_candidates(mentions, named, paragraphs)
    apart = _marked_apart(mentions, persons)  # whose names with "Jr." are another person's
    _merge_full_names(mentions, persons, uf, apart)
    teams = _merge_teams(mentions, named, persons, uf, paragraphs)
    named = [i for i in named if i not in teams]  # a place read as its team is the team, and only the team
    _merge_lone_names(mentions, named, persons, uf, messages, paragraphs, apart)
    _merge_clipped_names(mentions, named, persons, uf)
    _merge_by_key(mentions, named, persons, uf, paragraphs, apart)
    _merge_misspelt_surnames(mentions, named, persons, uf)
    _merge_swapped_full_names(mentions, persons, uf)
    _merge_variant_spellings(mentions, named, uf)
    _merge_numeral_spellings(mentions, named, uf)
    _merge_vowel_variants(mentions, named, uf, paragraphs)
    _merge_dual_names(mentions, named, uf, paragraphs)
    _merge_misspelt_cities(mentions, named, uf, paragraphs)
    _merge_misspelt_bodies(mentions, named, uf, paragraphs)
    _merge_org_short_forms(mentions, named, persons, uf, paragraphs)
    _merge_town_named_bodies(mentions, named, uf, paragraphs)
    _merge_employers(mentions, named, uf, paragraphs)
    _merge_feature_short_forms(mentions, named, uf, paragraphs)
    _merge_place_prefixed_orgs(mentions, named, uf)
    _merge_product_variants(mentions, named, uf)
    products = _products_told(mentions, paragraphs)
    _merge_product_ends(mentions, named, uf, products)
    _merge_national_bodies(mentions, named, uf)
    _merge_facilities(mentions, named, uf, paragraphs)
    _merge_closed_up_names(mentions, named, uf)
    _merge_clipped_bodies(mentions, named, uf)
    _merge_acronyms(mentions, named, uf, paragraphs)
    _merge_spelled_prefixes(mentions, named, uf)
    _merge_owned_bodies(mentions, named, uf, paragraphs)
    _merge_paper_short_names(mentions, named, uf, paragraphs)
    _merge_alternate_names(mentions, named, uf)
    _merge_connector_variants(mentions, named, uf)
    _merge_ampersand_names(mentions, named, uf)
    _merge_roles(mentions, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if _is_role_only(m) and uf.find(i) == i:
            continue  # a title nobody could be matched to is not an entity
        groups[uf.find(i)].append(i)
    clusters = [[mentions[i] for i in members] for members in groups.values()]
    if isinstance(curation, Curation):
        clusters, names, extra = _apply_curation(clusters, curation)
        messages += extra
    else:
        names = {}
    dossier.entities = _build_entities(clusters, names, paragraphs, words, products)
    _unplace_common_nouns(dossier, words)
    _link_verbatim_names(dossier, words)
    messages += _possible_aliases(dossier.entities)
    _INDEXES.pop(id(dossier), None)
    return list(dict.fromkeys(messages))
