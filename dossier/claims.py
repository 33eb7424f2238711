"""Claims stage: find statements of fact and group them into claims across outlets."""

from __future__ import annotations

from .structure import Article, Claim, Mention, Quote, Statement


def find_statements(article: Article, quotes: list[Quote], mentions: list[Mention]) -> list[Statement]:
    """The article's statements of fact, each with its stance and cited source."""
    return []


def group_claims(statements: list[Statement]) -> list[Claim]:
    """Group statements of the same fact into claims; sets ``Statement.claim``."""
    return []
