"""The pipeline: every stage, in order, registered in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import claims, entities, quotes, reader
from .structure import Dossier


def analyse(
    seeds: Path, content: Path | None, root: Path, sources: dict | None = None, log: Callable[[str], None] = print
) -> Dossier:
    """Read every article in ``seeds`` and run the extraction stages over them."""
    dossier = Dossier()
    dossier.articles, dossier.skipped = reader.read_folder(seeds, root, sources=sources)
    log(f"read {len(dossier.articles)} articles; finding entities")
    mentions_by_article = {a.id: entities.find_mentions(a) for a in dossier.articles}
    dossier.mentions = [m for a in dossier.articles for m in mentions_by_article[a.id]]
    curation = entities.load_curation(content / "entities.yml") if content else entities.Curation()
    for message in entities.resolve_entities(dossier, curation):
        log(message)
    log(f"{len(dossier.entities)} entities; finding quotes")
    quotes_by_article = {a.id: quotes.find_quotes(a, mentions_by_article[a.id]) for a in dossier.articles}
    dossier.quotes = [q for a in dossier.articles for q in quotes_by_article[a.id]]
    corrections = quotes.load_corrections(content / "quotes.yml") if content else []
    for message in quotes.apply_corrections(dossier.quotes, corrections):
        log(message)
    for quote in dossier.quotes:
        if quote.speaker_name:
            quote.speaker = entities.entity_for_name(dossier, quote.speaker_name, quote.article)
    dossier.quote_groups = quotes.group_quotes(dossier.quotes)
    quotes.settle_group_speakers(dossier.quote_groups, {e.id: e.name for e in dossier.entities})
    for line in quotes.review_list(dossier.quotes):
        log(line)
    log(f"{len(dossier.quotes)} quotes in {len(dossier.quote_groups)} groups; finding claims")
    for article in dossier.articles:
        dossier.statements += claims.find_statements(
            article, quotes_by_article[article.id], mentions_by_article[article.id]
        )
    for statement in dossier.statements:
        if statement.source_name:
            statement.source = entities.entity_for_name(dossier, statement.source_name, statement.article)
    dossier.claims = claims.group_claims(dossier.statements)
    return dossier
