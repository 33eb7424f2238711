"""Search stage: the online site's Pagefind index, made from records of our own data rather than the HTML.

Each page search finds (``render.SEARCH_KINDS``) becomes one record: its title, its kind (which
labels the result) and the words it is found by. An article is found by its whole text; a speaker,
entity or claim page by its name, names and roles, or summary. Those pages also repeat sentences of
the articles (mentions, quotes, statements), which made every common word find hundreds of them and
made their index the bulk of the indexing time; the article that says the sentence is the result.

The records go to Pagefind's indexing service (the binary in the ``pagefind`` wheel, run with
``--service``) over its pipe protocol, all at once: the wheel's own Python client waits a tenth of a
second for each answer, half an hour for 20,000 pages. One index per section (articles, speakers,
entities, claims), a large section in a few parts (``indexes_of``), which the search box merges; an
index whose records did not change since the last build into the same site is kept.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from pagefind.service import get_executable

from .files import mirror

PAGEFIND = "pagefind"  # the search index's folder in the site
LANGUAGE = "en"  # the site's language (mkdocs.yml theme.language): how Pagefind stems words


@dataclass(frozen=True)
class SearchRecord:
    """One page as search sees it."""

    url: str  # from the site root, as the browser's search box links it: ``/articles/x/``
    title: str  # plain text, as the page's heading shows it
    kind: str  # the result's label: Article, Speaker, Entity or Claim
    words: str  # plain text the page is found by (the title's words included)


_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def heading(markdown: str) -> str:
    """The plain text of a page's first ``# `` heading, as ``render.escape_markdown`` escaped it."""
    line = next((line for line in markdown.splitlines() if line.startswith("# ")), "")
    return html.unescape(_MARKDOWN_ESCAPE.sub(r"\1", line[2:].strip()))


def section_of(record: SearchRecord) -> str:
    return record.url.strip("/").split("/")[0]


# A section of this many records or more is indexed in ``SHARDS`` parts, each page in the part a hash of its
# address gives: one new article then changes the records of a part of each section, and only those parts are
# indexed again (the whole articles' index was most of a rebuild's indexing). The search box merges them all.
SHARD_FROM = 1000
SHARDS = 4
# Files Pagefind writes into every index that no page of the site loads: other UIs, highlighting, and the
# stemmer for pages of unknown language (every record is ``LANGUAGE``). The search box (``assets/search.js``) loads
# Pagefind's default UI from the first index only; the others need its engine, not its UI.
_NEVER_LOADED = frozenset({
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-highlight.js", "wasm.unknown.pagefind",
})
_UI_FILES = frozenset({"pagefind-ui.js", "pagefind-ui.css"})


def indexes_of(records: list[SearchRecord]) -> dict[str, list[SearchRecord]]:
    """The records of each search index, by its folder's name: the section (``articles``), or the section and
    the part of it (``articles-2``)."""
    sections: dict[str, list[SearchRecord]] = {}
    for record in records:
        sections.setdefault(section_of(record), []).append(record)
    indexes: dict[str, list[SearchRecord]] = {}
    for section, members in sorted(sections.items()):
        for record in members:
            name = section
            if len(members) >= SHARD_FROM:
                part = int.from_bytes(hashlib.sha256(record.url.encode()).digest()[:4], "big") % SHARDS
                name = f"{section}-{part + 1}"
            indexes.setdefault(name, []).append(record)
    return dict(sorted(indexes.items()))


def box_sections(names: list[str]) -> str:
    """The indexes as the search box reads them (``assets/dossier/search.js``, from every page's header): a
    section in parts 1 to N as ``section:N``. Spelled out, the parts' names were about 1 % of the site's bytes."""
    parts: dict[str, list[str]] = {}
    for name in names:
        section, _, part = name.rpartition("-")
        parts.setdefault(section if part.isdigit() else name, []).append(part if part.isdigit() else "")
    words = []
    for section, numbers in parts.items():
        if numbers == [str(number) for number in range(1, len(numbers) + 1)]:
            words.append(f"{section}:{len(numbers)}")
        else:
            words += [f"{section}-{number}" if number else section for number in numbers]
    return " ".join(words)


def _message(number: int, payload: dict) -> bytes:
    return base64.b64encode(json.dumps({"message_id": number, "payload": payload}).encode()) + b","


def _answers(stream: BinaryIO, count: int) -> list[dict]:
    """``count`` answers of the service, each base64 JSON followed by a comma."""
    answers: list[dict] = []
    pending: list[bytes] = []  # the pieces of an answer not yet complete (the index's files come as one)
    while len(answers) < count:
        chunk = stream.read1(1 << 16)
        if not chunk:
            break
        *complete, rest = chunk.split(b",")
        for piece in complete:
            answers.append(json.loads(base64.b64decode(b"".join([*pending, piece]))))
            pending = []
        pending.append(rest)
    return answers


def index_files(records: list[SearchRecord]) -> dict[str, bytes]:
    """Index ``records`` with Pagefind: the index's files (path in the index's folder: bytes)."""
    binary = get_executable()
    if binary is None:
        raise ValueError("Pagefind's indexing binary is missing: install requirements.txt (pagefind[bin])")
    service = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        service.stdin.write(_message(0, {"type": "NewIndex", "config": None}))
        service.stdin.flush()
        created = _answers(service.stdout, 1)
        if not created or created[0]["payload"]["type"] != "NewIndex":
            raise ValueError(f"Pagefind could not start an index: {created}")
        index = created[0]["payload"]["index_id"]
        messages = [
            # Pagefind shows a result's excerpt as HTML, and takes a record's content as it comes:
            # escaped here, so article text stays text (it escapes the text of the pages it parses itself).
            {"type": "AddRecord", "index_id": index, "url": r.url, "content": html.escape(r.words, quote=False),
             "language": LANGUAGE, "meta": {"title": r.title, "kind": r.kind}, "filters": None, "sort": None}
            for r in sorted(records, key=lambda r: r.url)
        ]
        messages.append({"type": "GetFiles", "index_id": index})

        def send() -> None:  # from a thread: the answers must be read while the requests are written
            for number, payload in enumerate(messages, 1):
                service.stdin.write(_message(number, payload))
            service.stdin.flush()

        writer = threading.Thread(target=send, daemon=True)
        writer.start()
        answers = _answers(service.stdout, len(messages))
        writer.join()
        failed = [a["payload"] for a in answers if a["payload"].get("type") == "Error"]
        if failed or len(answers) < len(messages):
            raise ValueError(f"Pagefind could not index the search records: {failed[:1] or 'it stopped answering'}")
    finally:
        service.stdin.close()
        service.wait()
    files = next(a["payload"]["files"] for a in answers if a["payload"]["type"] == "GetFiles")
    return {file["path"]: base64.b64decode(file["content"]) for file in files}


def digest(records: list[SearchRecord]) -> str:
    """What a section's index is made from: the same digest, the same index."""
    text = json.dumps([asdict(r) for r in sorted(records, key=lambda r: r.url)], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Indexes:
    """The search indexes of a site, made but not yet written (``make_indexes``)."""

    digests: dict[str, str]  # every index that has records (``indexes_of``): the digest of its records
    files: dict[str, dict[str, bytes]]  # the indexes made anew: their files


def make_indexes(
    site: Path, records: list[SearchRecord], kept: dict[str, str], slots: threading.Semaphore | None = None
) -> Indexes:
    """One Pagefind index per section (the first folder of the pages' addresses), or per part of a large one
    (``indexes_of``), in memory.

    ``kept``: the digests of the indexes already in ``site/pagefind/`` (from the last build into it): those
    indexes are not made again. Nothing is written: the site may be rendered meanwhile. ``slots``: how many
    Pagefind processes may run at once (``indexing_slots``; default: one per core but one).
    """
    sections = indexes_of(records)
    root = site / PAGEFIND
    digests = {section: digest(members) for section, members in sorted(sections.items())}
    first = next(iter(digests), None)  # the index whose folder holds the search box's UI
    changed = [section for section in digests
               if kept.get(section) != digests[section] or not (root / section / "pagefind-entry.json").is_file()
               or section == first and not (root / section / "pagefind-ui.js").is_file()]
    slots = slots or indexing_slots()

    def index(section: str) -> dict[str, bytes]:
        with slots:
            return index_files(sections[section])

    with ThreadPoolExecutor(max(1, min(len(changed), os.cpu_count() or 1))) as pool:
        made = {section: pool.submit(index, section) for section in changed}
        return Indexes(digests, {section: _loaded(done.result(), section == first) for section, done in made.items()})


def indexing_slots() -> threading.Semaphore:
    """Pagefind processes at once: one per core but the one MkDocs renders on meanwhile (one more only slowed MkDocs
    down, and each holds about 100 MB); ``release`` it once MkDocs is done, and the indexes left use that core too."""
    return threading.Semaphore(max(1, (os.cpu_count() or 1) - 1))


def _loaded(files: dict[str, bytes], first: bool) -> dict[str, bytes]:
    """An index's files without those no page loads (``_NEVER_LOADED``; the UI outside the first index)."""
    return {name: data for name, data in files.items()
            if name not in _NEVER_LOADED and (first or name not in _UI_FILES)}


def write_indexes(site: Path, indexes: Indexes) -> dict[str, str]:
    """Write the indexes under ``site/pagefind/``, one folder each, and remove the folders of indexes that have
    no records any more; returns each index's digest."""
    root = site / PAGEFIND
    for stale in sorted(root.iterdir()) if root.is_dir() else []:
        if stale.name not in indexes.digests:
            shutil.rmtree(stale)
    for section, files in indexes.files.items():
        mirror(root / section, files)
    return indexes.digests

