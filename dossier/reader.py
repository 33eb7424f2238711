"""Reading and cleaning stage: turn files in seeds/ into Articles."""

from __future__ import annotations

import re
from pathlib import Path

from .structure import Article, Skipped


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"


def read_article(path: Path, root: Path) -> Article:
    """Read one article file. Raises ValueError with a reader-friendly reason."""
    text = path.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise ValueError("empty file")
    return Article(
        id=slugify(path.stem),
        source_file=path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name,
        title=lines[0],
        paragraphs=lines[1:],
    )


def read_folder(folder: Path, root: Path) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in sorted(folder.glob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        try:
            articles.append(read_article(path, root))
        except ValueError as error:
            skipped.append(Skipped(str(path), str(error)))
    return articles, skipped
