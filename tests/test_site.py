"""The built site, checked as a reader gets it: pages, links, search, escaping, bad input."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import lunr
import yaml
from bs4 import BeautifulSoup
from conftest import PROJECT, corpus, run_build

from dossier.commands import BuildSummary
from dossier.site import RenderProgress

SEED_FILES = sorted((PROJECT / "seeds").glob("*.txt"))


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def article_text(site: Path, path: str) -> str:
    """The page's article text as a reader sees it, links and all, with white space folded."""
    return " ".join(page(site, path).select_one("article").get_text().split())


def search_records(site: Path) -> list[dict]:
    """The pages in the site's Pagefind indexes, as the browser fetches them (one gzipped fragment per page)."""
    return [
        json.loads(gzip.decompress(fragment.read_bytes()).decode("utf-8").removeprefix("pagefind_dcd"))
        for fragment in sorted((site / "pagefind").glob("*/fragment/*.pf_fragment"))
    ]


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_every_kind_of_page_is_built(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == len(SEED_FILES) == 5
    for section in ("", "articles/", "speakers/", "entities/", "claims/", "claims/coverage/", "outlets/"):
        assert (seeds_site / section / "index.html").is_file(), section
    for article in data["articles"]:
        html = page(seeds_site, article["url"] + "index.html")
        assert html.select_one("h1").get_text(strip=True) == article["title"]
        # Every paragraph has a stable anchor that extracted items link to.
        anchors = [p["id"] for p in html.select("p.dossier-paragraph")]
        assert anchors == [paragraph["anchor"] for paragraph in article["paragraphs"]]
        assert (PROJECT / article["source_file"]).is_file()


def test_a_table_of_contents_only_beside_pages_of_several_sections(seeds_site: Path) -> None:
    home = page(seeds_site, "index.html")
    sections = home.select("article h2")
    assert len(sections) >= 4
    toc = [a.get_text(strip=True) for a in home.select(".md-sidebar--secondary a")]
    assert toc == [h.get_text(strip=True) for h in sections]
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    article = page(seeds_site, data["articles"][0]["url"] + "index.html")
    assert len(article.select("article h2")) < 4
    assert article.select_one(".md-sidebar--secondary") is None
    assert article.select(".md-sidebar--primary a[href]"), "the site's sections are still listed beside it"


def test_home_page_lists_articles_under_the_story_title(seeds_site: Path) -> None:
    home = page(seeds_site, "index.html").select_one("article")
    story = yaml.safe_load((PROJECT / "content" / "story.yml").read_text(encoding="utf-8"))
    assert home.select_one("h1").get_text(strip=True) == story["title"]
    titles = {a.get_text(strip=True) for a in home.select("li a")}
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    assert {a["title"] for a in data["articles"]} <= titles


def assert_links_resolve(site: Path) -> None:
    """lychee, offline: every internal link and #fragment of the built site points at something."""
    lychee = Path(sys.executable).parent / "lychee"
    result = subprocess.run(
        [str(lychee), "--offline", "--include-fragments", "--no-progress", "--index-files", "index.html",
         "--root-dir", str(site), str(site)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_internal_links_and_fragments_resolve(seeds_site: Path) -> None:
    assert_links_resolve(seeds_site)


def test_the_site_is_indexed_for_search_with_each_page_labelled(seeds_site: Path) -> None:
    """Pagefind indexes the pages a reader searches for, each marked with its kind; lists are left out."""
    for section in ("articles", "speakers", "entities", "claims"):
        assert (seeds_site / "pagefind" / section / "pagefind-entry.json").is_file(), section
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    records = {record["url"]: record for record in search_records(seeds_site)}
    article = data["articles"][0]
    assert not article["outlet"]  # an article of unknown outlet says so, as the lists name it
    assert records["/" + article["url"]]["meta"] == {"kind": "Article (unknown outlet)", "title": article["title"]}
    last_words = " ".join(article["paragraphs"][-1]["text"].split()[-6:])
    assert last_words in records["/" + article["url"]]["content"]  # an article is found by all its text
    assert "/articles/" not in records and "/" not in records  # lists are not results
    kinds = {record["meta"]["kind"].split(" (")[0] for record in records.values()}  # "Article (its outlet)"
    assert kinds == {"Article", "Speaker", "Entity", "Claim"}
    assert {record["meta"]["kind"] for record in records.values()} >= {
        f"Article ({a['outlet']})" for a in data["articles"] if a["outlet"]}
    # One search box: Pagefind's, and no Material search index to load.
    assert len(page(seeds_site, "index.html").select("#dossier-search, .md-search")) == 1
    assert not (seeds_site / "search").exists()


def test_offline_copy_searches_its_lean_index_without_a_server_or_cdn(tmp_path: Path) -> None:
    result = run_build(PROJECT / "seeds", tmp_path / "site", tmp_path / "docs", "--offline")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert (site / "search" / "search_index.js").is_file()
    home = page(site, "index.html")
    scripts = [s.get("src") for s in home.select("script[src]")]
    assert "assets/dossier/iframe-worker/shim.js" in scripts
    assert not any("unpkg" in (s or "") or "pagefind" in (s or "") for s in scripts)
    assert any(a["href"].endswith(".html") for a in home.select("article a[href]"))
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    documents = [{"location": d["location"], "title": d["title"], "text": d["text"]} for d in index["docs"]]
    engine = lunr.lunr(ref="location", fields=["title", "text"], documents=documents)
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    # A word only the Moscow Times article (003) and the ZeroHedge article (000) carry.
    hits = {result["ref"].split("#")[0] for result in engine.search("Yermak")}
    yermak_articles = {
        a["url"].rstrip("/") + ".html" for a in data["articles"] if any("Yermak" in p["text"] for p in a["paragraphs"])
    }
    assert yermak_articles and yermak_articles <= hits
    # The lean index leaves out lists and the entity pages of names nobody quoted, which would only repeat the
    # articles' words; a quoted person's page holds their quotes, and search finds it by their name.
    quoted = {q["speaker"] for q in data["quotes"] if q["speaker"]}
    speaker_pages = {e["url"].rstrip("/") + ".html" for e in data["entities"] if e["id"] in quoted}
    entity_documents = {d["location"].split("#")[0] for d in documents if d["location"].startswith("entities/")}
    assert speaker_pages and entity_documents == speaker_pages
    assert not [d for d in documents if d["location"].startswith("articles/index")]
    speaker = next(e for e in data["entities"] if e["id"] in quoted)
    assert speaker["url"].rstrip("/") + ".html" in {r["ref"].split("#")[0] for r in engine.search(speaker["name"])}


def test_the_site_requests_nothing_from_other_hosts(seeds_site: Path) -> None:
    for html_file in seeds_site.rglob("*.html"):
        html = page(seeds_site, str(html_file.relative_to(seeds_site)))
        loaded = [tag.get("src") for tag in html.select("script[src], img[src], iframe[src], source[src]")]
        loaded += [tag.get("href") for tag in html.select("link[href]") if tag.get("rel") != ["canonical"]]
        external = [url for url in loaded if url and url.startswith(("http:", "https:", "//"))]
        assert not external, f"{html_file} loads {external}"
    for css in seeds_site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8")


HOSTILE = """Hostile headline <b>bold</b> {{ 7 * 7 }}

A paragraph with <script>alert("x")</script> and {% raw %} and {{ config }} inside.

Click [here](https://evil.example/) or see ![pixel](https://evil.example/p.png) and <img src=x onerror=alert(1)>.

# not a heading * not a list | not | a table | &amp; stays as typed

1. not a numbered list

- not a list item, 2. not a numbered one

+ not a list item either

!!! note not an admonition

A `code span`, an autolink <https://evil.example/auto>, a [reference][1] and <!-- dossier: generated Markdown -->

Officials said the event went ahead as planned on Monday.
"""


def test_article_text_never_becomes_markup(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (seeds / "metadata.md").write_text(
        "---\ntitle: Metadata from a user\noutlet: <i>Outlet</i>\nurl: javascript:alert(1)\n---\n"
        "Officials said the meeting in Geneva was postponed until March.\n",
        encoding="utf-8",
    )
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    html = page(tmp_path / "site", "articles/hostile/index.html")
    body = html.select_one("article")
    text = body.get_text(" ")
    assert '<script>alert("x")</script>' in text
    assert "{{ 7 * 7 }}" in text and "{% raw %}" in text and "{{ config }}" in text
    assert "[here](https://evil.example/)" in text
    assert "![pixel](https://evil.example/p.png)" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "# not a heading * not a list | not | a table | &amp; stays as typed" in text
    # Punctuation that is markup only where a line starts ("1. ", "+ ", "!!!") stays text there too; a typed list
    # item's "- " is layout the reader drops (reader.LIST_MARKERS), its words kept as a paragraph.
    for line in ("1. not a numbered list", "not a list item, 2. not a numbered one", "+ not a list item either",
                 "!!! note not an admonition"):
        assert line in text
    # Marks the generated pages are rendered without (site.LeanMarkdown) stay the article's words as well.
    assert "A `code span`, an autolink <https://evil.example/auto>, a [reference][1] and" in text
    assert "<!-- dossier: generated Markdown -->" in text and not body.select("code")
    assert not body.select("ol, .admonition") and not [li for li in body.select("li") if "not a" in li.get_text()]
    assert not body.select("b, img, table") and not body.select("script:not([type='application/ld+json'])")
    assert not [a for a in body.select("a[href]") if "evil" in a["href"]]
    assert html.select_one("h1").get_text() == "Hostile headline <b>bold</b> {{ 7 * 7 }}"
    front_matter = page(tmp_path / "site", "articles/metadata/index.html").select_one("article")
    assert not [a for a in front_matter.select("a[href]") if a["href"].startswith("javascript")]
    assert "<i>Outlet</i>" in front_matter.get_text() and not front_matter.select("i")
    # Search shows a result's excerpt as HTML: the article's words are in its index as escaped text.
    found = next(r for r in search_records(tmp_path / "site") if r["url"] == "/articles/hostile/")
    assert "&lt;img src=x onerror=alert(1)&gt;" in found["content"] and "<img" not in found["content"]
    assert found["meta"]["title"] == "Hostile headline <b>bold</b> {{ 7 * 7 }}"  # shown by the box as text


def test_bad_input_is_reported_by_name_and_the_rest_builds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    good = "Ministers meet in Brussels\n\nMinisters met in Brussels on Monday to discuss the budget.\n"
    (seeds / "a_good.txt").write_text(good, encoding="utf-8")
    (seeds / "b_copy.txt").write_text(good, encoding="utf-8")
    (seeds / "c_empty.txt").write_text("  \n\n", encoding="utf-8")
    (seeds / "d_binary.txt").write_bytes(bytes(range(256)) * 40)
    (seeds / "e_legacy.txt").write_bytes("Prices rise\n\nA pint now costs £4 in London pubs.\n".encode("cp1252"))
    with (seeds / "f_huge.txt").open("wb") as huge:
        huge.truncate(50 * 1024 * 1024)
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    messages = result.stderr.splitlines()
    for name in ("b_copy.txt", "c_empty.txt", "d_binary.txt", "f_huge.txt"):
        assert len([line for line in messages if name in line and "skipped" in line]) == 1, (name, messages)
    assert not [line for line in messages if "e_legacy.txt" in line and "skipped" in line]
    # Said as soon as the files are read, not after minutes of rendering.
    read = next(n for n, line in enumerate(messages) if line.startswith("read "))
    assert all(line.startswith("skipped ") for line in messages[read + 1 : read + 5]), messages
    assert messages[-2].endswith("(4 files skipped, named above)")
    site = tmp_path / "site"
    assert "Ministers met in Brussels" in article_text(site, "articles/a-good/index.html")
    assert "£4" in article_text(site, "articles/e-legacy/index.html")


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    # Different hash seeds, so no output may depend on set or dict ordering of strings; no cache, so both extract.
    for seed in ("1", "2"):
        result = run_build(PROJECT / "seeds", tmp_path / seed, tmp_path / f"docs{seed}", "--no-cache",
                           env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
    assert tree_digest(tmp_path / "1") == tree_digest(tmp_path / "2")


def test_the_build_never_writes_to_content(tmp_path: Path) -> None:
    before = tree_digest(PROJECT / "content")
    result = run_build(PROJECT / "seeds", tmp_path / "site", PROJECT / "content" / "docs")
    assert result.returncode != 0 and "content" in result.stderr
    result = run_build(PROJECT / "seeds", tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    assert tree_digest(PROJECT / "content") == before


def test_zensical_builds_the_same_tree(seeds_build: Path, tmp_path: Path) -> None:
    zensical = Path(sys.executable).parent / "zensical"
    shutil.copytree(seeds_build / "docs", tmp_path / "docs")
    shutil.copytree(PROJECT / "overrides", tmp_path / "overrides")
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: build/docs", "docs_dir: docs").replace("site_dir: site", "site_dir: zsite")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = subprocess.run(
        [str(zensical), "build", "--strict", "-f", "mkdocs.yml"], cwd=tmp_path, capture_output=True, text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads((seeds_build / "site" / "dossier.json").read_text(encoding="utf-8"))
    for article in data["articles"]:
        text = article_text(tmp_path / "zsite", article["url"] + "index.html")
        assert article["paragraphs"][0]["text"][:60] in text


def test_serve_previews_the_built_site(seeds_site: Path, tmp_path: Path) -> None:
    port = 8000 + os.getpid() % 1000
    server = subprocess.Popen(
        [sys.executable, str(PROJECT / "build.py"), "--out", str(tmp_path / "site"), "--docs", str(tmp_path / "docs"),
         "--serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    home = response.read().decode("utf-8")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
                time.sleep(0.5)
        assert (seeds_site / "index.html").read_text(encoding="utf-8") == home
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_real_event_builds_into_a_cross_referenced_dossier(tmp_path: Path) -> None:
    """Nineteen outlets on one event, as a user would feed them: links resolve and outlets meet on pages."""
    seeds = corpus("events") / "articles" / "north_Korea_hokkaido_missile"
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs", "--content", str(tmp_path / "no-content"))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) + len(data["skipped"]) == len(list(seeds.glob("*.txt")))
    articles_by_group: dict[str, set[str]] = {}
    for quote in data["quotes"]:
        articles_by_group.setdefault(quote["group"], set()).add(quote["article"])
    assert any(len(articles) >= 2 for articles in articles_by_group.values()), "no quote is carried by two outlets"
    assert any(len({s["article"] for s in c["statements"]}) >= 3 for c in data["claims"])
    assert any(len({m["article"] for m in e["mentions"]}) >= 10 for e in data["entities"] if e["kind"] == "place")
    assert_links_resolve(site)


def test_the_build_never_deletes_a_folder_it_did_not_make(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "draft.txt").write_text("my notes", encoding="utf-8")
    for out, docs in ((tmp_path / "site", folder), (folder, tmp_path / "docs")):
        result = run_build(PROJECT / "seeds", out, docs)
        assert result.returncode != 0 and "refusing" in result.stderr
        assert (folder / "draft.txt").read_text(encoding="utf-8") == "my notes"


def test_coverage_table_marks_the_outlets_of_each_claim_stated_by_several(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    outlet = {a["id"]: a["outlet"] for a in data["articles"]}
    # Articles of unknown outlet (three of the seeds) count as one outlet, whatever their number.
    outlets = {c["id"]: {outlet[s["article"]] for s in c["statements"]} for c in data["claims"] if c["url"]}
    table = page(seeds_site, "claims/coverage/index.html").select_one("article table")
    header = [cell.get_text(strip=True) for cell in table.select("thead th")][1:]
    assert "Unknown outlet" in header and len(header) == len(set(header))
    rows = {row.select_one("a")["href"].rstrip("/").split("/")[-1]: row.select("td")[1:]
            for row in table.select("tbody tr")}
    assert rows.keys() == {claim for claim, found in outlets.items() if len(found) > 1}
    for claim, cells in rows.items():
        marked = {name for name, cell in zip(header, cells, strict=True) if "●" in cell.get_text()}
        assert marked == {name or "Unknown outlet" for name in outlets[claim]}, claim


def test_a_speakers_roles_name_outlets_never_headlines(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    headlines = {a["title"] for a in data["articles"] if not a["outlet"]}
    assert headlines, "the seeds have articles of unknown outlet"
    quoted = {q["speaker"] for q in data["quotes"] if q["speaker"]}
    lines = [p.get_text(" ", strip=True)
             for entity in quoted
             for p in page(seeds_site, f"entities/{entity}/index.html").select("article p")
             if p.get_text().startswith("Roles:")]
    assert lines, "no speaker page gives roles"
    assert not [line for line in lines if any(headline in line for headline in headlines)]
    assert any("of unknown outlet" in line for line in lines)


def test_counts_on_pages_agree_with_their_number(seeds_site: Path) -> None:
    # An outlet with one article says "1 article", never "1 articles".
    texts = [page(seeds_site, str(p.relative_to(seeds_site))).select_one("article").get_text(" ", strip=True)
             for p in sorted((seeds_site / "outlets").glob("*/index.html"))]
    assert any(t for t in texts if "1 article," in t), "the seeds have an outlet with one article"
    assert not [t for t in texts if re.search(r"\b1 (articles|outlets)\b", t)]


def test_an_article_page_links_the_other_copies_of_its_text(tmp_path: Path) -> None:
    story = ("Vell council closed the harbour bridge on Monday for urgent repairs to its northern span.\n\n"
             "Engineers found cracks in two steel girders during a routine inspection last week.\n\n"
             "The ferry between Vell and Harnwick will run every twenty minutes until the bridge reopens.\n\n"
             "Copyright 2018 The Associated Press. All rights reserved.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "vellpost-com__1.txt").write_text("Bridge shut for repairs\n\n" + story, encoding="utf-8")
    (seeds / "harnwicktimes-com__2.txt").write_text(
        "Vell bridge closes\n\n" + story.replace("Copyright", "Drivers face long queues.\n\nCopyright"),
        encoding="utf-8")
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "site" / "dossier.json").read_text(encoding="utf-8"))
    post, times = sorted(data["articles"], key=lambda a: a["outlet"], reverse=True)
    assert (post["outlet"], post["wire"]) == ("vellpost.com", "Associated Press")
    header = page(tmp_path / "site", post["url"] + "index.html").select_one("article ul").get_text(" ", strip=True)
    assert "Runs the story of: Associated Press" in header and "Same text as: harnwicktimes.com" in header
    assert_links_resolve(tmp_path / "site")


def test_a_story_of_one_article_says_it_has_no_claims_or_speakers_yet(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "vellpost-com__1.txt").write_text(
        "Bridge shut for repairs\n\nVell council closed the harbour bridge on Monday for urgent repairs.\n\n"
        "Engineers found cracks in two steel girders during a routine inspection last week.\n", encoding="utf-8")
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    index = page(tmp_path / "site", "claims/index.html").select_one("article")
    assert not index.select("table") and "No statement of fact is told by more than one source" in index.get_text()
    speakers = page(tmp_path / "site", "speakers/index.html").select_one("article")
    assert not speakers.select("table") and "No quote has a known speaker yet" in speakers.get_text()


def test_the_closing_summary_counts_one_article_in_the_singular() -> None:
    assert BuildSummary(articles=1, pages=19, seconds=2.0).lines() == ["built 1 article into 19 pages in 2.0 s "
                                                                       "(0 files skipped)"]


def test_render_progress_says_how_many_pages_are_written_of_how_many() -> None:
    said: list[str] = []
    progress = RenderProgress(read=5, written=3, log=said.append)
    progress.last = float("-inf")  # the progress line is due
    progress.emit(logging.LogRecord("mkdocs", logging.DEBUG, "", 0, "Building page articles/a.md", None, None))
    assert said == ["rendering: 1 of 3 pages written"]
