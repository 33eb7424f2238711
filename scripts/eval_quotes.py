"""Score quote extraction and speaker attribution against gold annotations.

Three gold sets:

* ``polnear`` — the PolNeAR dev split (../shared/corpora/polnear-dev): every attribution whose
  Content carries a quotation mark is a gold direct (or partial) quote (its Content spans: "Content" and,
  where the annotator gave a second piece apart, "Content2"); its Source span is the speaker. Where
  several annotators' ``.ann`` files exist for one text, the first in sorted order is used.
* ``seeds`` — tests/gold/quotes_seeds.yml, written by hand for the five seed articles: every
  direct quote's words and its speaker's canonical name. Entries marked ``optional`` (quotes in
  page furniture) count neither as misses nor as false positives.
* ``single`` — tests/gold/quotes_single_marks.yml, written by hand the same way for four British
  articles of ../shared/corpora/events/articles that use single quotation marks as their primary
  marks. An entry with a null speaker (the article names nobody: "one user") is left out of
  speaker accuracy.

Matching. PolNeAR: a predicted quote matches a gold quote when their character spans overlap by
at least half of the shorter span (a partial quote inside a longer gold Content matches; a
quote that only grazes one does not). Seeds: by wording, a predicted quote matches a gold quote
when their normalised words are nearly the same (rapidfuzz ratio >= 85) or one contains the
other and is at least half its length. A prediction matching no gold quote is a false positive;
a gold quote matched by no prediction is a miss.

Speaker accuracy is over matched gold quotes whose speaker can be checked.
PolNeAR (``speaker_verdict``): a quote we give no speaker name (a role kept as written, or none) is
right when our speaker words, found next to the quote, overlap the gold Source span. A quote with a
speaker name is right only when the gold Source's head names it (``names_source``: "Sen. Ann Lee
(D-Vt.)", "Lee's" and "Lee's letter" name Ann Lee; "Bill Lee", "Lee aide Tom Roe" and "a top aide to
Ann Lee" do not). Where the Source is a role ("the senator") and our words are at it but resolved to a
person, PolNeAR, which marks no coreference, cannot tell whether the person is right: the quote is
unverifiable, reported apart and left out of accuracy and precision, as is every quote whose gold Source
is a pronoun (personal, possessive or relative: "he", "her", "who"). A name given at a Source that
withholds one ("one aide", "a spokesman") or names someone else is wrong. Where an annotator swapped the
two labels (Source "said", Cue "Hester": 5 events in the dev split), the Cue span is read as the Source:
a reporting verb is never a speaker. The old, lenient rule (``speaker_correct``: our words at the Source,
whoever we resolved them to, or our name's last word anywhere among the Source's words) is printed
beside it for comparison. Seeds: correct if our speaker name ends with the same word as the gold
canonical name.

* ``basil`` — the BASIL dev split (../shared/corpora/basil-dev): every phrase annotated
  ``quote: yes`` with a speaker label naming one person or body ("Michael_Steele", not a group such
  as "other_anti" or "Democratic_lawmakers") that a quote of ours covers. Our speaker is right
  when its name holds the label's last word. Only speakers are scored here: BASIL marks reported
  speech too, so it is no gold for quote detection.

Each article's quotes are found as the build finds them: with the entities stage's mentions of
people (``entities.find_mentions``), which tell the quotes stage who "he" or "she" may be. (The BBC
timing times the quotes stage alone, without them.)

Named-speaker accuracy is the share of checkable gold quotes whose speaker we got right (a role kept
as a role, "the Secretary of State", is right when it is the gold Source's words); named-speaker
precision is the share right among the checkable ones we gave a named speaker (``Quote.speaker_name``);
"precision counting them wrong" also counts every unverifiable named quote as wrong, a floor.
``--patterns`` breaks both down by the pattern or model that attributed each quote.

``--corpus polnear-train`` scores the PolNeAR train split the same way (not part of ``all``): the split
rules are tuned on, so its figures are for before/after comparisons, never the ones to report (the
speaker model was fitted on it too).

Usage: python scripts/eval_quotes.py [--corpus polnear|polnear-train|basil|seeds|single|all] [--corpora DIR]
       [--patterns] [--show-errors] [--bbc-timing]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.entities import find_mentions  # noqa: E402
from dossier.lang.en.names import ORG_CUES, TITLE_WORDS  # noqa: E402
from dossier.quotes import find_quotes, group_quotes  # noqa: E402
from dossier.quotes.corrections import normalise  # noqa: E402
from dossier.quotes.spans import PRONOUNS  # noqa: E402
from dossier.structure import Article, Quote  # noqa: E402

SEEDS_GOLD = ROOT / "tests" / "gold" / "quotes_seeds.yml"
SINGLE_MARKS_GOLD = ROOT / "tests" / "gold" / "quotes_single_marks.yml"
MARKS = re.compile(r"[\"“”]")
CONTENT_ROLE = re.compile(r"Content\d*")  # "Content", then "Content2" for a second piece
MIN_OVERLAP = 0.5  # of the shorter span
# Gold sources that are not a name or title: personal, possessive and relative pronouns.
NOT_NAMES = frozenset(PRONOUNS) | frozenset("him her his hers them their you who whom which that".split())
# First words of a gold source that withholds a name ("one Clinton aide", "a spokesman"): no name is right there.
ANONYMOUS_OPENERS = frozenset("a an one another two three several some".split())
# Words after a gold source's head: "a top aide to …", "the designer who …".
HEAD_ENDERS = frozenset("of to for from at in with who whom which that on".split())
TEXT_NOUNS = frozenset("letter brief statement report memo tweet tweets release filing post op-ed".split())
NAME_SUFFIXES = frozenset("Jr Sr II III IV himself herself".split())  # words after a name: "Lee himself"
SWAPPED_SOURCES = frozenset({"said", "says", "say", "told", "tells"})  # a Source span that is a cue


@dataclass
class Scores:
    name: str
    gold: int = 0
    predicted: int = 0
    true_positives: int = 0  # predictions that match some gold quote
    recalled: int = 0  # gold quotes matched by some prediction
    speakers_scored: int = 0  # matched gold quotes whose speaker can be checked
    speakers_correct: int = 0
    named: int = 0  # scored quotes we gave a named speaker
    named_correct: int = 0
    unverifiable: int = 0  # matched gold quotes whose gold cannot say whether our speaker is right
    named_unverifiable: int = 0
    lenient: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # the old rule: scored, right, named, right
    patterns: dict[str, list[int]] = field(default_factory=dict)  # pattern -> [scored, correct, named, named right]

    def score(self, quote: Quote, verdict: str, lenient: bool | None = None) -> None:
        """Count one matched gold quote: ``verdict`` is "right", "wrong" or "unverifiable"; ``lenient`` the
        old rule's verdict (None where it left the quote out), the verdict itself when not given."""
        named = quote.speaker_name is not None
        if lenient is None and verdict != "unverifiable":
            lenient = verdict == "right"
        if lenient is not None:
            for i, value in enumerate((1, lenient, named, named and lenient)):
                self.lenient[i] += value
        if verdict == "unverifiable":
            self.unverifiable += 1
            self.named_unverifiable += named
            return
        correct = verdict == "right"
        self.speakers_scored += 1
        self.speakers_correct += correct
        self.named += named
        self.named_correct += named and correct
        counts = self.patterns.setdefault(quote.attribution or "none", [0, 0, 0, 0])
        for i, value in enumerate((1, correct, named, named and correct)):
            counts[i] += value

    @property
    def named_precision(self) -> float:
        return self.named_correct / self.named if self.named else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_correct / self.speakers_scored if self.speakers_scored else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: Scores) -> None:
        for attr in (
            "gold",
            "predicted",
            "true_positives",
            "recalled",
            "speakers_scored",
            "speakers_correct",
            "named",
            "named_correct",
            "unverifiable",
            "named_unverifiable",
        ):
            setattr(self, attr, getattr(self, attr) + getattr(other, attr))
        self.lenient = [a + b for a, b in zip(self.lenient, other.lenient, strict=True)]
        for pattern, counts in other.patterns.items():
            mine = self.patterns.setdefault(pattern, [0, 0, 0, 0])
            for i, value in enumerate(counts):
                mine[i] += value

    def line(self) -> str:
        detection = (
            f"quotes P {self.precision:.3f} ({self.true_positives}/{self.predicted}) "
            f"R {self.recall:.3f} ({self.recalled}/{self.gold}) F1 {self.f1:.3f}  "
            if self.predicted or self.gold
            else ""
        )
        scored, right, named, named_right = self.lenient
        named_all = self.named + self.named_unverifiable
        return (
            f"{self.name:<8} {detection}"
            f"named-speaker accuracy {self.speaker_accuracy:.3f} ({self.speakers_correct}/{self.speakers_scored})  "
            f"precision {self.named_precision:.3f} ({self.named_correct}/{self.named})  "
            f"unverifiable {self.unverifiable} (named {self.named_unverifiable}: precision counting them wrong "
            f"{self.named_correct / named_all if named_all else 1.0:.3f})  "
            f"[lenient scorer: accuracy {right / scored if scored else 1.0:.3f} ({right}/{scored})  "
            f"precision {named_right / named if named else 1.0:.3f} ({named_right}/{named})]"
        )

    def pattern_lines(self) -> list[str]:
        lines = []
        for pattern, (scored, correct, named, named_correct) in sorted(self.patterns.items(), key=lambda i: -i[1][0]):
            lines.append(
                f"  {pattern:<22} quotes {scored:>4}  accuracy {correct / scored:.3f}  "
                f"named {named:>4}  precision {named_correct / named if named else 1.0:.3f}"
            )
        return lines


def article_from_text(article_id: str, text: str) -> tuple[Article, list[int]]:
    """Title = first line, paragraphs = the other non-empty lines; and each paragraph's file offset."""
    paragraphs: list[str] = []
    offsets: list[int] = []
    title = ""
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            if not title:
                title = stripped
            else:
                paragraphs.append(stripped)
                offsets.append(start)
        position += len(line) + 1
    return Article(id=article_id, source_file=article_id, title=title, paragraphs=paragraphs), offsets


# --- PolNeAR ---------------------------------------------------------------------------------------


@dataclass
class GoldQuote:
    chars: set[int]
    source: list[tuple[int, int]]
    source_text: str
    content: str


def read_brat(path: Path, text: str) -> list[GoldQuote]:
    """The attributions of one .ann file whose Content carries a quotation mark. An event's content is all its Content
    roles: BRAT numbers a role's second filler, and PolNeAR gives the second sentence of '“…,” Roe said. “…”' as
    Content2 where its annotator did not join the two pieces in one span."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue  # a stray line in a hand-edited file
        if fields[0].startswith("T"):
            _, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]  # type: ignore[misc]
        elif fields[0].startswith("E"):
            events.append(dict(role.split(":", 1) for role in fields[1].split()))
    gold = []
    for event in events:
        content = [span for role in sorted(event, key=lambda r: (len(r), r)) if CONTENT_ROLE.fullmatch(role)
                   for span in spans.get(event[role], [])]
        if not any(MARKS.search(text[a:b]) for a, b in content):
            continue
        source = spans.get(event.get("Source", ""), [])
        cue = spans.get(event.get("Cue", ""), [])
        if cue and " ".join(text[a:b] for a, b in source).lower() in SWAPPED_SOURCES:
            source = cue  # the annotator swapped Source and Cue
        gold.append(
            GoldQuote(
                chars={i for a, b in content for i in range(a, b)},
                source=source,
                source_text=" ".join(text[a:b] for a, b in source),
                content=" … ".join(text[a:b] for a, b in content),
            )
        )
    return gold


def quote_chars(quote: Quote, article: Article, offsets: list[int]) -> set[int]:
    """File offsets of the quoted words (a quote over several paragraphs covers all of them)."""
    chars = set(range(offsets[quote.paragraph] + quote.start, offsets[quote.paragraph] + quote.end))
    for p in quote.paragraphs[1:]:
        chars.update(range(offsets[p], offsets[p] + len(article.paragraphs[p])))
    return chars


def overlaps(a: set[int], b: set[int]) -> bool:
    return bool(a) and bool(b) and len(a & b) >= MIN_OVERLAP * min(len(a), len(b))


def speaker_spans(quote: Quote, article: Article, offsets: list[int]) -> list[set[int]]:
    """Where our speaker words are: each occurrence, as whole words ("he" is not in "the"), in the quote's
    paragraphs and the one before. Any of them at the gold source counts: '"X," the company said. "Y," the
    company added.' names the company for both quotes, whichever "the company" is nearer the second. Any
    space matches any other ("his\xa0nephew" in the text is "his nephew" in our words)."""
    if not quote.speaker_text:
        return []
    last = quote.paragraphs[-1] if quote.paragraphs else quote.paragraph
    words = r"\s+".join(map(re.escape, quote.speaker_text.split()))
    return [set(range(offsets[p] + match.start(), offsets[p] + match.end()))
            for p in range(max(0, quote.paragraph - 1), min(len(article.paragraphs), last + 1))
            for match in re.finditer(rf"(?<!\w){words}(?!\w)", article.paragraphs[p])]


def speaker_correct(quote: Quote, gold: GoldQuote, article: Article, offsets: list[int]) -> bool:
    """The lenient rule (kept to compare with): our speaker words at the gold source, whoever we resolved
    them to, or our speaker name's surname among the source's words."""
    source_chars = {i for a, b in gold.source for i in range(a, b)}
    if any(span & source_chars for span in speaker_spans(quote, article, offsets)):
        return True
    if quote.speaker_name:
        last = quote.speaker_name.split()[-1].lower()
        return last in re.findall(r"[\w'’-]+", gold.source_text.lower())
    return False


def name_words(text: str) -> list[str]:
    """The words of a name or source, without a final full stop, a possessive "'s" or a suffix ("Jr.", "II",
    "himself")."""
    words = [re.sub(r"['’]s$|\.$", "", w) for w in re.findall(r"[^\s\"“”]+", text)]
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    return [w for w in words if w]


def source_heads(source_text: str) -> list[list[str]]:
    """Each comma, dash, bracket or "and" piece of a gold source, cut before a preposition or relative word: its last
    word is the head ("Sen. Ann Lee (D-Vt.)" -> ["Sen", "Ann", "Lee"]; "a top aide to Ann Lee" -> ["a",
    "top", "aide"]; "Lee's" and "Lee's letter" -> ["Lee"], the possessor of a source or of a text)."""
    pieces = []
    for piece in re.split(r"[,;()—]| and ", source_text):
        words = re.findall(r"[^\s\"“”]+", piece)
        # Not inside a title or a body's name: "Secretary of State", "Council on Foreign Relations".
        cut = next((i for i, w in enumerate(words) if w in HEAD_ENDERS and not (
            i and words[i - 1][:1].isupper() and (words[i - 1] in TITLE_WORDS or words[i - 1] in ORG_CUES))),
            len(words))
        words = name_words(" ".join(words[:cut]))
        if len(words) > 1 and words[-1] in TEXT_NOUNS:
            words.pop()  # a text stands for its author: "Ann Lee's letter"
        if words:
            pieces.append(words)
    return pieces


def names_source(name: str, source_text: str) -> bool:
    """Whether a head of the gold source is our speaker. A body: its last word, with every capitalised
    word of the source's piece among ours ("the Times" is the New York Times, "the State Department" is not
    the Justice Department). A person: the surname, with the first name when the source gives another
    one right before it, initials aside ("Bill Clinton" is not Hillary Clinton; "Hillary Rodham Clinton"
    is). A name that only modifies the head is not the source ("Lee aide Tom Roe", "a top aide to Ann Lee")."""
    ours = name_words(name)
    if not ours:
        return False
    lower = {w.lower() for w in ours}
    for words in source_heads(source_text):
        if words[-1].lower() != ours[-1].lower():
            continue
        if ours[-1] in ORG_CUES:
            if all(w.lower() in lower for w in words[1:] if w[:1].isupper()):
                return True
            continue
        before = [w for w in words[:-1] if len(w) > 1]  # initials aside
        if len(ours) < 2 or not before or not before[-1][:1].isupper() or before[-1] in TITLE_WORDS:
            return True
        if before[-1].lower() in lower or ours[0].lower() in {w.lower() for w in before}:
            return True
    return False


def names_someone(source_text: str) -> bool:
    """Whether the gold source is a name ("Ann Lee", "the Harbour Trust"), not a role ("the senator",
    "the Vermont senator", "the President"): a head is capitalised and no title."""
    return any(words[-1][:1].isupper() and words[-1] not in TITLE_WORDS for words in source_heads(source_text))


def speaker_verdict(quote: Quote, gold: GoldQuote, article: Article, offsets: list[int]) -> str:
    """Whether our speaker is the gold source: "right", "wrong" or "unverifiable".

    A quote with no speaker name is right when our speaker words are at the gold source. A named one is
    right only when the source's words name it (``names_source``). Where they do not but our words are
    at the source ("the spokesman" resolved to a person named earlier), PolNeAR, which marks no
    coreference, cannot say whom the words stand for: unverifiable, unless the source withholds a name
    ("one aide", "a spokesman": naming anyone there is wrong) or names someone else ("Ann Lee"). A
    pronoun source is unverifiable."""
    source = gold.source_text.split()
    if " ".join(source).lower() in NOT_NAMES:
        return "unverifiable"
    source_chars = {i for a, b in gold.source for i in range(a, b)}
    at_source = any(span & source_chars for span in speaker_spans(quote, article, offsets))
    if not quote.speaker_name:
        return "right" if at_source else "wrong"
    if names_source(quote.speaker_name, gold.source_text):
        return "right"
    if at_source and not names_someone(gold.source_text) and source and source[0].lower() not in ANONYMOUS_OPENERS:
        return "unverifiable"
    return "wrong"


def corpora_path(option: str | None) -> Path:
    """Where the corpora are: --corpora, else $DOSSIER_CORPORA, else ../shared/corpora from the repo root."""
    return Path(option or os.environ.get("DOSSIER_CORPORA") or ROOT.parent / "shared" / "corpora")


def polnear_articles(folder: Path) -> Iterator[tuple[Article, list[int], list[GoldQuote]]]:
    """Each annotated PolNeAR article, its paragraphs' offsets and its gold quotes (first annotator)."""
    for text_path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        article, offsets = article_from_text(text_path.stem, text)
        yield article, offsets, read_brat(anns[0], text)


def eval_polnear(show_errors: bool, folder: Path) -> Scores | None:
    if not folder.is_dir():
        print(f"polnear: skipped, {folder} is absent")
        return None
    scores = Scores("polnear")
    for article, offsets, gold in polnear_articles(folder):
        text_path = Path(article.id)
        predicted = find_quotes(article, find_mentions(article))
        spans = [quote_chars(q, article, offsets) for q in predicted]
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        for quote, chars in zip(predicted, spans, strict=True):
            if any(overlaps(chars, g.chars) for g in gold):
                scores.true_positives += 1
            elif show_errors:
                print(f"  FP  {text_path.stem[:40]}: “{quote.text[:100]}” ({quote.speaker_text})")
        for g in gold:
            matches = [
                (len(chars & g.chars), q) for q, chars in zip(predicted, spans, strict=True) if overlaps(chars, g.chars)
            ]
            if not matches:
                if show_errors:
                    print(f"  MISS {text_path.stem[:40]}: {g.content[:110]!r} — {g.source_text}")
                continue
            scores.recalled += 1
            if not g.source_text:
                continue
            quote = max(matches, key=lambda m: m[0])[1]
            verdict = speaker_verdict(quote, g, article, offsets)
            lenient = None if g.source_text.lower() in NOT_NAMES else speaker_correct(quote, g, article, offsets)
            scores.score(quote, verdict, lenient)
            if verdict != "right" and show_errors:
                print(
                    f"  SPKR {text_path.stem[:40]}: {verdict}{' (lenient: right)' if lenient else ''} "
                    f"[{quote.attribution or 'none'}]: gold "
                    f"{g.source_text!r}, ours {quote.speaker_text!r} → {quote.speaker_name!r}: “{quote.text[:60]}”"
                )
    return scores


# --- seeds -----------------------------------------------------------------------------------------


def same_wording(a: str, b: str) -> bool:
    short, long = sorted((" ".join(normalise(a)), " ".join(normalise(b))), key=len)
    if fuzz.ratio(short, long) >= 85:
        return True
    return len(short) >= 0.5 * len(long) and fuzz.partial_ratio(short, long) >= 95


def eval_seeds(show_errors: bool, seeds: Path = ROOT / "seeds", gold_path: Path = SEEDS_GOLD) -> Scores:
    gold_by_file = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    scores = Scores("seeds")
    for path in sorted(seeds.glob("*.txt")):
        score_article(scores, path, gold_by_file.get(path.name, []) or [], show_errors)
    return scores


def eval_single_marks(show_errors: bool, events: Path, gold_path: Path = SINGLE_MARKS_GOLD) -> Scores | None:
    """The hand-written gold for articles in single quotation marks; its keys are paths under ``events``."""
    if not events.is_dir():
        print(f"single: skipped, {events} is absent")
        return None
    gold_by_file = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    scores = Scores("single")
    for name, entries in sorted(gold_by_file.items()):
        score_article(scores, events / name, entries or [], show_errors)
    return scores


# --- BASIL -----------------------------------------------------------------------------------------

# Words that make a BASIL speaker label a group, not one named speaker: "Democratic_lawmakers".
GROUP_LABEL_WORDS = frozenset(
    "other lawmakers officials democrats republicans campaign party companies protestors protesters "
    "members supporters critics groups leaders voters".split()
)


def named_label(label: str) -> bool:
    """Whether a BASIL speaker label names one person or body ("Michael_Steele", "NAACP")."""
    words = [w for w in label.split("_") if w]
    return bool(words) and all(w[:1].isupper() for w in words) and not GROUP_LABEL_WORDS & {w.lower() for w in words}


def names_label(speaker_name: str | None, label: str) -> bool:
    """Whether our speaker name names the label's person: its last word begins one of our words
    (the labels cut accents short: "Felipe_Calder" for Calderón)."""
    if not speaker_name:
        return False
    last = label.split("_")[-1].lower()
    return any(word.startswith(last) for word in re.findall(r"[\w'’-]+", speaker_name.lower()))


def eval_basil(show_errors: bool, folder: Path) -> Scores | None:
    """Named-speaker accuracy and precision over BASIL's quotes with a named speaker label; a gold
    quote counts once per quote of ours that covers it (several annotated phrases of one quote
    with one label are one quote). Detection is not scored: BASIL also marks reported speech."""
    if not folder.is_dir():
        print(f"basil: skipped, {folder} is absent")
        return None
    scores = Scores("basil")
    for text_path in sorted((folder / "articles").glob("*/*.txt")):
        annotation = folder / "annotations" / text_path.parent.name / f"{text_path.stem}.json"
        if not annotation.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        article, offsets = article_from_text(f"{text_path.parent.name}-{text_path.stem}", text)
        predicted = find_quotes(article, find_mentions(article))
        spans = [quote_chars(q, article, offsets) for q in predicted]
        seen: set[tuple[str, str]] = set()
        for phrase in json.loads(annotation.read_text(encoding="utf-8"))["phrase_level"]:
            if phrase.get("quote") != "yes" or not named_label(phrase.get("speaker", "")):
                continue
            chars = set(range(phrase["doc_start"], phrase["doc_end"]))
            matches = [(len(c & chars), q) for q, c in zip(predicted, spans, strict=True) if overlaps(c, chars)]
            if not matches:
                continue
            quote = max(matches, key=lambda m: m[0])[1]
            if (quote.id, phrase["speaker"]) in seen:
                continue
            seen.add((quote.id, phrase["speaker"]))
            correct = names_label(quote.speaker_name, phrase["speaker"])
            scores.score(quote, "right" if correct else "wrong")
            if not correct and show_errors:
                print(
                    f"  SPKR {article.id}: gold {phrase['speaker']}, ours {quote.speaker_text!r} → "
                    f"{quote.speaker_name!r} [{quote.attribution}]: “{quote.text[:60]}”"
                )
    return scores


def score_article(scores: Scores, path: Path, entries: list[dict], show_errors: bool) -> None:
    """Add one article's predictions, matched by wording against its gold entries, to ``scores``.
    An entry whose speaker is null (the article names nobody) is left out of speaker accuracy."""
    article, _ = article_from_text(path.stem, path.read_text(encoding="utf-8"))
    predicted = find_quotes(article, find_mentions(article))
    required = [e for e in entries if not e.get("optional")]
    optional = [e for e in entries if e.get("optional")]
    scores.gold += len(required)
    for quote in predicted:
        if any(same_wording(quote.text, e["text"]) for e in optional):
            continue
        scores.predicted += 1
        if any(same_wording(quote.text, e["text"]) for e in required):
            scores.true_positives += 1
        elif show_errors:
            print(f"  FP  {path.name}: “{quote.text[:100]}”")
    for entry in required:
        matches = [q for q in predicted if same_wording(q.text, entry["text"])]
        if not matches:
            if show_errors:
                print(f"  MISS {path.name}: “{entry['text'][:100]}”")
            continue
        scores.recalled += 1
        if not entry.get("speaker"):
            continue
        ours = matches[0].speaker_name or ""
        correct = bool(ours) and ours.split()[-1].lower() == entry["speaker"].split()[-1].lower()
        scores.score(matches[0], "right" if correct else "wrong")
        if not correct and show_errors:
            print(f"  SPKR {path.name}: gold {entry['speaker']!r}, ours {matches[0].speaker_text!r} → {ours!r}")


# --- BBC timing ------------------------------------------------------------------------------------


def bbc_articles(folder: Path) -> Iterator[Article]:
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        yield article_from_text(path.stem, text)[0]


def time_bbc(folder: Path) -> None:
    if not folder.is_dir():
        print(f"bbc: skipped, {folder} is absent")
        return
    articles = list(bbc_articles(folder))
    began = time.perf_counter()
    quotes = [q for a in articles for q in find_quotes(a, [])]
    found = time.perf_counter()
    groups = group_quotes(quotes)
    done = time.perf_counter()
    shared = sum(1 for g in groups if len({q.article for q in g.quotes}) > 1)
    print(
        f"bbc: {len(articles)} articles, {len(quotes)} quotes in {found - began:.1f}s (one core); "
        f"{len(groups)} groups ({shared} across articles) in {done - found:.1f}s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", choices=("polnear", "polnear-train", "basil", "seeds", "single", "all"), default="all"
    )
    parser.add_argument("--corpora", help="the corpora folder (default $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--show-errors", action="store_true", help="list misses, false positives, wrong speakers")
    parser.add_argument("--patterns", action="store_true", help="also give accuracy per attribution pattern")
    parser.add_argument("--bbc-timing", action="store_true", help="also time the stage over the BBC corpus")
    args = parser.parse_args()
    corpora = corpora_path(args.corpora)
    runs = {
        "polnear": lambda: eval_polnear(args.show_errors, corpora / "polnear-dev"),
        "polnear-train": lambda: eval_polnear(args.show_errors, corpora / "polnear-train"),
        "basil": lambda: eval_basil(args.show_errors, corpora / "basil-dev"),
        "seeds": lambda: eval_seeds(args.show_errors),
        "single": lambda: eval_single_marks(args.show_errors, corpora / "events" / "articles"),
    }
    chosen = [name for name in runs if args.corpus == name or (args.corpus == "all" and name != "polnear-train")]
    results = [r for name in chosen if (r := runs[name]()) is not None]
    overall = Scores("overall")
    for result in results:
        print(result.line())
        if args.patterns:
            print("\n".join(result.pattern_lines()))
        overall.add(result)
    if len(results) > 1:
        print(overall.line())
    if args.bbc_timing:
        time_bbc(corpora / "bbc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
