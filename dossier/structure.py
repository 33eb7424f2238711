"""The dossier's data model: plain dataclasses passed from stage to stage.

Every stage of the pipeline (see ``dossier.pipeline``) reads and fills a
``Dossier``. Nothing here knows about Markdown, HTML or files on disk.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import chain
from typing import Any

from . import paths
from .lang.en import stance as cues

ENTITY_KINDS = ("person", "organization", "place", "other")
UNKNOWN_OUTLET = "Unknown outlet"  # one outlet for every article whose outlet is unknown: they may all be one
STANCES = ("asserts", "reports", "disputes")
SLUG_LENGTH = 60  # ids become file names and URLs: bounded, whatever the input


def slugify(text: str, fallback: str) -> str:
    """An id safe in a file name and a URL: lowercase ASCII words joined by hyphens, at most SLUG_LENGTH long."""
    folded = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", "")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    return slug or fallback


@dataclass
class Note:
    """An editor's note on an article, a correction or an update: shown under its label, not read as text."""

    kind: str  # the label the page shows it under: one of reader.NOTE_KINDS' values
    text: str


@dataclass
class Article:
    """One cleaned article. ``paragraphs`` are body text only, furniture removed."""

    id: str  # slug, unique in the dossier, stable across builds
    source_file: str  # path relative to the project root (or to --seeds' parent)
    title: str
    paragraphs: list[str]
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    author: str | None = None
    source_url: str | None = None  # the original article's address, if known
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # "Reporting by …; Editing by …": shown, not read as text
    notes: list[Note] = field(default_factory=list)  # "Correction: An earlier version of this article …"
    # The summary lines some outlets set above the text ("Story highlights"): shown, not read as text.
    highlights: list[str] = field(default_factory=list)
    # The paragraphs that are subheads ("Winds forced a change of course" between two paragraphs): text of the
    # article, but no statement of it.
    subheads: list[int] = field(default_factory=list)
    wire: str | None = None  # the news agency whose copy it is ("NEW YORK (AP) —"), as the reader finds it
    # The first article (id) of those in the dossier that run the same text (``outlets.copies``), this one
    # included: one story's copies are one source, whether or not an agency is credited. None: no copy.
    copy_of: str | None = None

    @property
    def url(self) -> str:
        """The article page's path in the site."""
        return paths.url(paths.article_page(self))

    @property
    def outlet_label(self) -> str:
        """Who published it, as pages name it: the outlet, or the headline when the outlet is unknown."""
        return self.outlet or self.title

    @staticmethod
    def anchor(paragraph: int) -> str:
        """The HTML id of a paragraph on the article page (0-based index)."""
        return f"p{paragraph + 1}"


@dataclass
class Mention:
    """A span of one paragraph naming an entity."""

    article: str  # Article.id
    paragraph: int  # index into Article.paragraphs
    start: int  # character offsets into that paragraph
    end: int
    text: str
    kind: str  # one of ENTITY_KINDS, as recognised in context
    entity: str | None = None  # Entity.id once resolved
    role: str | None = None  # the title given with the name here: "NATO Secretary General"


@dataclass
class Entity:
    id: str  # slug of the canonical name
    name: str
    kind: str  # one of ENTITY_KINDS
    aliases: list[str] = field(default_factory=list)  # every other surface form seen
    roles: list[str] = field(default_factory=list)  # titles seen: "NATO Secretary General"
    description: str | None = None  # from content/entities.yml
    mentions: list[Mention] = field(default_factory=list)

    @property
    def url(self) -> str:
        """Where the entity's page is, when it has one (``paths.entity_has_page``)."""
        return paths.url(paths.entity_page(self.id))


@dataclass
class Quote:
    """One direct quote in one article, possibly over several paragraphs."""

    id: str  # "<article id>-q<n>"
    article: str
    paragraph: int  # where the quote starts
    text: str  # the quoted words, without the marks
    start: int = 0  # character offsets of the quoted words in Article.paragraphs[paragraph]
    end: int = 0
    paragraphs: list[int] = field(default_factory=list)  # every paragraph it spans
    # (paragraph, start, end) of its words in each paragraph it spans, the first first; empty: the first only
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    speaker_name: str | None = None  # the fullest name the article gives the speaker
    speaker_text: str | None = None  # the words of the attribution: "he", "the Secretary General"
    speaker_role: str | None = None  # "NATO Secretary General", as this article puts it
    speaker: str | None = None  # Entity.id once resolved
    cue: str | None = None  # the reporting verb: "said", "told reporters"
    group: str | None = None  # QuoteGroup.id
    attribution: str | None = None  # what named the speaker: a pattern of lang.en.speech, "model" or "correction"
    confidence: float = 0.0  # how sure the attribution is, 0-1 (1 for a hand correction)
    doubt: str | None = None  # why the review list shows it however sure the model is: "he" bound past someone

    def ranges(self) -> list[tuple[int, int, int]]:
        """(paragraph, start, end) of its words in each paragraph it spans, the first first."""
        return self.pieces or [(self.paragraph, self.start, self.end)]


@dataclass
class QuoteGroup:
    """The same quote carried by one or more articles."""

    id: str
    quotes: list[Quote]
    speaker: str | None = None  # Entity.id
    text: str = ""  # the fullest wording


@dataclass
class Figure:
    """A quantity given in a statement: '3,000 troops', 'several thousand'."""

    text: str
    value: float | None  # None for vague amounts ("several thousand")
    unit: str | None = None
    qualifier: str | None = None  # "more than", "at most", "about", "at least", "fewer than"
    low: float | None = None  # the range the wording allows; None = unbounded on that side
    high: float | None = None
    counted: str | None = None  # what it counts: "killed", "injured", "troops", "USD" (unit if no event)
    when: str | None = None  # the date it is given for: a date in its sentence, else the article's
    growing: bool = False  # a running count (a toll, a tally): a later, higher figure is an update
    running: bool = False  # the sentence tells the count is moving ("the toll rose to 84"): a stage of it
    relative: bool = False  # a margin or difference ("19 points clear", "seven more than"), not a total
    modifiers: tuple[str, ...] = ()  # words between the number and its noun: "two side cores", "five other men"
    outlets_own: bool = False  # told by the outlet in a clause describing a noun ("the gunman, who killed 59, …"), not
    # by the source the sentence cites for its main clause


@dataclass
class Statement:
    """One article's statement of a claim."""

    article: str
    paragraph: int
    text: str  # the sentence
    stance: str = "reports"  # one of STANCES
    source: str | None = None  # who the article cites: Entity.id
    source_name: str | None = None  # as written: "South Korean intelligence"
    # The name the article wrote where ``source_name`` is the article's fuller form of it: "Thurman" of "Robert Thurman"
    source_written: str | None = None
    # The "he"/"she" the article wrote where ``source`` is whom it was read as ("…, she says"): only a person the
    # dossier shows to be of its gender can be it.
    source_pronoun: str | None = None
    figures: list[Figure] = field(default_factory=list)
    claim: str | None = None  # Claim.id
    negated: bool = False  # its proposition is negated or denied ("had not bombed", "denied that…")
    quoted: bool = False  # it lies mostly in a direct quote: a speaker's words, not the outlet's
    # whom a leading "he"/"she" (a person) or "it"/"they" (a body, a group) of its claim clause names
    referent: str | None = None
    outlet: str | None = None  # its article's outlet, if known
    wire: str | None = None  # its article's news agency (Article.wire): the source for outlets running its copy
    copy_of: str | None = None  # its article's Article.copy_of
    # The capitals in it that stand for their country's government, (capital, country):
    # "Pyongyang had sent…" → ("Pyongyang", "North Korea"); claims compares it as the country's act too.
    metonyms: list[tuple[str, str]] = field(default_factory=list)
    # The article's own words where ``text`` restates them as a sentence: a relative clause about a name ("Flynn, who
    # pleaded guilty on Friday" → text "Flynn pleaded guilty on Friday."); None when ``text`` is the article's
    written: str | None = None
    # What claims compares it by (its terms, names, figures by unit), worked out once with the article
    # and cached with it, so grouping claims on a rebuild does not redo every statement's; None: not yet.
    comparison: Any = field(default=None, repr=False, compare=False)

    @property
    def text_words(self) -> str:
        """Its words, lower case, without punctuation: what a copy of it or a quote of it is compared by."""
        return " ".join(_WORD.findall(self.text.lower()))


def _outlets_of(statements: Iterable[Statement]) -> set[str]:
    return {s.outlet or UNKNOWN_OUTLET for s in statements}


def _one_speakers(statements: list[Statement]) -> bool:
    """Are the statements all one speaker's words, none the outlets' own: each a direct quote, relayed from a source
    the article names ("Jo Roe said that …", not "Jo Roe announced his retirement": that an act happened is the
    outlet's to tell), or a line another of them quotes, printed word for word without its marks; with one source at
    most named among them?"""
    if all(s.quoted for s in statements):
        return True
    quoted = [s.text_words for s in statements if s.quoted]

    def speakers(s: Statement) -> bool:
        if s.quoted or (s.source_name and not _ANNOUNCED_ACT.search(s.text)):
            return True
        return len(s.text_words.split()) >= SPEAKERS_LINE_WORDS and any(f" {s.text_words} " in f" {line} "
                                                                         for line in quoted)

    # "Doctors said…" and "…, and doctors said…": one source written in two cases.
    named = {_speaker_key(s.source or s.source_name) for s in statements if s.source_name}
    # "The organiser" and "the event organisers": one group, named the more fully in one of them.
    named = {key for key in named if not any(other.endswith(f" {key}") for other in named)}
    return all(speakers(s) for s in statements) and len(named) <= 1


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|their)\s+")


def _speaker_key(name: str) -> str:
    """A source's name as compared with another's: lower case, without its determiner, its last word singular."""
    words = _LEADING_DETERMINER.sub("", name.casefold()).split() or [""]
    last = words[-1]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        words[-1] = last[:-1]
    return " ".join(words)


def _sources_of(statements: Iterable[Statement]) -> set[str]:
    """The independent sources of statements: each one's news agency, else the copies of one text it is one of,
    else its outlet; never more of them than the outlets they come from (an outlet's own article and its copy of
    another's text are one outlet's word). Copies of a text no agency is credited for may be one of their outlets'
    own: that outlet's other statements are of their source. Outlets are not chained through what they run: two
    outlets that each run an AP and a Reuters copy have two sources between them, not one."""
    statements = list(statements)
    shared = _shared_texts(statements)
    uncredited: dict[str | None, str] = {}  # outlet -> the first uncredited text it has a copy of
    for s in statements:
        if s.copy_of and not s.wire:
            uncredited[s.outlet] = min(uncredited.get(s.outlet, s.copy_of), s.copy_of)
    told = set()
    for s in statements:
        copy = s.copy_of or uncredited.get(s.outlet)
        told.add(s.wire or (f"copy {copy}" if copy else None) or (shared.get(s.text_words) if shared else None)
                 or s.outlet or UNKNOWN_OUTLET)
    outlets = _outlets_of(statements)
    return told if len(told) <= len(outlets) else outlets


# A run of this many words or more that two outlets print word for word, in their own voice (not mostly a quote, no
# first person, outside any quotation marks, relaying no source), is one text they both ran (a press release, an
# agency's copy, one outlet's sentence another took with a word changed: "A car laden with explosives apparently
# initiated the attack at the compound's security wall, …" / "A suicide car bomb apparently initiated …"), not two
# tellings that agree: two reporters do not write fifteen words alike. So is a whole sentence alike, a phrase in marks
# ("the `smoke rings'") or a source relayed and all.
COPIED_SENTENCE_WORDS = 15
# A sentence of this many words or more found word for word in another outlet's quote is that speaker's line, printed
# without its marks.
SPEAKERS_LINE_WORDS = 10
_FIRST_PERSON = re.compile(cues.FIRST_PERSON)
_WORD = re.compile(r"\w+")
_ANNOUNCED_ACT = re.compile(cues.ANNOUNCED_ACT, re.IGNORECASE)
# Words in quotation marks: a speaker's, which outlets share by quoting, not by copying.
_IN_QUOTES = re.compile(r"“[^”]*”?|\"[^\"]*\"?|(?<!\w)['‘].*?['’](?!\w)")


@lru_cache(maxsize=16384)
def _own_runs(text: str, relayed: bool) -> frozenset[tuple[str, ...]]:
    """The runs of COPIED_SENTENCE_WORDS words, lower case, that the text writes outside quotation marks, and the
    whole sentence's words as one run when it is that long (a phrase in marks and all). Of a sentence relaying a
    source ``relayed`` ("the zoo said the exhibit would remain closed until further notice"), only the whole: outlets
    relaying one release keep its words without marks, each from the release. Kept, as pages ask a claim's sources
    many times."""
    runs = set()
    for piece in [] if relayed else _IN_QUOTES.split(text):
        words = _WORD.findall(piece.lower())
        runs.update(tuple(words[i:i + COPIED_SENTENCE_WORDS]) for i in range(len(words) - COPIED_SENTENCE_WORDS + 1))
    words = _WORD.findall(text.lower())
    if len(words) >= COPIED_SENTENCE_WORDS:
        runs.add((" ".join(words),))
    return frozenset(runs)


def _shared_texts(statements: list[Statement]) -> dict[str, str]:
    """The own-voice statements that share a run of COPIED_SENTENCE_WORDS words with a statement of another outlet,
    each (``Statement.text_words``) → one source for all who print the text (those sharing runs, in a chain)."""
    if len(statements) < 2:
        return {}  # most claims have one statement: no words of theirs to compare (pages ask each claim's status)
    runs: dict[str, frozenset[tuple[str, ...]]] = {}
    outlets: dict[str, set[str]] = defaultdict(set)
    for s in statements:
        if s.quoted or _FIRST_PERSON.search(s.text):
            continue
        own = _own_runs(s.text, bool(s.source_name))
        if own:
            runs[s.text_words] = own
            outlets[s.text_words].add(s.outlet or UNKNOWN_OUTLET)
    texts = sorted(outlets)
    group = {words: words for words in texts}

    def root(words: str) -> str:
        while group[words] != words:
            words = group[words]
        return words

    holder: dict[tuple[str, ...], str] = {}  # each run → the first text printing it
    for words in texts:
        for run in runs[words]:
            if run not in holder:
                holder[run] = words
                continue
            low, high = sorted((root(holder[run]), root(words)))
            group[high] = low
    members: dict[str, list[str]] = defaultdict(list)
    for words in texts:
        members[root(words)].append(words)
    shared = {}
    for head, found in members.items():
        if len(set().union(*(outlets[words] for words in found))) > 1:
            shared.update((words, f"text {head}") for words in found)
    return shared


@dataclass
class Claim:
    id: str
    summary: str
    statements: list[Statement] = field(default_factory=list)
    disagreement: bool = False  # its statements give figures that cannot all be true
    contradicts: list[str] = field(default_factory=list)  # ids of claims whose proposition it contradicts
    # Two outlets asserting it tell one fact by more than the story's own names and words (``claims._corroborated``)
    corroborated: bool = True
    # A source an article cites denies what another source puts forward (``claims.disputed_between_sources``), set
    # once the statements' sources are known: a claim of one article so disputed has a page (``paths.claim_has_page``)
    disputed_by_source: bool = False

    @property
    def outlets(self) -> list[str]:
        """The distinct outlets that carry it, articles of unknown outlet counted as one (``UNKNOWN_OUTLET``)."""
        return sorted(_outlets_of(self.statements))

    @property
    def articles(self) -> set[str]:
        """The ids of the articles that tell it."""
        return {s.article for s in self.statements}

    @property
    def sources(self) -> set[str]:
        """The independent sources that tell it (``_sources_of``): outlets, a news agency and the outlets running its
        copy counted as one, never more than its outlets."""
        return _sources_of(self.statements)

    @property
    def asserting(self) -> list[Statement]:
        """The statements that put it forward in their own words (stance ``asserts``)."""
        return [s for s in self.statements if s.stance == "asserts"]

    @property
    def one_text_asserting(self) -> tuple[list[str], str | None] | None:
        """When the outlets that assert it are two or more but run one text (one news agency's story, or copies of
        one text): those outlets, and the agency if one is credited. They are one source, not several that agree."""
        asserting = self.asserting
        outlets = _outlets_of(asserting)
        if len(outlets) < 2 or len(_sources_of(asserting)) != 1:
            return None
        agencies = {s.wire for s in asserting} - {None}
        return sorted(outlets), next(iter(agencies)) if len(agencies) == 1 else None

    @property
    def disputed(self) -> bool:
        """Does a statement dispute what the others put forward? Statements that all deny one thing are
        the claim (the denial), not a dispute of it."""
        disputing = sum(s.stance == "disputes" for s in self.statements)
        return 0 < disputing < len(self.statements)

    @property
    def status(self) -> str:
        """``contested`` (a statement disputes it, another claim contradicts it, or its
        figures disagree), ``single source`` (one outlet tells it, in one article or several, or
        outlets that all run one news agency's copy),
        ``agreed`` (two or more outlets assert it, one at least in its own words or two sources they name, and two of
        them corroborate each other), ``related reports`` (as agreed, but no two of them tell one fact by more than
        the story's own names and words: grouped, not corroborated),
        ``quoted`` (two or more outlets assert it, all in one speaker's words, quoted or relayed: "Jo Roe said
        that …"), else ``reported only`` (one outlet asserts it at most, the others relay it at one remove).

        Outlets, not articles: two articles of one outlet are one source, not two that agree. Outlets
        that only quote or relay one speaker's line agree on what was said, not that it is so.
        """
        if self.disagreement or self.contradicts or self.disputed:
            return "contested"
        if len(self.sources) < 2:
            return "single source"
        asserting = self.asserting
        if len(_sources_of(asserting)) >= 2:
            return "quoted" if _one_speakers(asserting) else "agreed" if self.corroborated else "related reports"
        return "reported only"

    @property
    def url(self) -> str | None:
        """The claim's page, or None when it has none (``paths.claim_has_page``)."""
        return paths.url(paths.claim_page(self.id)) if paths.claim_has_page(self) else None


@dataclass
class Skipped:
    """An input file that was not built, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Vocabulary:
    """The words entity resolution reads across all the dossier's articles, each kind a set: found in each article
    with its extraction (``entities.article_words``), so cached with it, and joined for the dossier (``of``). Found
    anew from every paragraph, they were a sixth of a rebuild's entity resolution."""

    lower: frozenset[str]  # words in lower case
    untitled_lower: frozenset[str]  # words in lower case outside title-case clauses ("Between Hope and Fear")
    inside_capitals: frozenset[str]  # capitalised words after a lower-case word or a comma, outside such clauses
    letter_words: frozenset[str]  # words of letters only, in lower case, none part of a hyphenated word
    animal_names: frozenset[str]  # names given after a kind of animal ("a gorilla named Vellko")

    @classmethod
    def of(cls, articles: Iterable[ArticleWords]) -> Vocabulary:
        """The words of all of ``articles``, kind by kind."""
        every = list(articles)
        return cls(*(frozenset(chain.from_iterable(getattr(words, f.name).split() for words in every))
                     for f in fields(cls)))


@dataclass(frozen=True)
class ArticleWords:
    """One article's words of each kind of ``Vocabulary``, as one string of words (sorted, separated by spaces): a
    string, not a set, as read back from the cache for 2,000 articles sets of words held 90 MB more of memory."""

    lower: str
    untitled_lower: str
    inside_capitals: str
    letter_words: str
    animal_names: str
    # Its runs of two and three lower-case words, none a function word, each with how often the text writes it
    # (matches that do not overlap): a line each, "\n<phrase>\t<count>" (``entities.lower_phrases``).
    lower_phrases: str
    sport: bool = False  # whether it is a report about sport (``entities.kinds._reports_sport``)


@dataclass
class Dossier:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Each article's sentences that a copy of it would share (``outlets.copy_sentences``), by article id
    copy_sentences: dict[str, set[str]] = field(default_factory=dict)
    # Ids of the articles that name no one another article names (``pipeline.unrelated_articles``)
    unrelated: set[str] = field(default_factory=set)
    # The words of all the articles entity resolution reads (None: found from the articles when it runs)
    vocabulary: Vocabulary | None = None
    # Each article's ``ArticleWords.lower_phrases``, by article id (an article not here: found when resolving)
    lower_phrases: dict[str, str] = field(default_factory=dict)
    # Each article's ``ArticleWords.sport``, by article id (an article not here: found when resolving)
    sport_reports: dict[str, bool] = field(default_factory=dict)
