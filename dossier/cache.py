"""The per-article cache: what extraction found in one article, kept between builds.

Key: a hash of the article as read (id, text and metadata: everything the
per-article stages see) under a folder named after the version of the rules,
a hash of the ``dossier`` package's files (code, word lists, models) but those that only
lay out pages (``NOT_EXTRACTION``).
Changing a rule therefore starts a new folder and the old one is removed; an
edited article gets a new key. The folder is the user's to delete at any time
(default ``build/cache/``): the next build is then a full one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sys
from functools import cache
from pathlib import Path
from typing import Any

from .files import hash_tree, load_pickle, save_pickle
from .reader import read_article
from .structure import Article

PACKAGE = Path(__file__).parent
# Files that lay out and render pages: the per-article stages never read them, so editing them keeps the cache.
# Every other file of the package (a new module, a word list, a model) is part of the version.
NOT_EXTRACTION = frozenset(
    {"commands.py", "files.py", "forked.py", "site.py", "render.py", "search.py", "crossref.py", "paths.py", "assets"}
)


@cache
def rules_version() -> str:
    """A hash of the package's files and the Python version: any change to the extraction rules changes it."""
    digest = hashlib.sha256(sys.version.encode())
    hash_tree(digest, PACKAGE, leave_out=NOT_EXTRACTION)
    return digest.hexdigest()[:16]


def article_key(article: Article) -> str:
    """A hash of everything the per-article stages read from the article."""
    text = json.dumps(dataclasses.asdict(article), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleCache:
    """Extraction results per article, one pickle file each, under ``folder/<rules version>/``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "articles" / rules_version()

    def prune(self) -> None:
        """Remove the results of other rule versions: they can never be read again."""
        parent = self.folder.parent
        if parent.is_dir():
            for other in parent.iterdir():
                if other != self.folder and other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def holds(self, key: str) -> bool:
        """Whether a result is kept under ``key`` (``article_key``): it may still fail to load (``get``)."""
        return self._path(key).is_file()

    def get(self, article: Article, key: str | None = None) -> Any | None:
        """The result kept for ``article`` (``key``: its ``article_key``, if known), or None."""
        return load_pickle(self._path(key or article_key(article)))  # None: extract again

    def put(self, article: Article, value: Any, key: str | None = None) -> None:
        save_pickle(self._path(key or article_key(article)), value)


class ReadCache:
    """Articles as ``reader.read_article`` read them, kept between builds in one file beside the extraction results
    (same rules version): a rebuild reads again only the files that are new or changed (reading all 2,225 BBC
    files was about a second of each rebuild). Key: everything ``read_article`` reads: the file's bytes, where it
    is, and the outlets' sources."""

    def __init__(self, store: ArticleCache) -> None:
        self.path = store.folder / "read.pickle"
        self.last: dict[str, Article] = load_pickle(self.path) or {}
        self.now: dict[str, Article] = {}

    def read(self, path: Path, root: Path, sources: dict | None) -> Article:
        """``read_article``'s article for the file, from the last build's reading if the file is unchanged."""
        key = hashlib.sha256(json.dumps([str(path.absolute()), str(root.absolute()), sources or {}], sort_keys=True,
                                        default=str).encode())
        key.update(path.read_bytes())
        digest = key.hexdigest()
        article = self.last.get(digest) or read_article(path, root, sources)
        # A copy: the reader renames an article whose id another already has, which must not reach the next build.
        self.now[digest] = dataclasses.replace(article)
        return article

    def save(self) -> None:
        """Keep what this build read (the files of this build only), if it differs from what the last one kept."""
        if self.now.keys() != self.last.keys():
            save_pickle(self.path, self.now)
