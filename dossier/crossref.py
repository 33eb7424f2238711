"""Cross-referencing stage: connect articles, entities, quotes and claims.

The extraction stages each produce flat lists. This module indexes them once
and builds the views the page templates show: a paragraph cut into linked
spans, a speaker's quote groups with each outlet's wording, an entity's
mentions per article, a claim's statements per stance. Links are paths
relative to the site root (``entities/mark-rutte.md#...``); templates prefix
them with the way back to the root.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from . import paths
from .claims import claim_figures
from .paths import entity_page, paragraph_link, speaker_page
from .quotes import wording_diff
from .structure import STANCES, Article, Claim, Dossier, Entity, Figure, Mention, Quote, QuoteGroup, Statement

UNATTRIBUTED_PAGE = paths.UNATTRIBUTED
UNKNOWN_OUTLET = "Unknown outlet"  # one column and one group for every article whose outlet is unknown


def group_anchor(group_id: str) -> str:
    return f"quote-{group_id}"


@dataclass
class Span:
    """A piece of paragraph text, linked when ``href`` is set."""

    text: str
    href: str | None = None
    kind: str | None = None  # "entity", "quote" or "speaker"


@dataclass
class ParagraphView:
    index: int
    anchor: str
    spans: list[Span]
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Variant:
    """One outlet's wording of a quote group."""

    quote: Quote
    article: Article
    href: str
    diff: list[tuple[str, str]]  # ("same" | "added" | "removed", words) against the group text


@dataclass
class GroupView:
    group: QuoteGroup
    anchor: str
    variants: list[Variant]

    @property
    def outlets(self) -> list[str]:
        return sorted({v.article.outlet_label for v in self.variants})


@dataclass
class MentionedIn:
    article: Article
    paragraphs: list[tuple[int, str]]  # (number shown to readers, link)


@dataclass
class StatementView:
    statement: Statement
    article: Article
    href: str
    source: Entity | None


def paged_entities(dossier: Dossier) -> set[str]:
    """The entities with a page of their own (``paths.entity_has_page``)."""
    cited = {g.speaker for g in dossier.quote_groups} | {q.speaker for q in dossier.quotes}
    cited |= {s.source for s in dossier.statements}
    return {e.id for e in dossier.entities if paths.entity_has_page(e, e.id in cited)}


class Catalog:
    """Every lookup the pages need, built once per build."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.articles = {a.id: a for a in dossier.articles}
        self.entities = {e.id: e for e in dossier.entities}
        self.groups = {g.id: g for g in dossier.quote_groups}
        self.quotes_by_article: dict[str, list[Quote]] = defaultdict(list)
        for quote in dossier.quotes:
            self.quotes_by_article[quote.article].append(quote)
        self.groups_by_speaker: dict[str, list[QuoteGroup]] = defaultdict(list)
        for group in dossier.quote_groups:
            if group.speaker in self.entities:
                self.groups_by_speaker[group.speaker].append(group)
        self.mentions_by_article: dict[str, list[Mention]] = defaultdict(list)
        for mention in dossier.mentions:
            self.mentions_by_article[mention.article].append(mention)
        self.paged_entities = paged_entities(dossier)
        self.claims_by_paragraph: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        self.paged_claims = [c for c in dossier.claims if paths.claim_has_page(c)]
        for claim in self.paged_claims:
            for statement in claim.statements:
                key = (statement.article, statement.paragraph)
                if claim not in self.claims_by_paragraph[key]:
                    self.claims_by_paragraph[key].append(claim)

    def outlet(self, article_id: str) -> str:
        return self.articles[article_id].outlet_label

    def outlet_labels(self) -> list[str]:
        """Every source as claim pages and the coverage table name it."""
        return sorted({article.outlet_label for article in self.dossier.articles})

    # Article pages

    def paragraphs(self, article: Article) -> list[ParagraphView]:
        """The article's paragraphs cut into spans: quotes, speakers and first mentions linked."""
        links: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for quote in self.quotes_by_article[article.id]:
            if quote.group:
                for index, start, end in quote_ranges(article, quote):
                    links[index].append((start, end, self.group_link(quote.group), "quote"))
        linked_entities: set[str] = set()
        for mention in sorted(self.mentions_by_article.get(article.id, []), key=lambda m: (m.paragraph, m.start)):
            if mention.entity in self.paged_entities and mention.entity not in linked_entities:
                # Link an entity's first mention in the article, not every repetition.
                if not overlaps(links[mention.paragraph], mention.start, mention.end):
                    links[mention.paragraph].append((mention.start, mention.end, entity_page(mention.entity), "entity"))
                    linked_entities.add(mention.entity)
        return [
            ParagraphView(
                index=index,
                anchor=Article.anchor(index),
                spans=cut(text, links[index]),
                claims=self.claims_by_paragraph.get((article.id, index), []),
            )
            for index, text in enumerate(article.paragraphs)
        ]

    # Speaker pages

    def group_link(self, group_id: str) -> str:
        """Where a quote group is shown: its speaker's page, or its page of the list of unattributed quotes."""
        speaker = self.groups[group_id].speaker
        page = speaker_page(speaker) if speaker in self.entities else self.unattributed_pages[group_id]
        return f"{page}#{group_anchor(group_id)}"

    @cached_property
    def unattributed(self) -> list[GroupView]:
        """Quote groups without a known speaker, in the order their list shows them."""
        return self.group_views([g for g in self.dossier.quote_groups if g.speaker not in self.entities])

    @cached_property
    def unattributed_pages(self) -> dict[str, str]:
        """The page of the (paged) list of unattributed quotes that shows each of its groups."""
        return {
            view.group.id: paths.numbered(UNATTRIBUTED_PAGE, index // paths.PAGE_ROWS + 1)
            for index, view in enumerate(self.unattributed)
        }

    def speakers(self) -> list[tuple[Entity, int]]:
        """Speakers with the number of quotes they are credited with, most quoted first."""
        speakers = [self.entities[speaker] for speaker in self.groups_by_speaker]
        return sorted(((s, self.quote_count(s)) for s in speakers), key=lambda pair: (-pair[1], pair[0].name))

    def speaker_groups(self, entity: Entity) -> list[GroupView]:
        return self.group_views(self.groups_by_speaker.get(entity.id, []))

    def group_views(self, groups: list[QuoteGroup]) -> list[GroupView]:
        views = []
        for group in groups:
            variants = [
                Variant(
                    quote=quote,
                    article=self.articles[quote.article],
                    href=paragraph_link(self.articles[quote.article], quote.paragraph),
                    diff=excerpt_diff(group.text, quote.text),
                )
                for quote in sorted(group.quotes, key=lambda q: q.id)
            ]
            views.append(GroupView(group=group, anchor=group_anchor(group.id), variants=variants))
        return sorted(views, key=lambda v: (-len(v.variants), v.group.id))

    def speaker_roles(self, entity: Entity) -> list[tuple[str, list[str]]]:
        """Each role or title articles gave the speaker, with the outlets that gave it."""
        roles: dict[str, set[str]] = defaultdict(set)
        for quote in self.dossier.quotes:
            if quote.speaker == entity.id and quote.speaker_role:
                roles[quote.speaker_role].add(self.outlet(quote.article))
        for role in entity.roles:
            roles.setdefault(role, set())
        return [(role, sorted(outlets)) for role, outlets in sorted(roles.items())]

    # Entity pages

    def aliases(self, entity: Entity) -> list[tuple[str, list[str]]]:
        """Each surface form of the entity with the outlets that used it."""
        forms: dict[str, set[str]] = defaultdict(set)
        for mention in entity.mentions:
            forms[mention.text].add(self.outlet(mention.article))
        return [(form, sorted(outlets)) for form, outlets in sorted(forms.items())]

    def mentioned_in(self, entity: Entity) -> list[MentionedIn]:
        paragraphs: dict[str, set[int]] = defaultdict(set)
        for mention in entity.mentions:
            paragraphs[mention.article].add(mention.paragraph)
        return [
            MentionedIn(
                article=self.articles[article_id],
                paragraphs=[(p + 1, paragraph_link(self.articles[article_id], p)) for p in sorted(found)],
            )
            for article_id, found in sorted(paragraphs.items())
        ]

    def related(self, entity: Entity, limit: int = 10) -> list[tuple[Entity, int]]:
        """The entities most often mentioned in the same articles."""
        articles = {m.article for m in entity.mentions}
        together: Counter[str] = Counter()
        for article_id in articles:
            together.update({m.entity for m in self.mentions_by_article.get(article_id, []) if m.entity})
        together.pop(entity.id, None)
        ranked = sorted(together.items(), key=lambda pair: (-pair[1], pair[0]))
        ranked = [(e, n) for e, n in ranked if e in self.paged_entities][:limit]
        return [(self.entities[e], n) for e, n in ranked]

    def quote_count(self, entity: Entity) -> int:
        return sum(len(g.quotes) for g in self.groups_by_speaker.get(entity.id, []))

    # Claim pages

    def claim_outlets(self, claim: Claim) -> list[str]:
        return sorted({self.outlet(s.article) for s in claim.statements})

    def claims_by_reach(self) -> list[Claim]:
        return sorted(self.paged_claims, key=lambda c: (-len(self.claim_outlets(c)), c.summary, c.id))

    def statement_view(self, statement: Statement) -> StatementView:
        article = self.articles[statement.article]
        return StatementView(
            statement=statement,
            article=article,
            href=paragraph_link(article, statement.paragraph),
            source=self.entities.get(statement.source or ""),
        )

    def statements_by_stance(self, claim: Claim) -> list[tuple[str, list[StatementView]]]:
        by_stance: dict[str, list[StatementView]] = defaultdict(list)
        for statement in claim.statements:
            by_stance[statement.stance].append(self.statement_view(statement))
        return [(stance, by_stance[stance]) for stance in STANCES if by_stance.get(stance)]

    def figures(self, claim: Claim) -> list[tuple[Figure, StatementView, bool]]:
        """Every figure given for the claim, with the statement that gave it and whether another contradicts it."""
        return [
            (figure, self.statement_view(statement), conflicting)
            for figure, statement, conflicting in claim_figures(claim)
        ]

    def structured_data(self, claim: Claim) -> dict:
        """schema.org Claim data, the ``itemReviewed`` of a ClaimReview, for the claim page."""
        return {
            "@context": "https://schema.org",
            "@type": "Claim",
            "text": claim.summary,
            "appearance": [self._appearance(self.articles[s.article]) for s in claim.statements],
        }

    @staticmethod
    def _appearance(article: Article) -> dict:
        appearance = {
            "@type": "NewsArticle",
            "headline": article.title,
            "publisher": {"@type": "Organization", "name": article.outlet_label},
            "datePublished": article.published,
            "url": article.source_url,
        }
        return {key: value for key, value in appearance.items() if value is not None}

    def outlets(self) -> list[tuple[str, list[Article]]]:
        """Each outlet with its articles, newest first; the outlets with most articles first."""
        by_outlet: dict[str, list[Article]] = defaultdict(list)
        for article in self.dossier.articles:
            by_outlet[article.outlet or UNKNOWN_OUTLET].append(article)
        return sorted(
            ((outlet, newest_first(articles)) for outlet, articles in by_outlet.items()),
            key=lambda pair: (-len(pair[1]), pair[0]),
        )

    def coverage(self) -> tuple[list[str], list[tuple[Claim, set[str]]]]:
        """The coverage table: claims stated by several outlets, most widely first, and the outlets carrying them.

        Articles of unknown outlet count as one outlet, so the table grows with
        the outlets and the shared claims, never with the articles.
        """
        carried = {
            claim.id: {self.articles[s.article].outlet or UNKNOWN_OUTLET for s in claim.statements}
            for claim in self.paged_claims
        }
        rows = [(claim, carried[claim.id]) for claim in self.claims_by_reach() if len(carried[claim.id]) > 1]
        columns: Counter[str] = Counter(outlet for _, outlets in rows for outlet in outlets)
        return sorted(columns, key=lambda outlet: (-columns[outlet], outlet)), rows


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first, then the undated ones, each by title."""
    undated = sorted((a for a in articles if not a.published), key=lambda a: (a.title.lower(), a.id))
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.title.lower(), a.id))
    return sorted(dated, key=lambda a: a.published, reverse=True) + undated


def excerpt_diff(full: str, excerpt: str) -> list[tuple[str, str]]:
    """How an outlet's wording differs from the group's fullest wording.

    An outlet that quotes only part of the passage is not "missing" the rest:
    words cut at either end show as a single "cut" mark, not as deletions.
    """
    ops = wording_diff(full, excerpt)
    start, end = 0, len(ops)
    while start < end and ops[start][0] == "removed":
        start += 1
    while end > start and ops[end - 1][0] == "removed":
        end -= 1
    return [("cut", "")] * (start > 0) + ops[start:end] + [("cut", "")] * (end < len(ops))


def quote_ranges(article: Article, quote: Quote) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of the quoted words; a quote over several paragraphs links in the first."""
    text = article.paragraphs[quote.paragraph]
    if 0 <= quote.start < quote.end <= len(text):
        return [(quote.paragraph, quote.start, quote.end)]
    return []


def overlaps(ranges: list[tuple[int, int, str, str]], start: int, end: int) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _, _ in ranges)


def cut(text: str, links: list[tuple[int, int, str, str]]) -> list[Span]:
    """Split text into plain and linked spans; overlapping links after the first are dropped."""
    spans: list[Span] = []
    position = 0
    for start, end, href, kind in sorted(links):
        if start < position:
            continue
        if start > position:
            spans.append(Span(text[position:start]))
        spans.append(Span(text[start:end], href, kind))
        position = end
    if position < len(text):
        spans.append(Span(text[position:]))
    return spans
