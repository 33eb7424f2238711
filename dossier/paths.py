"""Every page of the site: which pages exist, and their paths, defined once.

Paths are Markdown files relative to the docs root (``articles/x.md``); MkDocs
serves ``articles/x.md`` at the URL ``articles/x/``. Templates and the data
model ask this module for both, so a page moves in one place.

Which pages exist is a reader's question, not a data one: a page that would
only repeat one line of another page is not made (see ``entity_has_page`` and
``claim_has_page``), and a speaker's quotes are a section of their entity page
(``speaker_page``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .structure import Article, Claim, Entity

HOME = "index.md"
ARTICLES = "articles/index.md"
SPEAKERS = "speakers/index.md"
UNATTRIBUTED = "speakers/unattributed.md"
ENTITIES = "entities/index.md"
CLAIMS = "claims/index.md"
COVERAGE = "claims/coverage.md"
OUTLETS = "outlets/index.md"

# An index longer than this is split into pages of about as many rows: a reader scrolls a page, not a book.
PAGE_ROWS = 200
# A page of a long list ends after a row its id chooses (``page_starts``), once it has PAGE_ROWS_LEAST rows, or
# at PAGE_ROWS_MOST rows.
PAGE_ROWS_LEAST = 100
PAGE_ROWS_MOST = 300


def url(page: str) -> str:
    """The URL MkDocs gives a Markdown page, from the site root: ``a/b.md`` -> ``a/b/``, ``a/index.md`` -> ``a/``."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def article_page(article: Article) -> str:
    return f"articles/{article.id}.md"


def paragraph_link(article: Article, paragraph: int) -> str:
    return f"{article_page(article)}#{article.anchor(paragraph)}"


def entity_page(entity_id: str) -> str:
    return f"entities/{entity_id}.md"


def entity_kind_page(kind: str) -> str:
    return f"entities/by-kind/{kind}.md"


def speaker_page(entity_id: str) -> str:
    """Where a speaker's quotes are: a section of their entity page.

    One page per person, not two: a page of its own repeated the entity page's
    header and cost the site a whole page (the theme's frame, a search entry) per speaker.
    """
    return entity_page(entity_id)


def claim_page(claim_id: str) -> str:
    return f"claims/{claim_id}.md"


def outlet_page(outlet_slug: str) -> str:
    return f"outlets/{outlet_slug}.md"


def numbered(first: str, number: int) -> str:
    """Page ``number`` (from 1) of a list whose first page is ``first``: ``a/index.md`` -> ``a/page_2.md``.

    The underscore keeps these names apart from the pages named by slugs (``a/page-2.md``: an entity's).
    """
    if number == 1:
        return first
    folder, _, name = first.rpartition("/")
    stem = name.removesuffix(".md")
    name = f"page_{number}.md" if stem == "index" else f"{stem}_page_{number}.md"
    return f"{folder}/{name}" if folder else name


def page_starts(ids: Sequence[str]) -> list[int]:
    """Where each page of a list of rows (their ids, in order) begins: a list of up to ``PAGE_ROWS`` rows is one
    page; a longer one's pages end after rows whose id's hash is a multiple of ``PAGE_ROWS - PAGE_ROWS_LEAST``
    (about one row in a hundred), once a page has ``PAGE_ROWS_LEAST`` rows, or at ``PAGE_ROWS_MOST``.

    The rows, not their positions, say where a page ends: one more article then changes the page its row joins
    (and those of rows whose place changes), not every later page, whose rows would all move by one. A rebuild
    renders those pages only.
    """
    if len(ids) <= PAGE_ROWS:
        return [0]
    starts = [0]
    for position, row in enumerate(ids[:-1]):
        length = position + 1 - starts[-1]
        if length >= PAGE_ROWS_MOST or length >= PAGE_ROWS_LEAST and _ends_page(row):
            starts.append(position + 1)
    return starts


def _ends_page(row: str) -> bool:
    return int.from_bytes(hashlib.sha256(row.encode()).digest()[:4], "big") % (PAGE_ROWS - PAGE_ROWS_LEAST) == 0


def claim_has_page(claim: Claim) -> bool:
    """A claim made in one article only has no page: it would only repeat what that article says. Nor has a claim of
    one source only (status ``single source``: one outlet, in one article or several, or outlets running one agency's
    copy): its page would only list that source's articles, which link each other's paragraphs instead
    (``crossref.Catalog.also_in``). A contested one keeps its page, which sets the dispute or the figures side by
    side, as the front page's contested claims link it; so has one of a single article where a source it cites
    denies what another puts forward (``Claim.disputed_by_source``): the page sets the two voices side by side."""
    if len(claim.articles) == 1:
        return claim.disputed_by_source
    return claim.status != "single source"


def entity_has_page(entity: Entity, cited: bool) -> bool:
    """An entity named in one article only has no page of its own: the page would list that one article.

    It keeps one when a quote or a claim cites it (``cited``: its speaker and
    entity pages are where a reader checks who said what) or a curator described it.
    Its mention in the article is then plain text, and its kind page counts it.
    """
    return cited or bool(entity.description) or len({m.article for m in entity.mentions}) > 1
