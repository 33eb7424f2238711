"""Quotes stage: find direct quotes, attribute them, group them across articles."""

from __future__ import annotations

from .structure import Article, Mention, Quote, QuoteGroup


def find_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """Every direct quote in the article, with the speaker as the article names them."""
    return []


def group_quotes(quotes: list[Quote]) -> list[QuoteGroup]:
    """Group the same quote carried by several articles; sets ``Quote.group``."""
    return []
