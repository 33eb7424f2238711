"""A story is a folder: --init, its own title and curation, its front page, timeline and hostile input."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import PROJECT, corpus, run_build

from dossier import paths, render
from dossier.claims import find_statements, group_claims
from dossier.claims.figures import ages_told_apart
from dossier.crossref import CLAIM_STATUS, Catalog, excerpt_diff, sentence_around
from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.quotes.groups import wording_diff
from dossier.render import Page
from dossier.story import Story, central_headline, working_folder
from dossier.story import load as load_story
from dossier.structure import Article, Claim, Dossier, Entity, Figure, Mention, Quote, QuoteGroup, Statement


def page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def build_py(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PROJECT / "build.py"), *args], capture_output=True, text=True,
                          timeout=600)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


FLOOD_FOX = """Floods force thousands from their homes

3 July 2013 Last updated at 13:38 GMT

Heavy rain forced thousands of people from their homes in the north of the country on Wednesday.

"We have never seen the river this high in forty years," said Mayor Ann Lee, standing on the bridge.

Officials said 20 people were killed in the floods.
"""
FLOOD_NYT = """Death toll rises as floods spread north

July 4, 2013

The floods spread to three more towns on Thursday as the rain continued.

The river first burst its banks at Hollin on 2 July 2013, the council said.

"We have never seen the river this high in forty years," Mayor Ann Lee said on Wednesday.

Officials said 35 people were killed in the floods.
"""
FLOOD_BLOG = """Volunteers fill sandbags in the rain

Dozens of volunteers filled sandbags outside the town hall on Thursday evening.

"Everyone who can lift a bag is here," said organiser Tom Hale, who has lived in the town for decades.
"""


@pytest.fixture(scope="module")
def flood_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A story made with --init, three articles put in its seeds/, built with --story."""
    folder = tmp_path_factory.mktemp("flood") / "flood-story"
    made = build_py("--init", str(folder))
    assert made.returncode == 0, made.stderr
    # The hint names the folder to run it from: it works from the story's folder too.
    assert (f"build it from {PROJECT} with: .venv/bin/python build.py --story {folder.resolve()} "
            f"(its site in {folder / 'site'})") in made.stderr
    story = folder / "content" / "story.yml"
    story.write_text(story.read_text(encoding="utf-8").replace(
        "title:\n", "title: River floods in the north\n").replace(
        "description:\n", "description: How three sources reported the floods of July 2013.\n"), encoding="utf-8")
    write(folder / "seeds", "fox.txt", FLOOD_FOX)
    write(folder / "seeds", "nyt.txt", FLOOD_NYT)
    write(folder / "seeds", "volunteers.txt", FLOOD_BLOG)
    # Built as the hint says: the site and the working files go in the story's own folder, not the project's.
    result = build_py("--story", str(folder))
    assert result.returncode == 0, result.stderr
    assert "the story is named after" not in result.stderr  # it has a title of its own
    assert (folder / "build" / "docs" / "index.md").is_file() and (folder / "build" / "cache").is_dir()
    return folder / "site"


def test_init_makes_a_story_folder_with_empty_curation(tmp_path: Path) -> None:
    result = build_py("--init", str(tmp_path / "story"))
    assert result.returncode == 0, result.stderr
    content = tmp_path / "story" / "content"
    assert (tmp_path / "story" / "seeds").is_dir()
    assert sorted(p.name for p in content.iterdir()) == ["entities.yml", "quotes.yml", "sources.yml", "story.yml"]
    for name in ("entities.yml", "quotes.yml", "sources.yml", "story.yml"):
        text = (content / name).read_text(encoding="utf-8")
        assert text.startswith("#"), f"{name} explains its format"
    assert yaml.safe_load((content / "entities.yml").read_text(encoding="utf-8")) == {"entities": {}}
    assert yaml.safe_load((content / "quotes.yml").read_text(encoding="utf-8")) == {"corrections": []}
    story = yaml.safe_load((content / "story.yml").read_text(encoding="utf-8"))
    assert story == {"title": None, "description": None, "url": None}
    # sources.yml shows how to date files by name, as a commented example under an empty dates:.
    sources = (content / "sources.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(sources) == {"outlets": {}, "files": {}, "dates": None}
    assert 'dates:\n  # "storm-day1-*.txt": 2024-05-03\n' in sources
    mine = "files:\n  'a.txt': Vell Gazette\n"
    (content / "sources.yml").write_text(mine, encoding="utf-8")
    again = build_py("--init", str(tmp_path / "story"))
    assert again.returncode != 0 and "not empty" in again.stderr
    assert (content / "sources.yml").read_text(encoding="utf-8") == mine


def test_the_site_is_titled_and_described_by_its_own_story(flood_story: Path) -> None:
    home = page(flood_story, "index.html")
    assert home.select_one("article h1").get_text(strip=True) == "River floods in the north"
    assert home.title.get_text().endswith("River floods in the north")
    assert home.select_one("meta[name=description]")["content"] == "How three sources reported the floods of July 2013."
    text = home.select_one("article").get_text(" ", strip=True)
    assert "North Korea" not in text and "content/" not in text


def test_front_page_tells_the_story(flood_story: Path) -> None:
    home = page(flood_story, "index.html").select_one("article")
    sections = {h2.get_text(strip=True) for h2 in home.select("h2")}
    assert {"The story in brief", "What is contested", "Key voices", "Outlets", "Latest articles"} <= sections
    text = home.get_text(" ", strip=True)
    # Two named outlets; the third article's outlet is unknown and is counted as such, not as an outlet.
    assert "3 articles from 2 outlets and 1 of unknown outlet" in text
    outlets = {row.select("td")[0].get_text(strip=True): row.select("td")[1].get_text(strip=True)
               for row in home.select("table tbody tr")}
    assert outlets == {"Fox News": "1", "The New York Times": "1", "Unknown outlet": "1"}
    voices = home.find("h2", string="Key voices").find_next("ul").get_text(" ", strip=True)
    assert "Ann Lee" in voices and "never seen the river this high" in voices
    latest = [li.get_text(" ", strip=True) for li in home.find("h2", string="Latest articles").find_next("ul")("li")]
    assert latest[0].startswith("Death toll rises") and "2013-07-04" in latest[0]
    assert latest[-1].endswith("undated")


def test_timeline_orders_articles_and_figures_by_date(flood_story: Path) -> None:
    timeline = page(flood_story, "timeline/index.html").select_one("article")
    days = [h2.get_text(strip=True) for h2 in timeline.select("h2") if h2.get_text(strip=True)[:1].isdigit()]
    # A date the articles give for an event is a day of its own, before the articles were published.
    assert days == ["2013-07-02", "2013-07-03", "2013-07-04"]
    event = timeline.find("h2", string="2013-07-02").find_next("li").get_text(" ", strip=True)
    assert event.startswith("The river first burst its banks at Hollin") and "The New York Times" in event
    # The toll rose from one day to the next: each day lists the figure given that day.
    first, second = (timeline.find("h2", string=day).find_next("p", string="Figures given that day:")
                     .find_next("ul").get_text(" ", strip=True) for day in days[1:])
    assert "20 : Officials said 20 people were killed" in first and "35" not in first
    assert "35 : Officials said 35 people were killed" in second
    assert "Undated articles" in [h2.get_text(strip=True) for h2 in timeline.select("h2")]


def published_on(timeline: BeautifulSoup, day: str) -> list[str]:
    """The titles the timeline lists under the heading ``day`` (a date, or "Undated articles")."""
    heading = timeline.find("h2", string=day)
    if heading is None:
        return []
    titles = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        if sibling.name == "ul":
            titles += [a.get_text(strip=True) for a in sibling.select("li > a:first-child")]
    return titles


def test_sources_yml_dates_an_undated_article_on_the_timeline_at_the_next_build(tmp_path: Path) -> None:
    folder = tmp_path / "dated-story"
    assert build_py("--init", str(folder)).returncode == 0
    write(folder / "seeds", "fox.txt", FLOOD_FOX)
    write(folder / "seeds", "volunteers.txt", FLOOD_BLOG)
    first = build_py("--story", str(folder))
    assert first.returncode == 0, first.stderr
    assert "under dates: in the story's content/sources.yml" in first.stderr
    timeline = page(folder / "site", "timeline/index.html").select_one("article")
    assert published_on(timeline, "Undated articles") == ["Volunteers fill sandbags in the rain"]
    sources = folder / "content" / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        '  # "storm-day1-*.txt": 2024-05-03\n',
        '  "volunteers*": 5 July 2013\n  "fox*": 2013-07-09\n  "nyt*": July 2013\n'), encoding="utf-8")
    # The same build folder and cache: the date from sources.yml must not be hidden by what the last build kept.
    second = build_py("--story", str(folder))
    assert second.returncode == 0, second.stderr
    assert "have no date" not in second.stderr
    assert "\"nyt*\" has 'July 2013', no full date (write YYYY-MM-DD)" in second.stderr
    timeline = page(folder / "site", "timeline/index.html").select_one("article")
    assert published_on(timeline, "2013-07-05") == ["Volunteers fill sandbags in the rain"]
    # The article's own dateline wins over sources.yml.
    assert published_on(timeline, "2013-07-03") == ["Floods force thousands from their homes"]
    assert published_on(timeline, "2013-07-09") == published_on(timeline, "Undated articles") == []


def test_datelines_are_dates_not_titles(flood_story: Path) -> None:
    data = json.loads((flood_story / "dossier.json").read_text(encoding="utf-8"))
    by_file = {Path(a["source_file"]).name: a for a in data["articles"]}
    assert by_file["fox.txt"]["title"] == "Floods force thousands from their homes"
    assert by_file["fox.txt"]["published"] == "2013-07-03"
    assert by_file["nyt.txt"]["published"] == "2013-07-04"
    assert by_file["volunteers.txt"]["outlet"] is None


def test_other_seeds_use_no_curation_of_the_default_story(tmp_path: Path) -> None:
    seeds = tmp_path / "downloads"
    write(seeds, "fox.txt", FLOOD_FOX)
    write(seeds, "nyt.txt", FLOOD_NYT)
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    assert "curation" not in result.stderr
    home = page(tmp_path / "site", "index.html")
    title = home.select_one("article h1").get_text(strip=True)
    # Named after its own folder, never after the project's story.
    assert title == "Downloads"
    assert "North Korea" not in home.get_text()
    # The build says where it took the name from, and where to give one.
    assert "the story is named after its folder, “Downloads”: give it a title in" in result.stderr
    # ... in a file a build of these articles reads: not a content/ beside a folder not named seeds, which it would not.
    assert "--content FOLDER" in result.stderr and "--init DIR" in result.stderr
    assert str(tmp_path / "content") not in result.stderr


def test_builds_of_two_folders_of_articles_keep_their_working_files_apart(tmp_path: Path) -> None:
    floods, fires = tmp_path / "river_floods", tmp_path / "forest_fires"
    write(floods, "fox.txt", FLOOD_FOX)
    write(fires, "fire.txt", "Fire closes the forest road\n\nA fire burned through the pine forest on Tuesday, "
          "the park's rangers said.\n\nThe road to the lake will stay closed until Friday.\n")
    own_docs = PROJECT / "build" / "docs" / "dossier.json"
    before = own_docs.stat().st_mtime_ns if own_docs.exists() else None
    working = [working_folder(PROJECT, None, folder.resolve()) for folder in (floods, fires)]
    try:
        for folder in (floods, fires):  # neither names --docs nor --cache
            result = build_py("--seeds", str(folder), "--out", str(tmp_path / f"site-{folder.name}"))
            assert result.returncode == 0, result.stderr
        # Each build's Markdown tree is its own, in a folder of the project's build/ for those articles...
        assert working[0] != working[1] and all(w.parent == PROJECT / "build" / "folders" for w in working)
        for folder, work in zip((floods, fires), working, strict=True):
            data = json.loads((work / "docs" / "dossier.json").read_text(encoding="utf-8"))
            assert [Path(a["source_file"]).parent.name for a in data["articles"]] == [folder.name]
            assert (work / "cache").is_dir()
        # ... so the first build's pages were not overwritten by the second's, nor the project's own story's.
        assert (own_docs.stat().st_mtime_ns if own_docs.exists() else None) == before
        assert page(tmp_path / "site-river_floods", "index.html").select_one("article h1").get_text(
            strip=True) == "River floods"
        assert page(tmp_path / "site-forest_fires", "index.html").select_one("article h1").get_text(
            strip=True) == "Forest fires"
    finally:
        for work in working:
            shutil.rmtree(work, ignore_errors=True)


def test_article_page_links_the_original_and_never_names_a_headline_as_publisher(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "a.txt", "Quake hits Aceh\n\nINDONESIA, July 2, 2013\n\nAn earthquake killed at least 22 people "
          "in Aceh province on Tuesday, officials said.\n\nSource: https://www.reuters.com/world/quake-aceh\n")
    write(seeds, "b.txt", "Aceh quake toll rises\n\nAn earthquake killed at least 22 people in Aceh province "
          "on Tuesday, officials said.\n\nRescuers searched the rubble of the houses through the night.\n\n"
          # the claim again in other order: a paragraph repeated word for word is set apart as a caption
          "On Tuesday an earthquake killed at least 22 people in Aceh province, officials said.\n")
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs", "--content", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "site" / "dossier.json").read_text(encoding="utf-8"))
    a = next(x for x in data["articles"] if x["source_file"].endswith("a.txt"))
    assert (a["title"], a["outlet"], a["published"]) == ("Quake hits Aceh", "Reuters", "2013-07-02")
    article = page(tmp_path / "site", a["url"] + "index.html")
    assert article.select_one("a[href='https://www.reuters.com/world/quake-aceh']") is not None
    for claim in data["claims"]:
        if claim["url"]:
            script = page(tmp_path / "site", claim["url"] + "index.html").select_one(
                "script[type='application/ld+json']")
            appearances = json.loads(script.string)["appearance"]
            publishers = [x.get("publisher", {}).get("name") for x in appearances]
            assert "Aceh quake toll rises" not in publishers and "Reuters" in publishers
            # one appearance per article, however many of its sentences state the claim
            assert len(appearances) == len({s["article"] for s in claim["statements"]}) < len(claim["statements"])


ALIAS_BOMB = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
) + "title: Bomb\n---\nA paragraph that would be read if the front matter were harmless.\n"

HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>Council backs new library</title>
<script>alert('pwned-script')</script></head>
<body onload="steal('pwned-onload')"><nav><a href="javascript:steal('pwned-link')">Home</a></nav>
<article><h1>Council backs new library</h1>
<p onmouseover="steal('pwned-handler')">The council voted on Monday to build a new library in the town centre.</p>
<p>Work will start next spring and take two years, the council's planning officer said.</p>
<p><a href="javascript:steal('pwned-inline')">Read the plans</a> at the town hall until the end of the month.</p>
<img src="x" onerror="steal('pwned-img')"><iframe src="https://evil.example/pwned-frame"></iframe>
</article></body></html>"""


def test_hostile_seeds_build_harmlessly(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "good.txt", "Ferry service resumes\n\nFerries to the islands sailed again on Friday after "
          "a two-day strike ended.\n\nThe operator said all crossings would run as normal this weekend.\n")
    write(seeds, "bomb.md", ALIAS_BOMB)
    write(seeds, "huge-front-matter.md", "---\ntitle: Big\nnotes: " + "x" * 100_000 + "\n---\nText of it.\n")
    secret = write(tmp_path, "secret.txt", "Secret notes\n\nThe runner's token is SECRET-7f3a and must stay here.\n")
    (seeds / "notes.txt").symlink_to(secret)
    write(seeds, "scripts.html", HOSTILE_PAGE)
    (seeds / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000
                                       + "</body></html>", encoding="utf-8")
    chunk = "<p>Filler paragraph of a very large saved page that no article needs.</p>\n"
    (seeds / "huge.html").write_text("<html><body>" + chunk * (50 * 1024 * 1024 // len(chunk)) + "</body></html>",
                                     encoding="utf-8")
    (seeds / "legacy.html").write_bytes(
        "<html><head><meta charset=\"windows-1252\"><title>Café owners protest rent rise</title></head><body>"
        "<article><h1>Café owners protest rent rise</h1><p>Owners of the town’s cafés marched to the council "
        "on Saturday to protest a rent rise of 12%.</p><p>“We cannot pay this,” said Zoë Martin, who runs a "
        "café on the square.</p></article></body></html>".encode("cp1252"))
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "site" / "dossier.json").read_text(encoding="utf-8"))
    read = {Path(a["source_file"]).name: a for a in data["articles"]}
    assert set(read) == {"good.txt", "scripts.html", "legacy.html"}
    assert read["legacy.html"]["title"] == "Café owners protest rent rise"
    assert "“We cannot pay this,” said Zoë Martin" in read["legacy.html"]["paragraphs"][1]["text"]
    assert "new library in the town centre" in read["scripts.html"]["paragraphs"][0]["text"]
    skipped = {Path(s["file"]).name: s["reason"] for s in data["skipped"]}
    assert "anchors" in skipped["bomb.md"]
    assert "KB" in skipped["huge-front-matter.md"]
    assert "outside the seeds folder" in skipped["notes.txt"]
    assert "too large" in skipped["huge.html"]
    assert "nested.html" in skipped
    for name in skipped:
        assert f"skipped seeds/{name}:" in result.stderr
    published = [p for p in (tmp_path / "site").rglob("*") if p.suffix in (".html", ".json", ".xml") and p.is_file()]
    for path in published:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "SECRET-7f3a" not in text, path
        assert "pwned" not in text, path
        assert "javascript:" not in text.lower(), path
    assert not any("SECRET-7f3a" in p.read_text(errors="replace") for p in (tmp_path / "site").rglob("*.txt"))


def test_a_basil_story_front_page_names_story_voices_and_outlets(tmp_path: Path) -> None:
    seeds = corpus("basil-dev") / "articles" / "2010_2b95d2cf"
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    assert "curation" not in result.stderr
    home = page(tmp_path / "site", "index.html").select_one("article")
    data = json.loads((tmp_path / "site" / "dossier.json").read_text(encoding="utf-8"))
    assert {a["outlet"] for a in data["articles"]} == {"Fox News", "The New York Times", "HuffPost"}
    assert home.select_one("h1").get_text(strip=True) in {a["title"] for a in data["articles"]}
    voices = home.find("h2", string="Key voices").find_next("ul")
    assert "Michael Steele" in voices.get_text()


def composed_front_page() -> str:
    """The front page's Markdown for a dossier put together by hand: what the stages would hand over."""
    articles = [
        Article("a", "seeds/a.txt", "Toll rises to 35", ["Officials said 35 people died.", "p"], outlet="Daily A",
                published="2024-05-02"),
        Article("b", "seeds/b.txt", "Twenty dead in floods", ["Officials said 20 people died.", "p"],
                outlet="Daily B", published="2024-05-01"),
        Article("c", "seeds/c.txt", "Dam blamed", ["The company denied that the dam failed.", "p"]),
    ]
    lee = Entity("ann-lee", "Ann Lee", "person")
    host = Entity("bo-host", "Bo Host", "person")  # an interviewer, quoted often by one outlet
    quotes = [Quote(f"{a}-q1", a, 1, "We have never seen the river this high.", speaker="ann-lee", group="g1")
              for a in ("a", "b")]
    asked = [Quote(f"a-q{n}", "a", 1, f"Question {n} about the river and the flood defences?", speaker="bo-host",
                   group=f"h{n}")
             for n in range(2, 5)]
    toll = Claim("toll", "People died in the floods", [
        Statement("a", 0, "Officials said 35 people died.", "asserts",
                  figures=[Figure("35", 35, "people", low=35, high=35, counted="killed")]),
        Statement("b", 0, "Officials said 20 people died.", "asserts",
                  figures=[Figure("20", 20, "people", low=20, high=20, counted="killed")]),
    ], disagreement=True)
    dam = Claim("dam", "The dam failed", [
        Statement("c", 0, "The company denied that the dam failed.", "disputes"),
        Statement("a", 1, "The dam failed.", "asserts"),
    ])
    for statement in toll.statements + dam.statements:  # as the claims stage finds them: with their article's outlet
        statement.outlet = next(a.outlet for a in articles if a.id == statement.article)
    dossier = Dossier(articles=articles, entities=[lee, host], quotes=quotes + asked,
                      quote_groups=[QuoteGroup("g1", quotes, "ann-lee", quotes[0].text)]
                      + [QuoteGroup(q.group, [q], "bo-host", q.text) for q in asked], claims=[toll, dam],
                      statements=toll.statements + dam.statements)
    home = next(p for p in render.pages(dossier, Story("Floods", "Two days of floods."), {}) if p.path == "index.md")
    return render.make_environment(PROJECT / "templates").get_template(home.template).render(root="", **home.context)


def test_a_front_page_whose_speakers_are_quoted_only_in_phrases_says_so_and_points_to_them() -> None:
    article = Article("a", "seeds/a.txt", "Snow closes roads", ["The city called the roads dangerous."],
                      outlet="Daily A")
    phrase = Quote("a-q1", "a", 0, "dangerous and impassable", speaker="vell-council", group="g1")
    dossier = Dossier(articles=[article], entities=[Entity("vell-council", "Vell Council", "organization")],
                      quotes=[phrase], quote_groups=[QuoteGroup("g1", [phrase], "vell-council", phrase.text)])
    home = next(p for p in render.pages(dossier, Story("Snow"), {}) if p.path == "index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(home.template).render(root="",
                                                                                               **home.context)
    voices = markdown.split("## Key voices")[1].split("##")[0]
    assert "No one is quoted here in a sentence or more: the [speakers](speakers/index.md) list" in voices
    assert "could be attributed" not in voices  # the header counts a speaker: none is unknown


@pytest.mark.parametrize(("quoted", "said"), [
    (True, "No quote in these articles could be attributed to a speaker."),
    (False, "These articles quote no one."),
])
def test_a_front_page_without_speakers_tells_unattributed_quotes_from_none(quoted: bool, said: str) -> None:
    article = Article("a", "seeds/a.txt", "Snow closes roads", ['Roads were "dangerous and impassable" on Monday.'],
                      outlet="Daily A")
    quotes = [Quote("a-q1", "a", 0, "dangerous and impassable", group="g1")] if quoted else []
    dossier = Dossier(articles=[article], quotes=quotes,
                      quote_groups=[QuoteGroup("g1", quotes, None, quotes[0].text)] if quoted else [])
    home = next(p for p in render.pages(dossier, Story("Snow"), {}) if p.path == "index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(home.template).render(root="",
                                                                                               **home.context)
    voices = markdown.split("## Key voices")[1].split("##")[0]
    assert voices.strip() == said


def test_front_page_names_what_is_contested_and_who_speaks() -> None:
    home = composed_front_page()
    contested = home.split("## What is contested")[1].split("##")[0]
    assert "[The dam failed](claims/dam.md): *disputed*" in contested
    assert "**⚠&nbsp;[contested](claims/index.md#statuses)**" in home.split("## The story in brief")[1].split("##")[0]
    assert "[People died in the floods](claims/toll.md): *figures disagree*" in contested
    assert "35 (Daily A) ⚠" in contested and "20 (Daily B) ⚠" in contested
    brief = home.split("## The story in brief")[1].split("##")[0]
    assert "carried by 2 articles from 1 outlet and 1 of unknown outlet: Daily A · **⚠&nbsp;[contested](" in brief
    voices = home.split("## Key voices")[1].split("##")[0]
    assert "[Ann Lee](entities/ann-lee.md)** (1 quote, 2 outlets)" in voices  # one quote, carried by two
    assert "We have never seen the river this high" in voices
    assert voices.index("Ann Lee") < voices.index("Bo Host")  # quoted by more outlets, though less often
    assert "| Unknown outlet | 1 |" in home
    latest = home.split("## Latest articles")[1]
    assert latest.index("Toll rises to 35") < latest.index("Twenty dead in floods") < latest.index("Dam blamed")


def test_the_story_in_brief_tells_what_outlets_say_before_lines_they_only_quote() -> None:
    outlets = {"a": "Daily A", "b": "Daily B", "c": "Daily C"}
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["p", "p"], outlet=o) for a, o in outlets.items()]
    speech = Claim("speech", "We will rebuild every bridge", [
        Statement(a, 0, "“We will rebuild every bridge,” Ann Lee said.", "asserts", outlet=o, quoted=True)
        for a, o in outlets.items()])
    flood = Claim("flood", "The river broke its banks", [
        Statement(a, 1, "The river broke its banks on Monday.", "asserts", outlet=outlets[a]) for a in "ab"])
    dossier = Dossier(articles=articles, claims=[speech, flood], statements=speech.statements + flood.statements)
    brief = Catalog(dossier).main_claims()
    assert [view.claim.id for view in brief] == ["flood", "speech"]  # though the speech line has more outlets
    assert [view.status for view in brief] == ["agreed", "quoted"]


def test_the_story_in_brief_leaves_out_related_reports_however_many_outlets_tell_them() -> None:
    outlets = {"a": "Daily A", "b": "Daily B", "c": "Daily C"}
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["p", "p"], outlet=o) for a, o in outlets.items()]
    alike = Claim("alike", "The river Vell flooded the town", [
        Statement(a, 0, f"The river Vell {verb}.", "asserts", outlet=o)
        for (a, o), verb in zip(outlets.items(), ("flooded the town", "rose", "was dredged"), strict=True)],
        corroborated=False)
    flood = Claim("flood", "The river broke its banks", [
        Statement(a, 1, "The river broke its banks on Monday.", "asserts", outlet=outlets[a]) for a in "ab"])
    dossier = Dossier(articles=articles, claims=[alike, flood], statements=alike.statements + flood.statements)
    assert alike.status == "related reports"
    assert [view.claim.id for view in Catalog(dossier).main_claims()] == ["flood"]  # though it has more outlets


def test_a_quote_that_takes_its_speaker_from_other_outlets_names_them_in_its_article() -> None:
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["“We have never seen the river so high.”"]) for a in "ab"]
    said = Quote("a-q1", "a", 0, "We have never seen the river this high.", speaker_name="Ann Lee",
                 speaker="ann-lee", group="g1")
    unsaid = replace(said, id="b-q1", article="b", speaker_name=None, attribution="group")
    dossier = Dossier(articles=articles, entities=[Entity("ann-lee", "Ann Lee", "person")], quotes=[said, unsaid],
                      quote_groups=[QuoteGroup("g1", [said, unsaid], "ann-lee", said.text)])
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path.endswith("/b.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    row = next(line for line in markdown.splitlines() if "We have never seen" in line and line.startswith("|"))
    assert row.startswith("| [Ann Lee](") and "[](" not in markdown


def test_two_claims_of_a_paragraph_reported_by_the_same_outlet_say_so_once() -> None:
    articles = [Article("a", "seeds/a.txt", "Floods", ["The river rose. The dam broke."], outlet="Daily A"),
                Article("b", "seeds/b.txt", "Floods", ["The river rose.", "The dam broke."], outlet="Daily B")]
    rose = Claim("rose", "The river rose", [Statement("a", 0, "The river rose.", "asserts", outlet="Daily A"),
                                            Statement("b", 0, "The river rose.", "asserts", outlet="Daily B")])
    broke = Claim("broke", "The dam broke", [Statement("a", 0, "The dam broke.", "asserts", outlet="Daily A"),
                                             Statement("b", 1, "The dam broke.", "asserts", outlet="Daily B")])
    dossier = Dossier(articles=articles, claims=[rose, broke], statements=rose.statements + broke.statements)
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path.endswith("/a.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    assert markdown.count("Also reported by Daily B") == 1
    # each link names its claim, not "claim 1", "claim 2"
    assert "[The river rose](../../claims/" in markdown and "[The dam broke](../../claims/" in markdown


def _told(claim_id: str, tellers: list[tuple[str, int, str | None]], wire: str | None = None) -> Claim:
    return Claim(claim_id, "The river rose", [Statement(a, p, "The river rose.", "asserts", outlet=outlet, wire=wire)
                                              for a, p, outlet in tellers])


def test_a_claim_told_by_one_source_only_has_no_page_however_many_articles_tell_it() -> None:
    from dossier import paths
    assert not paths.claim_has_page(_told("c", [("a", 0, "Daily A"), ("b", 2, "Daily A")]))
    assert not paths.claim_has_page(_told("c", [("a", 0, "Daily A"), ("b", 0, "Daily B")], wire="Newswire"))
    assert not paths.claim_has_page(_told("c", [("a", 0, None), ("b", 1, None)]))
    assert paths.claim_has_page(_told("c", [("a", 0, "Daily A"), ("b", 0, "Daily B")]))
    assert _told("c", [("a", 0, "Daily A"), ("b", 2, "Daily A")]).url is None
    # A dispute within one source keeps its page: the front page's contested claims link it.
    disputed = _told("c", [("a", 0, "Daily A"), ("b", 2, "Daily A")])
    disputed.statements[1].stance = "disputes"
    assert paths.claim_has_page(disputed)


def _one_source_dossier(count: int) -> Dossier:
    ids = [f"a{n}" for n in range(count)]
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Rain fell.", "The river rose."], outlet="Daily A",
                        published=f"2024-05-0{n + 1}") for n, a in enumerate(ids)]
    rose = _told("rose", [(a, 1, "Daily A") for a in ids])
    return Dossier(articles=articles, claims=[rose], statements=rose.statements)


def test_a_paragraph_of_a_claim_told_by_one_source_links_that_sources_other_articles_telling_it() -> None:
    pages = list(render.pages(_one_source_dossier(6), Story("Floods"), {}))
    assert not any(p.path.startswith("claims/") and p.path.removeprefix("claims/") not in ("index.md", "coverage.md")
                   for p in pages)
    page = next(p for p in pages if p.path.endswith("/a0.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    [line] = [line for line in markdown.splitlines() if "Also in" in line]
    # The oldest three other articles, each at its paragraph telling it, then the rest counted.
    assert re.findall(r"\]\(([^)]*)\)", line) == [f"../../articles/a{n}.md#p2" for n in (1, 2, 3)]
    assert line.startswith('<small class="dossier-claims">Also in: [Daily A, 2024\\-05-02](')
    assert line.endswith(" and 2 more</small>")
    assert "claims/" not in markdown and "Also in" not in markdown.split("Rain fell.")[1].split("The river rose.")[0]


def test_an_undated_article_of_a_named_outlet_is_told_apart_from_its_others_by_its_headline() -> None:
    dossier = _one_source_dossier(3)
    for article in dossier.articles:
        article.published = None
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path.endswith("/a0.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    assert "Also in: [Daily A: Floods a1](../../articles/a1.md#p2), [Daily A: Floods a2](../../articles/a2.md#p2)<" \
        in markdown


def test_a_figure_one_source_gave_on_two_days_is_a_run_of_the_timeline_without_a_claim_page() -> None:
    dossier = _one_source_dossier(2)
    for statement, toll in zip(dossier.claims[0].statements, ("20", "35"), strict=True):
        statement.figures = [Figure(toll, float(toll), "people", counted="killed")]
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path == "timeline.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="", **page.laid_out())
    assert "## How the figures changed" in markdown and "### The river rose\n" in markdown
    assert "claims/" not in markdown


def test_the_story_in_brief_counts_articles_and_outlets_so_that_the_numbers_match_the_names() -> None:
    outlets = {"a": "Daily A", "b": "Daily A", "c": "Daily B"}
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["The river rose."], outlet=o) for a, o in outlets.items()]
    rose = _told("rose", [(a, 0, outlet) for a, outlet in outlets.items()])
    dossier = Dossier(articles=articles, claims=[rose], statements=rose.statements)
    brief = _markdown(list(render.pages(dossier, Story("Floods"), {})), "index.md", "").split(
        "## The story in brief")[1].split("##")[0]
    # Three articles, two of them Daily A's: two outlets named, and said to be two.
    assert "carried by 3 articles from 2 outlets: Daily A, Daily B ·" in brief


def test_the_story_in_brief_links_the_first_paragraph_of_a_claim_told_by_one_source_only() -> None:
    dossier = _one_source_dossier(2)
    [view] = Catalog(dossier).main_claims()
    assert (view.claim.id, view.status, view.href) == ("rose", "single source", "articles/a0.md#p2")
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path == "index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="", **page.laid_out())
    assert "- [The river rose](articles/a0.md#p2): carried by 2 articles from 1 outlet: Daily A ·" in markdown


def test_the_claims_index_counts_the_claims_told_by_one_source_only_as_the_data_does() -> None:
    dossier = _one_source_dossier(2)
    # A second claim of one source, told in one article only: dossier.json counts it among the "single source" ones.
    fell = _told("fell", [("a0", 0, "Daily A")])
    dossier.claims.append(fell)
    dossier.statements += fell.statements
    pages = list(render.pages(dossier, Story("Floods"), {}))
    page = next(p for p in pages if p.path == "claims/index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../", **page.laid_out())
    # Both claims counted, as the data counts them; neither listed, as neither has a page: the table says which.
    assert sum(claim.status == "single source" for claim in dossier.claims) == 2
    assert f"| *single source* | {render.escape_markdown(CLAIM_STATUS['single source'])} | 2 | 0 |" in markdown
    assert "| Claims | Listed below |" in markdown
    assert "No statement of fact is told by more than one source yet" in markdown


def _flood_and_speech() -> list[Page]:
    """The pages of a dossier of two claims three outlets tell, one in their own words, one a line they quote."""
    outlets = {"a": "Daily A", "b": "Daily B", "c": "Daily C"}
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["p", "p"], outlet=o) for a, o in outlets.items()]
    speech = Claim("speech", "We will rebuild every bridge", [
        Statement(a, 0, "“We will rebuild every bridge,” Ann Lee said.", "asserts", outlet=o, quoted=True,
                  source_name="Ann Lee") for a, o in outlets.items()])
    flood = Claim("flood", "The river broke its banks", [
        Statement(a, 1, "The river broke its banks on Monday.", "asserts", outlet=outlets[a]) for a in "ab"])
    dossier = Dossier(articles=articles, claims=[speech, flood], statements=speech.statements + flood.statements)
    return list(render.pages(dossier, Story("Floods"), {}))


def _markdown(pages: list[Page], path: str, root: str) -> str:
    page = next(p for p in pages if p.path == path)
    return render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root=root, **page.laid_out())


def test_the_front_page_names_each_claims_status_as_the_claims_list_does_with_what_it_means() -> None:
    brief = _markdown(_flood_and_speech(), "index.md", "").split("## The story in brief")[1].split("##")[0]
    for status in ("agreed", "quoted"):
        meaning = render.escape_markdown(CLAIM_STATUS[status])
        assert f'*[{status}](claims/index.md#statuses)*{{ title="{meaning}" }}' in brief
    assert "asserted by several outlets or the sources they name" not in brief  # the front page's own words, gone


def test_the_claims_list_explains_each_status_in_a_table_with_how_many_claims_have_it() -> None:
    markdown = _markdown(_flood_and_speech(), "claims/index.md", "../")
    assert "## What a claim's status means { #statuses }" in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| *")]
    # a contested claim's status stands out in bold with a sign, as in the list below it
    marked = {status: f"**⚠&nbsp;{status}**" if status == "contested" else f"*{status}*" for status in CLAIM_STATUS}
    assert rows == [f"| {marked[status]} | {render.escape_markdown(meaning)} | {count} | {count} |"
                    for (status, meaning), count in zip(CLAIM_STATUS.items(), (0, 1, 0, 1, 0, 0), strict=True)]
    assert "Status: **contested**" not in markdown  # no second, denser explanation


def test_a_search_result_of_an_article_of_unknown_outlet_says_so_as_the_lists_name_it() -> None:
    unknown, known = (Article(a, f"seeds/{a}.txt", "Floods", ["p"], outlet=outlet) for a, outlet in
                      (("a", None), ("b", "Daily B")))
    assert render.search_label(Page("articles/a.md", "article.md.j2", {"article": unknown}, kind="article")) == (
        "Article (unknown outlet)")
    assert render.search_label(Page("articles/b.md", "article.md.j2", {"article": known}, kind="article")) == (
        "Article (Daily B)")
    assert render.search_label(Page("claims/c.md", "claim.md.j2", {}, kind="claim")) == "Claim"


def test_the_unattributed_quotes_page_says_where_a_speaker_is_named() -> None:
    unsaid = Quote("a-q1", "a", 0, "We will rebuild every bridge.", group="g1")
    dossier = Dossier(articles=[Article("a", "seeds/a.txt", "Floods", ["“We will rebuild every bridge.”"])],
                      quotes=[unsaid], quote_groups=[QuoteGroup("g1", [unsaid], None, unsaid.text)])
    markdown = _markdown(list(render.pages(dossier, Story("Floods"), {})), "speakers/unattributed.md", "../")
    assert "name a quote's speaker in the story's content/quotes.yml" in markdown
    assert "We will rebuild every bridge" in markdown


def test_an_unattributed_quote_shows_the_name_its_article_gives_the_speaker() -> None:
    # The article names the speaker, but the name matched no entity of the dossier: the name is shown, unlinked.
    named = Quote("a-q1", "a", 0, "We will rebuild every bridge.", speaker_name="Friends of the Tarn",
                  speaker_role="campaign group", group="g1")
    dossier = Dossier(articles=[Article("a", "seeds/a.txt", "Floods", ["“We will rebuild every bridge.”"])],
                      quotes=[named], quote_groups=[QuoteGroup("g1", [named], None, named.text)])
    markdown = _markdown(list(render.pages(dossier, Story("Floods"), {})), "speakers/unattributed.md", "../")
    assert "named Friends of the Tarn · as campaign group" in markdown


def test_readme_explains_the_statuses_in_the_words_of_the_pages() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### What a claim's status means")[1].split("###")[0]
    rows = dict(re.findall(r"^\| \*([a-z ]+)\* \| (.+) \|$", table, re.MULTILINE))
    assert rows == CLAIM_STATUS


def test_key_voices_count_articles_of_unknown_outlet_as_one_outlet_and_a_quote_three_carry_once() -> None:
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Ann Lee spoke."], outlet=outlet)
                for a, outlet in (("a", "Daily A"), ("b", None), ("c", None))]
    quotes = [Quote(f"{a}-q1", a, 0, "We have never seen the river this high.", speaker="ann-lee", group="g1")
              for a in ("a", "b", "c")]
    dossier = _quoted(articles, quotes, _people("Ann Lee"))
    [voice] = Catalog(dossier).key_voices()
    # One quote, as the speaker's page lists it; by Daily A and the unknown outlet.
    assert (voice.count, voice.quoted_by) == (1, 2)
    assert Catalog(dossier).speakers() == [(dossier.entities[0], 1)]


def test_site_url_gives_the_published_site_its_sitemap(tmp_path: Path) -> None:
    # The Pages workflow passes the address Pages gives; a site without one has no sitemap (MkDocs needs site_url).
    seeds = PROJECT / "seeds"
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs", "--no-cache",
                       "--site-url", "https://example.org/dossier/")
    assert result.returncode == 0, result.stderr
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/dossier/articles/" in sitemap
    refused = run_build(seeds, tmp_path / "site2", tmp_path / "docs2", "--no-cache",
                        "--site-url", "javascript:alert(1)")
    assert refused.returncode != 0 and "--site-url" in refused.stderr and "web address" in refused.stderr


def test_curation_files_with_yaml_aliases_are_refused_by_name(tmp_path: Path) -> None:
    seeds = write(tmp_path / "story" / "seeds", "a.txt", "A headline\n\nOne paragraph of text, said Jane Doe.\n").parent
    bomb = 'a: &a ["x", "x"]\nb: &b [*a, *a]\nc: [*b, *b]\n'
    for name in ("entities.yml", "quotes.yml"):
        content = tmp_path / "story" / "content"
        for other in ("entities.yml", "quotes.yml"):
            write(content, other, bomb if other == name else "")
        result = run_build(seeds, tmp_path / "site", tmp_path / "docs", "--no-cache")
        assert result.returncode != 0 and name in result.stderr and "aliases" in result.stderr


def test_mentioned_in_shows_the_whole_sentence_across_abbreviations() -> None:
    text = "Officials met on Monday. The U.S. Army said Gen. Ann Lee would visit Kursk. Nothing else was said."
    start = text.index("Ann Lee")
    before, mention, after = (span.text for span in sentence_around(text, start, start + len("Ann Lee")))
    assert (before, mention, after) == ("The U.S. Army said Gen. ", "Ann Lee", " would visit Kursk.")


def test_an_abbreviated_title_keeps_its_full_stop_on_the_entity_page() -> None:
    # The names stage keeps a title's words without the abbreviation's full stop: the page gives it back.
    lee = Entity("ann-lee", "Ann Lee", "person", roles=["Vell Gov", "Sen"], description="A governor.")
    dossier = Dossier(articles=[Article("a", "seeds/a.txt", "Floods", ["Vell Gov. Ann Lee spoke."])], entities=[lee])
    page = next(p for p in render.pages(dossier, Story("Floods", ""), {}) if p.path == "entities/ann-lee.md")
    template = render.make_environment(PROJECT / "templates").get_template(page.template)
    markdown = template.render(root="", **page.laid_out())
    assert "Sen.; Vell Gov." in markdown and "Vell Gov;" not in markdown


def test_the_curators_intro_keeps_all_of_markdown(tmp_path: Path) -> None:
    # Generated pages are rendered without the Markdown the templates never write (site.LeanMarkdown); the home
    # page shows the curator's intro, which may use any of it.
    seeds, content = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    content.mkdir()
    shutil.copy(next((PROJECT / "seeds").glob("*.txt")), seeds)
    (content / "index.md").write_text(
        "Sources: <https://example.org/sources>, the `flood-data` files and [the agency][agency].  \n"
        "Second line.\n\n[agency]: https://example.org/agency\n", encoding="utf-8")
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    home = BeautifulSoup((tmp_path / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = {a["href"] for a in home.select("article a[href]")}
    assert {"https://example.org/sources", "https://example.org/agency"} <= links
    assert [c.get_text() for c in home.select("article code")] == ["flood-data"]
    assert home.select("article br")


def test_a_speaker_quoted_only_in_a_word_is_no_key_voice() -> None:
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Ann Lee spoke."], outlet=outlet)
                for a, outlet in (("a", "Daily A"), ("b", "Daily B"))]
    word = [Quote(f"{a}-q1", a, 0, "courageous", speaker="acme", group="g1") for a in ("a", "b")]
    said = [Quote("a-q2", "a", 0, "We have never seen the river this high.", speaker="ann-lee", group="g2")]
    dossier = _quoted(articles, [*word, *said], [Entity("acme", "Acme", "organization"), *_people("Ann Lee")],
                      mentions=_named("ann-lee", ("a", 0), ("b", 0)))
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee"]


def test_a_key_voice_shows_a_quote_that_opens_a_sentence_before_the_end_of_one_the_outlet_wrote() -> None:
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Ann Lee spoke."], outlet=outlet)
                for a, outlet in (("a", "Daily A"), ("b", "Daily B"))]
    end = [Quote(f"{a}-q1", a, 0, "lead to a calm debate that will end this long wait.", speaker="ann-lee",
                 group="g1") for a in ("a", "b")]
    said = [Quote("a-q2", "a", 0, "We will keep the gates shut until the water goes down.", speaker="ann-lee",
                  group="g2")]
    dossier = _quoted(articles, [*end, *said], _people("Ann Lee"))
    [voice] = Catalog(dossier).key_voices()
    assert voice.quote.group.id == "g2"


def test_a_story_is_not_named_after_a_headline_cut_short() -> None:
    def article(number: int, title: str) -> Article:
        return Article(id=f"a{number}", source_file=f"seeds/a{number}.txt", title=title, paragraphs=["Text."])

    cut = article(1, "Vell harbour bridge shut for repairs after...")
    whole = article(3, "Vell harbour bridge shut for repairs")
    assert central_headline([cut, article(2, "Cracks close a bridge"), whole]) == whole.title
    assert central_headline([cut]) == cut.title


def test_a_story_is_not_named_after_an_article_that_names_nothing_the_others_name(tmp_path: Path) -> None:
    seeds = tmp_path / "vell_harbour_bridge" / "seeds"
    headlines = ("Mayor Ilse Varga shuts the Vell harbour bridge for repairs on Monday",
                 "Vell harbour bridge closed as Varga orders urgent repairs to cracked span",
                 "Cracked span: Varga closes the harbour bridge of Vell until further notice")
    for n, (outlet, headline) in enumerate(zip(("vellpost", "harnwicktimes", "portogazette"), headlines, strict=True)):
        write(seeds, f"{outlet}-com__{n}.txt", f"{headline}\n\nMayor Ilse Varga closed the Vell harbour bridge on "
                                               f"Monday, day {n} of the repairs.\n")
    # A promotion saved by mistake, whose short headline shares the story's words.
    write(seeds, "promo-com__9.txt", "Vell bridge repairs\n\nThe Tarnford Echo has served Tarnford readers since "
                                     "1892. Look back at its history each day this year.\n")
    result = run_build(seeds, tmp_path / "site", tmp_path / "docs")
    assert result.returncode == 0, result.stderr
    assert "(seeds/promo-com__9.txt): are they about this story?" in result.stderr
    title = page(tmp_path / "site", "index.html").select_one("article h1").get_text(strip=True)
    # named after the folder holding seeds/, its words written as the articles write them
    assert title == "Vell harbour bridge"


def test_another_article_of_a_paragraphs_own_outlet_telling_it_is_not_named_as_another_outlet() -> None:
    articles = [Article("a", "seeds/a.txt", "Floods", ["The river rose."], outlet="Daily A"),
                Article("b", "seeds/b.txt", "Floods", ["The river rose."], outlet="Daily B"),
                Article("c", "seeds/c.txt", "More floods", ["The river rose."], outlet="Daily A")]
    rose = Claim("rose", "The river rose", [Statement(a.id, 0, "The river rose.", "asserts", outlet=a.outlet)
                                            for a in articles])
    dossier = Dossier(articles=articles, claims=[rose], statements=rose.statements)
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path.endswith("/a.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    assert "[Also reported by Daily B, another article of Daily A](../../claims/" in markdown


def test_a_claim_page_says_when_the_outlets_asserting_it_run_one_agencys_text() -> None:
    articles = [Article(a, f"seeds/{a}.txt", "Bill", ["The bill was $284 billion."], outlet=outlet)
                for a, outlet in (("a", "Daily A"), ("b", "Daily B"), ("c", "Daily C"))]
    statements = [Statement("a", 0, "The bill was $284 billion.", "asserts", outlet="Daily A", wire="Associated Press"),
                  Statement("b", 0, "The bill was $284 billion.", "asserts", outlet="Daily B", wire="Associated Press"),
                  Statement("c", 0, "The bill was reportedly $284 billion.", "reports", outlet="Daily C")]
    bill = Claim("bill", "The bill was $284 billion", statements)
    dossier = Dossier(articles=articles, claims=[bill], statements=statements)
    page = next(p for p in render.pages(dossier, Story("Bill"), {}) if p.path.endswith("claims/bill.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../", **page.laid_out())
    meaning = render.escape_markdown(CLAIM_STATUS["reported only"])
    assert f'Status: *[reported only](../claims/index.md#statuses)*{{ title="{meaning}" }}' in markdown
    assert ("The outlets that assert it (Daily A, Daily B) run one text (Associated Press): one source, not several "
            "that agree.") in markdown


def test_an_abbreviated_title_and_the_word_in_full_are_one_role() -> None:
    lee = Entity("ann-lee", "Ann Lee", "person", roles=["Sen", "Senator", "Vell Gov"], description="A senator.")
    dossier = Dossier(articles=[Article("a", "seeds/a.txt", "Floods", ["Sen. Ann Lee spoke."])], entities=[lee])
    page = next(p for p in render.pages(dossier, Story("Floods", ""), {}) if p.path == "entities/ann-lee.md")
    template = render.make_environment(PROJECT / "templates").get_template(page.template)
    markdown = template.render(root="", **page.laid_out())
    assert "Senator; Vell Gov." in markdown and "Sen.;" not in markdown


def _named(entity: str, *places: tuple[str, int]) -> list[Mention]:
    """Mentions of the entity in these (article, paragraph)s."""
    return [Mention(article, paragraph, 0, 3, entity, "person", entity=entity) for article, paragraph in places]


def _people(*names: str) -> list[Entity]:
    return [Entity(name.lower().replace(" ", "-"), name, "person") for name in names]


def _quoted(articles: list[Article], quotes: list[Quote], entities: list[Entity], **fields: object) -> Dossier:
    """A dossier of these quotes, a group per group id, spoken by its quotes' speaker, in its first quote's words."""
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.group, []).append(quote)
    return Dossier(articles=articles, quotes=quotes, entities=entities, **fields,
                   quote_groups=[QuoteGroup(group, members, members[0].speaker, members[0].text)
                                 for group, members in groups.items()])


def test_a_speaker_one_article_quotes_on_another_event_is_no_key_voice() -> None:
    # A round-up: the Vell Post's article on the mayor's resignation ends with a coach quoted on his own team's loss.
    articles = [Article(a, f"seeds/{a}.txt", f"Mayor quits {a}", ["Mayor Ann Lee quit.", "Cy Poe lost again.",
                                                                   "“We will keep it to the game,” he said."],
                        outlet=f"{a.title()} Post") for a in ("vell", "harn", "tarn")]
    quits = [Quote(f"{a}-q1", a, 0, "I leave with a heavy heart and no regrets.", speaker="ann-lee", group="g1")
             for a in ("vell", "harn")]
    game = [Quote("vell-q2", "vell", 2, "We will keep it to the game and talk about it later.", speaker="cy-poe",
                  group="g2")]
    aide = [Quote("tarn-q3", "tarn", 1, "She told us on Monday she would go at the end of the month.",
                  speaker="bo-ray", group="g3")]
    dossier = _quoted(articles, [*quits, *game, *aide], _people("Ann Lee", "Cy Poe", "Bo Ray"),
                      mentions=_named("ann-lee", ("vell", 0), ("harn", 0), ("tarn", 0), ("tarn", 0))
                      + _named("cy-poe", ("vell", 1)) + _named("bo-ray", ("tarn", 0)))
    # The coach is quoted in one article, next to no one the story is about; the aide, in one article too, is quoted
    # right after a paragraph naming him and the mayor.
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee", "Bo Ray"]
    # A story of one article: every speaker it quotes is one of its voices.
    alone = _quoted(articles[:1], [quits[0], *game], dossier.entities, mentions=dossier.mentions)
    assert [voice.entity.name for voice in Catalog(alone).key_voices()] == ["Ann Lee", "Cy Poe"]


def test_a_speaker_quoted_after_a_paragraph_naming_the_story_but_not_them_is_no_key_voice() -> None:
    # The Vell Post recalls another incident on the ferry line: its passenger is named further back, then a caption on
    # the story stands between that and her words ("she said"), which name no one. She is no voice of the story; the
    # harbour master, named in his quote's paragraph right after a paragraph naming the ferry line, is.
    paragraphs = ["Vellco apologised to the two players on Monday.", "In October, Tia Moss was put off a Vellco ferry.",
                  "Moss said she was scolded by the captain.", "Rovers coach Jo Roe tweeted that Vellco needs training",
                  "“I did not say one word to anybody,” she said.", "Vellco runs the ferry to Poe.",
                  "“We are looking into it,” harbour master Cy Poe said."]
    articles = [Article(a, f"seeds/{a}.txt", f"Players put off ferry {a}", paragraphs if a == "vell" else
                        ["Vellco apologised to the two players."], outlet=f"{a.title()} Post")
                for a in ("vell", "harn", "tarn")]
    apology = [Quote(f"{a}-q1", a, 0, "We apologise for what occurred on this crossing.", speaker="vellco",
                     group="g1") for a in ("harn", "tarn")]
    moss = [Quote("vell-q2", "vell", 4, "I did not say one word to anybody.", speaker="tia-moss", group="g2")]
    poe = [Quote("vell-q3", "vell", 6, "We are looking into it.", speaker="cy-poe", group="g3")]
    dossier = _quoted(articles, [*apology, *moss, *poe],
                      [Entity("vellco", "Vellco", "organisation"), *_people("Tia Moss", "Cy Poe")],
                      mentions=_named("vellco", ("vell", 0), ("vell", 1), ("vell", 3), ("vell", 5), ("harn", 0),
                                      ("tarn", 0))
                      + _named("tia-moss", ("vell", 1), ("vell", 2)) + _named("cy-poe", ("vell", 6)))
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Vellco", "Cy Poe"]


def test_a_speaker_quoted_only_in_an_article_of_another_story_is_no_key_voice() -> None:
    # The build asks about an article that names no one the others name (Dossier.unrelated): until the user moves
    # it out, its speakers stay off the front page.
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Text."], outlet=outlet)
                for a, outlet in (("a", "Daily A"), ("b", "Daily B"), ("c", "Daily C"))]
    stray = [Quote(f"c-q{n}", "c", n, f"The tour ends in May, for the {n}th time.", speaker="ben-roe", group=f"g{n}")
             for n in range(3)]
    said = [Quote("a-q1", "a", 0, "We have never seen the river this high.", speaker="ann-lee", group="g9")]
    dossier = _quoted(articles, [*stray, *said], _people("Ann Lee", "Ben Roe"), unrelated={"c"},
                      mentions=_named("ann-lee", ("a", 0), ("b", 0)) + _named("ben-roe", ("c", 0), ("c", 1)))
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee"]


def test_a_short_sentence_three_outlets_carry_makes_a_key_voice_before_one_outlets_long_quote() -> None:
    articles = [Article(a, f"seeds/{a}.txt", f"Floods {a}", ["Text."], outlet=f"Daily {a.upper()}")
                for a in ("a", "b", "c")]
    short = [Quote(f"{a}-q1", a, 0, "He was unresponsive, a disaster.", speaker="ann-lee", group="g1")
             for a in ("a", "b", "c")]
    long = [Quote("a-q2", "a", 1, "We have never seen the river this high in all our years here.",
                  speaker="ben-roe", group="g2")]
    phrase = [Quote("b-q3", "b", 1, "utterly and totally unprecedented", speaker="cy-poe", group="g3")]
    dossier = _quoted(articles, [*short, *long, *phrase], _people("Ann Lee", "Ben Roe", "Cy Poe"),
                      mentions=_named("ben-roe", ("a", 1), ("b", 0)))
    # A phrase in the writer's sentence (small first letter) stays no voice however many words it has.
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee", "Ben Roe"]


@pytest.mark.parametrize("text", ["We will  rebuild the bridge,\nby spring.", "\u201cYes.\u201d", "", "   "])
def test_excerpt_diff_of_a_quote_in_its_group_s_own_words_is_the_word_by_word_diff(text: str) -> None:
    # A shortcut skips difflib where the excerpt is the full wording: it must give what the diff gives.
    assert excerpt_diff(text, text) == wording_diff(text, text)


def test_a_quote_over_paragraphs_is_marked_in_each() -> None:
    # The first paragraph links the quote; the words it runs on with (reopened or not) are marked too.
    from dossier.quotes import find_quotes

    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=[
        "Mayor Jo Roe said: “We will build the bridge by spring.",
        "“And the road by the summer.",
        "We will not stop until the work is done,” she added.",
    ])
    [quote] = find_quotes(page, [])
    quote.group = "g1"
    dossier = Dossier(articles=[page], quotes=[quote], quote_groups=[QuoteGroup(id="g1", quotes=[quote])])
    marked = [
        (view.index, span.text, span.kind)
        for view in Catalog(dossier).paragraphs(page)
        for span in view.spans
        if span.kind
    ]
    assert marked == [
        (0, "“We will build the bridge by spring.", "quote"),
        (1, "“And the road by the summer.", "quoted"),
        (2, "We will not stop until the work is done,”", "quoted"),
    ]


def test_lines_set_apart_from_an_article_are_not_all_called_captions() -> None:
    article = Article("a", "seeds/a.txt", "Floods", ["The river rose."], outlet="Daily A",
                      captions=["Jo Roe (@joroe) posted: the river at noon", "Top Deals: a $13 charger"])
    page = next(p for p in render.pages(Dossier(articles=[article]), Story("Floods"), {}) if p.path.endswith("/a.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    # embedded posts and promotions land there too: a "Captions" heading would call them photo captions
    assert "## Set apart from the text" in markdown and "## Captions" not in markdown
    assert "- Top Deals: a $13 charger" in markdown


def test_the_story_in_brief_says_whose_words_a_quoted_title_is_and_which_outlets_quote_them() -> None:
    outlets = {"a": "Daily A", "b": "Daily B"}
    articles = [Article(a, f"seeds/{a}.txt", f"Vote {a}", ["p", "p"], outlet=o) for a, o in outlets.items()]
    stunned = Claim("stunned", "Jo Roe: “I was stunned when the mayor lost the vote this week”", [
        Statement(a, 0, "“I was stunned when the mayor lost the vote this week,” Roe said.", "asserts", outlet=o,
                  quoted=True, source_name="Jo Roe") for a, o in outlets.items()])
    # The outlet's own sentence joined with the quote: the title is still the speaker's words, not the outlets'.
    stunned.statements.append(Statement("a", 1, "Councillors were stunned by the mayor's loss in the vote this week.",
                                        "asserts", outlet="Daily A"))
    dossier = Dossier(articles=articles, claims=[stunned], statements=stunned.statements)
    page = next(p for p in render.pages(dossier, Story("Vote"), {}) if p.path == "index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="", **page.laid_out())
    brief = markdown.split("## The story in brief")[1].split("##")[0]
    assert "asserted by several outlets" not in brief
    assert "\" }: Jo Roe's words, quoted by Daily A, Daily B; also told, not as a quote, by Daily A" in brief


def test_two_claims_of_a_paragraph_reported_by_different_outlets_are_one_line_naming_each_claim() -> None:
    articles = [Article("a", "seeds/a.txt", "Floods", ["The river rose. The dam broke."], outlet="Daily A"),
                Article("b", "seeds/b.txt", "Floods", ["The river rose. The dam broke."], outlet="Daily B"),
                Article("c", "seeds/c.txt", "Floods", ["The river rose."], outlet="Daily C")]
    rose = Claim("rose", "The river rose", [Statement(a.id, 0, "The river rose.", "asserts", outlet=a.outlet)
                                            for a in articles])
    broke = Claim("broke", "The dam broke", [Statement(a.id, 0, "The dam broke.", "asserts", outlet=a.outlet)
                                             for a in articles[:2]])
    dossier = Dossier(articles=articles, claims=[rose, broke], statements=rose.statements + broke.statements)
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path.endswith("/a.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    [line] = [line for line in markdown.splitlines() if "Also reported" in line]
    # one "Also reported by", each claim named beside the outlets telling it, not two lines a reader cannot tell apart
    assert line.count("Also reported") == 1
    assert "Also reported by Daily B, Daily C: [The river rose](../../claims/" in line
    assert " · by Daily B: [The dam broke](../../claims/" in line


def test_the_claims_list_marks_a_contested_claim_in_bold_with_a_sign() -> None:
    articles = [Article(a, f"seeds/{a}.txt", "Floods", ["The river rose. The dam broke."], outlet=f"Daily {a}")
                for a in "AB"]
    # Daily B disputes that the river rose; both outlets assert that the dam broke
    rose = Claim("rose", "The river rose", [Statement("A", 0, "The river rose.", "asserts", outlet="Daily A"),
                                            Statement("B", 0, "The river rose.", "disputes", outlet="Daily B")])
    broke = Claim("broke", "The dam broke", [Statement(a.id, 0, "The dam broke.", "asserts", outlet=a.outlet)
                                             for a in articles])
    dossier = Dossier(articles=articles, claims=[rose, broke], statements=rose.statements + broke.statements)
    page = next(p for p in render.pages(dossier, Story("Floods"), {}) if p.path == "claims/index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../", **page.laid_out())
    rows = {line.split("](")[0]: line for line in markdown.splitlines() if line.startswith("| [The ")}
    assert rows["| [The river rose"].endswith("| **⚠&nbsp;[contested](../claims/index.md#statuses)**{ title=\""
                                            f"{CLAIM_STATUS['contested']}\" }} |")
    assert "| *[agreed](" in rows["| [The dam broke"]


@pytest.mark.parametrize("captions, intro", [
    (["The bridge at dawn (Photo: Ann Lee)"], "A line the page set around the article"),
    (["The bridge at dawn (Photo: Ann Lee)", "A post shared by Vell Council"], "Captions, embedded posts and other"),
])
def test_a_lone_caption_is_introduced_as_one_line(captions: list[str], intro: str) -> None:
    article = Article("a", "seeds/a.txt", "Floods", ["The river rose."], outlet="Daily A", captions=captions)
    page = next(p for p in render.pages(Dossier(articles=[article]), Story("Floods"), {}) if p.path.endswith("/a.md"))
    markdown = render.make_environment(PROJECT / "templates").get_template(page.template).render(
        root="../../", **page.laid_out())
    section = markdown.split("## Set apart from the text\n\n")[1]
    assert section.startswith(intro)


@pytest.mark.parametrize("folder, title", [
    ("vell_harbour_bridge", "Vell harbour bridge"),  # a name the articles capitalise is capitalised
    ("ilse-varga-shuts-US-bridge", "Ilse Varga shuts US bridge"),  # a capital the folder writes is kept
    ("VellBridgeRepairs", "Vell Bridge Repairs"),
])
def test_an_untitled_story_is_named_after_its_folder_not_one_outlets_headline(folder: str, title: str) -> None:
    told_as = ["Mayor Ilse Varga shut the Vell bridge: us? Never, she said."]
    articles = [Article(a, f"{folder}/{a}.txt", headline, told_as, outlet=outlet)
                for a, outlet, headline in (("a", "Daily A", "Varga slams the door on Vell's crumbling bridge"),
                                            ("b", "Daily B", "Vell bridge shut for repairs"))]
    told = load_story(None, articles, seeds=Path("/stories") / folder)
    assert told.title == title and told.named_after == "its folder"
    assert load_story(None, articles).named_after == "a headline"  # no folder: the central headline


@pytest.mark.parametrize("folder", ["2010_2b95d2cf", "20240502"])
def test_a_folder_named_by_an_id_leaves_the_story_named_after_a_headline(folder: str) -> None:
    articles = [Article(a, f"{folder}/{a}.txt", headline, ["The Vell bridge was shut."], outlet=outlet)
                for a, outlet, headline in (("a", "Daily A", "Vell bridge shut for repairs"),
                                            ("b", "Daily B", "Vell bridge shut"))]
    told = load_story(None, articles, seeds=Path("/stories") / folder)
    assert told.named_after == "a headline"
    assert told.title in {"Vell bridge shut for repairs", "Vell bridge shut"}


def test_a_folder_named_after_a_headline_cut_short_leaves_the_story_named_after_the_headline() -> None:
    def title(folder: str, headline: str) -> str:
        articles = [Article(a, f"{folder}/{a}.txt", headline, ["Vell said so on Monday."], outlet=outlet)
                    for a, outlet in (("a", "Daily A"), ("b", "Daily B"))]
        return load_story(None, articles, seeds=Path("/stories") / folder).title

    offer = "Vell Raises Its Offer for Tarn to $121 Billion"
    assert title("Vell_Raises_Its_Offer_for_Tarn_to_121", offer) == offer  # a sum cut short
    bill = "Vell gets $284 billion electric bill"
    assert title("vell_gets_284_billion_electric_bil", bill) == bill  # a word cut short
    # A short name is the user's own, an abbreviation too.
    assert title("Vell_bridge_Jan", "Vell bridge shut since January") == "Vell bridge Jan"


def test_a_denial_of_the_report_before_it_shows_on_that_claims_page_as_disputing_it() -> None:
    report = "The Vell Gazette reported on Thursday that the Ruritanian navy sold four tankers of diesel to Sylvania."
    articles = [Article("a", "seeds/a.txt", "Fuel", [report, "But the Ruritanian defence ministry dismissed the report "
                                                             "on Friday."], outlet="Daily A"),
                Article("b", "seeds/b.txt", "Fuel", [report], outlet="Daily B")]
    statements = []
    for article in articles:
        mentions = find_mentions(article)
        statements += find_statements(article, find_quotes(article, mentions), mentions)
    claims = group_claims(statements)
    pages = list(render.pages(Dossier(articles=articles, claims=claims, statements=statements), Story("Fuel"), {}))
    [claim] = claims
    disputed = _markdown(pages, f"claims/{claim.id}.md", "../").split("## Disputed")[1].split("##")[0]
    assert "[Daily A](" in disputed and "dismissed the report on Friday" in disputed
    row = next(line for line in _markdown(pages, "claims/index.md", "../").splitlines() if "tankers" in line)
    assert "**⚠&nbsp;[contested](" in row


def test_a_host_or_reporter_a_transcript_labels_is_no_key_voice() -> None:
    transcript = ["JO ROE, HOST: The river rose overnight in Vell.", "ANN LEE, MAYOR: We have never seen it so high.",
                  "ROE: What happens now?", "LEE: We will keep the gates shut until the water goes down."]
    articles = [Article("a", "seeds/a.txt", "Floods a", transcript, outlet="Radio A"),
                Article("b", "seeds/b.txt", "Floods b", ["Jo Roe and Ann Lee spoke."], outlet="Daily B")]
    host = [Quote("a-q1", "a", 0, "The river rose overnight in Vell.", speaker="jo-roe", group="g1"),
            Quote("a-q3", "a", 2, "What happens now? The river is still rising.", speaker="jo-roe", group="g3")]
    mayor = [Quote("a-q2", "a", 1, "We have never seen it so high.", speaker="ann-lee", group="g2")]
    dossier = _quoted(articles, [*host, *mayor], _people("Jo Roe", "Ann Lee"),
                      mentions=_named("ann-lee", ("a", 1), ("b", 0)) + _named("jo-roe", ("a", 0), ("b", 0)))
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee"]


def test_a_journalist_the_text_names_as_its_own_outlets_is_no_key_voice() -> None:
    reports = ["Radio A's Jo Roe reports from Vell. The gates held, she says.", "Ann Lee spoke."]
    articles = [Article("a", "seeds/a.txt", "Floods a", reports, outlet="Radio A"),
                Article("b", "seeds/b.txt", "Floods b", ["Ann Lee spoke."], outlet="Daily B")]
    reporter = [Quote("a-q1", "a", 0, "It would be a major relief for the families of Vell.", speaker="jo-roe",
                      group="g1")]
    mayor = [Quote("a-q2", "a", 1, "We have never seen the river this high.", speaker="ann-lee", group="g2")]
    dossier = _quoted(articles, [*reporter, *mayor], _people("Jo Roe", "Ann Lee"),
                      mentions=_named("ann-lee", ("a", 1), ("b", 0)) + _named("jo-roe", ("a", 0), ("b", 0)))
    assert [voice.entity.name for voice in Catalog(dossier).key_voices()] == ["Ann Lee"]


def test_a_quote_s_words_are_credited_to_the_outlet_they_are_and_a_phrase_of_it_is_no_carrying_of_it() -> None:
    # The Daily A wrote the tweet without the comma, the Daily B with it; the Daily C quoted two of its words.
    articles = [Article(a, f"seeds/{a}.txt", f"App removed {a}", ["Pavel Roe spoke."], outlet=outlet,
                        published=f"2018-02-0{n}")
                for n, (a, outlet) in enumerate((("a", "Daily A"), ("b", "Daily B"), ("c", "Daily C")), start=1)]
    tweet = "We were alerted that inappropriate content was made available to our users{} and both apps were removed."
    quotes = [Quote("a-q1", "a", 0, tweet.format(""), speaker="pavel-roe", group="g1"),
              Quote("b-q1", "b", 0, tweet.format(","), speaker="pavel-roe", group="g1"),
              Quote("c-q1", "c", 0, "inappropriate content", speaker="pavel-roe", group="g1")]
    dossier = Dossier(articles=articles, quotes=quotes, entities=_people("Pavel Roe"),
                      mentions=_named("pavel-roe", ("a", 0), ("b", 0), ("c", 0)),
                      quote_groups=[QuoteGroup("g1", quotes, "pavel-roe", tweet.format(","))])
    catalog = Catalog(dossier)
    [view] = catalog.speaker_groups(dossier.entities[0])
    assert [v.article.outlet for v in view.variants] == ["Daily B", "Daily A"]
    assert [v.article.outlet for v in view.phrases] == ["Daily C"]
    [voice] = catalog.key_voices()
    assert voice.outlets.named == ["Daily A", "Daily B"]
    page = _markdown(list(render.pages(dossier, Story("App removed"), {})), paths.entity_page("pavel-roe"), "../")
    assert "Only a few of its words: [Daily C]" in page
    assert "(“inappropriate content”)" in page


def test_front_page_shows_one_boys_age_that_outlets_tell_two_ways() -> None:
    # Three outlets print the first report's 4, two the corrected 3, each in a sentence of its own fact: no claim
    # holds two of them, yet the reader must see the age is told two ways. A boy of another year is another boy.
    told = {"a": "A gorilla was shot dead after a 4-year-old boy fell into its enclosure at the Vell zoo.",
            "b": "The 4-year-old boy was taken to hospital with minor injuries, police said.",
            "c": "Keepers killed the gorilla after a four-year-old boy climbed through a barrier.",
            "d": "The mother of a 3-year-old boy pleaded for help as the gorilla dragged him through the water.",
            "e": "After a 3-year-old boy slipped into the enclosure, a security team killed the gorilla."}
    articles = [Article(k, f"seeds/{k}.txt", "Gorilla shot", [text, "In 2013 a 2-year-old boy was mauled at a zoo."],
                        outlet=f"Daily {k.upper()}") for k, text in told.items()]
    statements = [Statement(a.id, n, text, "asserts", outlet=a.outlet, claim=f"{a.id}{n}")
                  for a in articles for n, text in enumerate(a.paragraphs)]
    claims = [Claim(s.claim, s.text, [s]) for s in statements]
    dossier = Dossier(articles=articles, statements=statements, claims=claims)
    home = next(p for p in render.pages(dossier, Story("Gorilla"), {}) if p.path == "index.md")
    markdown = render.make_environment(PROJECT / "templates").get_template(home.template).render(root="",
                                                                                               **home.context)
    contested = markdown.split("## What is contested")[1].split("##")[0]
    assert contested.strip() == (
        "- The boy's age: *figures disagree*; ages given: 3 ([Daily D](articles/d.md#p1), [Daily E](articles/e.md#p1))"
        " ⚠ · 4 ([Daily A](articles/a.md#p1), [Daily B](articles/b.md#p1), [Daily C](articles/c.md#p1)) ⚠")
    # An age one outlet alone gives is set aside (Daily D's 3 against Daily E's 5: no two ways told by two outlets
    # each), and a sentence giving a boy two ages tells of two boys.
    statements[8].text = "After a 5-year-old boy slipped into the enclosure, a security team killed the gorilla."
    assert ages_told_apart(statements) == []
    statements[8].text = told["e"]
    assert len(ages_told_apart(statements)) == 1
    statements[6].text = "A 3-year-old boy and a 4-year-old boy fell into the enclosure."
    assert ages_told_apart(statements) == []


def test_front_page_shows_a_stoppage_and_a_crash_that_outlets_tell_at_different_laps() -> None:
    # The Daily A tells the second stoppage on lap 28, the Daily B's timeline on lap 29; the Daily B's timeline has Jo
    # Roe's crash on lap 20, the Daily C on lap 21. No claim holds two of these sentences (a timeline's lines are
    # none), yet the reader must see the outlets tell each event at two laps.
    paragraphs = {"a": ["The Vell Grand Prix was stopped for a second time on lap 28 after heavy rain."],
                  "b": ["Ann Lee won the Vell Grand Prix on Sunday.",
                        "Lap 20 Jo Roe has a huge smash and the safety car comes out.",
                        "Lap 29 Drivers are left furious as the stewards stop the race with another red flag."],
                  "c": ["Jo Roe crashed on lap 21 at the first corner."]}
    articles = [Article(k, f"seeds/{k}.txt", "Vell Grand Prix", texts, outlet=f"Daily {k.upper()}")
                for k, texts in paragraphs.items()]
    statements = [Statement(k, 0, texts[0], "asserts", outlet=f"Daily {k.upper()}", claim=k)
                  for k, texts in paragraphs.items()]
    mentions = [Mention("b", 1, 7, 13, "Jo Roe", "person", entity="jo-roe"),
                Mention("c", 0, 0, 6, "Jo Roe", "person", entity="jo-roe")]
    claims = [Claim(s.claim, s.text, [s]) for s in statements]
    dossier = Dossier(articles=articles, statements=statements, claims=claims, entities=_people("Jo Roe"),
                      mentions=mentions)
    contested = _markdown(list(render.pages(dossier, Story("Vell Grand Prix"), {})), "index.md", "").split(
        "## What is contested")[1].split("##")[0]
    assert contested.strip().splitlines() == [
        "- The lap of Jo Roe's crash: *figures disagree*; laps given: 20 ([Daily B](articles/b.md#p2)) ⚠ · "
        "21 ([Daily C](articles/c.md#p1)) ⚠",
        "- The lap of the second stoppage: *figures disagree*; laps given: 28 ([Daily A](articles/a.md#p1)) ⚠ · "
        "29 ([Daily B](articles/b.md#p3)) ⚠"]


FERRY_GAZETTE = """---
title: Ferry strikes pier in Vell
outlet: The Vell Gazette
---
VELL — A ferry struck a pier on the Vell river and 25 people were injured, police said.

Four people with serious injuries were taken to hospital, police said.

The ferry was carrying 90 passengers from Hollin to the coast.
"""
FERRY_POST = """---
title: Ferry hits pier in Vell
outlet: Daily Post
---
VELL — A ferry has struck a pier on the Vell river in the north.

Police say {injured} are injured.

The pier will stay closed while engineers inspect it.
"""


def _ferry_pages(folder: Path, injured: str) -> list[Page]:
    from dossier.pipeline import analyse
    write(folder / "seeds", "gazette.md", FERRY_GAZETTE)
    seeds = write(folder / "seeds", "post.md", FERRY_POST.format(injured=injured)).parent
    return list(render.pages(analyse(seeds, None, folder, log=lambda _: None), Story("Ferry"), {}))


def test_front_page_and_claim_page_show_a_count_of_the_injured_two_outlets_tell_in_different_claims(
        tmp_path: Path) -> None:
    # The Gazette tells 25 injured in the sentence telling the crash, the Post 27 in a sentence of its own: two claims,
    # so no claim's figures compare them, yet the reader must see the outlets count the injured two ways. The four
    # seriously injured are some of them, not a third count.
    pages = _ferry_pages(tmp_path / "apart", "27 people")
    contested = _markdown(pages, "index.md", "").split("## What is contested")[1].split("##")[0]
    assert contested.strip() == ("- People injured: *figures disagree* across claims; counts given: 25 ([The Vell "
                                 "Gazette](articles/gazette.md#p1)) ⚠ · 27 ([Daily Post](articles/post.md#p2)) ⚠")
    claim = _markdown(pages, paths.claim_page("ferry-struck-pier-vell-river-north"), "../")
    assert "Another claim gives another count" in claim
    assert "27 ([Daily Post](../articles/post.md#p2))" in claim
    # "At least 20" is true of 25; a count of the seriously injured is a part of the whole.
    for injured in ("at least 20 people", "27 people seriously"):
        pages = _ferry_pages(tmp_path / injured.replace(" ", "-"), injured)
        assert "no figures disagree" in _markdown(pages, "index.md", "")


DISPUTED_IN_ONE_REPORT = """---
title: Mayor accused over dam repairs in Vell
outlet: The Vell Gazette
---
VELL — The town council of Vell met on Monday to discuss the spring floods, which damaged more than 40 homes.

Tom Hale, the opposition leader, said Mayor Ann Lee had cut the budget for repairs to the Hollin dam by half last year.

{answer}

The council will meet again next week.
"""


def _one_report_pages(tmp_path: Path, answer: str) -> list[Page]:
    from dossier.pipeline import analyse
    seeds = write(tmp_path / "seeds", "dam.md", DISPUTED_IN_ONE_REPORT.format(answer=answer)).parent
    return list(render.pages(analyse(seeds, None, tmp_path, log=lambda _: None), Story("Dam"), {}))


def test_a_dispute_between_two_sources_of_one_article_is_on_the_front_page_with_a_page(tmp_path: Path) -> None:
    # One voice asserts (Tom Hale), another denies (Ms. Lee's aides): the article tells a dispute, which the reader
    # finds under "What is contested", marked as one outlet's report, and on a page setting the two paragraphs side
    # by side.
    pages = _one_report_pages(tmp_path / "disputed", "Aides to Ms. Lee disputed that account.")
    contested = _markdown(pages, "index.md", "").split("## What is contested")[1].split("##")[0]
    claim = "claims/mayor-ann-lee-cut-budget-repairs-hollin-dam-half.md"
    assert contested.strip() == ("- [Mayor Ann Lee had cut the budget for repairs to the Hollin dam by half last "
                                 f"year]({claim}): *disputed*; reported by The Vell Gazette only")
    page = _markdown(pages, claim, "../")
    asserted, disputed = page.split("## Asserted")[1].split("## Disputed")
    assert "[The Vell Gazette](../articles/dam.md#p2), citing [Tom Hale](../entities/tom-hale.md)" in asserted
    assert "[The Vell Gazette](../articles/dam.md#p3), citing [Ann Lee](../entities/ann-lee.md)" in disputed
    # The article's two paragraphs link the page too: a reader of either finds the other voice.
    article = _markdown(pages, "articles/dam.md", "../")
    linked = [part.split(" .dossier-paragraph }")[0] for part in article.split("{ #")[1:]
              if "Disputed in this article: [Mayor Ann Lee had cut the budget" in part and f"](../{claim})" in part]
    assert linked == ["p2", "p3"]
    # A hedge is no dispute: a source declining to confirm, or the outlet itself, leaves the claim without a page.
    for hedge in ("Aides to Ms. Lee declined to confirm that account.", "The Gazette could not confirm that account."):
        pages = _one_report_pages(tmp_path / hedge.split()[1], hedge)
        assert not any(p.path.startswith("claims/mayor-") for p in pages)
        contested = _markdown(pages, "index.md", "").split("## What is contested")[1].split("##")[0]
        assert contested.strip() == "No claim in these articles is disputed by an outlet or a source, and no figures " \
                                    "disagree."


def test_an_article_page_shows_the_story_without_a_gallery_of_other_news_after_it(tmp_path: Path) -> None:
    from dossier.pipeline import analyse
    # Each photo of the gallery after the story is a paragraph under the gallery's title again (own words).
    gallery = [f"Old Town Market at 500 {photo} The square was {year} years old then. Traders sold fish there."
               for photo, year in (("The first stalls", 10), ("Fire and rebuilding", 260), ("Bands play", 480))]
    story = ["A passenger ferry struck a pier in Vell harbour on Tuesday evening, police said.",
             "Three passengers were taken to hospital:", "Jo Roe, 34", "Ann Doe, 51",
             "“It shook like a drum,” one passenger said.", "The harbour reopens on Thursday."]
    seeds = write(tmp_path / "seeds", "pier.txt", "Ferry hits pier in Vell harbour\n\n" + "\n\n".join(story + gallery)
                  + "\n").parent
    dossier = analyse(seeds, None, tmp_path, log=lambda _: None)
    page = _markdown(list(render.pages(dossier, Story("Pier"), {})), "articles/pier.md", "../")
    assert all(line in page for line in ("Jo Roe, 34", "Ann Doe, 51", "It shook like a drum", "reopens on Thursday"))
    assert "Old Town Market" not in page and "Traders sold fish" not in page
    assert not any(entity.name.startswith("Old Town") for entity in dossier.entities)


TRAM_REPORT = """---
title: Tram overturns in Vell
outlet: {outlet}
{dated}---
{toll} after a tram overturned in Vell town.

The line will stay closed while engineers inspect it.
"""


def _tram_claim_page(folder: Path, dated: str) -> str:
    from dossier.pipeline import analyse
    for name, outlet, toll in (("gazette", "The Vell Gazette", "At least five people are dead"),
                               ("post", "Daily Post", "Seven people have died")):
        report = TRAM_REPORT.format(outlet=outlet, dated=dated, toll=toll)
        seeds = write(folder / "seeds", f"{name}.md", report).parent
    pages = list(render.pages(analyse(seeds, None, folder, log=lambda _: None), Story("Tram"), {}))
    [page] = [p for p in pages if p.template == "claim.md.j2" and "tram" in p.context["claim"].summary]
    return _markdown(pages, page.path, "../")


def test_a_claim_page_says_undated_tolls_differ_and_does_not_list_them_as_updates(tmp_path: Path) -> None:
    # reviewer35 (croydon_tram_trash): undated, "at least five" and "seven" dead were listed as a running count,
    # "each later figure an update", so the reader took five for the later toll. The page names both counts and who
    # gives each, and says no order is known; the claim is titled by the higher count, not the lower bound.
    claim = _tram_claim_page(tmp_path / "undated", "")
    assert claim.startswith("# Seven people have died")
    assert ("People killed, as the outlets count them in this claim: 7 ([Daily Post](../articles/post.md#p1)) · "
            "at least 5 ([The Vell Gazette](../articles/gazette.md#p1))") in claim
    assert "each later figure an update" not in claim
    # Dated articles list a running count in the order of its dates: no note.
    dated = _tram_claim_page(tmp_path / "dated", "published: 2026-03-02\n")
    assert "The counts differ" not in dated and "each later figure an update" in dated


def test_an_article_the_stages_fail_on_is_skipped_by_name_and_the_others_are_built(tmp_path: Path, monkeypatch) -> None:
    from dossier import pipeline

    seeds = tmp_path / "seeds"
    write(seeds, "good.txt", "Ferry service resumes\n\nFerries to the islands sailed again on Friday after a two-day "
          "strike ended.\n\n“All crossings will run as normal,” said Jo Roe, the operator's manager.\n")
    write(seeds, "odd.txt", "Ferry strike ends\n\nThe strike by ferry crews ended on Thursday, the union said.\n")
    found = pipeline.quotes.find_quotes

    def failing_on_odd(article, mentions):
        if article.source_file.endswith("odd.txt"):
            raise IndexError("list index out of range")  # a fault of the stages that one article's text brings out
        return found(article, mentions)

    monkeypatch.setattr(pipeline.quotes, "find_quotes", failing_on_odd)
    lines: list[str] = []
    dossier = pipeline.analyse(seeds, None, tmp_path, log=lines.append)
    assert [Path(article.source_file).name for article in dossier.articles] == ["good.txt"]
    assert [quote.speaker_name for quote in dossier.quotes] == ["Jo Roe"]
    assert [Path(skipped.path).name for skipped in dossier.skipped] == ["odd.txt"]
    assert any("odd.txt" in line and "IndexError" in line for line in lines)


def test_check_extraction_names_the_file_and_stage_an_article_fails_in(tmp_path: Path, monkeypatch) -> None:
    import importlib.util

    from dossier.quotes import stage

    spec = importlib.util.spec_from_file_location("check_extraction", PROJECT / "scripts" / "check_extraction.py")
    assert spec is not None and spec.loader is not None
    check_extraction = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_extraction)
    write(tmp_path, "good.txt", "Ferry service resumes\n\nFerries to the islands sailed again on Friday after a "
          "two-day strike ended.\n\n“All crossings will run as normal,” said Jo Roe, the operator's manager.\n")
    write(tmp_path, "odd.txt", "Ferry strike ends\n\nThe strike by ferry crews ended on Thursday, the union said.\n")
    candidates = stage.speaker_candidates

    def failing_on_odd(article, mentions):
        if article.source_file.endswith("odd.txt"):
            raise IndexError("list index out of range")  # a fault of the stages that one article's text brings out
        return candidates(article, mentions)

    monkeypatch.setattr(stage, "speaker_candidates", failing_on_odd)
    for reading in ("cleaned", "uncleaned"):
        checked = check_extraction.check([tmp_path / "good.txt", tmp_path / "odd.txt"], reading)
        assert (checked.articles, checked.declined) == (2, 0)
        assert [(Path(f.file).name, f.stage, f.error) for f in checked.failures] == [
            ("odd.txt", "dossier.quotes.stage.find_quotes", "IndexError: list index out of range")]
        assert checked.failures[0].where.startswith("dossier/quotes/stage.py:")


def test_a_file_the_reader_fails_on_is_skipped_by_name_and_the_others_are_built(tmp_path: Path, monkeypatch) -> None:
    from dossier import pipeline, reader

    seeds = tmp_path / "seeds"
    write(seeds, "good.txt", "Ferry service resumes\n\nFerries to the islands sailed again on Friday after a two-day "
          "strike ended.\n\n“All crossings will run as normal,” said Jo Roe, the operator's manager.\n")
    write(seeds, "odd.txt", "Ferry strike ends\n\nThe strike by ferry crews ended on Thursday, the union said.\n")
    read = reader.read_article

    def failing_on_odd(path, root, sources):
        if path.name == "odd.txt":
            raise KeyError("byline")  # a fault of the reader that one file's text brings out
        return read(path, root, sources)

    monkeypatch.setattr(reader, "read_article", failing_on_odd)
    lines: list[str] = []
    dossier = pipeline.analyse(seeds, None, tmp_path, log=lines.append)
    assert [Path(article.source_file).name for article in dossier.articles] == ["good.txt"]
    assert [quote.speaker_name for quote in dossier.quotes] == ["Jo Roe"]
    assert [(Path(skipped.path).name, skipped.reason) for skipped in dossier.skipped] == [
        ("odd.txt", "could not be read (KeyError: 'byline')")]
