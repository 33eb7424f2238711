"""A story is a folder: ``seeds/`` (the articles) and ``content/`` (its title, description and curation).

This module finds a story's folders, reads its ``content/story.yml``, and makes new stories
(``build.py --init``). A build reads only its own story's content, never another story's.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import safe_yaml
from .structure import Article

TEMPLATE = Path(__file__).parent / "story_template"  # the files --init writes into content/
_WORD = re.compile(r"[a-z0-9]+")
_FOLDER_WORD = re.compile(r"[^\W_]+")  # a folder name's words: what underscores, hyphens, dots and spaces part
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "NewYearsEve": "New Years Eve"
# The words that scale a number in a sum ("$121 billion"): a folder name ending on the number lost them.
_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "bn")
# A folder name of this many words may be a headline's slug cut at a length limit; a shorter one ("floods_jan") is the
# user's own words, abbreviations and all.
_SLUG_WORDS = 5
# Words that say nothing about which story a headline tells.
_COMMON = frozenset(
    "a an the of to in on at for and or but with by from as is are was were be has have had it its"
    " after over says said new not will would".split()
)


@dataclass
class Story:
    title: str
    description: str = ""
    intro: str = ""  # the curator's Markdown from content/index.md, shown above the generated front page
    url: str | None = None  # where the site is published: MkDocs' site_url (sitemap, hover previews)
    named_after: str = ""  # no title was given: what the story is named after ("its folder", "a headline")


def story_folders(story: Path) -> tuple[Path, Path]:
    """The seeds and content folders of a story folder."""
    return story / "seeds", story / "content"


def content_beside(seeds: Path) -> Path | None:
    """The content folder of the story ``seeds`` belongs to: a ``content/`` beside a folder named ``seeds``.

    Any other folder of articles (a corpus folder, a download) has no curation of its own.
    """
    content = seeds.parent / "content"
    return content if seeds.name == "seeds" and content.is_dir() else None


def title_file(seeds: Path, content: Path | None) -> str:
    """Where the user gives a build of ``seeds`` its title: a file the build reads (the ``content/`` beside a folder
    named seeds is read once made, ``content_beside``); other articles read none until given one."""
    if content is None and seeds.name != "seeds":
        return ("the story.yml of a folder given with --content FOLDER, or make a story folder with --init DIR"
                " and put the articles in its seeds/")
    return str((content or seeds.parent / "content") / "story.yml")


def story_inputs(
    story: Path, seeds: Path | None, content: Path | None, default_story: bool
) -> tuple[Path, Path | None]:
    """The seeds and content folders a build reads, from ``--story``, ``--seeds`` and ``--content``.

    The story's own folders unless named otherwise; ``--seeds`` alone (``default_story``: no
    ``--story``) takes only the curation that belongs to those seeds (``content_beside``).
    """
    story_seeds, story_content = story_folders(story)
    if seeds is None:
        seeds, content = story_seeds, content or story_content
    elif content is None:
        content = content_beside(seeds.resolve()) if default_story else story_content
    return seeds.resolve(), content.resolve() if content else None


def working_folder(project: Path, story: Path | None, seeds: Path) -> Path:
    """Where a build keeps its Markdown tree and cache: the story's ``build/`` (``story``: ``--story``, or the
    project's own seeds), else a folder of the project's ``build/`` for this folder of articles alone, named after it
    and told apart by its path, so that builds of different folders never share one (nor write beside the articles,
    which may be read only)."""
    if story is not None or seeds == story_folders(project)[0].resolve():
        return (story or project) / "build"
    folder = seeds.parent if seeds.name == "seeds" else seeds
    digest = hashlib.sha256(str(seeds).encode("utf-8")).hexdigest()[:12]
    return project / "build" / "folders" / f"{folder.name}-{digest}"


def init(folder: Path) -> list[str]:
    """Create a new story in ``folder`` (absent or empty); returns the paths made, for the user."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValueError(f"{folder} exists and is not empty: choose a new folder for the story")
    seeds, content = story_folders(folder)
    seeds.mkdir(parents=True)
    content.mkdir()
    made = [f"{seeds}/"]
    for template in sorted(TEMPLATE.iterdir()):
        shutil.copyfile(template, content / template.name)
        made.append(str(content / template.name))
    return made


def load(content: Path | None, articles: list[Article], site_url: str | None = None,
         seeds: Path | None = None) -> Story:
    """The story's title, description and intro; without a title, one named after the story's folder (``seeds``'
    ``folder_title``), else after the headlines (``central_headline``).

    ``site_url`` (where the site is published, e.g. given by the Pages workflow) stands in for ``url:``.
    """
    data: dict = {}
    intro = ""
    if content is not None:
        story_file = content / "story.yml"
        if story_file.is_file():
            data = safe_yaml.load_file(story_file)
        intro_file = content / "index.md"
        if intro_file.is_file():
            intro = intro_file.read_text(encoding="utf-8")
    given = " ".join(str(data.get("title") or "").split())
    named = folder_title(seeds, articles) if seeds is not None else None
    title = given or named or central_headline(articles) or "Dossier"
    description = " ".join(str(data.get("description") or "").split())
    url = site_url or str(data.get("url") or "").strip() or None
    if url and not re.fullmatch(r"https?://[^\s/]+(?:/\S*)?", url):
        raise ValueError(f"{site_url and '--site-url' or content / 'story.yml'}: url must be a web address (https://...)")
    named_after = "" if given else "its folder" if named else "a headline" if articles else ""
    return Story(title=title, description=description, intro=intro, url=url, named_after=named_after)


def folder_title(seeds: Path, articles: list[Article]) -> str | None:
    """The story folder's name as words ("las_vegas_shooting": "Las Vegas shooting"): the folder the user named the
    story by, not one outlet's headline and its framing. The story folder is the one holding ``seeds/``, else the
    folder of articles itself. A word the folder writes in lower case is written as the articles' paragraphs most
    often write it (a name capitalised); one the folder capitalises is kept as it is ("US", not the pronoun "us").
    A folder name without a word of letters ("2010_2b95d2cf", an export's id) names no story, nor one a headline's cut
    short (``_cut_short``): None, and the story is named after the headlines."""
    folder = seeds.parent if seeds.name == "seeds" else seeds
    words = _FOLDER_WORD.findall(_CAMEL_CASE.sub(" ", folder.name))
    if not any(word.isalpha() for word in words) or (len(words) >= _SLUG_WORDS
                                                     and _cut_short(words[-1].lower(), articles)):
        return None
    lowered = {word for word in words if word.islower()}
    forms: Counter[str] = Counter()
    if lowered:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lowered))) + r")\b", re.IGNORECASE)
        forms.update(found for article in articles for paragraph in article.paragraphs
                     for found in pattern.findall(paragraph))

    def written(word: str) -> str:
        found = [form for form in forms if form.lower() == word]
        return max(found, key=lambda form: (forms[form], form == word, form)) if found else word

    title = " ".join(written(word) if word in lowered else word for word in words)
    return title[0].upper() + title[1:]


def _cut_short(last: str, articles: list[Article]) -> bool:
    """Does a folder name ending on the word ``last`` (lower case) end where a length limit cut a headline short? It
    ends inside a word ("…_electric_bil": a word no article writes, the start of one a headline writes) or inside a
    figure: a number the headlines write as a sum of money or with its scale ("…_Offer_to_121": "$121 Billion")."""
    headlines = " ".join(article.title for article in articles).lower()
    if last.isdigit():
        scales = "|".join(_SCALES)
        return re.search(rf"[$£€]\s?{last}\b|(?<![\d.,]){last}\s?(?:{scales})\b", headlines) is not None
    written = {word for article in articles for text in (article.title, *article.paragraphs)
               for word in _WORD.findall(text.lower())}
    return last not in written and any(word.startswith(last) for word in _WORD.findall(headlines))


def _words(title: str) -> set[str]:
    return {w for w in _WORD.findall(title.lower()) if w not in _COMMON}


def central_headline(articles: list[Article]) -> str | None:
    """The headline sharing most words with the other headlines: the one that best names the story."""
    if not articles:
        return None
    counts = Counter(w for a in articles for w in _words(a.title))

    def shared(article: Article) -> tuple[bool, float, str]:
        words = _words(article.title)
        # A headline the page cut short ("… who slapped...") only where no other is whole; per word (plus two, so
        # a one-word headline cannot win): long headlines are not favoured.
        cut = article.title.rstrip().endswith(("...", "…"))
        return (cut, -sum(counts[w] - 1 for w in words) / (len(words) + 2), article.id)

    return min(articles, key=shared).title
