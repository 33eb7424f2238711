"""Large dossiers: incremental rebuilds equal full ones, pages in proportion, lists in pages."""

from __future__ import annotations

import gzip
import json
import multiprocessing
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import PROJECT, corpus, patch_stage, run_build
from markdown import Markdown
from test_claims import statement as stated
from test_site import tree_digest

from dossier import claims, commands, forked, paths, pipeline, reader, render, search, site
from dossier.cache import ArticleCache, ReadCache, article_key
from dossier.claims import group_claims
from dossier.claims.terms import _content_stems, _phrasal_particles, _stem
from dossier.claims.titles import _TEXT_CUES
from dossier.crossref import Catalog
from dossier.search import SearchRecord
from dossier.site import SEARCH_INDEX_WARN_MB, check_offline_search
from dossier.story import Story
from dossier.structure import Article, Claim, Dossier, Entity, Mention, Note, Quote, QuoteGroup, Statement

SEED_FILES = sorted((PROJECT / "seeds").glob("*.txt"))


def build(seeds: Path, folder: Path, *extra: str) -> str:
    result = run_build(seeds, folder / "site", folder / "docs", *extra)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_pages_rendered_by_several_processes_make_the_same_site(tmp_path: Path, monkeypatch, capsys) -> None:
    # The seeds make too few pages to be worth splitting: lower the bar so that they are split.
    monkeypatch.setattr(site, "SHARED_RENDER_PAGES", 1)
    folders = {}
    for workers in (1, 3):
        folder = folders[workers] = tmp_path / f"workers-{workers}"
        summary = commands.build(PROJECT, PROJECT / "seeds", PROJECT / "content", folder / "site", folder / "docs",
                                 workers=workers)
        assert summary.pages > 3
    assert f"rendering {summary.pages} pages into {folders[3] / 'site'} in 3 processes" in capsys.readouterr().err
    assert tree_digest(folders[3] / "site") == tree_digest(folders[1] / "site")


def test_claims_and_pages_worked_out_in_forked_processes_make_the_same_site(tmp_path: Path, monkeypatch) -> None:
    # The seeds are too few to be worth forking for: lower the bars so that claims are grouped in a forked
    # process (their pairs scored in three shares) while entities are resolved, and pages are written in three
    # shares; the Markdown tree (dossier.json and its claims included) and the site are one process's.
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("processes cannot be forked here: the work is never shared")
    folders = {}
    for count in (1, 3):
        calls = []

        def aside(task, original=forked.aside, calls=calls):  # noqa: ANN001, ANN202
            calls.append("aside")
            return original(task)

        def in_shares(task, shares, original=forked.in_shares, calls=calls):  # noqa: ANN001, ANN202
            calls.append(shares)  # heard in this process only: not the claims' shares, in the forked one
            return original(task, shares)

        monkeypatch.setattr(forked, "aside", aside)
        monkeypatch.setattr(forked, "in_shares", in_shares)
        monkeypatch.setattr(forked, "cores", lambda count=count: count)
        monkeypatch.setattr(pipeline, "ASIDE_STATEMENTS", 1)
        patch_stage(monkeypatch, "claims", "_FORK_STATEMENTS", 1)
        monkeypatch.setattr(site, "FORKED_PAGES_ARTICLES", 1)
        folder = folders[count] = tmp_path / f"processes-{count}"
        commands.build(PROJECT, PROJECT / "seeds", PROJECT / "content", folder / "site", folder / "docs", workers=1)
        assert calls == (["aside", 1, 1] if count == 1 else ["aside", 3])  # one process grouped claims, or another did
    assert tree_digest(folders[3] / "docs") == tree_digest(folders[1] / "docs")
    assert tree_digest(folders[3] / "site") == tree_digest(folders[1] / "site")


def test_a_large_dossiers_claims_are_the_same_on_one_core_as_on_two(monkeypatch) -> None:
    # basil-dev 2019_86e6e27d: two speakers' quoted words, one speaker known only once the quotes stage has run, share
    # "impeach". A dossier large enough to group its claims beside the entities (lowered here to this story) groups
    # them before any speaker is known, on a machine of one core as on one of two: the site is the same on both.
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("processes cannot be forked here: claims are always grouped in this process")
    story = corpus("basil-dev") / "articles" / "2019_86e6e27d"
    monkeypatch.setattr(pipeline, "ASIDE_STATEMENTS", 1)
    found = {}
    for count in (1, 2):
        monkeypatch.setattr(forked, "cores", lambda count=count: count)
        dossier = pipeline.analyse(story, None, story.parent, log=lambda _: None)
        found[count] = [(claim.id, [(s.article, s.paragraph, s.stance) for s in claim.statements])
                        for claim in dossier.claims]
    assert found[1] == found[2]


def test_claims_grouped_in_a_forked_process_are_the_claims_grouped_here(monkeypatch) -> None:
    # What grouping sets (a statement's claim, a stance it turns into a dispute, claims contradicting each other)
    # comes back from the forked process onto this process's statements.
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("processes cannot be forked here: claims are always grouped in this process")

    def statements() -> list[Statement]:
        killed = "At least twelve people were killed in the attack on the Vell market on Sunday, officials said."
        shelled = "Ruritanian artillery shelled the Sylvanian town of Vell on Friday, firing forty shells."
        return [*(stated(x, killed) for x in "abc"),
                stated("d", "Our reporter at the Vell market said twelve people were not killed in the attack on "
                               "Sunday."),
                stated("e", "Ruritania had not shelled anywhere in Sylvanian territory, its defence ministry said."),
                *(stated(x, shelled) for x in "fg")]

    here, there = statements(), statements()
    expected = group_claims(here)
    assert here[3].stance == "disputes" and any(claim.contradicts for claim in expected)
    monkeypatch.setattr(forked, "cores", lambda: 2)
    found = pipeline.settle_claims(there, forked.aside(lambda: pipeline.claim_groups(there))())
    assert found == expected
    assert [(s.claim, s.stance) for s in there] == [(s.claim, s.stance) for s in here]


def test_an_incremental_rebuild_equals_a_full_one(tmp_path: Path) -> None:
    # A story with its own title: a title named from the headlines could change with the new article,
    # and then every page would rightly be rendered again.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "story.yml").write_text("title: Troops in Kursk\n", encoding="utf-8")
    for file in SEED_FILES[:-1]:
        shutil.copy(file, seeds)
    cache = str(tmp_path / "cache")
    build(seeds, tmp_path / "kept", "--cache", cache, "--workers", "2")

    # One article added: only it is extracted, only changed pages are rendered, and the site is a full build's.
    shutil.copy(SEED_FILES[-1], seeds)
    log = build(seeds, tmp_path / "kept", "--cache", cache, "--workers", "2")
    assert f"extracting 1 article ({len(SEED_FILES) - 1} from the cache)" in log
    assert "the others are unchanged" in log
    build(seeds, tmp_path / "fresh", "--no-cache", "--workers", "1")
    assert tree_digest(tmp_path / "kept" / "site") == tree_digest(tmp_path / "fresh" / "site")
    assert tree_digest(tmp_path / "kept" / "docs") == tree_digest(tmp_path / "fresh" / "docs")
    # The case that matters: the new article joins claims, entities and quote groups of the others, whose pages
    # changed with it.
    data = json.loads((tmp_path / "fresh" / "docs" / "dossier.json").read_text(encoding="utf-8"))
    added = next(a["id"] for a in data["articles"] if a["source_file"].endswith(SEED_FILES[-1].name))
    joined = {"claims": [{s["article"] for s in c["statements"]} for c in data["claims"]],
              "entities": [{m["article"] for m in e["mentions"]} for e in data["entities"]],
              "quote groups": [{q["article"] for q in data["quotes"] if q["group"] == group}
                               for group in {q["group"] for q in data["quotes"]}]}
    for kind, articles in joined.items():
        assert any(added in members and len(members) > 1 for members in articles), kind

    # Two removed and one edited: their pages go, the edited one is extracted again, still a full build's site.
    for file in sorted(seeds.iterdir())[:2]:
        file.unlink()
    edited = sorted(seeds.iterdir())[0]
    edited.write_text("Updated: " + edited.read_text(encoding="utf-8"), encoding="utf-8")
    log = build(seeds, tmp_path / "kept", "--cache", cache)
    assert f"extracting 1 article ({len(SEED_FILES) - 3} from the cache)" in log
    shutil.rmtree(tmp_path / "fresh")
    build(seeds, tmp_path / "fresh", "--no-cache")
    assert tree_digest(tmp_path / "kept" / "site") == tree_digest(tmp_path / "fresh" / "site")


def test_an_incremental_rebuild_of_lists_in_pages_equals_a_full_one(tmp_path: Path, monkeypatch) -> None:
    # The seeds' lists are short: pages of 1 to 4 rows split them (speakers, entities of a kind, claims), so that the
    # new article's rows join some pages and leave the others as they were.
    monkeypatch.setattr(paths, "PAGE_ROWS", 3)
    monkeypatch.setattr(paths, "PAGE_ROWS_LEAST", 1)
    monkeypatch.setattr(paths, "PAGE_ROWS_MOST", 4)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for file in SEED_FILES[:-1]:
        shutil.copy(file, seeds)
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    commands.build(PROJECT, seeds, None, kept / "site", kept / "docs", workers=1, cache=tmp_path / "cache")
    shutil.copy(SEED_FILES[-1], seeds)
    before = {path: path.stat().st_mtime_ns for path in (kept / "docs").rglob("*page_*.md")}
    commands.build(PROJECT, seeds, None, kept / "site", kept / "docs", workers=1, cache=tmp_path / "cache")
    commands.build(PROJECT, seeds, None, fresh / "site", fresh / "docs", workers=1)
    assert len(before) > 5
    kept_pages = [path for path, age in before.items() if path.is_file() and path.stat().st_mtime_ns == age]
    assert kept_pages  # pages of lists the new article left as they were
    assert tree_digest(kept / "docs") == tree_digest(fresh / "docs")
    assert tree_digest(kept / "site") == tree_digest(fresh / "site")


def test_a_page_is_rendered_again_when_its_data_or_its_file_changed(tmp_path: Path) -> None:
    # A rebuild skips rendering a page whose data has the fingerprint it had last time, and whose file is
    # the one written then; any change to what the page shows, or to the file, renders it again.
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.md.j2").write_text("# {{ article.title }}\n\n{{ article.paragraphs[0] }}\n")
    env = render.make_environment(tmp_path / "templates")
    docs = tmp_path / "docs"
    articles, _ = reader.read_folder(PROJECT / "seeds", PROJECT)
    first, second = articles[:2]

    def pages(a: Article, b: Article) -> list[render.Page]:
        return [render.Page("a.md", "page.md.j2", {"article": a}, kind="article"),
                render.Page("b.md", "page.md.j2", {"article": b}, kind="article")]

    written, records, last = render.write_pages(iter(pages(first, second)), env, docs)
    assert written == {"a.md": True, "b.md": True}
    assert [record.title for record in records] == [first.title, second.title]
    edited = replace(second, paragraphs=["A new first paragraph", *second.paragraphs[1:]])
    (docs / "a.md").write_text("edited by hand")
    written, records, now = render.write_pages(iter(pages(first, edited)), env, docs, last)
    assert written == {"a.md": True, "b.md": True}  # a: its file changed; b: its article did
    assert "A new first paragraph" in (docs / "b.md").read_text()
    assert (docs / "a.md").read_text().startswith("---")
    assert now["b.md"] != last["b.md"]
    written, records, again = render.write_pages(iter(pages(first, edited)), env, docs, now)
    assert written == {"a.md": False, "b.md": False}
    assert again == now  # nothing rendered: each page kept its fingerprint, file and title
    assert [record.title for record in records] == [first.title, edited.title]


def test_an_entity_page_is_laid_out_again_when_an_article_it_shows_changed(tmp_path: Path) -> None:
    # An entity page is fingerprinted by what it is made of (the entity, its quote groups, the articles naming
    # it), and its sentences, names and quotes are laid out only when it is rendered. An article retitled under
    # the same id, its mentions unchanged, must still show its new title on the pages of the entities it names.
    dossier = pipeline.analyse(PROJECT / "seeds", PROJECT / "content", PROJECT, log=lambda message: None)
    env = render.make_environment(PROJECT / "templates")
    docs = tmp_path / "docs"

    def build(last: dict[str, render.Rendered]) -> tuple[list[str], dict[str, render.Rendered]]:
        laid_out: list[str] = []
        pages = []
        for page in render.entity_pages(Catalog(dossier)):
            if page.derive:
                page.derive = lambda derive=page.derive, path=page.path: laid_out.append(path) or derive()
            pages.append(page)
        return laid_out, render.write_pages(iter(pages), env, docs, last)[2]

    laid_out, last = build({})
    entity_pages = [paths.entity_page(entity.id) for entity in dossier.entities if paths.entity_page(entity.id) in last]
    assert len(laid_out) == len(entity_pages) > 3
    assert build(last)[0] == []  # nothing changed: nothing laid out again
    position, article = next((i, a) for i, a in enumerate(dossier.articles)
                             if any(path == paths.entity_page(e.id) for path in entity_pages for e in dossier.entities
                                    if a.id in {m.article for m in e.mentions}))
    dossier.articles[position] = replace(article, title="A headline changed after the last build")
    naming = {paths.entity_page(e.id) for e in dossier.entities if article.id in {m.article for m in e.mentions}}
    laid_out, _ = build(last)
    assert set(laid_out) == naming & set(entity_pages)
    for path in laid_out:
        assert "A headline changed after the last build" in (docs / path).read_text(encoding="utf-8")


def test_statements_read_back_from_the_cache_group_into_the_same_claims(tmp_path: Path) -> None:
    # Each statement's comparison data is worked out with its article and cached with it: grouping the
    # statements of a rebuild (read back from the cache) must give the claims that working it out anew gives.
    articles, _ = reader.read_folder(PROJECT / "seeds", PROJECT)
    store = ArticleCache(tmp_path)
    cached, anew = [], []
    for article in articles:
        store.put(article, pipeline.extract(article))
        cached += store.get(article)[2]
        anew += [replace(statement, comparison=None) for statement in pipeline.extract(article)[2]]

    def claims(statements: list[Statement]) -> list[tuple]:
        return [(c.id, c.summary, c.status, c.contradicts, [(s.article, s.paragraph, s.stance) for s in c.statements])
                for c in group_claims(statements)]

    expected = claims(anew)
    assert any(len(statements) > 1 for *_, statements in expected)  # claims told by several statements
    assert all(statement.comparison is not None for statement in cached)
    assert claims(cached) == expected


def test_a_rebuild_groups_claims_without_reading_each_statement_s_text_again(monkeypatch) -> None:
    # What grouping's passes over every statement look for in its text alone (the cues of ``_TEXT_CUES``: "no
    # evidence", "whether", a denied link…) and what the vetoes of merged pairs read of it (``_told_ahead``) are found
    # with its article and cached with it: a rebuild's grouping searches only the texts that hold a cue and asks
    # ``_told_ahead`` of none, and makes the claims that working it all out anew makes.
    articles, _ = reader.read_folder(PROJECT / "seeds", PROJECT)
    extracted = [statement for article in articles for statement in pipeline.extract(article)[2]]

    def claims_of(statements: list[Statement]) -> list[tuple]:
        return [(c.id, c.summary, c.status, c.contradicts, [(s.article, s.paragraph, s.stance) for s in c.statements])
                for c in group_claims(statements)]

    expected = claims_of([replace(statement, comparison=None) for statement in extracted])
    assert any(len(statements) > 1 for *_, statements in expected)  # claims told by several statements
    searched: list[tuple[re.Pattern[str], str]] = []

    class Searched:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str) -> re.Match[str] | None:
            searched.append((self.pattern, text))
            return self.pattern.search(text)

    def asked_again(text: str) -> None:
        raise AssertionError(f"_told_ahead asked again of {text!r}")

    patch_stage(monkeypatch, "claims", "_TEXT_CUES", {name: Searched(cue) for name, cue in _TEXT_CUES.items()})
    patch_stage(monkeypatch, "claims", "_told_ahead", asked_again)
    assert claims_of(extracted) == expected
    assert all(cue.search(text) for cue, text in searched)


def test_entity_resolution_reads_which_articles_report_sport_from_their_extraction(monkeypatch) -> None:
    # Whether an article reports sport (``entities.kinds._reports_sport``) is found with its extraction and cached
    # with it: entity resolution reads it there rather than every article's text again, and resolves the entities
    # that reading the texts resolves.
    from dossier import entities
    from dossier.entities import cleanup

    def entities_of(dossier: Dossier) -> list[tuple]:
        entities.resolve_entities(dossier, entities.Curation())
        return [(e.id, e.kind, e.aliases, sorted((m.article, m.paragraph, m.start, m.end) for m in e.mentions))
                for e in dossier.entities]

    def extracted() -> Dossier:
        return pipeline.read_and_extract(PROJECT / "seeds", PROJECT, log=lambda _: None)

    anew = extracted()
    assert set(anew.sport_reports) == {article.id for article in anew.articles}
    anew.sport_reports = {}  # found when resolving
    expected = entities_of(anew)

    def read_again(paragraphs: list[str]) -> bool:
        raise AssertionError("an article's text read again for sport")

    monkeypatch.setattr(cleanup, "_reports_sport", read_again)
    assert entities_of(extracted()) == expected


def test_the_sentences_copies_share_are_kept_with_each_article_and_found_again_when_it_changes(tmp_path: Path) -> None:
    # Each article's sentences that a copy would share are found with its extraction and cached with it: a rebuild
    # after an article became a copy of another finds it a copy, as a build without the cache does.
    story = ["Vell council closed the harbour bridge on Monday for urgent repairs to its northern span.",
             "Engineers found cracks in two steel girders during a routine inspection last week.",
             "The ferry between Vell and Harnwick will run every twenty minutes until the bridge reopens."]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Bridge shut\n\n" + "\n\n".join(story) + "\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Fair opens\n\nThe spring fair of Harnwick opened on its green with forty stalls"
                                 " and a brass band from the next county.\n", encoding="utf-8")
    store = ArticleCache(tmp_path / "cache")

    def copied(cache: ArticleCache | None) -> dict[str, str | None]:
        dossier = pipeline.analyse(seeds, None, tmp_path, log=lambda _: None, store=cache)
        return {article.source_file: article.copy_of for article in dossier.articles}

    assert set(copied(store).values()) == {None}
    (seeds / "b.txt").write_text("Bridge closed\n\n" + "\n\n".join(story) + "\n\nDrivers face long queues.\n",
                                 encoding="utf-8")
    assert copied(store) == copied(None) == {"seeds/a.txt": "a", "seeds/b.txt": "a"}


def test_the_words_one_article_writes_in_lower_case_unplace_a_name_of_another_after_an_edit(tmp_path: Path) -> None:
    # The words of each article that entity resolution reads across the dossier are found with its extraction and
    # cached with it: after an edit makes another article write "library" in lower case, a rebuild from the cache
    # reads "the Library" of a games console's menu as no place, as a build without the cache does.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Games hidden\n\nSony is adding a way to hide some games under the Bought tab in the"
                                 " Library. In Options, you can hide demos.\n", encoding="utf-8")

    def visit(shown: str) -> None:
        (seeds / "b.txt").write_text(f"Roe in Paris\n\nJane Roe flew to Paris on Monday to show {shown} to"
                                     " reporters.\n", encoding="utf-8")

    store = ArticleCache(tmp_path / "cache")

    def kinds(cache: ArticleCache | None) -> dict[str, str]:
        dossier = pipeline.analyse(seeds, None, tmp_path, log=lambda _: None, store=cache)
        return {entity.name: entity.kind for entity in dossier.entities}

    visit("a new museum")
    assert kinds(store)["Library"] == "place"
    visit("the new library")
    assert kinds(store)["Library"] == "other"
    assert kinds(store) == kinds(None)
    assert kinds(store)["Paris"] == "place"


def test_what_grouping_reads_of_a_statement_is_found_again_when_its_article_changes(tmp_path: Path) -> None:
    # The years, records, identifiers, countries and descriptions of a statement's claim clause are found with its
    # article and cached with it: after an edit gives one of two alike statements another year, a rebuild from the
    # cache tells them apart, as a build without the cache does.
    seeds = tmp_path / "seeds"
    seeds.mkdir()

    def write(name: str, opening: str, year: int, closing: str) -> None:
        (seeds / name).write_text(f"Rocket seen\n\n{opening}\n\nThe Orsk rocket flew over the Tarnia coast in {year}"
                                  f" before it fell into the sea, the defence ministry said.\n\n{closing}\n",
                                  encoding="utf-8")

    write("a.txt", "Fishermen in Velko watched the sky for hours on Tuesday.", 2009, "Schools in the port stayed open.")
    write("b.txt", "The harbour master of Dunmere spoke to reporters at noon.", 2009, "Ferries ran late to Harnwick.")
    store = ArticleCache(tmp_path / "cache")

    def grouped(cache: ArticleCache | None) -> list[list[str]]:
        dossier = pipeline.analyse(seeds, None, tmp_path, log=lambda _: None, store=cache)
        return sorted(sorted(s.article for s in claim.statements) for claim in dossier.claims)

    assert ["a", "b"] in grouped(store)
    write("b.txt", "The harbour master of Dunmere spoke to reporters at noon.", 2017, "Ferries ran late to Harnwick.")
    assert ["a", "b"] not in grouped(store)
    assert grouped(store) == grouped(None)


def test_an_article_whose_cached_result_cannot_be_read_is_extracted_again(tmp_path: Path) -> None:
    articles, _ = reader.read_folder(PROJECT / "seeds", PROJECT)
    articles = articles[:4]
    store = ArticleCache(tmp_path)
    expected = [pipeline.extract(article) for article in articles]
    for article, result in zip(articles[:3], expected, strict=False):
        store.put(article, result)
    broken = store.folder / article_key(articles[1])[:2] / f"{article_key(articles[1])}.pickle"
    broken.write_bytes(b"not a pickle")
    messages: list[str] = []
    with ProcessPoolExecutor(1) as pool:
        found = pipeline.extract_all(articles, pool, store, messages.append)
    # One article is not in the cache; the one whose result cannot be read is found out reading it, and extracted too.
    assert messages[0] == "extracting 1 article (3 from the cache)"
    assert [[m.text for m in mentions] for mentions, *_ in found] == [[m.text for m in e[0]] for e in expected]
    assert [[q.text for q in quotes] for _, quotes, *_ in found] == [[q.text for q in e[1]] for e in expected]
    assert store.get(articles[1]) is not None and store.get(articles[3]) is not None


def test_a_rebuild_reads_again_the_files_that_changed_and_keeps_what_it_read_of_the_others(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for file in SEED_FILES[:3]:
        shutil.copy(file, seeds)
    shutil.copy(SEED_FILES[0], seeds / "same-text-other-name.txt")  # a duplicate, skipped on every build
    store = ArticleCache(tmp_path / "cache")
    first = ReadCache(store)
    reader.read_folder(seeds, tmp_path, read=first.read)
    first.save()
    edited = seeds / SEED_FILES[1].name
    edited.write_text("Ferries halted by strike\n\n" + edited.read_text(encoding="utf-8"), encoding="utf-8")
    again = ReadCache(store)
    articles, skipped = reader.read_folder(seeds, tmp_path, read=again.read)
    assert (articles, skipped) == reader.read_folder(seeds, tmp_path)
    assert "Ferries halted by strike" in [a.title for a in articles]
    assert len(again.last) == 4 and len(set(again.now) - set(again.last)) == 1  # one file read anew


def test_a_reading_that_keeps_no_record_leaves_the_last_builds_record_of_what_it_read(tmp_path: Path) -> None:
    # A developer's tool reads a build's seeds without the story's sources: keyed otherwise, its record would make
    # the next rebuild read every file again.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for file in SEED_FILES[:2]:
        shutil.copy(file, seeds)
    store = ArticleCache(tmp_path / "cache")
    built = pipeline.read_and_extract(seeds, tmp_path, reader.load_sources(None), lambda _: None, None, store)
    record = (store.folder / "read.pickle").read_bytes()
    again = pipeline.read_and_extract(seeds, tmp_path, None, lambda _: None, None, store, keep_reading=False)
    assert [a.title for a in again.articles] == [a.title for a in built.articles]
    assert (store.folder / "read.pickle").read_bytes() == record
    assert len(ReadCache(store).last) == 2


def test_an_entity_named_in_one_article_has_no_page(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    cited = {q["speaker"] for q in data["quotes"]} | {s["speaker"] for c in data["claims"] for s in c["statements"]}
    once = [e for e in data["entities"] if len({m["article"] for m in e["mentions"]}) == 1 and e["id"] not in cited]
    several = [e for e in data["entities"] if len({m["article"] for m in e["mentions"]}) > 1]
    assert once and several
    for entity in once:
        assert entity["url"] is None
        assert not (seeds_site / "entities" / entity["id"]).exists()
    for entity in several:
        assert (seeds_site / entity["url"] / "index.html").is_file()
    # No link anywhere points at a missing entity page (lychee checks every link in test_site).
    linked = set()
    for html in (seeds_site / "articles").rglob("index.html"):
        linked |= set(re.findall(r'href="\.\./\.\./entities/([^/"]+)/"', html.read_text(encoding="utf-8")))
    assert linked and linked <= {e["id"] for e in data["entities"] if e["url"]}


def synthetic(count: int, outlet: str | None = "Example News") -> Dossier:
    dossier = Dossier()
    for n in range(count):
        published = f"2024-{1 + n % 12:02d}-01" if n % 3 else None
        dossier.articles.append(Article(f"a{n:05d}", f"seeds/a{n}.txt", f"Headline {n}", ["Text."], outlet, published))
    return dossier


def rendered(dossier: Dossier) -> dict[str, str]:
    env = render.make_environment(PROJECT / "templates")
    return {
        page.path: env.get_template(page.template).render(root="../" * page.path.count("/"), **page.laid_out())
        for page in render.pages(dossier, Story("Dossier"), {})
    }


def test_a_kind_whose_names_are_each_in_one_article_gets_no_empty_list() -> None:
    dossier = synthetic(2)
    lee = [Mention(a.id, 0, 0, 7, "Ann Lee", "person", "ann-lee") for a in dossier.articles]
    acme = [Mention("a00000", 0, 0, 4, "Acme", "organization", "acme")]
    dossier.mentions = lee + acme
    dossier.entities = [Entity("ann-lee", "Ann Lee", "person", mentions=lee),
                        Entity("acme", "Acme", "organization", mentions=acme)]
    pages = rendered(dossier)
    index = pages["entities/index.md"]
    assert "[The one person with a page](" in index
    assert "All 0" not in index and "None with a page: 1 named in one article only." in index
    assert paths.entity_kind_page("organization") not in pages and paths.entity_kind_page("person") in pages


def list_pages(pages: dict[str, str], first: str) -> list[str]:
    """The pages of the list whose first page is ``first``, in order."""
    found = [first]
    while paths.numbered(first, len(found) + 1) in pages:
        found.append(paths.numbered(first, len(found) + 1))
    return found


def test_a_long_list_is_split_into_linked_pages() -> None:
    count = 5 * paths.PAGE_ROWS + 50
    pages = rendered(synthetic(count))
    lists = list_pages(pages, paths.ARTICLES)
    assert len(lists) > 2
    listed: list[str] = []
    for page in lists:
        rows = re.findall(r"^- \[(Headline \d+)\]", pages[page], re.MULTILINE)
        assert 0 < len(rows) <= paths.PAGE_ROWS_MOST
        if page != lists[-1]:
            assert len(rows) >= paths.PAGE_ROWS_LEAST
        listed += rows
        # Every page links to the others.
        for other in lists:
            if other != page:
                assert f"]({'../' * page.count('/')}{other})" in pages[page]
    assert sorted(listed) == sorted(f"Headline {n}" for n in range(count))
    # The count of the whole list is on its first page.
    assert f"{count:,} articles".replace(",", "") in pages[lists[0]].replace(",", "")
    # Newest first, grouped by month, the undated last.
    first = pages[lists[0]]
    assert first.index("## December 2024") < first.index("## November 2024")
    assert "## Undated" in pages[lists[-1]] and "2024" not in pages[lists[-1]].split("## Undated")[1]


def test_one_more_article_changes_one_page_of_a_long_list() -> None:
    """A rebuild after one new article renders again the list's page it joins, not every page after it."""
    dossier = synthetic(5 * paths.PAGE_ROWS)
    before = rendered(dossier)
    dossier.articles.append(Article("a00777x", "seeds/new.txt", "Headline new", ["Text."], "Example News",
                                    "2024-06-01"))
    after = rendered(dossier)
    for first in (paths.ARTICLES, "outlets/example-news.md"):
        lists = list_pages(after, first)
        assert len(lists) > 2 and lists == list_pages(before, first)
        changed = [page for page in lists if after[page] != before[page]]
        # The page the article joins, and the first page, which counts the articles.
        assert len(changed) <= 2 and any("Headline new" in after[page] for page in changed)


def test_an_unattributed_quote_links_to_the_page_of_the_list_that_shows_it() -> None:
    dossier = synthetic(3 * paths.PAGE_ROWS)
    for number, article in enumerate(dossier.articles):
        quote = Quote(f"{article.id}-q1", article.id, 0, f"Words number {number} were said", group=f"g{number:05d}")
        dossier.quotes.append(quote)
        dossier.quote_groups.append(QuoteGroup(quote.group, [quote], text=quote.text))
    catalog = Catalog(dossier)
    shown = {}
    for page in render.pages(dossier, Story("Dossier"), {}):
        if page.path.startswith(paths.UNATTRIBUTED.removesuffix(".md")):
            shown.update({view.group.id: page.path for view in page.context["groups"]})
    assert len(set(shown.values())) > 2
    assert shown == {group: link.partition("#")[0] for group in shown
                     for link in [catalog.group_link(group)]}


def test_coverage_has_one_column_for_unknown_outlets_and_only_shared_claims() -> None:
    dossier = synthetic(6, outlet=None)
    dossier.articles[0].outlet = dossier.articles[1].outlet = "Example News"
    shared = Claim("shared", "Ten ships sailed", [Statement("a00000", 0, "Ten ships sailed."),
                                                  Statement("a00003", 0, "Ten ships sailed."),
                                                  Statement("a00004", 0, "Ten ships sailed.")])
    one_outlet = Claim("one-outlet", "Two ports closed", [Statement("a00000", 0, "Two ports closed."),
                                                          Statement("a00001", 0, "Two ports closed.")])
    dossier.claims = [shared, one_outlet]
    dossier.statements = shared.statements + one_outlet.statements
    outlets = {a.id: a.outlet for a in dossier.articles}
    for statement in dossier.statements:  # as the claims stage finds them: with their article's outlet
        statement.outlet = outlets[statement.article]
    markdown = rendered(dossier)[paths.COVERAGE].split("---\n", 2)[-1]
    table = BeautifulSoup(Markdown(extensions=["tables"]).convert(markdown), "html.parser")
    header = [cell.get_text(strip=True) for cell in table.select("thead th")]
    assert header == ["Claim", "Example News", "Unknown outlet"]
    rows = table.select("tbody tr")
    assert len(rows) == 1 and "Ten ships sailed" in rows[0].get_text()


def test_the_build_warns_when_the_offline_search_index_would_open_slowly(tmp_path: Path) -> None:
    index = tmp_path / "search" / "search_index.js"
    index.parent.mkdir()
    messages: list[str] = []
    index.write_bytes(b" " * 1000)
    check_offline_search(tmp_path, messages.append)
    assert messages == []
    index.write_bytes(b" " * (SEARCH_INDEX_WARN_MB + 1) * 1_000_000)
    check_offline_search(tmp_path, messages.append)
    assert len(messages) == 1 and messages[0].startswith("warning: the offline search index")


def test_a_large_search_section_is_indexed_in_parts_and_a_new_page_indexes_one(monkeypatch, tmp_path: Path) -> None:
    # A section of SHARD_FROM records or more is indexed in SHARDS parts, a page's part given by a hash of its
    # address (not by the other pages): a new page changes one part, the only one indexed again.
    monkeypatch.setattr(search, "SHARD_FROM", 20)

    def article(name: str) -> SearchRecord:
        return SearchRecord(f"/articles/{name}/", f"Article {name}", "Article", f"What article {name} says")

    claim = SearchRecord("/claims/c/", "Ten ships sailed", "Claim", "Ten ships sailed")
    records = [*(article(f"a{n}") for n in range(40)), claim]
    indexes = search.indexes_of(records)
    assert set(indexes) == {"claims"} | {f"articles-{part}" for part in range(1, search.SHARDS + 1)}
    assert sorted(r.url for name, rs in indexes.items() if name != "claims" for r in rs) == sorted(
        r.url for r in records[:40])
    site = tmp_path / "site"
    kept = search.write_indexes(site, search.make_indexes(site, records, {}))
    assert sorted(path.name for path in (site / "pagefind").iterdir()) == sorted(indexes)
    again = search.make_indexes(site, [*records, article("new")], kept)
    part = next(name for name, rs in search.indexes_of([*records, article("new")]).items()
                if "/articles/new/" in {r.url for r in rs})
    assert list(again.files) == [part]
    search.write_indexes(site, again)
    indexed = {json.loads(gzip.decompress(fragment.read_bytes()).decode("utf-8").removeprefix("pagefind_dcd"))["url"]
               for fragment in (site / "pagefind").glob("*/fragment/*.pf_fragment")}
    assert indexed == {r.url for r in records} | {"/articles/new/"}


def test_a_speakers_search_record_gives_each_name_and_role_once() -> None:
    lavrov = Entity(id="sergey-lavrov", name="Sergey Lavrov", kind="person", aliases=["Lavrov", "Sergei Lavrov"],
                    roles=["Foreign Minister", "Russian Foreign Minister"])
    page = render.Page("entities/sergey-lavrov.md", "entity.md.j2", {"entity": lavrov}, kind="speaker")
    # Found by every name and role, none repeated: the words are the excerpt a reader sees under the result.
    assert render.search_words(page, "Sergey Lavrov").split("\n") == [
        "Sergey Lavrov", "Sergei Lavrov", "Russian Foreign Minister"]


def test_a_claim_counting_the_killed_is_found_by_death_toll() -> None:
    # reviewer31: searching "death toll" on a shooting's dossier found nothing, its claims writing "killed 59 people".
    from dossier.figures import parse_figures
    from dossier.structure import Claim, Statement

    def claim_page(text: str) -> render.Page:
        told = Statement(article="a", paragraph=0, text=text, figures=parse_figures(text))
        return render.Page("claims/c.md", "claim.md.j2", {"claim": Claim(id="c", summary=text, statements=[told])},
                           kind="claim")

    toll = "A gunman killed 12 people and wounded 40 at a fair in Vellton."
    words = render.search_words(claim_page(toll), toll).split("\n")
    assert words[0] == toll and "death toll" in words and "injuries" in words
    calm = "The fair in Vellton reopened on Sunday."
    assert render.search_words(claim_page(calm), calm) == calm


def test_an_index_holds_only_the_pagefind_files_the_site_loads(tmp_path: Path) -> None:
    # The search box loads Pagefind's default UI from the first index, and every index's engine: the other UIs,
    # the highlighter and the unknown language's stemmer, written into every index, are never fetched.
    records = [SearchRecord("/articles/a/", "Ten ships sailed", "Article", "Ten ships sailed from the port"),
               SearchRecord("/claims/c/", "Ten ships sailed", "Claim", "Ten ships sailed")]
    site = tmp_path / "site"
    search.write_indexes(site, search.make_indexes(site, records, {}))
    files = {folder.name: {path.name for path in folder.iterdir() if path.is_file()}
             for folder in (site / "pagefind").iterdir()}
    assert set(files) == {"articles", "claims"}
    for name in files:
        assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind"} <= files[name]
        assert not files[name] & {"pagefind-component-ui.js", "pagefind-modular-ui.js", "pagefind-highlight.js",
                                  "wasm.unknown.pagefind"}
    assert "pagefind-ui.js" in files["articles"] and "pagefind-ui.js" not in files["claims"]


def test_a_rebuild_with_search_indexes_in_parts_equals_a_full_build(tmp_path: Path, monkeypatch) -> None:
    # The seeds' sections are too small to be indexed in parts: lower the bar so that they are. One more
    # article re-indexes the parts whose pages it changed and keeps the others, and the site is a full build's.
    monkeypatch.setattr(search, "SHARD_FROM", 3)
    monkeypatch.setattr(search, "SHARDS", 2)
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    content.mkdir()
    (content / "story.yml").write_text("title: Troops in Kursk\n", encoding="utf-8")
    for file in SEED_FILES[:-1]:
        shutil.copy(file, seeds)

    def build_into(folder: Path, cache: Path | None) -> dict[str, int]:
        commands.build(PROJECT, seeds, content, folder / "site", folder / "docs", workers=1, cache=cache)
        entries = (folder / "site" / search.PAGEFIND).glob("*/pagefind-entry.json")
        return {entry.parent.name: entry.stat().st_mtime_ns for entry in entries}

    before = build_into(tmp_path / "kept", tmp_path / "cache")
    shutil.copy(SEED_FILES[-1], seeds)
    after = build_into(tmp_path / "kept", tmp_path / "cache")
    assert set(after) == set(before) and {"articles-1", "articles-2"} <= set(before)
    # The new article's part of the articles changes; the other part, whose pages are as they were, is kept.
    assert sorted(after[part] == before[part] for part in ("articles-1", "articles-2")) == [False, True]
    build_into(tmp_path / "fresh", None)
    assert tree_digest(tmp_path / "kept" / "site") == tree_digest(tmp_path / "fresh" / "site")


def test_an_articles_search_record_holds_its_highlights() -> None:
    article = Article(id="a", source_file="a.txt", title="Plane crashes in Vell", paragraphs=["A plane crashed."],
                      highlights=["Winds forced a turboprop to change course"], captions=["Crews at the site"])
    page = render.Page("articles/a.md", "article.md.j2", {"article": article}, kind="article")
    # A word only the highlights hold finds the article, as one only a caption does.
    assert "turboprop" in render.search_words(page, article.title)


def test_an_articles_correction_is_shown_under_its_label_after_its_text_in_search(tmp_path: Path) -> None:
    correction = "This article originally said the ferry sailed from Poe."
    article = Article(id="a", source_file="a.txt", title="Ferry sails again",
                      paragraphs=["The ferry sailed on Monday."], credits=["Reporting by Jo Roe"],
                      notes=[Note("Correction", correction)])
    env = render.make_environment(PROJECT / "templates")
    _, [record], _ = render.write_pages(render.article_pages(Catalog(Dossier(articles=[article]))), env, tmp_path)
    page = (tmp_path / paths.article_page(article)).read_text(encoding="utf-8")
    # A correction is shown as one, not as a credit, and the result's excerpt is the article's text, not the note.
    assert f"- **Correction:** {correction}" in page.splitlines()
    assert "- **Credits:** Reporting by Jo Roe" in page.splitlines()
    words = record.words.split("\n")
    assert words.index("The ferry sailed on Monday.") < words.index("Reporting by Jo Roe") < words.index(correction)


def test_a_credit_naming_only_the_byline_again_is_not_shown_twice(tmp_path: Path) -> None:
    articles = [Article(id="a", source_file="a.txt", title="Ferry sails again", paragraphs=["The ferry sailed."],
                        author="Jo Roe", credits=["Reporting by Jo Roe; Editing by Lee Poe"]),
                Article(id="b", source_file="b.txt", title="Ferry sails late", paragraphs=["The ferry was late."],
                        author="Jo Roe", credits=["Reporting by Jo Roe and Ann Doe", "Writing by Jo Roe."])]
    env = render.make_environment(PROJECT / "templates")
    render.write_pages(render.article_pages(Catalog(Dossier(articles=articles))), env, tmp_path)
    first, second = ((tmp_path / paths.article_page(a)).read_text(encoding="utf-8").splitlines() for a in articles)
    # "By: Jo Roe" then the credits the byline does not already give; a credit naming someone else stays whole.
    assert "- **By:** Jo Roe" in first and "- **Credits:** Editing by Lee Poe" in first
    assert "- **Credits:** Reporting by Jo Roe and Ann Doe" in second
    assert not any("Writing by" in line for line in second)


def test_dossier_json_gives_an_articles_credits_and_notes_in_its_order() -> None:
    article = Article(id="a", source_file="a.txt", title="Ferry sails again",
                      paragraphs=["The ferry sailed on Monday."],
                      credits=["Reporting by Jo Roe; editing by Lee Poe", "Ann Doe contributed to this report."],
                      notes=[Note("Update", "This story was updated with the ferry's timetable."),
                             Note("Correction", "An earlier version gave the wrong day.")])
    [data] = site.dossier_data(Dossier(articles=[article]))["articles"]
    assert data["credits"] == ["Reporting by Jo Roe; editing by Lee Poe", "Ann Doe contributed to this report."]
    assert data["notes"] == [{"kind": "Update", "text": "This story was updated with the ferry's timetable."},
                             {"kind": "Correction", "text": "An earlier version gave the wrong day."}]
    # The README, which describes dossier.json to its users, names every kind of note.
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{kind}`" in readme for kind in reader.NOTE_KINDS.values())


def test_texts_without_a_phrasal_verb_share_one_empty_set_of_particles() -> None:
    # Each process that extracts articles caches the particles of some 50,000 texts, nearly all none: one empty set
    # for all of them, not one each (216 bytes).
    assert _phrasal_particles("The council met on Monday.") is _phrasal_particles("Prices rose.")
    assert _phrasal_particles("The crash took place in Vell.") == {15}  # "place" of "took place"


def test_a_process_extracting_batches_keeps_no_sentence_of_a_finished_batch_but_keeps_its_words() -> None:
    # A pool's process never reads a finished batch's sentences again: they held some 140 MB of each of the
    # build's two by its thousandth article.
    page = Article(id="a", source_file="a.txt", title="A headline",
                   paragraphs=["Jo Roe said the council would close the Vell library on Monday."])
    [(_, _, statements, _, _)] = pipeline.extract_batch([page])
    assert statements
    assert claims.claim_clause.cache_info().currsize == _content_stems.cache_info().currsize == 0
    assert _stem.cache_info().currsize > 0
