"""Rendering stage: one generator per page kind, Jinja2 templates write the Markdown.

Article text comes from the web, so every value a template prints is escaped
for Markdown unless it is a ``Markdown`` value this module made itself (links
built from slugs). A ``<script>`` or ``[link](x)`` in an article is shown as
text, never interpreted.
"""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2

from . import paths
from .claims.figures import figure_disagreement
from .crossref import CLAIM_STATUS, UNATTRIBUTED_PAGE, Catalog, newest_first
from .files import write_if_changed
from .forked import Share
from .lang.en.stance import COUNT_SEARCH_WORDS
from .paths import article_page, claim_page, entity_kind_page, entity_page, outlet_page, speaker_page
from .search import SearchRecord, heading
from .story import Story
from .structure import ENTITY_KINDS, UNKNOWN_OUTLET, Article, Claim, Dossier, Entity, QuoteGroup, slugify

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
KIND_NAMES = {"person": "People", "organization": "Organisations", "place": "Places", "other": "Other names"}
KIND_NAME = {"person": "person", "organization": "organisation", "place": "place", "other": "other name"}  # one of


class Markdown(str):
    """Text that is already Markdown and must not be escaped again."""


# Of the characters Python-Markdown (with the tables extension) lets a backslash escape, those that are markup
# wherever they stand in a line: emphasis, code, links, attribute lists, headings' closing marks, table cells.
_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]()#|])")
# The others are markup only where a line begins ("- " and "+ " start a list item, "1. " a numbered one, "---"
# a rule, "!!!" an admonition), and a value may begin a line (or follow a list item's "- "): escaped there only.
# Each backslash costs Python-Markdown a pass of its inline patterns, and ".", "-" were 90 % of them.
_LINE_START_MARKUP = re.compile(r"^( ?\d*)([-+.!])")
_HTML_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # names, titles and outlets recur on thousands of pages
def escape_markdown(text: str) -> Markdown:
    """Make untrusted text show literally in a Markdown page: no markup, HTML or links."""
    text = _SPACES.sub(" ", str(text))
    text = _LINE_START_MARKUP.sub(r"\1\\\2", _INLINE_MARKUP.sub(r"\\\1", text), count=1)
    return Markdown(text.translate(_HTML_SPECIAL))


def json_script(data: object) -> Markdown:
    """JSON for a ``<script>`` element: no ``</script>`` or ``<!--`` can close or break it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markdown(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def external_url(address: str | None) -> Markdown:
    """A web address from an article's metadata, safe as a Markdown link target (else empty)."""
    if not address or not re.match(r"https?://[^\s]+$", address):
        return Markdown("")
    return Markdown(quote(address, safe=":/?#@!$&'*+,;=%~"))


def html_id(value: str) -> Markdown:
    """An element id made by this program (a slug); refuses anything else rather than escaping it."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", value):
        raise ValueError(f"not an id: {value!r}")
    return Markdown(value)


def _finalize(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    return escape_markdown(str(value))


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, path: str) -> Markdown:
    """A link from the page being rendered to ``path`` (relative to the site root)."""
    return Markdown(context["root"] + path)


def make_environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # the output is Markdown; _finalize escapes it for Markdown instead
        auto_reload=False,  # one build: the templates do not change while it runs (saves a stat per page)
    )
    env.globals["url"] = _url
    env.filters["json_script"] = json_script
    env.filters["external_url"] = external_url
    env.filters["id"] = html_id
    env.globals.update(
        article_page=article_page,
        entity_page=entity_page,
        entity_kind_page=entity_kind_page,
        speaker_page=speaker_page,
        claim_page=claim_page,
        outlet_page=outlet_page,
        kind_names=KIND_NAMES,
        kind_name=KIND_NAME,
        claim_status=CLAIM_STATUS,
    )
    return env


# What search calls each kind of page; pages of the other kinds (lists) are left out of search.
SEARCH_KINDS = {"article": "Article", "speaker": "Speaker", "entity": "Entity", "claim": "Claim"}
# The first line of a page whose Markdown is all the templates' own (not ``Page.curated``): they write no image,
# reference link, autolink, code or line break, and every such mark in the data is escaped, so MkDocs renders the
# page without looking for them (``site.LeanMarkdown``). An HTML comment: any other renderer shows nothing of it.
GENERATED = "<!-- dossier: generated Markdown -->"


# The offline copy's search index is built by the browser from disk: entity pages are left out to keep it quick.
OFFLINE_SEARCH_KINDS = ("article", "speaker", "claim")


@dataclass
class Page:
    """A Markdown page to write: its path in the docs tree, its template and what it shows."""

    path: str
    template: str
    context: dict = field(default_factory=dict)
    kind: str = "list"  # article, speaker, entity, claim or list: what search says the page is
    # What ``context`` lacks until the page is rendered, worked out from the data ``context`` holds (by which
    # ``write_pages`` fingerprints the page): a page whose data did not change then costs only that data.
    derive: Callable[[], dict] | None = None
    curated: bool = False  # shows Markdown the curator wrote (which may use any Markdown), not only the templates'

    def laid_out(self) -> dict:
        """Everything the template shows: ``context`` with what ``derive`` adds to it."""
        if self.derive:
            self.context.update(self.derive())
            self.derive = None
        return self.context

    def front_matter(self) -> dict:
        """MkDocs page metadata: which pages the offline search (Material's) leaves out."""
        return {} if self.kind in OFFLINE_SEARCH_KINDS else {"search": {"exclude": True}}


@dataclass
class Pager:
    """Where one page of a long list stands among the others."""

    number: int
    pages: list[str]  # every page of the list, in order
    rows: int | None  # rows in the whole list: on the first page only, so that the others change only with their rows


def paged(
    first: str, template: str, rows: list, context: dict, row_id: Callable[[Any], str], key: str = "rows",
    kind: str = "list", totals: dict | None = None,
) -> Iterator[Page]:
    """A list split into pages of about ``paths.PAGE_ROWS`` rows, where ``paths.page_starts`` says by the rows'
    ids (``row_id``); ``key`` in the template is the page's share. ``totals``: what the first page alone shows of
    the whole list (counts), beside ``context``, which every page shows."""
    starts = paths.page_starts([row_id(row) for row in rows])
    chunks = [rows[start:end] for start, end in zip(starts, [*starts[1:], len(rows)], strict=True)]
    pages = [paths.numbered(first, number) for number in range(1, len(chunks) + 1)]
    for number, chunk in enumerate(chunks, 1):
        pager = Pager(number, pages, len(rows) if number == 1 else None)
        first_only = (totals or {}) if number == 1 else {}
        yield Page(pages[number - 1], template, {**context, **first_only, key: chunk, "pager": pager}, kind=kind)


def _id(row: Any) -> str:
    """The id of a row that is an article, entity or claim, or a tuple led by one."""
    return (row[0] if isinstance(row, tuple) else row).id


def by_month(articles: list[Article]) -> list[tuple[str, list[Article]]]:
    """Consecutive articles grouped under their month of publication (``October 2024``) or ``Undated``."""
    groups: list[tuple[str, list[Article]]] = []
    for article in articles:
        month = "Undated"
        if article.published:
            month = f"{MONTHS[int(article.published[5:7]) - 1]} {article.published[:4]}"
        if groups and groups[-1][0] == month:
            groups[-1][1].append(article)
        else:
            groups.append((month, [article]))
    return groups


# A credit's part that says who wrote the article, as a byline does ("Reporting by Jo Roe"), and the separators of
# the names it lists.
_AUTHOR_CREDIT = re.compile(r"(?i:(?:reporting|writing)(?:\s+and\s+(?:reporting|writing))?\s+by)\s+(?P<names>.+?)\.?")
_NAME_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _names(text: str) -> frozenset[str]:
    return frozenset(name.casefold() for name in _NAME_SEPARATOR.split(" ".join(text.split())) if name)


def credits_beyond_byline(article: Article) -> list[str]:
    """The article's credits as its page shows them: less each part that only names the byline's authors again as
    its writers ("By: Jo Roe" above, "Reporting by Jo Roe; Editing by Lee Poe" shows "Editing by Lee Poe")."""
    if not article.author:
        return list(article.credits)
    byline = _names(article.author)
    shown = []
    for credit in article.credits:
        parts = [part.strip() for part in credit.split(";")]
        kept = [part for part in parts
                if not ((match := _AUTHOR_CREDIT.fullmatch(part)) and _names(match["names"]) <= byline)]
        if kept == parts:
            shown.append(credit)
        elif kept:
            shown.append("; ".join(kept))
    return shown


def article_pages(catalog: Catalog, share: Share = (0, 1)) -> Iterator[Page]:
    copies: dict[str, list[Article]] = defaultdict(list)
    for article in catalog.dossier.articles:
        if article.copy_of:
            copies[article.copy_of].append(article)
    for article in catalog.dossier.articles[share[0]::share[1]]:
        quotes = catalog.quotes_by_article.get(article.id, [])
        mentions = catalog.mentions_by_article.get(article.id, [])
        yield Page(
            article_page(article),
            "article.md.j2",
            # What its paragraphs are cut into links from (``derive``, when the page is rendered): its quotes and
            # where each links, the names found in it and which of them have a page, and what its paragraphs'
            # claims have of other articles.
            {"article": article, "quotes": quotes, "credits": credits_beyond_byline(article),
             "copies": [copy for copy in copies.get(article.copy_of or "", []) if copy is not article],
             "group_links": {quote.group: catalog.group_link(quote.group) for quote in quotes if quote.group},
             # A quote that takes its speaker from the other outlets' copies has no name in this article.
             "speaker_names": {q.speaker: catalog.entities[q.speaker].name for q in quotes if q.speaker},
             "mentions": mentions,
             "paged": sorted({m.entity for m in mentions if m.entity in catalog.paged_entities}),
             "claims": [(index, catalog.also_reported(article, index)) for index in range(len(article.paragraphs))
                        if (article.id, index) in catalog.claims_by_paragraph],
             "also_in": [(index, catalog.also_in(article, index)) for index in range(len(article.paragraphs))
                         if (article.id, index) in catalog.unpaged_by_paragraph]},
            kind="article",
            derive=lambda article=article: {"paragraphs": catalog.paragraphs(article)},
        )


def speaker_pages(catalog: Catalog, share: Share = (0, 1)) -> Iterator[Page]:
    """The speakers' list and the unattributed quotes (the first share's); each speaker's quotes are on their
    entity page."""
    if share[0]:
        return
    unattributed = catalog.unattributed
    yield from paged(paths.SPEAKERS, "speakers.md.j2", catalog.speakers(), {}, _id,
                     totals={"unattributed": len(unattributed)})
    yield from paged(UNATTRIBUTED_PAGE, "unattributed.md.j2", unattributed, {}, lambda view: view.group.id,
                     key="groups", kind="speaker")


@dataclass(frozen=True)
class Named:
    """An entity as a link to its page shows it."""

    id: str
    name: str


TOP_ENTITIES = 15  # how many of each kind the entities index shows before "all …"


def entity_pages(catalog: Catalog, share: Share = (0, 1)) -> Iterator[Page]:
    """Entities with a page (``paths.entity_has_page``), the share's, and (the first share's) each kind's list
    most mentioned first."""
    def weight(entity: Entity) -> tuple:
        return -len({m.article for m in entity.mentions}), -len(entity.mentions), entity.name.lower(), entity.id

    entities = sorted((e for e in catalog.dossier.entities if e.id in catalog.paged_entities), key=weight)
    kinds = []
    for kind in ENTITY_KINDS:
        members = [e for e in entities if e.kind == kind]
        unpaged = sum(1 for e in catalog.dossier.entities if e.kind == kind and e.id not in catalog.paged_entities)
        if members or unpaged:
            kinds.append((kind, members, unpaged))
    if not share[0]:
        yield Page(paths.ENTITIES, "entities.md.j2",
                   {"by_kind": [(kind, members, members[:TOP_ENTITIES], unpaged) for kind, members, unpaged in kinds]})
        for kind, members, unpaged in kinds:
            if not members:
                continue  # a kind whose names are each in one article only: the index says so, no list is empty
            yield from paged(entity_kind_page(kind), "entity_kind.md.j2", members, {"kind": kind}, _id,
                             totals={"unpaged": unpaged})
    for entity in sorted(entities, key=lambda e: e.id)[share[0]::share[1]]:
        groups = catalog.groups_by_speaker.get(entity.id, [])
        yield Page(
            entity_page(entity.id),
            "entity.md.j2",
            # The entity, its quote groups and the articles naming or quoting it: what the names it goes by, the
            # sentences naming it and its quotes are laid out from (``derive``, when the page is rendered).
            {"entity": entity, "quote_groups": groups,
             "articles": [catalog.articles[article] for article in sorted(
                 {m.article for m in entity.mentions} | {q.article for group in groups for q in group.quotes})],
             # The other entities by name only: what the page shows of them, so that its fingerprint (see
             # ``write_pages``) does not change with everything they are mentioned in.
             "related": [(Named(other.id, other.name), count) for other, count in catalog.related(entity)],
             "quote_count": catalog.quote_count(entity),
             "roles": catalog.roles(entity)},
            # Search labels a quoted person's page as a speaker's, and the offline copy's search keeps it.
            kind="speaker" if groups else "entity",
            derive=lambda entity=entity: {"aliases": catalog.aliases(entity),
                                          "mentioned_in": catalog.mentioned_in(entity),
                                          "groups": catalog.speaker_groups(entity)},
        )


def claim_pages(catalog: Catalog, share: Share = (0, 1)) -> Iterator[Page]:
    """The claims with a page, the share's, and (the first share's) their list and the coverage table."""
    claims = catalog.claims_by_reach()
    if not share[0]:
        context = {"unknown_outlet": UNKNOWN_OUTLET}
        # Each status, what it means, how many claims of the dossier have it (as dossier.json counts them) and how
        # many of those the list shows: a claim of one source or of one article has no page.
        every = Counter(claim.status for claim in catalog.dossier.claims)
        listed = Counter(claim.status for claim in claims)
        statuses = [(name, meaning, every[name], listed[name]) for name, meaning in CLAIM_STATUS.items()]
        # The table is where other pages link a status (a claim of one source that several articles tell, too); with
        # no such claim (a single article) it would only count what no page shows.
        explained = bool(claims) or any(len(claim.articles) > 1 for claim in catalog.dossier.claims)
        yield from paged(paths.CLAIMS, "claims.md.j2", [(c, c.outlets) for c in claims], context, _id,
                         totals={"statuses": statuses if explained else []})
        outlets, rows = catalog.coverage()
        for page in paged(paths.COVERAGE, "coverage.md.j2", rows, {}, _id):
            # Each page of the table has a column for the outlets carrying its rows only.
            carrying = {outlet for _, carried in page.context["rows"] for outlet in carried}
            page.context["outlets"] = [outlet for outlet in outlets if outlet in carrying]
            yield page
    for claim in claims[share[0]::share[1]]:
        yield Page(
            claim_page(claim.id),
            "claim.md.j2",
            {"claim": claim, "outlets": claim.outlets,
             "stances": catalog.statements_by_stance(claim), "structured_data": catalog.structured_data(claim),
             "figures": catalog.figures(claim), "figures_disagree": figure_disagreement(claim),
             "contradicting": catalog.contradicting(claim), "counts_apart": catalog.counts_apart_of(claim),
             "counts_undated": catalog.counts_undated(claim)},
            kind="claim",
        )


def index_pages(catalog: Catalog, story: Story, sources: dict) -> Iterator[Page]:
    articles = newest_first(catalog.dossier.articles)
    outlet_counts = catalog.outlet_counts()
    counts = {"articles": len(articles), "speakers": len(catalog.speakers()), "quotes": len(catalog.dossier.quotes),
              "entities": len(catalog.dossier.entities), "claims": len(catalog.paged_claims),
              "outlets": sum(1 for row in outlet_counts if row.name),
              "unknown": sum(row.articles for row in outlet_counts if not row.name)}
    yield Page(
        paths.HOME,
        "home.md.j2",
        # The curator's intro is Markdown they wrote for this story: shown as written.
        {"story": story, "intro": Markdown(story.intro), "counts": counts, "main_claims": catalog.main_claims(),
         "contested": catalog.contested(), "ages_apart": catalog.ages_apart(), "stages_apart": catalog.stages_apart(),
         "counts_apart": catalog.counts_apart, "voices": catalog.key_voices(),
         "outlets": outlet_counts,
         "latest": catalog.latest()},
        curated=bool(story.intro),
    )
    yield Page("timeline.md", "timeline.md.j2", {"days": catalog.timeline(), "runs": catalog.figure_runs()})
    for page in paged(paths.ARTICLES, "articles.md.j2", articles, {}, _id):
        page.context["months"] = by_month(page.context["rows"])
        yield page
    outlets = catalog.outlets()
    outlet_sources = sources.get("outlets", {})
    slugs = {outlet: slugify(outlet, "outlet") for outlet, _ in outlets}
    yield Page(paths.OUTLETS, "outlets.md.j2", {"outlets": outlets, "sources": outlet_sources, "slugs": slugs})
    for outlet, members in outlets:
        context = {"outlet": outlet, "source": outlet_sources.get(outlet, {})}
        for page in paged(outlet_page(slugs[outlet]), "outlet.md.j2", members, context, _id):
            page.context["months"] = by_month(page.context["rows"])
            yield page


def pages(dossier: Dossier, story: Story, sources: dict, share: Share = (0, 1)) -> Iterator[Page]:
    """Every generated page of the site; with a ``share`` (index, count), the pages of that share only: every
    count-th article, entity and claim page from the index-th, and (in the first share) the lists."""
    catalog = Catalog(dossier)
    if not share[0]:
        yield from index_pages(catalog, story, sources)
    for generator in (article_pages, speaker_pages, entity_pages, claim_pages):
        yield from generator(catalog, share)


def search_label(page: Page) -> str:
    """What a search result says the page is: its kind, and an article's outlet (the copies of one agency story
    share a title: "Article (Daily A)", "Article (Daily B)"; "Article (unknown outlet)", as the lists name it)."""
    if page.kind != "article":
        return SEARCH_KINDS[page.kind]
    return f"{SEARCH_KINDS[page.kind]} ({page.context['article'].outlet or UNKNOWN_OUTLET.lower()})"


def search_words(page: Page, title: str) -> str:
    """What search finds a page by (``search.py`` says why): an article by its text, the other pages by
    their title and, for a person or body, its names, roles and description. An article's highlights are its own words,
    which its text may not repeat. Its outlet, byline, credits and editors' notes come after its text: Pagefind's
    excerpt is the first stretch of these words holding the words searched for (the title's, when the title holds
    them), which is to show the story, not "Reporting by …". A claim counting the killed or injured is also found by
    what a reader calls that count ("death toll": ``COUNT_SEARCH_WORDS``), which its title seldom writes."""
    words = [title]
    claim = page.context.get("claim")
    if page.kind == "claim" and isinstance(claim, Claim):
        counted = {figure.counted for statement in claim.statements for figure in statement.figures}
        words += [COUNT_SEARCH_WORDS[event] for event in sorted(counted & COUNT_SEARCH_WORDS.keys())]
    if page.kind == "article":
        article = page.context["article"]
        words += [*article.paragraphs, *article.highlights, *article.captions, article.outlet or "",
                  article.author or "", *article.credits, *(note.text for note in article.notes)]
    entity = page.context.get("entity")
    if isinstance(entity, Entity):
        # A name or role only if it adds a word to the title and no longer one holds it: the result's excerpt reads
        # "Sergey Lavrov Sergei Lavrov Russian Foreign Minister", not "… Lavrov … Foreign Minister Russian …".
        titled = set(title.lower().split())
        names = list(dict.fromkeys(n for n in [*entity.aliases, *entity.roles] if set(n.lower().split()) - titled))
        words += [n for n in names
                  if not any(n.lower() != other.lower() and n.lower() in other.lower() for other in names)]
        words.append(entity.description or "")
    return "\n".join(word for word in words if word)


# The dossier's objects that many pages show (an article on every page naming it): fingerprinted once each,
# and a page's fingerprint then holds theirs, rather than all their data again.
SHARED = (Article, Entity, Claim, QuoteGroup)


class Unfingerprinted(Exception):
    """A page shows something that cannot be fingerprinted: it is always rendered."""


def _shared(digest: bytes) -> bytes:
    """What a shared object stands for in a page's fingerprint: its own (``_Fingerprinter``)."""
    return digest


class _Fingerprinter(pickle.Pickler):
    """Pickles a page's data, each shared object (``SHARED``) as the fingerprint of its own data."""

    def __init__(self, file: io.BytesIO, known: dict[int, tuple[object, bytes]], top: object) -> None:
        super().__init__(file, protocol=5)
        self.known, self.top = known, top
        # No memo: an object met twice is written twice, so the bytes depend on the data only, not on which
        # of its parts happen to be one object (which differs between data extracted anew and read from the cache).
        self.fast = True

    def reducer_override(self, obj: object) -> object:
        # Called for objects of other types than str, int, list, dict and the like (pickle skips the call for
        # those): a tenth of the calls ``persistent_id`` had, which was called for every object.
        if isinstance(obj, Catalog):
            raise Unfingerprinted("the whole catalog")
        if obj is self.top or not isinstance(obj, SHARED):
            return NotImplemented
        found = self.known.get(id(obj))
        if found is None:
            # Kept with the object, so that its id is not given to another object while the build runs.
            found = self.known[id(obj)] = (obj, fingerprint(obj, self.known))
        return _shared, (found[1],)


def fingerprint(data: object, known: dict[int, tuple[object, bytes]]) -> bytes:
    """A digest of everything ``data`` holds and refers to (``known``: the shared objects' digests so far)."""
    buffer = io.BytesIO()
    _Fingerprinter(buffer, known, data).dump(data)
    return hashlib.sha256(buffer.getvalue()).digest()


@dataclass
class Rendered:
    """What the last build wrote for one page: the fingerprint of its data, its title, its file's size and age."""

    fingerprint: str
    title: str
    size: int
    mtime_ns: int


def write_pages(
    all_pages: Iterator[Page], env: jinja2.Environment, docs: Path, last: dict[str, Rendered] | None = None
) -> tuple[dict[str, bool], list[SearchRecord], dict[str, Rendered]]:
    """Render and write the pages under ``docs``.

    ``last``: what the last build into ``docs`` wrote, with the same templates and code. A page whose data has
    the fingerprint it had then, and whose file is still the one written then, is not rendered again: the
    same templates over the same data write the same bytes.
    Returns each page's path with whether its file changed, the search records of the pages search finds,
    and what this build wrote (the next one's ``last``).
    """
    written = {}
    records = []
    rendered: dict[str, Rendered] = {}
    known: dict[int, tuple[object, bytes]] = {}
    last = last or {}
    for page in all_pages:
        target = docs / page.path
        try:
            digest = fingerprint((page.path, page.template, page.kind, page.context), known).hex()
        except (Unfingerprinted, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            digest = ""
        before = last.get(page.path)
        stat = target.stat() if before and digest == before.fingerprint and target.is_file() else None
        if stat and before and (stat.st_size, stat.st_mtime_ns) == (before.size, before.mtime_ns):
            written[page.path] = False
            title = before.title
        else:
            root = "../" * page.path.count("/")
            # JSON is YAML: the front matter MkDocs reads, written without YAML's slower dumper.
            front_matter = json.dumps(page.front_matter(), sort_keys=True)
            body = env.get_template(page.template).render(root=root, **page.laid_out())
            marked = body if page.curated else f"{GENERATED}\n{body}"
            written[page.path] = write_if_changed(target, f"---\n{front_matter}\n---\n\n{marked}".encode())
            title = heading(body)
            stat = target.stat()
        if digest:
            rendered[page.path] = Rendered(digest, title, stat.st_size, stat.st_mtime_ns)
        if page.kind in SEARCH_KINDS:
            records.append(SearchRecord("/" + paths.url(page.path), title, search_label(page),
                                        search_words(page, title)))
    return written, records, rendered
