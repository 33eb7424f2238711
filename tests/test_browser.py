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
from conftest import PROJECT, run_build
from playwright.sync_api import Page, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def served_site(seeds_site: Path) -> Iterator[str]:
    """The seeds site on a loopback port, under a sub-path as on GitHub Pages project sites."""
    root = seeds_site.parent / "served"
    root.mkdir(exist_ok=True)
    if not (root / "dossier").exists():
        (root / "dossier").symlink_to(seeds_site)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/dossier/"
    server.shutdown()


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
    # Results say what kind of page they are.
    expect(result).to_contain_text(f"Article · {article['title']}")
    result.click()
    expect(browser_page.locator("h1")).to_have_text(article["title"])
    assert external == [], f"the site requested other hosts: {external}"


def test_search_finds_speakers_and_labels_them(served_site: str, seeds_site: Path, browser_page: Page) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    speaker = next(e for e in data["entities"] if any(q["speaker"] == e["id"] for q in data["quotes"]))
    browser_page.goto(served_site)
    browser_page.keyboard.press("/")
    browser_page.keyboard.type(speaker["name"])
    expect(browser_page.locator(".pagefind-ui__result a", has_text=f"Speaker · {speaker['name']}").first).to_be_visible(
        timeout=15000
    )


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
