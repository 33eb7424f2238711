"""The pipeline: every stage, in order, registered in one place.

Map, then reduce. The per-article stages (mentions, quotes, statements) read
one article each: they run in a ``concurrent.futures.Executor`` (a process
pool by default, or any executor with ``submit``, such as Dask's), and their
results are kept in the per-article cache. The stages that compare articles
(resolving entities, grouping quotes and claims) then run once over all of them.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path

from . import claims, entities, forked, outlets, quotes, reader
from .cache import ArticleCache, ReadCache, article_key
from .structure import Article, ArticleWords, Claim, Dossier, Entity, Mention, Quote, Skipped, Statement, Vocabulary
from .words import counted

# Mentions, quotes, statements, the sentences that copies of one story share (``outlets.copy_sentences``), and the
# words entity resolution reads across the dossier (``entities.article_words``)
Extraction = tuple[list[Mention], list[Quote], list[Statement], set[str], ArticleWords]
BATCH = 16  # articles per task: enough work per task that sending it costs little
# From this many statements on, claims are grouped in a forked process while this one resolves entities and
# groups quotes (``forked.aside``): below, forking costs more than it saves. So grouping there cannot know the
# speakers the quotes stage finds; with one core it runs here first, knowing no more, so that every machine builds the
# same site.
ASIDE_STATEMENTS = 4000
# Claims as plain data (``claim_groups``): each claim's fields, its statements by position, and each
# statement's claim and stance.
ClaimGroups = tuple[list[tuple[dict, list[int]]], list[tuple[str | None, str]]]


def extract(article: Article) -> Extraction:
    """The per-article stages: mentions, quotes and statements found in one article, its sentences that a copy of it
    would share, and the words entity resolution reads across the dossier."""
    mentions = entities.find_mentions(article)
    found = quotes.find_quotes(article, mentions)
    return (mentions, found, claims.find_statements(article, found, mentions),
            outlets.copy_sentences(article.paragraphs), entities.article_words(article.paragraphs))


def extract_batch(articles: list[Article]) -> list[Extraction | str]:
    """Each article's extraction, or why it failed: an article the stages cannot read (a fault of ours its text brings
    out) is left out of the dossier with a message naming its file, and the build goes on with the others."""
    extracted: list[Extraction | str] = []
    for article in articles:
        try:
            extracted.append(extract(article))
        except Exception as error:  # one article's fault must not stop the build of the others
            extracted.append(f"its quotes and claims could not be read ({type(error).__name__}: {error})")
    claims.forget_texts()  # the next batch's sentences are others
    return extracted


@contextmanager
def lasting() -> Iterator[None]:
    """Make objects that last the whole build (the cached extraction, the dossier) without the garbage collector;
    also the pages' data, made in a step that leaves no garbage cycles to speak of.

    Python's collector walks every object it tracks, again and again as objects are made: over the 2,000
    articles' results that was half the time of reading them from the cache and a sixth of the linking.
    These objects hold no garbage cycles to find: the collector pauses while they are made, then leaves
    them out of its walks (``gc.freeze``). Objects freed later are still freed, by their reference counts.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def extract_all(
    articles: list[Article], executor: Executor | None, store: ArticleCache | None, log: Callable[[str], None]
) -> list[Extraction | str]:
    """Each article's extraction, in order, or why it failed (``extract_batch``): from the cache when it holds the
    article, else computed.

    The articles the cache lacks are sent to ``executor`` first, and the others read from the cache while it works:
    on a rebuild after one new article, the pool's process loads the word lists and models and extracts it while
    this one reads the other articles' results (each took about a second at 2,000 articles).
    """
    keys = [article_key(article) for article in articles] if store else []
    missing = [i for i in range(len(articles)) if not store or not store.holds(keys[i])]
    log(f"extracting {counted(len(missing), 'article')} ({len(articles) - len(missing)} from the cache)")
    running = _extracting(articles, missing, executor)
    results: list[Extraction | str | None] = [None] * len(articles)
    if store:
        lacking = set(missing)
        with lasting():
            for i, key in enumerate(keys):
                if i not in lacking:
                    results[i] = store.get(articles[i], key)
        # Results kept by another version of a class cannot be loaded: those articles are extracted after the others.
        unreadable = [i for i, result in enumerate(results) if result is None and i not in lacking]
        running = itertools.chain(running, _extracting(articles, unreadable, executor))
    last_report = time.monotonic()
    for count, (batch, extracted) in enumerate(running, 1):
        for i, result in zip(batch, extracted, strict=True):
            if store and not isinstance(result, str):
                store.put(articles[i], result, keys[i])
            results[i] = result
        if time.monotonic() - last_report > 5:
            log(f"extracted {min(count * BATCH, len(missing))} of {len(missing)} articles")
            last_report = time.monotonic()
    gc.freeze()
    return [result for result in results if result is not None]


def _extracting(
    articles: list[Article], chosen: list[int], executor: Executor | None
) -> Iterator[tuple[list[int], list[Extraction | str]]]:
    """The ``chosen`` articles' extraction, batch by batch (their positions, their results): sent to ``executor``
    now, computed as the results are asked for (None: in this process)."""
    batches = [chosen[start:start + BATCH] for start in range(0, len(chosen), BATCH)]
    if executor is None:
        return ((batch, extract_batch([articles[i] for i in batch])) for batch in batches)
    futures = [executor.submit(extract_batch, [articles[i] for i in batch]) for batch in batches]
    return ((batch, future.result()) for batch, future in zip(batches, futures, strict=True))


def claim_groups(statements: list[Statement]) -> ClaimGroups:
    """``claims.group_claims`` as plain data that a forked process sends back: each claim's fields with its
    statements' positions in ``statements``, and what grouping sets on each statement (its claim and stance)."""
    found = claims.group_claims(statements)
    position = {id(statement): number for number, statement in enumerate(statements)}
    return ([({f.name: getattr(claim, f.name) for f in dataclasses.fields(Claim) if f.name != "statements"},
              [position[id(statement)] for statement in claim.statements]) for claim in found],
            [(statement.claim, statement.stance) for statement in statements])


def settle_claims(statements: list[Statement], groups: ClaimGroups) -> list[Claim]:
    """The claims ``claim_groups`` found, made of ``statements`` (this process's), which get their claim and
    stance."""
    found, settled = groups
    for statement, (claim, stance) in zip(statements, settled, strict=True):
        statement.claim, statement.stance = claim, stance
    return [Claim(**fields, statements=[statements[number] for number in members]) for fields, members in found]


def analyse(
    seeds: Path,
    content: Path | None,
    root: Path,
    sources: dict | None = None,
    log: Callable[[str], None] = print,
    executor: Executor | None = None,
    store: ArticleCache | None = None,
    seconds: dict[str, float] | None = None,
) -> Dossier:
    """Read every article in ``seeds`` and run the extraction stages over them (``read_and_extract``, then
    ``link``)."""
    seconds = {} if seconds is None else seconds
    return link(read_and_extract(seeds, root, sources, log, executor, store, seconds), content, log, seconds)


def read_articles(
    seeds: Path, root: Path, sources: dict | None, store: ArticleCache | None, keep_reading: bool = True
) -> tuple[list[Article], list[Skipped]]:
    """``reader.read_folder``, through the cache's record of what the last build read (``cache.ReadCache``), which
    is let go once read: the pool's processes, forked next, need not carry it. ``keep_reading``: the record is
    replaced by this reading (not by a tool that reads a build's seeds without its sources)."""
    reading = ReadCache(store) if store else None
    with lasting():
        found = reader.read_folder(seeds, root, sources=sources, read=reading.read if reading else None)
    if reading and keep_reading:
        reading.save()
    return found


FILES_SHOWN = 5  # files a note names, when it is about some articles


def _some_files(files: list[str]) -> str:
    """The first FILES_SHOWN of ``files``, then "…" for the rest."""
    return ", ".join(files[:FILES_SHOWN]) + (", …" if len(files) > FILES_SHOWN else "")


def unknown_outlets(articles: list[Article]) -> list[str]:
    """A note, when some articles' outlet is unknown, of which and how to name it: until then they count as one
    outlet, so claims they state are "single source" however many websites they came from."""
    unknown = [a.source_file for a in articles if not a.outlet]
    if not unknown:
        return []
    return [f"{len(unknown)} of {len(articles)} articles have no known outlet ({_some_files(unknown)}): they count as "
            f"one outlet until sources.yml in the story's content folder names theirs"]


def undated_articles(articles: list[Article]) -> list[str]:
    """A note, when some articles have no date, of which and how to date them: the timeline cannot place them. It
    ends with the one place to date them all, sources.yml, and a line to paste there for the first file."""
    undated = [a.source_file for a in articles if not a.published]
    if not undated:
        return []
    return [f"{len(undated)} of {len(articles)} articles have no date ({_some_files(undated)}): the timeline cannot "
            f"place them; a dateline, a 'Published …' line or a published: line in .md front matter dates one",
            f"  or date them in one place: under dates: in the story's content/sources.yml, a line per file "
            f"(\"{Path(undated[0]).name}\": YYYY-MM-DD) or per file-name glob (\"storm-*.txt\": YYYY-MM-DD)"]


def unrelated_articles(dossier: Dossier) -> list[Article]:
    """The articles that share no name with any other article of the dossier: a page saved by mistake (a site's
    index, a promotion) or another story, whose statements would join this one's claims."""
    if len(dossier.articles) < 3:
        return []
    named: dict[str, set[str]] = {article.id: set() for article in dossier.articles}
    for mention in dossier.mentions:
        if mention.entity:
            named[mention.article].add(mention.entity)
    articles_naming = Counter(entity for entities in named.values() for entity in entities)
    return [article for article in dossier.articles
            if all(articles_naming[entity] == 1 for entity in named[article.id])]


def unrelated_note(unrelated: list[Article], total: int) -> list[str]:
    """A note naming the ``unrelated_articles``, asking whether they are about this story."""
    if not unrelated:
        return []
    return [f"note: {len(unrelated)} of {total} articles name no one and nothing another article "
            f"names ({_some_files([a.source_file for a in unrelated])}): are they about this story? (move one out of "
            f"the seeds folder to leave it out)"]


def read_and_extract(
    seeds: Path,
    root: Path,
    sources: dict | None = None,
    log: Callable[[str], None] = print,
    executor: Executor | None = None,
    store: ArticleCache | None = None,
    seconds: dict[str, float] | None = None,
    keep_reading: bool = True,
) -> Dossier:
    """Read every article in ``seeds`` and run the per-article stages over them: the dossier's articles, mentions,
    quotes and statements.

    ``executor`` runs the per-article stages (None: in this process); ``store``
    keeps their results between builds (None: no cache); ``seconds`` receives the time of each step;
    ``keep_reading``: see ``read_articles``.
    """
    seconds = {} if seconds is None else seconds
    started = time.perf_counter()
    dossier = Dossier()
    dossier.articles, dossier.skipped = read_articles(seeds, root, sources, store, keep_reading)
    log(f"read {counted(len(dossier.articles), 'article')}")
    for skipped in dossier.skipped:
        log(f"skipped {skipped.path}: {skipped.reason}")
    for line in unknown_outlets(dossier.articles) + undated_articles(dossier.articles):
        log(line)
    seconds["reading"] = time.perf_counter() - started
    started = time.perf_counter()
    results = extract_all(dossier.articles, executor, store, log)
    failed = [(article, reason) for article, reason in zip(dossier.articles, results, strict=True)
              if isinstance(reason, str)]
    for article, reason in failed:
        dossier.skipped.append(Skipped(article.source_file, reason))
        log(f"skipped {article.source_file}: {reason}")
    extracted = [result for result in results if not isinstance(result, str)]
    dossier.articles = [article for article, result in zip(dossier.articles, results, strict=True)
                        if not isinstance(result, str)]
    dossier.mentions = [m for mentions, *_ in extracted for m in mentions]
    dossier.quotes = [q for _, found, *_ in extracted for q in found]
    dossier.statements = [s for _, _, statements, *_ in extracted for s in statements]
    dossier.copy_sentences = {article.id: sentences
                              for article, (*_, sentences, _) in zip(dossier.articles, extracted, strict=True)}
    dossier.vocabulary = Vocabulary.of(words for *_, words in extracted)
    dossier.lower_phrases = {article.id: words.lower_phrases
                             for article, (*_, words) in zip(dossier.articles, extracted, strict=True)}
    dossier.sport_reports = {article.id: words.sport
                             for article, (*_, words) in zip(dossier.articles, extracted, strict=True)}
    seconds["extraction"] = time.perf_counter() - started
    return dossier


def mark_copies(dossier: Dossier) -> None:
    """Articles that run one story's text (``outlets.copies``) are its copies: each names the group's first article
    (``copy_of``), and takes the news agency one or more of them credit, if only one is; their statements likewise."""
    by_id = {article.id: article for article in dossier.articles}
    for group in outlets.copies(dossier.copy_sentences):
        agencies = {by_id[member].wire for member in group} - {None}
        for member in group:
            by_id[member].copy_of = group[0]
            if len(agencies) == 1:
                by_id[member].wire = next(iter(agencies))
    for statement in dossier.statements:
        article = by_id[statement.article]
        statement.wire, statement.copy_of = article.wire, article.copy_of


def link(
    dossier: Dossier, content: Path | None, log: Callable[[str], None] = print, seconds: dict[str, float] | None = None
) -> Dossier:
    """The stages that compare articles: resolve entities, group quotes and claims (``content``: the curation).

    They make the entities, quote groups and claims, which last until the pages are written, and leave no garbage
    cycles (none over the 2,000 BBC articles): the collector's walks were a tenth of their time (``lasting``)."""
    seconds = {} if seconds is None else seconds
    started = time.perf_counter()
    with lasting():
        _link(dossier, content, log)
    seconds["linking articles"] = time.perf_counter() - started
    return dossier


def _link(dossier: Dossier, content: Path | None, log: Callable[[str], None]) -> None:
    mark_copies(dossier)
    # Grouping claims reads the statements only as extracted (not their sources, which entities settle below):
    # on a large dossier it runs beside the entities and quotes.
    grouping = None
    if len(dossier.statements) >= ASIDE_STATEMENTS:
        statements = dossier.statements
        grouping = forked.aside(lambda: claim_groups(statements))
        log("grouping claims")
        for statement in statements:
            # What grouping compares statements by: the forked copy has it; here, resolving entities reuses its
            # memory.
            statement.comparison = None
    curation = entities.load_curation(content / "entities.yml") if content else entities.Curation()
    for message in entities.resolve_entities(dossier, curation):
        log(message)
    log(f"{len(dossier.entities)} entities; grouping quotes")
    corrections_file = content / "quotes.yml" if content else None
    corrections = quotes.load_corrections(corrections_file) if corrections_file else []
    for message in quotes.apply_corrections(dossier.quotes, corrections):
        log(message)

    @functools.cache
    def entity_named(name: str, article: str) -> str | None:
        """``entities.entity_for_name``, asked once per name and article: a speaker is named in most of their quotes."""
        return entities.entity_for_name(dossier, name, article)

    by_id = {entity.id: entity for entity in dossier.entities}
    named = {id(quote): by_id.get(entity_named(quote.speaker_name, quote.article) or "")
             for quote in dossier.quotes if quote.speaker_name}
    entities.unplace_speakers(dossier, {entity.id for entity in named.values() if entity})
    speaks: dict[str, bool] = {}  # each entity's ``quotes.can_be_speaker``, asked once: most speakers have many quotes
    paragraphs = {article.id: article.paragraphs for article in dossier.articles}
    genders: dict[str, str | None] = {}  # each person's ``quotes.person_gender``, asked once likewise

    def gender_of(entity: Entity) -> str | None:
        if entity.id not in genders:
            genders[entity.id] = quotes.person_gender(entity, paragraphs)
        return genders[entity.id]

    for quote in dossier.quotes:
        if quote.speaker_name:
            entity = named[id(quote)]
            if entity and entity.id not in speaks:
                speaks[entity.id] = quotes.can_be_speaker(entity)
            quote.speaker = entity.id if entity and speaks[entity.id] else None
            if entity and quotes.contradicts_pronoun(quote, gender_of(entity)):
                # "she" read as a man: unknown, unless the same quote in another report names its speaker
                quote.speaker = quote.speaker_name = quote.speaker_role = quote.attribution = None
                quote.confidence = 0.0
    dossier.quote_groups = quotes.group_quotes(dossier.quotes)
    quotes.settle_group_speakers(dossier.quote_groups, {e.id: e.name for e in dossier.entities},
                                 frozenset(e.id for e in dossier.entities if e.kind == "person"),
                                 {article.id: article.outlet for article in dossier.articles})
    for line in quotes.review_list(dossier.quotes, dossier.quote_groups, corrections_file):
        log(line)
    unrelated = unrelated_articles(dossier)
    dossier.unrelated = {article.id for article in unrelated}
    for line in unrelated_note(unrelated, len(dossier.articles)):
        log(line)
    log(f"{len(dossier.quotes)} quotes in {len(dossier.quote_groups)} groups; grouping claims")
    claims.link_sources(dossier.statements, dossier.mentions, entity_named, by_id, gender_of)
    names = {e.id: e.name for e in dossier.entities}
    speakers = claims.quoted_speakers(dossier.statements, dossier.quotes, paragraphs, names)
    if grouping:
        dossier.claims = settle_claims(dossier.statements, grouping())
    else:
        # Grouping keeps two speakers' quoted words apart, the speakers the quote groups found too.
        dossier.claims = claims.group_claims(dossier.statements, [quote and quote.speaker for quote in speakers])
    # After grouping: these speakers come from the quote groups, which grouping run aside (``claim_groups``) never sees,
    # and a title gives the words as the article does, its speaker unnamed where it names none.
    claims.cite_quote_speakers(dossier.statements, speakers, names)
    claims_by_id = {claim.id: claim for claim in dossier.claims}
    for claim in dossier.claims:
        claim.disputed_by_source = (claims.disputed_between_sources(claim)
                                    or claims.contradicted_between_sources(claim, claims_by_id))
        if claim.disputed_by_source:
            claim.summary = claims.speaker_titled(claim)
    for statement in dossier.statements:
        statement.comparison = None  # only grouping compares statements: the pages can have its memory
