"""Entities stage: find people, organisations and places, and resolve aliases."""

from __future__ import annotations

from pathlib import Path

from .structure import Article, Dossier, Mention


def find_mentions(article: Article) -> list[Mention]:
    """Every mention of a person, organisation or place in the article."""
    return []


def load_curation(path: Path) -> object:
    """Parse the curator's ``content/entities.yml`` (absent file: no curation)."""
    return None


def resolve_entities(dossier: Dossier, curation: object) -> list[str]:
    """Group ``dossier.mentions`` into ``dossier.entities`` (one per real-world thing).

    Sets ``Mention.entity``. Returns messages for the curator: merges the build was unsure of.
    """
    return []


def entity_for_name(dossier: Dossier, name: str, article: str) -> str | None:
    """The id of the entity a speaker or source name refers to, or None."""
    return None
