"""Well-known news outlets: a bundled table that names an article's outlet from its web address or file name.

Each row is (name, domains, short keys). A file named after a key (``fox.txt``, ``nyt.txt``) or a
domain (``cnn.com__123.txt``, ``bbc-com__d5d5.txt``) gets the outlet; so does an article whose
address is on one of the domains or their subdomains. A file named after a domain the table does not
know goes by that domain (``gamespot-com__1a2b.txt``: gamespot.com). Nothing else is guessed: an article
matched by none of these has an unknown outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain
from urllib.parse import urlparse

OUTLETS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("ABC News", ("abcnews.go.com",), ()),
    ("Al Jazeera", ("aljazeera.com",), ("aljazeera",)),
    ("Associated Press", ("apnews.com",), ("ap", "apnews")),
    ("The Atlantic", ("theatlantic.com",), ()),
    ("Axios", ("axios.com",), ()),
    ("BBC News", ("bbc.com", "bbc.co.uk"), ("bbc",)),
    ("Bloomberg", ("bloomberg.com",), ()),
    ("Breitbart", ("breitbart.com",), ()),
    ("Business Insider", ("businessinsider.com", "businessinsider.de", "insider.com"), ()),
    ("CBS News", ("cbsnews.com",), ("cbs",)),
    ("China Daily", ("chinadaily.com.cn",), ()),
    ("CNBC", ("cnbc.com",), ("cnbc",)),
    ("CNET", ("cnet.com",), ()),
    ("CNN", ("cnn.com",), ("cnn",)),
    ("CTV News", ("ctvnews.ca",), ()),
    ("Daily Express", ("express.co.uk",), ()),
    ("Daily Mail", ("dailymail.co.uk",), ("dailymail",)),
    ("Daily Mirror", ("mirror.co.uk",), ("mirror",)),
    ("Daily Star", ("dailystar.co.uk",), ()),
    ("The Daily Telegraph", ("telegraph.co.uk",), ("telegraph",)),
    ("The Denver Post", ("denverpost.com",), ()),
    ("Der Spiegel", ("spiegel.de",), ("spiegel",)),
    ("The Detroit News", ("detroitnews.com",), ()),
    ("Deutsche Welle", ("dw.com",), ("dw",)),
    ("E! News", ("eonline.com",), ()),
    ("The Economist", ("economist.com",), ()),
    ("Engadget", ("engadget.com",), ()),
    ("Entertainment Weekly", ("ew.com",), ()),
    ("Euronews", ("euronews.com",), ()),
    ("Evening Standard", ("standard.co.uk",), ()),
    ("Financial Times", ("ft.com",), ("ft",)),
    ("Forbes", ("forbes.com",), ()),
    ("Fortune", ("fortune.com",), ()),
    ("Fox News", ("foxnews.com",), ("fox", "foxnews")),
    ("Fox Sports", ("foxsports.com",), ()),
    ("France 24", ("france24.com",), ()),
    ("Gizmodo", ("gizmodo.com",), ()),
    ("The Guardian", ("theguardian.com", "guardian.co.uk"), ("guardian",)),
    ("The Hill", ("thehill.com",), ()),
    ("Hindustan Times", ("hindustantimes.com",), ()),
    ("HuffPost", ("huffpost.com", "huffingtonpost.com", "huffingtonpost.co.uk", "huffingtonpost.ca",
                  "huffingtonpost.com.au"), ("hpo", "huffpost")),
    ("The Independent", ("independent.co.uk",), ()),
    ("International Business Times", ("ibtimes.co.uk", "ibtimes.com"), ()),
    ("The Japan Times", ("japantimes.co.jp",), ()),
    ("Le Monde", ("lemonde.fr",), ()),
    ("Los Angeles Times", ("latimes.com",), ("latimes",)),
    ("The Moscow Times", ("themoscowtimes.com",), ()),
    ("MSNBC", ("msnbc.com",), ("msnbc",)),
    ("NBC News", ("nbcnews.com",), ("nbc",)),
    ("NDTV", ("ndtv.com",), ()),
    ("New York Daily News", ("nydailynews.com",), ()),
    ("New York Post", ("nypost.com",), ("nypost",)),
    ("The New York Times", ("nytimes.com",), ("nyt",)),
    ("The New Yorker", ("newyorker.com",), ()),
    ("Newsweek", ("newsweek.com",), ()),
    ("NPR", ("npr.org",), ("npr",)),
    ("Politico", ("politico.com", "politico.eu"), ("politico",)),
    ("Reuters", ("reuters.com",), ("reuters",)),
    ("Rolling Stone", ("rollingstone.com",), ()),
    ("RT", ("rt.com",), ()),
    ("SFGate", ("sfgate.com",), ()),
    ("Sky News", ("news.sky.com",), ()),
    ("Sputnik", ("sputniknews.com",), ()),
    ("The Straits Times", ("straitstimes.com",), ()),
    ("The Sun", ("thesun.co.uk",), ()),
    ("TechCrunch", ("techcrunch.com",), ()),
    ("The Times", ("thetimes.co.uk",), ()),
    ("The Times of India", ("timesofindia.indiatimes.com",), ()),
    ("USA Today", ("usatoday.com",), ("usatoday",)),
    ("The Verge", ("theverge.com",), ()),
    ("Vox", ("vox.com",), ()),
    ("The Wall Street Journal", ("wsj.com",), ("wsj",)),
    ("The Washington Post", ("washingtonpost.com",), ("wapo", "washpost")),
    ("Wired", ("wired.com",), ()),
    ("Yahoo News", ("news.yahoo.com",), ()),
)

_BY_KEY = {key: name for name, _, keys in OUTLETS for key in keys}
# Domains with their dots as hyphens too, the way downloaders write them into file names.
_BY_DOMAIN = {
    form: name for name, domains, _ in OUTLETS for domain in domains for form in (domain, domain.replace(".", "-"))
}
_FILE_PREFIX = re.compile(r"^(?:www[.-])?(?P<site>[a-z0-9.-]+?)(?:__.*)?$")


def host(url: str) -> str:
    """The host of a web address, lowercase, without ``www.``."""
    return (urlparse(url).hostname or "").lower().removeprefix("www.")


def on_domain(hostname: str, domain: str) -> bool:
    domain = domain.lower().removeprefix("www.")
    return hostname == domain or hostname.endswith("." + domain)


def outlet_for_url(url: str) -> str | None:
    """The well-known outlet that publishes at ``url``."""
    hostname = host(url)
    return next((name for name, domains, _ in OUTLETS for d in domains if on_domain(hostname, d)), None)


def outlet_for_name(name: str) -> str | None:
    """The outlet a file or folder name stands for: a well-known one (``fox``, ``cnn.com__123``,
    ``bbc-com__d5d5``), else the web domain it spells (``gamespot-com__1a2b``: gamespot.com)."""
    match = _FILE_PREFIX.match(name.lower())
    if not match:
        return None
    site = match["site"]
    if site in _BY_KEY:
        return _BY_KEY[site]
    # "edition.cnn.com", "edition-cnn-com": the outlet's domain at the end of the name.
    known = next(
        (outlet for form, outlet in _BY_DOMAIN.items() if site == form or site.endswith(("." + form, "-" + form))),
        None,
    )
    domain = _DOMAIN_NAME.fullmatch(site) if "__" in name else None
    return known or (f"{domain['name']}.{domain['suffix'].replace('-', '.')}" if domain else None)


# A domain written in a file name before "__": one word and a web suffix ("gamespot-com", "theinquirer.net").
# A name with more dashes ("xda-developers-com") could be "xda-developers.com" or "xda.developers.com": not guessed.
_DOMAIN_NAME = re.compile(r"(?P<name>[a-z0-9]+)[.-](?P<suffix>com|net|org|info|news|tv|io|co[.-]uk|com[.-]au|co[.-]nz|"
                          r"ca|de|fr|ie|in|it|es|nl|ch|se|no|dk|jp|cn|ru)")


# The outlets by name as an article writes them, with and without their "The": "The Verge", "Verge".
NAMES = frozenset({name for name, _, _ in OUTLETS} | {name.removeprefix("The ") for name, _, _ in OUTLETS})


# News agencies whose copy other outlets run: (name, the forms a dateline's credit or a copyright line gives it).
# Two outlets running one agency's story are one source, not two that agree.
WIRES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Associated Press", ("AP", "Associated Press", "The Associated Press")),
    ("Reuters", ("Reuters", "Thomson Reuters")),
    ("Agence France-Presse", ("AFP", "Agence France-Presse", "Agence France Presse")),
    ("United Press International", ("UPI", "United Press International")),
    ("dpa", ("dpa", "DPA", "Deutsche Presse-Agentur")),
    ("Xinhua", ("Xinhua",)),
)
_WIRE_BY_FORM = {form: name for name, forms in WIRES for form in forms}
# An agency's credit in parentheses: "(AP)", "(Reuters)", "(Thomson Reuters Foundation)" is none.
WIRE_CREDIT = re.compile(r"\((" + "|".join(sorted(map(re.escape, _WIRE_BY_FORM), key=len, reverse=True)) + r")\)")


def wire_for_name(name: str | None) -> str | None:
    """The agency a name stands for: "AP", "The Associated Press" → "Associated Press"; None for any other."""
    return _WIRE_BY_FORM.get(name.strip()) if name else None


# Two articles are copies of one story when the words they print in the same runs of COPY_RUN words, in the reporter's
# voice, make at least COPY_SHARE of the shorter one's such words, and the runs are COPY_RUNS or more: outlets that run
# an agency's text without its credit ("Advertisement" and a byline around the same paragraphs), or edit it lightly
# ("N.F.L." for "NFL", "led by 20-0" for "led 20-0"), tell one source's account, not two. Runs rather than whole
# sentences, as a copy edited in every sentence shares no sentence; the words the runs cover rather than the runs, as
# one changed word breaks COPY_RUN runs but leaves the words around it shared. On the events stories, edited copies of
# one story cover 0.64 and more of the shorter one; two outlets' own reports sharing an agency's or a release's
# paragraphs 0.57 and less.
COPY_WORDS = 8
COPY_RUN = 8
COPY_RUNS = 20  # about one long sentence: a shorter overlap is a shared paragraph, too little to call a copy
COPY_SHARE = 0.6
COPY_HOLDERS = 50  # a sentence in more articles than this is furniture the reader kept, not one story's text
# A sentence ends at its stop and a space, or where scraping glued the next one on ("… last week.The satellite").
_SENTENCE_END = re.compile(r"(?<=[.!?\"”’])\s+|(?<=[a-z][.!?])(?=[A-Z][a-z])")
_WORD = re.compile(r"\w+")
# A dot inside a word: one outlet's style writes "N.F.L." or "U.S." for another's "NFL" or "US".
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?<!\w)'|'(?!\w)")


# Words of someone's own voice: outlets share a speaker's quoted words or posts by quoting them, not by copying.
_OWN_VOICE = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "y"})


def copy_sentences(paragraphs: list[str]) -> set[str]:
    """The article's sentences of COPY_WORDS words or more in a reporter's voice (no quotation mark, no "I", "we"
    or "you"), lower case, punctuation and spacing dropped ("N.F.L.'s" is "nfl s", as "NFL's"): what ``copies``
    compares. Found with the article's
    extraction, and kept with it in the cache (reading them was nearly all of ``copies``' time)."""
    found = set()
    for paragraph in paragraphs:
        for sentence in _SENTENCE_END.split(paragraph):
            words = _WORD.findall(_INNER_DOT.sub("", sentence.lower()))
            if len(words) >= COPY_WORDS and not _QUOTE_MARK.search(sentence) and _OWN_VOICE.isdisjoint(words):
                found.add(" ".join(words))
    return found


def copies(sentences: dict[str, set[str]]) -> list[list[str]]:
    """The groups of articles (ids, each group sorted, groups by their first) that are copies of one story, of
    ``sentences``: each article's ``copy_sentences``. Only the runs of words two articles share are counted, and only
    articles sharing COPY_RUNS of them are compared word by word, so the work grows with the dossier, not with its
    pairs of articles."""
    numbers: dict[str, int] = {}
    numbered = {article: [[numbers.setdefault(word, len(numbers)) for word in found.split()]
                          for found in sorted(sentences[article])] for article in sorted(sentences)}
    size = max(1, (len(numbers).bit_length() + 7) // 8)
    # Each sentence as its words' numbers written in ``size`` bytes each: a run of COPY_RUN words is a slice of it.
    words = {article: [b"".join(number.to_bytes(size, "big") for number in sentence) for sentence in found]
             for article, found in numbered.items()}
    length = {article: sum(map(len, found)) for article, found in numbered.items()}
    del numbered
    # Most runs are one article's own: only those of two articles to COPY_HOLDERS are looked at one by one. Each
    # article's runs are made twice, counted then kept, rather than all held at once (a hundred MB at 2,000 articles).
    held = Counter(chain.from_iterable(_runs(found, size) for found in words.values()))
    kept = {run for run, count in held.items() if 1 < count <= COPY_HOLDERS}
    del held
    runs = {article: _runs(found, size) & kept for article, found in words.items()}
    holders: dict[bytes, list[str]] = {}
    for article, found in runs.items():
        for run in found:
            holders.setdefault(run, []).append(article)
    shared: dict[tuple[str, str], int] = {}
    for articles in holders.values():
        for number, first in enumerate(articles):
            for second in articles[number + 1:]:
                shared[first, second] = shared.get((first, second), 0) + 1
    group = {article: article for article in sentences}

    def root(article: str) -> str:
        while group[article] != article:
            article = group[article]
        return article

    for (first, second), count in sorted(shared.items()):
        if count < COPY_RUNS:
            continue
        common = runs[first] & runs[second]
        shorter = min((first, second), key=lambda article: (length[article], article))
        if _covered(words[shorter], common, size) >= COPY_SHARE * length[shorter]:
            low, high = sorted((root(first), root(second)))
            group[high] = low
    members: dict[str, list[str]] = {}
    for article in sorted(sentences):
        members.setdefault(root(article), []).append(article)
    return sorted(found for found in members.values() if len(found) > 1)


def _runs(sentences: list[bytes], size: int) -> set[bytes]:
    """The runs of COPY_RUN words of ``sentences`` (each word ``size`` bytes): two runs are equal exactly when their
    words are, in under half a tuple's room."""
    span = size * COPY_RUN
    return {sentence[start:start + span] for sentence in sentences
            for start in range(0, len(sentence) - span + 1, size)}


def _covered(sentences: list[bytes], runs: set[bytes], size: int) -> int:
    """How many of the sentences' words are in one of ``runs`` (runs of COPY_RUN words, each word ``size`` bytes)."""
    span = size * COPY_RUN
    count = 0
    for sentence in sentences:
        inside = [False] * (len(sentence) // size)
        for start in range(len(sentence) // size - COPY_RUN + 1):
            if sentence[start * size:start * size + span] in runs:
                inside[start:start + COPY_RUN] = [True] * COPY_RUN
        count += sum(inside)
    return count
