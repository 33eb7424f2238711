"""The pipeline: every stage, in order, registered in one place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import claims, entities, quotes, reader
from .structure import Dossier


def analyse(
    seeds: Path, content: Path, root: Path, sources: dict | None = None, log: Callable[[str], None] = print
) -> Dossier:
    """Read every article in ``seeds`` and run the extraction stages over them."""
    dossier = Dossier()
    dossier.articles, dossier.skipped = reader.read_folder(seeds, root, sources=sources)
    mentions_by_article = {a.id: entities.find_mentions(a) for a in dossier.articles}
    dossier.mentions = [m for a in dossier.articles for m in mentions_by_article[a.id]]
    for message in entities.resolve_entities(dossier, entities.load_curation(content / "entities.yml")):
        log(message)
    for article in dossier.articles:
        dossier.quotes += quotes.find_quotes(article, mentions_by_article[article.id])
    for quote in dossier.quotes:
        if quote.speaker_name:
            quote.speaker = entities.entity_for_name(dossier, quote.speaker_name, quote.article)
    dossier.quote_groups = quotes.group_quotes(dossier.quotes)
    for group in dossier.quote_groups:
        speakers = Counter(q.speaker for q in group.quotes if q.speaker)
        group.speaker = min(speakers, key=lambda s: (-speakers[s], s)) if speakers else None
    for article in dossier.articles:
        article_quotes = [q for q in dossier.quotes if q.article == article.id]
        dossier.statements += claims.find_statements(article, article_quotes, mentions_by_article[article.id])
    for statement in dossier.statements:
        if statement.source_name:
            statement.source = entities.entity_for_name(dossier, statement.source_name, statement.article)
    dossier.claims = claims.group_claims(dossier.statements)
    return dossier
