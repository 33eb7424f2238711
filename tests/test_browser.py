"""The site in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PROJECT, corpus, run_build
from playwright.sync_api import Page, expect, sync_playwright

from dossier import commands, search

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT / "build" / "screenshots"  # one per page kind, for a person to look at after the run
BASIL_STORY = "2010_2b95d2cf"  # one basil-dev event: Fox News, The New York Times and HuffPost on one story


def serve(root: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
def served_site(seeds_site: Path) -> Iterator[str]:
    """The seeds site on a loopback port, under a sub-path as on GitHub Pages project sites."""
    root = seeds_site.parent / "served"
    root.mkdir(exist_ok=True)
    if not (root / "dossier").exists():
        (root / "dossier").symlink_to(seeds_site)
    for address in serve(root):
        yield address + "dossier/"


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Page]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page()
        yield page
        browser.close()


def test_typing_in_search_finds_the_article(served_site: str, seeds_site: Path, browser_page: Page) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if any("Sybiha" in p["text"] for p in a["paragraphs"]))
    external: list[str] = []
    browser_page.on(
        "request", lambda request: external.append(request.url) if "127.0.0.1" not in request.url else None
    )
    browser_page.goto(served_site)
    browser_page.keyboard.press("/")
    browser_page.keyboard.type("Sybiha")
    result = browser_page.locator(f".pagefind-ui__result a[href*='{article['url']}']").first
    expect(result).to_be_visible(timeout=15000)
    # Results say what kind of page they are, and an article's outlet, unknown as the lists name it.
    assert not article["outlet"]
    expect(result).to_contain_text(f"Article (unknown outlet) · {article['title']}")
    result.click()
    expect(browser_page.locator("h1")).to_have_text(article["title"])
    assert external == [], f"the site requested other hosts: {external}"


def test_an_article_result_names_its_outlet(served_site: str, seeds_site: Path, browser_page: Page) -> None:
    # Copies of one agency story share a title: the outlet tells their results apart.
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if any("counteroffensive" in p["text"] for p in a["paragraphs"]))
    assert article["outlet"]
    browser_page.goto(served_site)
    browser_page.keyboard.press("/")
    browser_page.keyboard.type("counteroffensive")
    result = browser_page.locator(f".pagefind-ui__result a[href*='{article['url']}']").first
    expect(result).to_contain_text(f"Article ({article['outlet']}) · {article['title']}", timeout=15000)


def test_search_finds_speakers_and_labels_them(served_site: str, seeds_site: Path, browser_page: Page) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    speaker = next(e for e in data["entities"] if any(q["speaker"] == e["id"] for q in data["quotes"]))
    browser_page.goto(served_site)
    browser_page.keyboard.press("/")
    browser_page.keyboard.type(speaker["name"])
    label = f"Speaker · {speaker['name']}"  # a quoted person's page is labelled as a speaker's
    expect(browser_page.locator(".pagefind-ui__result a", has_text=label).first).to_be_visible(timeout=15000)


def test_search_results_fit_a_phone_screen(served_site: str, browser_page: Page) -> None:
    """On a phone the results wrap inside the screen, and say their kind once (in the title, not again as a tag)."""
    browser_page.set_viewport_size({"width": 400, "height": 800})
    try:
        browser_page.goto(served_site)
        browser_page.locator("#dossier-search input").click()
        browser_page.keyboard.type("troops")
        expect(browser_page.locator(".pagefind-ui__result").first).to_be_visible(timeout=15000)
        drawer = browser_page.locator(".pagefind-ui__drawer").bounding_box()
        assert drawer and drawer["x"] >= 0 and drawer["x"] + drawer["width"] <= 400
        assert browser_page.evaluate("document.documentElement.scrollWidth") <= 400
        for result in browser_page.locator(".pagefind-ui__result").all():
            assert result.bounding_box()["x"] + result.bounding_box()["width"] <= 400
        tags = browser_page.locator(".pagefind-ui__result-tag").all_inner_texts()
        assert not [tag for tag in tags if tag.lower().startswith("kind")], tags
    finally:
        browser_page.set_viewport_size({"width": 1280, "height": 720})


def test_a_paragraph_link_lands_on_the_paragraph(served_site: str, seeds_site: Path, browser_page: Page) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    article = data["articles"][0]
    anchor = article["paragraphs"][-1]["anchor"]
    browser_page.goto(f"{served_site}{article['url']}#{anchor}")
    paragraph = browser_page.locator(f"#{anchor}")
    expect(paragraph).to_be_in_viewport()
    expect(paragraph).to_contain_text(" ".join(article["paragraphs"][-1]["text"].split()[:5]))


def test_offline_copy_searches_when_opened_from_disk(tmp_path: Path, browser_page: Page) -> None:
    result = run_build(PROJECT / "seeds", tmp_path / "site", tmp_path / "docs", "--offline")
    assert result.returncode == 0, result.stderr
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    browser_page.goto((tmp_path / "site" / "index.html").as_uri())
    browser_page.keyboard.press("/")
    browser_page.keyboard.type("Sybiha")
    result_link = browser_page.locator(".md-search-result__item a[href*='articles/']").first
    expect(result_link).to_be_visible(timeout=15000)
    result_link.click()
    expect(browser_page.locator("article")).to_contain_text("Sybiha")
    assert [url for url in requests if not url.startswith("file:")] == []


@pytest.fixture(scope="module")
def basil_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A dossier of one basil-dev story, built with no curation, served on a loopback port."""
    seeds = corpus("basil-dev") / "articles" / BASIL_STORY
    folder = tmp_path_factory.mktemp("basil")
    result = run_build(seeds, folder / "site", folder / "docs")
    assert result.returncode == 0, result.stderr
    for address in serve(folder / "site"):
        yield address, folder / "site"


def screenshot(page: Page, kind: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{kind}.png"), full_page=True)


def test_front_page_tells_a_reader_the_story(basil_site: tuple[str, Path], browser_page: Page) -> None:
    address, site = basil_site
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    browser_page.goto(address)
    content = browser_page.locator("article")
    title = content.locator("h1")
    expect(title).to_be_visible()
    assert title.inner_text() in {a["title"] for a in data["articles"]}
    assert title.inner_text() in browser_page.title()
    expect(content.get_by_role("heading", name="What is contested")).to_be_visible()
    expect(content.get_by_role("cell", name="Fox News")).to_be_visible()
    voices = content.get_by_role("heading", name="Key voices").locator("xpath=following-sibling::ul[1]")
    first_voice = voices.locator("li").first
    expect(first_voice.locator("a").first).to_have_text("Michael Steele")
    expect(first_voice).to_contain_text("“")
    screenshot(browser_page, "front-page")
    voices.get_by_role("link", name="Michael Steele", exact=True).click()
    expect(browser_page.locator("article h1")).to_have_text("Michael Steele")
    expect(browser_page.locator("article blockquote").first).to_be_visible()
    screenshot(browser_page, "speaker")


def test_timeline_lists_the_articles(basil_site: tuple[str, Path], browser_page: Page) -> None:
    address, site = basil_site
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    browser_page.goto(address)
    browser_page.locator(".md-nav--primary").get_by_role("link", name="Timeline").click()
    expect(browser_page.locator("article h1")).to_have_text("Timeline")
    for article in data["articles"]:
        expect(browser_page.locator("article").get_by_role("link", name=article["title"])).to_be_visible()
    screenshot(browser_page, "timeline")


def test_each_page_kind_shows_what_it_is_about(basil_site: tuple[str, Path], browser_page: Page) -> None:
    address, site = basil_site
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    article = next(a for a in data["articles"] if a["outlet"] == "Fox News")
    browser_page.goto(address + article["url"])
    expect(browser_page.locator("article h1")).to_have_text(article["title"])
    expect(browser_page.locator("article")).to_contain_text("Outlet: Fox News")
    marker = browser_page.locator("article a.dossier-quote-link").first
    expect(marker).to_be_visible()
    expect(browser_page.locator("article mark.dossier-quote").first).to_be_visible()
    # The quotation marks are inside the highlight, so the quote's link follows the closing mark.
    highlighted = browser_page.locator("article mark.dossier-quote").all_inner_texts()
    assert any(text[:1] in "“\"‘'" and text[-1:] in "”\"’'" for text in highlighted), highlighted[:3]
    screenshot(browser_page, "article")
    marker.click()
    expect(browser_page.locator("article blockquote").first).to_be_visible()

    entity = max(data["entities"], key=lambda e: len(e["mentions"]))
    browser_page.goto(address + entity["url"])
    expect(browser_page.locator("article h1")).to_have_text(entity["name"])
    mentioned = browser_page.locator("article").get_by_role("heading", name="Mentioned in")
    expect(mentioned).to_be_visible()
    # Each mention is shown in its sentence, the name in bold.
    expect(browser_page.locator("article li strong").first).to_be_visible()
    screenshot(browser_page, "entity")

    claim = next(c for c in data["claims"] if c["url"])
    browser_page.goto(address + claim["url"])
    expect(browser_page.locator("article h1")).to_contain_text(claim["summary"][:40])
    screenshot(browser_page, "claim")


def test_hovering_an_entity_link_previews_its_page(tmp_path: Path, browser_page: Page) -> None:
    """With the story's address in story.yml the site has a sitemap, and Material previews linked pages."""
    for address in serve(tmp_path / "site"):
        (tmp_path / "content").mkdir()
        (tmp_path / "content" / "story.yml").write_text(f"title: Steele\nurl: {address}\n", encoding="utf-8")
        seeds = corpus("basil-dev") / "articles" / BASIL_STORY
        result = run_build(seeds, tmp_path / "site", tmp_path / "docs", "--content", str(tmp_path / "content"))
        assert result.returncode == 0, result.stderr
        browser_page.goto(address + "articles/fox/")
        link = browser_page.locator("article a.dossier-entity").first
        name = link.inner_text()
        link.hover()
        preview = browser_page.locator(".md-tooltip2")
        expect(preview).to_be_visible(timeout=10000)
        expect(preview).to_contain_text(name)
        screenshot(browser_page, "hover-preview")


def test_search_finds_pages_of_every_part_of_a_section(tmp_path: Path, monkeypatch, browser_page: Page) -> None:
    """A section indexed in parts is named once in the header ("articles:2"): the search box merges every part."""
    monkeypatch.setattr(search, "SHARD_FROM", 3)
    monkeypatch.setattr(search, "SHARDS", 2)
    site = tmp_path / "site"
    commands.build(PROJECT, PROJECT / "seeds", PROJECT / "content", site, tmp_path / "docs", workers=1)
    header = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-sections="articles:2 ' in header
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    urls = {a["url"]: a for a in data["articles"]}
    records = search.indexes_of([search.SearchRecord("/" + url, a["title"], "Article", a["title"])
                                 for url, a in urls.items()])
    for address in serve(site):
        for part in ("articles-1", "articles-2"):
            article = urls[records[part][0].url.lstrip("/")]
            browser_page.goto(address)
            browser_page.keyboard.press("/")
            browser_page.keyboard.type(article["title"])
            result = browser_page.locator(f".pagefind-ui__result a[href*='{article['url']}']").first
            expect(result).to_be_visible(timeout=15000)


def _site_of(tmp_path: Path, articles: dict[str, str]) -> Path:
    """The site built from made-up articles (file name: text), with no curated content."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    commands.build(PROJECT, seeds, None, site, tmp_path / "docs", workers=1)
    return site


def test_an_article_results_excerpt_is_its_story_not_its_credits(tmp_path: Path, browser_page: Page) -> None:
    site = _site_of(tmp_path, {"turbine.txt": (
        "Tidal turbine stalls off Vell\n\n"
        "The tidal turbine moored off Vell stopped turning on Monday, the harbour board said.\n\n"
        "Engineers will tow the turbine to the quay once the spring tides ease.\n\n"
        "Reporting by Jo Roe; editing by Lee Poe\n\nAnn Doe contributed to this report.\n")})
    for address in serve(site):
        browser_page.goto(address)
        browser_page.keyboard.press("/")
        browser_page.keyboard.type("turbine")
        excerpt = browser_page.locator(".pagefind-ui__result-excerpt").first
        # The title holds the word too: the excerpt goes on with the story, the credits come after it.
        expect(excerpt).to_contain_text("The tidal turbine moored off Vell stopped turning", timeout=15000)
        expect(excerpt).not_to_contain_text("Reporting by")


def test_a_word_only_one_article_holds_finds_only_that_article(tmp_path: Path, browser_page: Page) -> None:
    """Pagefind searches a word an index lacks by the longest prefix it holds: no speaker "A." for "anxiety"."""
    site = _site_of(tmp_path, {
        "quay.txt": (
            "Harbour board delays the new quay\n\n"
            "The harbour board in Vell delayed the new quay on Monday, a spokesman said.\n\n"
            '"We need another survey before any work starts," said Tomas A. Brinkley, the board\'s chairman.\n'),
        "tides.txt": (
            "Spring tides flood the Vell road\n\n"
            "Spring tides flooded the coast road into Vell on Tuesday, the council said.\n\n"
            "Residents spoke of their anxiety as water reached the doors of the lower houses.\n\n"
            '"The road will reopen when the water falls," said Mara A. Quist, the council\'s engineer.\n'),
    })
    for address in serve(site):
        for typed, titles in (("anxiety", ["Article (unknown outlet) · Spring tides flood the Vell road"]),
                              ("anx", ["Article (unknown outlet) · Spring tides flood the Vell road"]),
                              ("Quist", ["Speaker · Mara A. Quist",
                                         "Article (unknown outlet) · Spring tides flood the Vell road"])):
            browser_page.goto(address)
            browser_page.keyboard.press("/")
            browser_page.keyboard.type(typed)
            message = browser_page.locator(".pagefind-ui__message")
            expect(message).to_have_text(f"{len(titles)} result{'s' if len(titles) > 1 else ''} for {typed}",
                                         timeout=15000)
            expect(browser_page.locator(".pagefind-ui__result-title")).to_have_text(titles)


def test_a_word_an_index_lacks_is_not_found_by_a_word_sharing_its_first_letters(tmp_path: Path,
                                                                                 browser_page: Page) -> None:
    """The speakers' index lacks "charity": Pagefind falls back to the initial "C." of a speaker whose first name
    ("Chase") begins like the typed word. Only the article that holds the word is a result."""
    site = _site_of(tmp_path, {
        "quay.txt": (
            "Harbour board delays the new quay\n\n"
            "The harbour board in Vell delayed the new quay on Monday, a spokesman said.\n\n"
            '"We need another survey before any work starts," said Chase C. Brinkley, the board\'s chairman.\n'),
        "tides.txt": (
            "Spring tides flood the Vell road\n\n"
            "Spring tides flooded the coast road into Vell on Tuesday, the council said.\n\n"
            "A charity opened its hall to the families of the lower houses.\n"),
    })
    for address in serve(site):
        browser_page.goto(address)
        browser_page.keyboard.press("/")
        browser_page.keyboard.type("charity")
        message = browser_page.locator(".pagefind-ui__message")
        expect(message).to_have_text("1 result for charity", timeout=15000)
        expect(browser_page.locator(".pagefind-ui__result-title")).to_have_text(
            ["Article (unknown outlet) · Spring tides flood the Vell road"])
