"""Cross-referencing stage: connect articles, entities, quotes and claims.

The extraction stages each produce flat lists. This module indexes them once
and builds the views the page templates show: a paragraph cut into linked
spans, a speaker's quote groups with each outlet's wording, an entity's
mentions per article, a claim's statements per stance. Links are paths
relative to the site root (``entities/mark-rutte.md#...``); templates prefix
them with the way back to the root.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from math import fsum

from . import paths
from .claims import word_terms
from .claims.apart import years_written
from .claims.figures import (
    ages_told_apart,
    claim_figures,
    counts_differing_undated,
    counts_told_apart,
    positions_told_apart,
)
from .claims.statements import ticker_tellings
from .dates import dates_in
from .entities.bodies import body_keys, owner_words
from .figures import STAGES_DONE, parse_figures
from .lang.en.speech import ROLE_ABBREVIATIONS, ROLE_SPELLINGS, SAME_ROLE
from .paths import claim_page, entity_page, paragraph_link, speaker_page
from .quotes.attribution import outlet_staff
from .quotes.groups import is_phrase, wording_diff, wordings
from .sentences import split_sentences
from .structure import (
    STANCES,
    UNKNOWN_OUTLET,
    Article,
    Claim,
    Dossier,
    Entity,
    Figure,
    Mention,
    Quote,
    QuoteGroup,
    Statement,
)

UNATTRIBUTED_PAGE = paths.UNATTRIBUTED


def group_anchor(group_id: str) -> str:
    return f"quote-{group_id}"


# Quotation marks around a quote's words in an article's text.
_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


@dataclass
class Span:
    """A piece of paragraph text, linked when ``href`` is set."""

    text: str
    href: str | None = None
    kind: str | None = None  # "entity", "quote", "quoted" (a quote's words after its first paragraph) or "speaker"


@dataclass
class OutletNames:
    """The outlets of some articles by name, and how many of those articles are of unknown outlet:
    counted, not named by their headlines (a headline is no outlet)."""

    named: list[str]
    unknown: int = 0
    # Other articles of the outlet whose page this is ("another article of The Sun"): never named as if another outlet.
    own_outlet: str | None = None
    same_outlet: int = 0


@dataclass
class ParagraphView:
    index: int
    anchor: str
    spans: list[Span]
    # Claims of this paragraph that other articles also make, with those articles' outlets: what the
    # paragraph's own words cannot tell the reader.
    also_reported: list[tuple[OutletNames, list[Claim]]] = field(default_factory=list)
    # The other articles of one source telling a claim of this paragraph that has no page (``paths.claim_has_page``).
    also_in: AlsoIn | None = None
    # Claims of this paragraph that this article alone tells and a source it cites disputes
    # (``Claim.disputed_by_source``): their page sets the two voices side by side.
    disputed_here: list[Claim] = field(default_factory=list)


ALSO_IN_LINKS = 3  # a paragraph links this many other articles of its source at most, then counts the rest


@dataclass
class AlsoIn:
    """Where else one source tells what a paragraph tells: the first articles, each with the link to its
    paragraph, and how many more there are."""

    links: list[tuple[Article, str]]
    more: int = 0


@dataclass
class Variant:
    """One outlet's wording of a quote group."""

    quote: Quote
    article: Article
    href: str
    diff: list[tuple[str, str]]  # ("same" | "added" | "removed", words) against the group text
    wording: str = ""  # the article's words of the quote, its pieces joined


@dataclass
class GroupView:
    group: QuoteGroup
    anchor: str
    variants: list[Variant]  # the articles carrying the quote, the one whose words the group shows first
    phrases: list[Variant] = field(default_factory=list)  # those quoting only a few words of it (``only_a_phrase``)

    @property
    def outlets(self) -> list[str]:
        return sorted({v.article.outlet_label for v in self.variants})


MENTION_SENTENCES = 3  # per article; further mentions are listed as paragraph links, so big stories stay small


@dataclass
class MentionedIn:
    article: Article
    paragraphs: list[tuple[list[Span], str]]  # (the sentence, its mention marked; link to the paragraph)
    more: list[tuple[int, str]] = field(default_factory=list)  # (paragraph number shown, link) of the rest


@dataclass
class AgesApart:
    """One person's age the outlets tell two ways (``claims.ages_told_apart``), as the front page shows it."""

    noun: str  # whose age: "boy"
    ages: list[tuple[str, list[StatementView]]]  # each age as a number ("4"), with the paragraphs telling it


@dataclass
class CountsApart:
    """A count of the story's people (the injured, the killed) the outlets tell two ways in different claims
    (``claims.counts_told_apart``), as the front page and those claims' pages show it; or in one claim, undated
    (``Catalog.counts_undated``)."""

    event: str  # what befell those counted: "injured"
    counts: list[tuple[str, list[StatementView]]]  # each count as written ("25", "at least 20"), with its paragraphs
    claims: set[str]  # the claims telling them (Claim.id)


@dataclass
class StagesApart:
    """One event of a contest the outlets tell at two stages or more (``claims.positions_told_apart``), as the front
    page shows it: "the lap of the second stoppage: 28 (Daily Mirror) · 29 (The Sun)"."""

    event: str  # what happened: "stoppage", "crash"
    time: str  # which time of it: "first", "second"
    person: Entity | None  # whom it befell (a crash), or None: the whole contest's (a stoppage)
    unit: str  # the stage: "lap"
    completed: bool  # the figures count the stages done ("after 20 of 71 laps"), not the one it happened in
    stages: list[tuple[str, list[StatementView]]]  # each stage as a number ("28"), with the paragraphs telling it


def _count_told(figure: Figure) -> str:
    """A count as a reader compares it with another: its qualifier and value ("at least 5", "7")."""
    return f"{figure.qualifier} {figure.value:g}" if figure.qualifier else f"{figure.value:g}"


@dataclass
class ClaimView:
    """A claim as the front page shows it: how far it was carried and where it stands."""

    claim: Claim
    href: str  # where to read it: its page, or the first paragraph telling it when it has none
    outlets: OutletNames
    articles: int  # how many articles carry it
    status: str  # Claim.status
    reasons: list[str] = field(default_factory=list)  # why a contested claim is: "disputed", "figures disagree"
    figures: list[tuple[Figure, str, bool]] = field(default_factory=list)  # (figure, outlet, conflicting)
    speaker: Speaking | None = None  # when its title is one speaker's words: whose, and who quotes them


@dataclass
class Speaking:
    """Whose words a claim's title is, the outlets quoting them, and those telling the claim in their own words: a
    line two outlets quote is the speaker's, not something those outlets assert."""

    name: str
    quoted_by: OutletNames
    relayed: bool  # some put it in reported speech ("Jo Roe said that …"), not in quotation marks
    own: OutletNames | None  # the outlets asserting it in their own words besides, if any


@dataclass
class Voice:
    """A key voice: a speaker, how often quoted, and the quote carried furthest."""

    entity: Entity
    count: int
    quote: GroupView
    outlets: OutletNames  # who carried that quote
    quoted_by: int  # outlets quoting the speaker (articles of unknown outlet counted as one, as everywhere)


@dataclass
class OutletCount:
    name: str | None  # None: articles whose outlet is unknown
    articles: int


@dataclass
class Event:
    """A claim that names the day something happened ("on June 18, 2024"), and who reported it."""

    statement: StatementView  # the first article's wording
    outlets: OutletNames
    href: str  # the claim's page, or the paragraph when only one article makes the claim


@dataclass
class Day:
    """One day on the timeline: what the claims say happened, the articles published, the figures given."""

    date: str | None  # ISO date; None for undated articles
    articles: list[Article] = field(default_factory=list)
    figures: list[tuple[Figure, StatementView]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class FigureRun:
    """A claim's figures in publication order: how a toll or a count moved over days."""

    claim: Claim
    steps: list[tuple[str, Figure, StatementView]]  # (date, figure, where)


# What each status of a claim means, in the order the claims list explains them: the one wording of README's table,
# the claims list's and the tooltips of a status on the other pages (no double quote: it would end a link's title).
CLAIM_STATUS = {
    "contested": "disputed by a statement, contradicted by another claim, or its figures disagree",
    "agreed": "asserted by two or more outlets, at least one in its own words, or two name different sources for it",
    "related reports": "asserted by two or more outlets in statements grouped as one, but no two of them tell one "
                       "fact by more than the story's own names and words: alike, not shown to agree",
    "quoted": "one speaker's line that the outlets only quote or relay (“Jo Roe said that …”)",
    "reported only": "asserted by one outlet at most, the others relaying it at one remove (“reportedly”, “according "
                     "to reports”, a source's account), or asserted by outlets that all run one text",
    "single source": "told by one source only (one outlet, or outlets running one agency's story or one text): it has "
                     "no page, and its paragraphs link each other (“Also in”)",
}


# The front page's lines of disputes that one article tells (one source denying another), after those of several.
ONE_REPORT_DISPUTES = 3


def contest_reasons(claim: Claim) -> list[str]:
    """What contests a claim: an outlet or source disputing it, figures that cannot all be true."""
    reasons = ["disputed"] * claim.disputed
    reasons += ["contradicted by another claim"] * bool(claim.contradicts)
    return reasons + ["figures disagree"] * claim.disagreement


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
        self.quotes_by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for quote in dossier.quotes:
            if quote.speaker:
                self.quotes_by_speaker[quote.speaker].append(quote)
        self.mentions_by_article: dict[str, list[Mention]] = defaultdict(list)
        for mention in dossier.mentions:
            self.mentions_by_article[mention.article].append(mention)
        # Each article's named entities, and each speaker's quote groups as pages show them: asked for by
        # several pages each (an entity page, its speaker page, the front page), computed once.
        self.entities_by_article = {
            article: {m.entity for m in mentions if m.entity} for article, mentions in self.mentions_by_article.items()
        }
        self._speaker_groups: dict[str, list[GroupView]] = {}
        self.paged_entities = paged_entities(dossier)
        self.claims_by_paragraph: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        # Claims with no page that several articles tell, by the paragraphs telling them: those link each other.
        self.unpaged_by_paragraph: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        self.paged_claims: list[Claim] = []
        for claim in dossier.claims:
            if paths.claim_has_page(claim):
                self.paged_claims.append(claim)
            elif len(claim.articles) > 1:
                for statement in claim.statements:
                    self.unpaged_by_paragraph[(statement.article, statement.paragraph)].append(claim)
        self.claims_by_id = {c.id: c for c in dossier.claims}
        # The articles stating each claim with a page: asked for each paragraph of each of them.
        self.claim_articles = {c.id: c.articles for c in self.paged_claims}
        for claim in self.paged_claims:
            for statement in claim.statements:
                key = (statement.article, statement.paragraph)
                if claim not in self.claims_by_paragraph[key]:
                    self.claims_by_paragraph[key].append(claim)

    def outlet(self, article_id: str) -> str:
        return self.articles[article_id].outlet_label

    # Article pages

    def paragraphs(self, article: Article) -> list[ParagraphView]:
        """The article's paragraphs cut into spans: quotes, speakers and first mentions linked."""
        links: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for quote in self.quotes_by_article[article.id]:
            if quote.group:
                for n, (index, start, end) in enumerate(quote_ranges(article, quote)):
                    text = article.paragraphs[index]
                    # The quotation marks go inside the highlight, so that its link follows the closing mark
                    # ('war,”❞ Rutte said', not 'war,❞” Rutte said').
                    if start > 0 and text[start - 1] in _OPENING_MARKS:
                        start -= 1
                    if end < len(text) and text[end] in _CLOSING_MARKS:
                        end += 1
                    # A quote over several paragraphs links in the first; its words in the others are marked.
                    links[index].append((start, end, self.group_link(quote.group), "quote" if not n else "quoted"))
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
                also_reported=self.also_reported(article, index),
                also_in=self.also_in(article, index),
                disputed_here=[claim for claim in self.claims_by_paragraph.get((article.id, index), [])
                               if self.claim_articles[claim.id] == {article.id}],
            )
            for index, text in enumerate(article.paragraphs)
        ]

    def also_reported(self, article: Article, paragraph: int) -> list[tuple[OutletNames, list[Claim]]]:
        """The paragraph's claims made by other articles too, by the other articles' outlets: two claims
        of one paragraph that the same outlets report are one "Also reported by" with a link to each."""
        rows: dict[tuple[tuple[str, ...], int], tuple[OutletNames, list[Claim]]] = {}
        for claim in self.claims_by_paragraph.get((article.id, paragraph), []):
            others = self.claim_articles[claim.id] - {article.id}
            own = {other for other in others if article.outlet and self.articles[other].outlet == article.outlet}
            if others:
                outlets = replace(self.named_outlets(others - own), own_outlet=article.outlet, same_outlet=len(own))
                rows.setdefault((tuple(outlets.named), outlets.unknown, len(own)), (outlets, []))[1].append(claim)
        return list(rows.values())

    def also_in(self, article: Article, paragraph: int) -> AlsoIn | None:
        """The other articles telling a claim of the paragraph that has no page (one source tells it), oldest first,
        each linked at its first paragraph telling one of them: up to ``ALSO_IN_LINKS``, the rest counted."""
        found: dict[str, int] = {}
        for claim in self.unpaged_by_paragraph.get((article.id, paragraph), []):
            for statement in claim.statements:
                if statement.article != article.id:
                    found[statement.article] = min(found.get(statement.article, statement.paragraph),
                                                   statement.paragraph)
        if not found:
            return None
        others = sorted((self.articles[a] for a in found), key=lambda a: (a.published is None, a.published or "", a.id))
        return AlsoIn([(other, paragraph_link(other, found[other.id])) for other in others[:ALSO_IN_LINKS]],
                      max(0, len(others) - ALSO_IN_LINKS))

    # Speaker pages

    def group_link(self, group_id: str) -> str:
        """Where a quote group is shown: its speaker's page, or its page of the list of unattributed quotes."""
        speaker = self.groups[group_id].speaker
        page = speaker_page(speaker) if speaker in self.entities else self.unattributed_pages[group_id]
        return f"{page}#{group_anchor(group_id)}"

    @cached_property
    def unattributed_groups(self) -> list[QuoteGroup]:
        """Quote groups without a known speaker, in the order their list shows them (``group_views``' order)."""
        return sorted((g for g in self.dossier.quote_groups if g.speaker not in self.entities),
                      key=lambda group: (-len(group.quotes), group.id))

    @cached_property
    def unattributed(self) -> list[GroupView]:
        """Views of the quote groups without a known speaker, as their list shows them."""
        return self.group_views(self.unattributed_groups)

    @cached_property
    def unattributed_pages(self) -> dict[str, str]:
        """The page of the (paged) list of unattributed quotes that shows each of its groups: from the groups, without
        working out every wording's differences as their views do (every article page with a quote asks)."""
        ids = [group.id for group in self.unattributed_groups]
        starts = paths.page_starts(ids)
        return {group: paths.numbered(UNATTRIBUTED_PAGE, bisect_right(starts, index))
                for index, group in enumerate(ids)}

    def speakers(self) -> list[tuple[Entity, int]]:
        """Speakers with the number of quotes they are credited with, most quoted first."""
        speakers = [self.entities[speaker] for speaker in self.groups_by_speaker]
        return sorted(((s, self.quote_count(s)) for s in speakers), key=lambda pair: (-pair[1], pair[0].name))

    def speaker_groups(self, entity: Entity) -> list[GroupView]:
        if entity.id not in self._speaker_groups:
            self._speaker_groups[entity.id] = self.group_views(self.groups_by_speaker.get(entity.id, []))
        return self._speaker_groups[entity.id]

    def group_views(self, groups: list[QuoteGroup]) -> list[GroupView]:
        """Each group as its page shows it: each article's wordings (``quotes.wordings``: the pieces of a passage it
        splits across its paragraphs joined), the group's own words first, credited to the article they are; those
        quoting only a phrase of it apart (``only_a_phrase``)."""
        views = []
        for group in groups:
            variants = [
                Variant(
                    quote=first,
                    article=self.articles[first.article],
                    href=paragraph_link(self.articles[first.article], first.paragraph),
                    diff=excerpt_diff(group.text, wording),
                    wording=wording,
                )
                for first, wording in wordings(group.quotes)
            ]
            # The article whose words the group shows first, then the same words, then the others, each by date.
            variants.sort(key=lambda v: (v.wording != group.text, any(op != "same" for op, _ in v.diff),
                                         v.article.published or "9999", v.quote.id))
            carrying = [v for v in variants if not only_a_phrase(v.wording, group.text)]
            views.append(GroupView(group=group, anchor=group_anchor(group.id), variants=carrying,
                                   phrases=[v for v in variants if v not in carrying]))
        return sorted(views, key=lambda v: (-len(v.variants) - len(v.phrases), v.group.id))

    def roles(self, entity: Entity) -> list[tuple[str, OutletNames]]:
        """Each role or title articles gave the entity, as written ("Indiana Gov."), with the outlets
        that gave it to a quote of theirs (those of unknown outlet counted, not named by their
        headlines: a headline is no outlet)."""
        roles: dict[str, set[str]] = defaultdict(set)
        for quote in self.quotes_by_speaker.get(entity.id, []):
            if quote.speaker_role:
                roles[role_label(quote.speaker_role)].add(quote.article)
        for role in entity.roles:
            roles.setdefault(role_label(role), set())
        # One role per meaning: "Sen." and "Senator" are one, written in full when an article did.
        by_meaning: dict[str, list[str]] = defaultdict(list)
        for role in roles:
            by_meaning[role_meaning(role)].append(role)
        merged = {min(labels, key=lambda r: (r.lower() != meaning, r)): set().union(*(roles[r] for r in labels))
                  for meaning, labels in by_meaning.items()}
        # A role named with its body or country ("NATO Secretary General") is the role named without ("Secretary
        # General"): one role, shown in full, where exactly one fuller role holds it.
        for role in sorted(merged, key=lambda r: (len(role_meaning(r).split()), r)):
            fuller = [other for other in merged if other != role and self._owned_role(other, role)]
            if len(fuller) == 1:
                merged[fuller[0]] |= merged.pop(role)
        return [(role, self.named_outlets(articles)) for role, articles in sorted(merged.items())]

    @cached_property
    def body_keys(self) -> frozenset[str]:
        """The names of the dossier's bodies, for ``owner_words``."""
        return body_keys(self.dossier.entities)

    def _owned_role(self, fuller: str, role: str) -> bool:
        """Whether ``fuller`` is ``role`` after words naming whose it is: a place, a people, initials or a body of
        the dossier ("NATO Secretary General", "Russian President"); not another rank ("Vice President") or
        time ("former President")."""
        meaning, held = role_meaning(fuller).split(), role_meaning(role).split()
        owner = len(meaning) - len(held)
        if owner < 1 or meaning[owner:] != held:
            return False
        words = fuller.split()[:owner]
        return role_meaning(" ".join(words)).split() == meaning[:owner] and owner_words(words, self.body_keys)

    # Entity pages

    def aliases(self, entity: Entity) -> list[tuple[str, list[str]]]:
        """Each surface form of the entity with the outlets that used it."""
        forms: dict[str, set[str]] = defaultdict(set)
        for mention in entity.mentions:
            forms[mention.text].add(self.outlet(mention.article))
        return [(form, sorted(outlets)) for form, outlets in sorted(forms.items())]

    def mentioned_in(self, entity: Entity) -> list[MentionedIn]:
        """Each article naming the entity, with the sentence of each paragraph that names it."""
        found: dict[str, dict[int, Mention]] = defaultdict(dict)
        for mention in sorted(entity.mentions, key=lambda m: (m.article, m.paragraph, m.start)):
            found[mention.article].setdefault(mention.paragraph, mention)
        views = []
        for article_id, by_paragraph in sorted(found.items()):
            article = self.articles[article_id]
            ordered = sorted(by_paragraph.items())
            views.append(MentionedIn(
                article=article,
                paragraphs=[(sentence_around(article.paragraphs[p], m.start, m.end), paragraph_link(article, p))
                            for p, m in ordered[:MENTION_SENTENCES]],
                more=[(p + 1, paragraph_link(article, p)) for p, _ in ordered[MENTION_SENTENCES:]],
            ))
        return views

    def related(self, entity: Entity, limit: int = 10) -> list[tuple[Entity, int]]:
        """The entities most often mentioned in the same articles."""
        articles = {m.article for m in entity.mentions}
        together: Counter[str] = Counter()
        for article_id in articles:
            together.update(self.entities_by_article.get(article_id, ()))
        together.pop(entity.id, None)
        paged = ((e, n) for e, n in together.items() if e in self.paged_entities)
        ranked = heapq.nsmallest(limit, paged, key=lambda pair: (-pair[1], pair[0]))
        return [(self.entities[e], n) for e, n in ranked]

    def quote_count(self, entity: Entity) -> int:
        """The speaker's quotes as their page lists them: one quote carried by several articles counts once."""
        return len(self.groups_by_speaker.get(entity.id, []))

    # Claim pages

    def claims_by_reach(self) -> list[Claim]:
        """The most important first: carried by the most outlets, then told most often,
        contested before uncontested among equals."""
        return list(self._claims_by_reach)

    @cached_property
    def _claims_by_reach(self) -> list[Claim]:
        return sorted(self.paged_claims, key=reach)

    def contradicting(self, claim: Claim) -> list[tuple[Claim, str]]:
        """The claims that contradict this one, each with where to read it: its page, or the
        paragraph of its one statement."""
        found = [self.claims_by_id[i] for i in claim.contradicts if i in self.claims_by_id]
        return [(other, self.claim_link(other)) for other in found]

    def claim_link(self, claim: Claim) -> str:
        """Where to read a claim: its page, or the paragraph of its first statement when it has none."""
        if claim.url:
            return claim_page(claim.id)
        return paragraph_link(self.articles[claim.statements[0].article], claim.statements[0].paragraph)

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
        """Every figure given for the claim, with the statement that gave it and whether
        another contradicts it; figures of one thing together, a running count in the order
        of its dates (the article's publication where the sentence gives none)."""
        rows = [(figure, self.statement_view(statement), conflicting)
                for figure, statement, conflicting in claim_figures(claim)]
        return sorted(rows, key=lambda row: (row[0].counted or "", row[1].article.published or "",
                                             row[1].article.id, row[1].statement.paragraph))

    def structured_data(self, claim: Claim) -> dict:
        """schema.org Claim data, the ``itemReviewed`` of a ClaimReview, for the claim page."""
        return {
            "@context": "https://schema.org",
            "@type": "Claim",
            "text": claim.summary,
            # Each article that makes the claim once, however many of its sentences state it.
            "appearance": [self._appearance(self.articles[article])
                           for article in dict.fromkeys(s.article for s in claim.statements)],
        }

    @staticmethod
    def _appearance(article: Article) -> dict:
        appearance = {
            "@type": "NewsArticle",
            "headline": article.title,
            # Only a known outlet is a publisher; the headline that labels an unknown one is not.
            "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
            "datePublished": article.published,
            "url": article.source_url,
        }
        return {key: value for key, value in appearance.items() if value is not None}

    # Front page and timeline

    def claim_view(self, claim: Claim) -> ClaimView:
        return ClaimView(
            claim=claim,
            href=self.claim_link(claim),
            outlets=self.named_outlets(claim.articles),
            articles=len(claim.articles),
            status=claim.status,
            reasons=contest_reasons(claim),
            figures=self.figures_by_outlet(claim),
            speaker=self.speaking(claim),
        )

    def speaking(self, claim: Claim) -> Speaking | None:
        """Whose words the claim's title is: its one speaker's when it is ``quoted``, or when its title is given as
        theirs ("Jo Roe: “I was stunned …”") though an outlet also tells it in its own words; None for a claim neither
        quoted nor agreed, or when the words quoted are of several speakers."""
        if claim.status not in ("quoted", "agreed"):
            return None  # a contested claim or one source's: that comes first
        quoting = claim.status == "quoted"
        said = [s for s in claim.statements if s.source_name and (s.quoted or quoting)]
        if len({s.source or s.source_name.casefold() for s in said}) != 1:
            return None
        first = said[0]
        if not quoting and not claim.summary.startswith(f"{first.source_name}: “"):
            return None
        own = {s.article for s in claim.asserting if s not in said and not s.source_name}
        return Speaking(name=self.entities[first.source].name if first.source in self.entities else first.source_name,
                        quoted_by=self.named_outlets({s.article for s in said}),
                        relayed=not all(s.quoted for s in said), own=self.named_outlets(own) if own else None)

    def figures_by_outlet(self, claim: Claim) -> list[tuple[Figure, str, bool]]:
        """Each figure given for the claim once per outlet, with whether another figure contradicts it."""
        rows: dict[tuple[str, str], tuple[Figure, str, bool]] = {}
        for figure, statement, conflicting in claim_figures(claim):
            outlet = self.articles[statement.article].outlet or "unknown outlet"
            seen = rows.get((figure.text, outlet))
            rows[(figure.text, outlet)] = (figure, outlet, conflicting or bool(seen and seen[2]))
        return list(rows.values())

    def main_claims(self, limit: int = 5) -> list[ClaimView]:
        """The views of ``story_claims``: working out every claim's view took a tenth of a rebuild's pages."""
        return [self.claim_view(claim) for claim in self.story_claims(limit)]

    def story_claims(self, limit: int = 5) -> list[Claim]:
        """The story in a few lines, of the claims told by two articles or more: claims of several sources before
        those of one (a claim one source told, however many outlets ran its text, never leads over one that several
        tell); among each, those telling what the headlines tell first (``headline_share``), what a reader of the
        headlines expects to read, unless they tell of a year before the story's (``tells_the_past``: background in
        the headlines' words, "when a 3-year-old boy fell into the gorilla den at Brookfield Zoo in 1996"); then the
        claims carried by most outlets, then (of those telling the headlines)
        telling the more of them, then told by most articles. What outlets tell first, lines they only quote a
        speaker saying after them (the key voices are where quotes lead). Claims of one source only count too (they
        have no page, and link their first paragraph): in a one-outlet archive, what it told most often is its story.
        Not related reports."""
        told: list[Claim] = []
        quoted: list[Claim] = []
        for claim in self._brief_order:
            if len(told) == limit:
                break
            (quoted if claim.status == "quoted" else told).append(claim)
        return (told + quoted)[:limit]

    @cached_property
    def _brief_order(self) -> list[Claim]:
        """``story_claims``' candidates in its order, worked out once (the front page and ``quoted_on_story`` ask)."""
        def rank(claim: Claim) -> tuple:
            share = self.headline_share(claim)
            headline = share >= HEADLINE_SHARE_MIN and not self.tells_the_past(claim)
            outlets, *rest = reach(claim)
            return len(claim.sources) < 2, not headline, outlets, -share if headline else 0.0, *rest

        return sorted(self._brief_candidates, key=rank)

    @cached_property
    def story_year(self) -> int | None:
        """The story's year: the latest its articles were published in, else the latest its statements write (an
        undated story tells its own year after its background's); None when none is known."""
        published = [int(article.published[:4]) for article in self.dossier.articles if article.published]
        if published:
            return max(published)
        return max((year for statement in self.dossier.statements for year in years_written(statement.text)),
                   default=None)

    def tells_the_past(self, claim: Claim) -> bool:
        """Does the claim's title tell of a year before the story's (``story_year``): background ("in 1996", "a 2014
        ban", "since 2010"), not the news?"""
        year = self.story_year
        return year is not None and any(written < year for written in years_written(claim.summary))

    @cached_property
    def _brief_candidates(self) -> list[Claim]:
        # Related reports are alike, not shown to tell one fact: no line of the story.
        return [claim for claim in self.dossier.claims
                if len(claim.articles) >= 2 and claim.status != "related reports"]

    @cached_property
    def _title_terms(self) -> dict[str, frozenset[str | float]]:
        """What the title of each of the brief's candidates tells (``title_terms``), by claim id."""
        return {claim.id: title_terms(claim) for claim in self._brief_candidates}

    @cached_property
    def headline_terms(self) -> dict[str | float, float]:
        """What the story's headlines tell: each content word (its stem, ``word_terms``) and figure (its value: "21
        girls" and "21 schoolgirls" are one figure) of the headlines of the story's articles → its weight, the share
        of those articles whose headline gives it, less the share of the brief's candidates whose title gives it. The
        names of the entities the story is about (``story_entities``) are left out, and the words most lines tell
        weigh little ("missile" in a missile story): every line of the story tells them, they single out none."""
        related = [article for article in self.dossier.articles if article.id not in self.dossier.unrelated]
        if not related:
            return {}
        names = {stem for entity in self.story_entities()
                 for name in (self.entities[entity].name, *self.entities[entity].aliases) for stem in word_terms(name)}
        headlines: Counter[str | float] = Counter()
        for article in related:
            headlines.update(word_terms(article.title) - names)
            headlines.update(figure_values(parse_figures(article.title)))
        lines = Counter(term for terms in self._title_terms.values() for term in terms)
        count = max(len(self._title_terms), 1)
        return {term: told / len(related) * (1 - lines[term] / count) for term, told in headlines.items()}

    def headline_share(self, claim: Claim) -> float:
        """How much of what the headlines tell the claim's title tells (the line a reader sees): the weights of the
        words and figures it shares with them (``headline_terms``); 0 when it shares one word and no figure with them
        ("the store"), which tells no fact of theirs."""
        weights = self.headline_terms
        terms = self._title_terms.get(claim.id) or title_terms(claim)
        shared = [term for term in terms if term in weights]
        if len(shared) < 2 and not any(isinstance(term, float) for term in shared):
            return 0.0
        return fsum(weights[term] for term in shared)

    def contested(self, limit: int = 8) -> list[ClaimView]:
        return [self.claim_view(claim) for claim in self.contested_claims(limit)]

    def contested_claims(self, limit: int = 8) -> list[Claim]:
        """Claims that are disputed or whose figures disagree, the most widely carried first; those of one article
        (one source there denying another, ``Claim.disputed_by_source``) after those of several, ONE_REPORT_DISPUTES
        at most: one outlet's report of a dispute weighs less than outlets that disagree."""
        contested = [claim for claim in self.claims_by_reach() if claim.status == "contested"]
        several = [claim for claim in contested if len(claim.articles) > 1]
        return (several + [claim for claim in contested if len(claim.articles) == 1][:ONE_REPORT_DISPUTES])[:limit]

    def ages_apart(self) -> list[AgesApart]:
        """The ages of one person the outlets tell apart, each age with the paragraphs that tell it: the sentences
        telling them sit in different claims, so no claim's figures show it."""
        found = []
        for rows in ages_told_apart(self.dossier.statements):
            ages: dict[str, list[StatementView]] = {}
            for figure, statement in rows:
                ages.setdefault(f"{figure.value:g}", []).append(self.statement_view(statement))
            found.append(AgesApart(noun=(rows[0][0].counted or "").rsplit(" (", 1)[0], ages=list(ages.items())))
        return found

    def stages_apart(self) -> list[StagesApart]:
        """The events of a contest the outlets tell at different stages (laps), each stage with the paragraphs telling
        it; whom an event befell is the one person its clause names."""
        people: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        for mention in self.dossier.mentions:
            entity = self.entities.get(mention.entity or "")
            if entity is not None and entity.kind == "person":
                people[(mention.article, mention.paragraph)].append((mention.text, entity.id))

        def named(statement: Statement) -> dict[str, str]:
            return {text: entity for text, entity in people[(statement.article, statement.paragraph)]
                    if text in statement.text}

        tellings = [*self.dossier.statements, *(line for article in self.dossier.articles
                                                 for line in ticker_tellings(article))]
        found = []
        for person, rows in positions_told_apart(tellings, named):
            stages: dict[str, list[StatementView]] = {}
            for figure, statement in rows:
                stages.setdefault(f"{figure.value:g}", []).append(self.statement_view(statement))
            first = rows[0][0]
            found.append(StagesApart(
                event=(first.counted or "").split(" (")[0], time=first.modifiers[0] if first.modifiers else "first",
                person=self.entities.get(person or ""), unit=first.unit or "", completed=(first.counted or "").endswith(
                    f"{STAGES_DONE})"), stages=list(stages.items())))
        return found

    @cached_property
    def counts_apart(self) -> list[CountsApart]:
        """The counts of the story's dead, injured or missing the outlets tell apart in different claims, each count
        with the paragraphs telling it: no claim's figures show it."""
        found = []
        for rows in counts_told_apart(self.dossier.statements):
            counts: dict[str, list[StatementView]] = {}
            for figure, statement in rows:
                counts.setdefault(_count_told(figure), []).append(self.statement_view(statement))
            found.append(CountsApart(event=rows[0][0].counted or "", counts=list(counts.items()),
                                     claims={statement.claim for _, statement in rows if statement.claim}))
        return found

    def counts_apart_of(self, claim: Claim) -> list[CountsApart]:
        """The counts told apart (``counts_apart``) that a statement of this claim tells."""
        return [told for told in self.counts_apart if claim.id in told.claims]

    def counts_undated(self, claim: Claim) -> list[CountsApart]:
        """The claim's counts of the dead, injured or missing its articles give with different values
        (``claims.counts_differing_undated``) where no article of theirs is dated: its figures cannot be listed in
        the order they were told, and the page says the counts differ, each with who gives it."""
        found = []
        for rows in counts_differing_undated(claim):
            views = [(figure, self.statement_view(statement)) for figure, statement in rows]
            if any(view.article.published for _, view in views):
                continue
            counts: dict[str, list[StatementView]] = {}
            for figure, view in views:
                counts.setdefault(_count_told(figure), []).append(view)
            found.append(CountsApart(event=rows[0][0].counted or "", counts=list(counts.items()), claims={claim.id}))
        return found

    def named_outlets(self, article_ids: set[str]) -> OutletNames:
        """The outlets of these articles by name, and how many of them are of unknown outlet."""
        articles = [self.articles[a] for a in article_ids]
        return OutletNames(named=sorted({a.outlet for a in articles if a.outlet}),
                           unknown=sum(1 for a in articles if not a.outlet))

    def key_voices(self, limit: int = 6) -> list[Voice]:
        """The speakers quoted by the most outlets, then most often (an interviewer quoted at length by
        one outlet is no key voice of the story), each with the quote most outlets carried; only speakers
        quoted in a sentence or more (a word in marks, "courageous", is how a writer put it, no voice), only
        speakers quoted on the story (``quoted_on_story``), and none of an article's outlet's own journalists
        (``quotes.outlet_staff``)."""
        def outlets_quoting(entity: Entity) -> int:
            return len({self.articles[q.article].outlet or UNKNOWN_OUTLET
                        for group in self.groups_by_speaker.get(entity.id, []) for q in group.quotes})

        on_story = self.quoted_on_story()
        # An outlet's host or reporter asks and tells: no voice of the story.
        staff = {name for article in self.dossier.articles for name in outlet_staff(article)}
        speakers = [(entity, count) for entity, count in self.speakers()
                    if on_story(entity) and entity.name not in staff]
        best = {e.id: max(self.speaker_groups(e), key=telling) for e, _ in speakers}
        ranked = sorted(((outlets_quoting(e), count, e) for e, count in speakers if telling(best[e.id])[0]),
                        key=lambda row: (-row[0], -row[1], row[2].name))
        return [
            Voice(entity=entity, count=count, quote=best[entity.id], quoted_by=quoted_by,
                  outlets=self.named_outlets({v.article.id for v in best[entity.id].variants}))
            for quoted_by, count, entity in ranked[:limit]
        ]

    def quoted_on_story(self) -> Callable[[Entity], bool]:
        """Is a speaker quoted on the story? Quoted in the story's articles (an article that names no one the others
        name, which the build asks about, may be another story: its speakers are no voices of this one), and, where
        the story has two articles or more: quoted in two of them, or one the story is about (``story_entities``),
        or quoted next to one (``_quote_neighbours``), or in a paragraph telling a claim the front page shows. One
        article's side paragraph, a round-up's lines on another event, is not enough."""
        unrelated = self.dossier.unrelated
        several = len(self.articles) - len(unrelated) >= 2
        central = self.story_entities()
        named: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for mention in self.dossier.mentions:
            named[(mention.article, mention.paragraph)].append(mention)
        shown = {(s.article, s.paragraph)
                 for claim in (*self.story_claims(), *self.contested_claims()) for s in claim.statements}

        def on_story(entity: Entity) -> bool:
            quotes = [q for group in self.groups_by_speaker.get(entity.id, []) for q in group.quotes
                      if q.article not in unrelated]
            if not several or len({q.article for q in quotes}) >= 2 or entity.id in central:
                return bool(quotes)
            spans = {(q.article, p) for q in quotes for p in q.paragraphs or [q.paragraph]}
            return bool(spans & shown) or any(
                (self._quote_neighbours(quote, named, entity.id) & central) - {entity.id} for quote in quotes)

        return on_story

    def _quote_neighbours(self, quote: Quote, named: dict[tuple[str, int], list[Mention]], speaker: str) -> set[str]:
        """The entities named next to a quote: in its paragraphs, and in the paragraph before, which often introduces
        the speaker, when one of them names the speaker; not when neither does ("she said" after a caption or a line on
        something else: her name, and what she speaks of, are further back)."""
        own = {m.entity for paragraph in quote.paragraphs or [quote.paragraph]
               for m in named[(quote.article, paragraph)] if m.entity}
        before = {m.entity for m in named[(quote.article, quote.paragraph - 1)] if m.entity}
        return own | before if speaker in own | before else own

    def story_entities(self) -> set[str]:
        """The entities named in half the story's articles or more (two at least): whom and what it is about."""
        related = [article for article in self.entities_by_article if article not in self.dossier.unrelated]
        counts = Counter(entity for article in related for entity in self.entities_by_article[article])
        least = max(STORY_ENTITY_MIN_ARTICLES, STORY_ENTITY_SHARE * (len(self.articles) - len(self.dossier.unrelated)))
        return {entity for entity, count in counts.items() if count >= least}

    def outlet_counts(self) -> list[OutletCount]:
        """Articles per named outlet, most first; unknown outlets counted together at the end, not as an outlet."""
        counts = Counter(article.outlet for article in self.dossier.articles)
        named = sorted(((n, c) for n, c in counts.items() if n), key=lambda pair: (-pair[1], pair[0]))
        rows = [OutletCount(name, count) for name, count in named]
        if counts.get(None):
            rows.append(OutletCount(None, counts[None]))
        return rows

    def latest(self, limit: int = 10) -> list[Article]:
        """The newest dated articles first, then the undated ones."""
        return newest_first(self.dossier.articles)[:limit]

    def timeline(self) -> list[Day]:
        """The story day by day, oldest first: events the claims date, articles published, figures given.

        Articles without a date come last, under a day of their own.
        """
        days: dict[str | None, Day] = {}
        for article in sorted(self.dossier.articles, key=lambda a: a.id):
            days.setdefault(article.published, Day(article.published)).articles.append(article)
        for statement in self.dossier.statements:
            article = self.articles[statement.article]
            for figure in statement.figures:
                if figure.unit and article.published:
                    days[article.published].figures.append((figure, self.statement_view(statement)))
        for day in days.values():
            day.figures.sort(key=lambda row: (row[1].article.id, row[1].statement.paragraph, row[0].text))
        for date, event in self.dated_events():
            days.setdefault(date, Day(date)).events.append(event)
        return sorted(days.values(), key=lambda day: (day.date is None, day.date or ""))

    def dated_events(self) -> list[tuple[str, Event]]:
        """Each (date, claim) pair where the claim's statements write a full date, once per claim."""
        told: dict[tuple[str, str], list[Statement]] = defaultdict(list)
        claims = {claim.id: claim for claim in self.dossier.claims}
        for claim in self.dossier.claims:
            for statement in claim.statements:
                for date in dates_in(statement.text):
                    told[(date, claim.id)].append(statement)
        events = []
        for (date, claim_id), statements in sorted(told.items()):
            first = min(statements, key=lambda s: (s.article, s.paragraph))
            view = self.statement_view(first)
            claim = claims[claim_id]
            events.append((date, Event(
                statement=view,
                outlets=self.named_outlets({s.article for s in statements}),
                href=claim_page(claim.id) if claim.url else view.href,
            )))
        return events

    def figure_runs(self) -> list[FigureRun]:
        """Claims whose figures differ from one day to another: the figures in date order. A claim with no page is
        one too: one outlet's count that moved over days is as much a run as several outlets'."""
        runs = []
        for claim in self.dossier.claims:
            if len(claim.articles) < 2:
                continue  # one article has one date
            steps = sorted(
                ((self.articles[s.article].published, figure, self.statement_view(s))
                 for s in claim.statements for figure in s.figures
                 if figure.unit and self.articles[s.article].published),
                key=lambda step: (step[0], step[1].value if step[1].value is not None else 0, step[2].article.id),
            )
            # A sequence only when the figure moved: the same figure repeated day after day is no change.
            if len({date for date, _, _ in steps}) >= 2 and len({figure.text for _, figure, _ in steps}) >= 2:
                runs.append(FigureRun(claim, steps))
        return sorted(runs, key=lambda run: reach(run.claim))

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
        carried = {claim.id: set(claim.outlets) for claim in self.paged_claims}
        rows = [(claim, carried[claim.id]) for claim in self.claims_by_reach() if len(carried[claim.id]) > 1]
        columns: Counter[str] = Counter(outlet for _, outlets in rows for outlet in outlets)
        return sorted(columns, key=lambda outlet: (-columns[outlet], outlet)), rows


def reach(claim: Claim) -> tuple:
    """How claims are ranked, the most important first: carried by the most outlets, then told most often,
    contested before uncontested among equals."""
    return -len(claim.outlets), -len(claim.statements), claim.status != "contested", claim.summary, claim.id


def figure_values(figures: list[Figure]) -> set[float]:
    """The values of the figures (vague ones, "several thousand", left out): what a headline and a claim share."""
    return {float(figure.value) for figure in figures if figure.value is not None}


def title_terms(claim: Claim) -> frozenset[str | float]:
    """What a claim's title tells, as a headline is read (``Catalog.headline_terms``): its words' stems and the values
    of its statements' figures written in it (read with their sentences, not again)."""
    figures = [figure for statement in claim.statements for figure in statement.figures if figure.text in claim.summary]
    return frozenset(word_terms(claim.summary) | figure_values(figures))


def role_label(role: str) -> str:
    """A role as articles write it: the names stage keeps its words without an abbreviation's full stop
    ("Indiana Gov"), which a reader expects ("Indiana Gov.")."""
    return " ".join(f"{word}." if f"{word.lower()}." in ROLE_ABBREVIATIONS else word for word in role.split())


# A role's way of writing a title (``ROLE_SPELLINGS``), the longest first, in a role in lower case.
_ROLE_SPELLING = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(ROLE_SPELLINGS, key=lambda s: (-len(s), s))))
                            + r")\b")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.){2,}")  # "u.s." of "U.S. President", which "US President" writes undotted


def role_meaning(role: str) -> str:
    """What a role says, its abbreviations read in full, initials with or without their full stops, a title however it
    is written and a holder's word whatever their gender: "Sen." and "Senator" say one thing, and so do "Acme CEO",
    "Acme's Chief Executive Officer" and "Acme Chief Executive", "U.S. President" and "US President", or "spokesman"
    and "spokeswoman"."""
    words = [ROLE_ABBREVIATIONS.get(word, word.replace(".", "") if _DOTTED_INITIALS.fullmatch(word) else word)
             for word in _POSSESSIVE_S.sub("", role.lower()).split()]
    return _ROLE_SPELLING.sub(lambda title: ROLE_SPELLINGS[title[0]], " ".join(SAME_ROLE.get(w, w) for w in words))


def newest_first(articles: list[Article]) -> list[Article]:
    """Dated articles newest first, then the undated ones, each by title."""
    undated = sorted((a for a in articles if not a.published), key=lambda a: (a.title.lower(), a.id))
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.title.lower(), a.id))
    return sorted(dated, key=lambda a: a.published, reverse=True) + undated


# An entity named in this share of the story's articles, and in this many at least, is one the story is about.
STORY_ENTITY_SHARE = 0.5
STORY_ENTITY_MIN_ARTICLES = 2
# A claim telling what the headlines tell shares with them words and figures weighing this much (``headline_terms``):
# as much as one word every headline gives and no other line tells, or two that half of them give.
HEADLINE_SHARE_MIN = 1.0


def telling(view: GroupView) -> tuple[bool, bool, int, int, str]:
    """How well a quote shows what its speaker said: a sentence rather than a phrase, then one that opens as a
    sentence does (not the end of a sentence the outlet wrote: "lead to a debate that will end this impasse."),
    then carried furthest."""
    text = view.group.text
    return (not is_phrase(text), text[:1].isupper(), len(view.variants), len(text.split()), view.group.id)


def only_a_phrase(wording: str, full: str) -> bool:
    """Does an article quote only a phrase of a longer quote, a few words that are no sentence of their own
    ("inappropriate content" of "We were alerted by Apple that inappropriate content was made available…")?"""
    return is_phrase(wording) and 2 * len(wording.split()) <= len(full.split())


def excerpt_diff(full: str, excerpt: str) -> list[tuple[str, str]]:
    """How an outlet's wording differs from the group's fullest wording.

    An outlet that quotes only part of the passage is not "missing" the rest:
    words cut at either end show as a single "cut" mark, not as deletions.
    """
    if full == excerpt:
        # Most quotes are their group's only wording: the same words throughout, without difflib's matching (at
        # 2,225 BBC articles, a quarter of a rebuild's pages stage went to diffing 9,878 quotes, nearly all alike).
        words = excerpt.split()
        return [("same", " ".join(words))] if words else []
    ops = wording_diff(full, excerpt)
    start, end = 0, len(ops)
    while start < end and ops[start][0] == "removed":
        start += 1
    while end > start and ops[end - 1][0] == "removed":
        end -= 1
    return [("cut", "")] * (start > 0) + ops[start:end] + [("cut", "")] * (end < len(ops))


def quote_ranges(article: Article, quote: Quote) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of the quoted words in each paragraph the quote spans, the first first; none when
    the quote's offsets do not fit the article (a hand-made or stale quote)."""
    ranges = quote.ranges()
    if not all(0 <= start < end <= len(article.paragraphs[index]) for index, start, end in ranges):
        return []
    return ranges


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


SENTENCE_CHARS = 300  # a longer sentence is cut around the mention
# A paragraph naming several entities is split once, not once per entity page.
_sentences = lru_cache(maxsize=1 << 14)(split_sentences)


def sentence_around(text: str, start: int, end: int) -> list[Span]:
    """The sentence of ``text`` holding ``text[start:end]``, cut into spans with that mention marked."""
    sentences = _sentences(text)
    begin = next((first for first, last in sentences if first <= start < last), 0)
    stop = next((last for first, last in sentences if first < end <= last), len(text))
    prefix, suffix = "", ""
    if end - begin > SENTENCE_CHARS:
        begin, prefix = max(begin, start - SENTENCE_CHARS // 2), "…"
    if stop - begin > SENTENCE_CHARS:
        stop, suffix = max(end, begin + SENTENCE_CHARS), "…"
    return [Span(prefix + text[begin:start]), Span(text[start:end], kind="mention"), Span(text[end:stop] + suffix)]
