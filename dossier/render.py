"""Rendering stage: one generator per page kind, Jinja2 templates write the Markdown.

Article text comes from the web, so every value a template prints is escaped
for Markdown unless it is a ``Markdown`` value this module made itself (links
built from slugs). A ``<script>`` or ``[link](x)`` in an article is shown as
text, never interpreted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2

from .claims import figure_disagreement
from .crossref import (
    UNATTRIBUTED_PAGE,
    Catalog,
    article_page,
    claim_page,
    entity_kind_page,
    entity_page,
    speaker_page,
)
from .structure import ENTITY_KINDS, Dossier

KIND_NAMES = {"person": "People", "organization": "Organisations", "place": "Places", "other": "Other names"}


class Markdown(str):
    """Text that is already Markdown and must not be escaped again."""


# The characters Python-Markdown (with the tables extension) lets a backslash escape.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> Markdown:
    """Make untrusted text show literally in a Markdown page: no markup, HTML or links."""
    text = re.sub(r"\s+", " ", str(text))
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return Markdown("".join(_HTML_SPECIAL.get(char, char) for char in text))


def json_script(data: object) -> Markdown:
    """JSON for a ``<script>`` element: no ``</script>`` or ``<!--`` can close or break it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
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
        kind_names=KIND_NAMES,
    )
    return env


@dataclass
class Page:
    """A Markdown page to write: its path in the docs tree, its template and what it shows."""

    path: str
    template: str
    context: dict = field(default_factory=dict)


def article_pages(catalog: Catalog) -> Iterator[Page]:
    for article in catalog.dossier.articles:
        yield Page(
            article_page(article),
            "article.md.j2",
            {"article": article, "paragraphs": catalog.paragraphs(article),
             "quotes": catalog.quotes_by_article.get(article.id, []), "group_link": catalog.group_link},
        )


def speaker_pages(catalog: Catalog) -> Iterator[Page]:
    speakers = catalog.speakers()
    unattributed = catalog.unattributed_groups()
    yield Page("speakers/index.md", "speakers.md.j2", {"speakers": speakers, "unattributed": len(unattributed)})
    yield Page(UNATTRIBUTED_PAGE, "unattributed.md.j2", {"groups": unattributed})
    for entity, count in speakers:
        yield Page(
            speaker_page(entity.id),
            "speaker.md.j2",
            {"entity": entity, "count": count, "roles": catalog.speaker_roles(entity),
             "groups": catalog.speaker_groups(entity)},
        )


TOP_ENTITIES = 15  # how many of each kind the entities index shows before "all …"


def entity_pages(catalog: Catalog) -> Iterator[Page]:
    entities = sorted(catalog.dossier.entities, key=lambda e: (e.name.lower(), e.id))
    by_kind = [(kind, [e for e in entities if e.kind == kind]) for kind in ENTITY_KINDS]
    by_kind = [(kind, members) for kind, members in by_kind if members]
    most_mentioned = [
        (kind, members, sorted(members, key=lambda e: (-len(e.mentions), e.name.lower()))[:TOP_ENTITIES])
        for kind, members in by_kind
    ]
    yield Page("entities/index.md", "entities.md.j2", {"by_kind": most_mentioned})
    for kind, members in by_kind:
        yield Page(entity_kind_page(kind), "entity_kind.md.j2", {"kind": kind, "entities": members})
    for entity in entities:
        yield Page(
            entity_page(entity.id),
            "entity.md.j2",
            {"entity": entity, "aliases": catalog.aliases(entity), "mentioned_in": catalog.mentioned_in(entity),
             "related": catalog.related(entity), "quote_count": catalog.quote_count(entity),
             "groups": catalog.speaker_groups(entity)},
        )


def claim_pages(catalog: Catalog) -> Iterator[Page]:
    claims = catalog.claims_by_reach()
    yield Page("claims/index.md", "claims.md.j2", {"claims": [(c, catalog.claim_outlets(c)) for c in claims]})
    outlets = catalog.outlet_labels()
    yield Page(
        "claims/coverage.md",
        "coverage.md.j2",
        {"outlets": outlets, "rows": [(c, set(catalog.claim_outlets(c))) for c in claims]},
    )
    for claim in claims:
        yield Page(
            claim_page(claim.id),
            "claim.md.j2",
            {"claim": claim, "outlets": catalog.claim_outlets(claim),
             "stances": catalog.statements_by_stance(claim), "structured_data": catalog.structured_data(claim),
             "figures": catalog.figures(claim), "figures_disagree": figure_disagreement(claim)},
        )


def index_pages(catalog: Catalog, intro: str, sources: dict) -> Iterator[Page]:
    articles = sorted(catalog.dossier.articles, key=lambda a: (a.published or "", a.id), reverse=True)
    counts = {"articles": len(articles), "speakers": len(catalog.speakers()),
              "entities": len(catalog.dossier.entities), "claims": len(catalog.paged_claims),
              "outlets": len(catalog.outlets())}
    yield Page("index.md", "home.md.j2", {"intro": Markdown(intro), "articles": articles[:50], "counts": counts})
    yield Page("articles/index.md", "articles.md.j2", {"articles": articles})
    outlets = {"outlets": catalog.outlets(), "sources": sources.get("outlets", {})}
    yield Page("outlets/index.md", "outlets.md.j2", outlets)


def pages(dossier: Dossier, intro: str, sources: dict) -> Iterator[Page]:
    """Every generated page of the site."""
    catalog = Catalog(dossier)
    yield from index_pages(catalog, intro, sources)
    for generator in (article_pages, speaker_pages, entity_pages, claim_pages):
        yield from generator(catalog)


def write_pages(all_pages: Iterator[Page], env: jinja2.Environment, docs: Path) -> int:
    """Render and write the pages under ``docs``; returns how many were written."""
    written = 0
    for page in all_pages:
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        root = "../" * page.path.count("/")
        target.write_text(env.get_template(page.template).render(root=root, **page.context), encoding="utf-8")
        written += 1
    return written
