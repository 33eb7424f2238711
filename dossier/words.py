"""Words of the build's messages that every stage writes the same way."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """"1 article", "2 articles", "2 more articles": a count and its noun, plural unless the count is one."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
