"""Features of the statistical name tagger, shared by training (scripts/train_ner.py) and tagging.

The tagger is a linear-chain CRF (python-crfsuite) over the word tokens of one sentence; labels are
BIO tags of CoNLL-2003's kinds (``B-PER``, ``I-ORG``, ``O``...). A token only needs ``text``,
``start``, ``end`` and ``new_sentence``-style attributes; the gaps between tokens carry the
punctuation. Features of a word alone (shape, affixes, word lists) are computed once per word
and cached, because feature extraction in Python is what costs time when tagging thousands of
articles; a token's features are then a few cached tuples joined.

The word lists those features test (places, given names, title words...) are frozen in
``ner_vocab.json`` beside the model, written when the model was trained: the entity rules' tables
keep growing, and a feature whose list changed after training tells the model something it never
learnt. ``scripts/train_ner.py --refresh-vocab`` takes today's tables and retrains.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..entity_data import gazetteer, given_names
from ..lang.en import names as vocab

MODEL_PATH = Path(__file__).with_name("ner.crfsuite")
VOCAB_PATH = Path(__file__).with_name("ner_vocab.json")
# The confidence (lowest marginal probability of a span's labels) a tagged name needs to be kept,
# per kind: for each kind, the threshold of best F1 on the held-out tenth of the CoNLL train split
# (``scripts/train_ner.py --validate`` prints the table). Below it, the model's names of that
# kind are wrong more often than the recall they add is worth.
THRESHOLDS = {"PER": 0.70, "ORG": 0.65, "LOC": 0.35, "MISC": 0.85}
# Training parameters: fixed so that retraining gives the same model.
TRAIN_PARAMS = {
    "c1": 0.05,  # L1: drops weak features, which keeps the model file small
    "c2": 0.01,
    "max_iterations": 200,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}


@dataclass(frozen=True)
class FeatureVocab:
    """The word lists the features test, as the model was trained with them."""

    places: frozenset[str]  # one-word places, the initials of long names too
    place_parts: frozenset[str]  # words inside longer place names
    countries: frozenset[str]
    demonyms: frozenset[str]
    given_names: frozenset[str]
    org_cues: frozenset[str]
    institutions: frozenset[str]
    title_heads: frozenset[str]
    role_nouns: frozenset[str]
    function_words: frozenset[str]
    dates: frozenset[str]  # months and weekdays
    place_cues: frozenset[str]
    reporting_verbs: frozenset[str]


@cache
def place_words() -> tuple[frozenset[str], frozenset[str]]:
    """Whole one-word places (the initials of long names too, as the tagger was trained), and words that occur
    inside longer place names, from today's gazetteer."""
    places = [*gazetteer().places, *gazetteer().initials]
    single = frozenset(p for p in places if " " not in p)
    inner = frozenset(w for p in places if " " in p for w in p.split())
    return single, inner


def vocab_from_tables() -> dict[str, list[str]]:
    """Today's gazetteer and vocabulary tables as ``ner_vocab.json`` keeps them (sorted: same file every run)."""
    gaz = gazetteer()
    single, inner = place_words()
    lists = {
        "places": single, "place_parts": inner,
        "countries": gaz.countries, "demonyms": gaz.demonyms, "given_names": given_names(),
        "org_cues": vocab.ORG_CUES, "institutions": vocab.INSTITUTIONS, "title_heads": vocab.TITLE_HEADS,
        "role_nouns": vocab.ROLE_NOUNS, "function_words": vocab.FUNCTION_WORDS,
        "dates": vocab.MONTHS | vocab.WEEKDAYS, "place_cues": vocab.PLACE_CUES,
        "reporting_verbs": vocab.REPORTING_VERBS,
    }
    return {key: sorted(set(words)) for key, words in lists.items()}


@cache
def feature_vocab() -> FeatureVocab:
    """The frozen word lists, read once per process."""
    lists = json.loads(VOCAB_PATH.read_text(encoding="utf-8"))
    return FeatureVocab(**{key: frozenset(words) for key, words in lists.items()})


@dataclass
class DocContext:
    """What the whole document says about its words: "Apple" also written "apple"? "Rotor" after
    "in" somewhere, or before "said"? A name's other uses tell its kind where one use does not."""

    lowercase: set[str] = field(default_factory=set)  # words written in lower case
    midsentence_caps: set[str] = field(default_factory=set)  # capitalised away from a sentence start
    uses: dict[str, tuple[str, ...]] = field(default_factory=dict)  # capitalised word -> contexts seen


def doc_context(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> DocContext:
    """Read a document's sentences, each as (words, gaps) from ``sentence_items``."""
    ctx = DocContext()
    words_of = feature_vocab()
    uses_of: dict[str, set[str]] = {}
    for words, gaps in sentences:
        for k, word in enumerate(words):
            if word.islower():
                ctx.lowercase.add(word)
                continue
            if not word[:1].isupper():
                continue
            if k and not word.isupper():
                ctx.midsentence_caps.add(word)
            before = words[k - 1] if k else ""
            after = words[k + 1] if k + 1 < len(words) else ""
            uses = uses_of.setdefault(word, set())
            possessive = gaps[k + 1][:1] in ("'", "’")
            if possessive:
                uses.add("doc=possessive")  # "in Putin's war" says nothing of Putin being a place
            elif before.lower() in PLACE_PREPOSITIONS:
                uses.add("doc=afterin")
            if before in words_of.given_names and before != word:
                uses.add("doc=aftergiven")
            if before.rstrip(".") in words_of.title_heads or before.lower() in words_of.role_nouns:
                uses.add("doc=aftertitle")
            if after in words_of.org_cues:
                uses.add("doc=beforecue")
            if after.lower() in words_of.reporting_verbs:
                uses.add("doc=beforesaid")
            if after[:1].isupper() or before[:1].isupper() and k > 1:
                uses.add("doc=inrun")
            else:
                uses.add("doc=alone")
    ctx.uses = {word: tuple(sorted(uses)) for word, uses in uses_of.items()}  # sorted: same model every run
    return ctx


PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near"}


_SHAPE_OF = str.maketrans(
    dict.fromkeys(string.ascii_uppercase, "X") | dict.fromkeys(string.ascii_lowercase, "x")
    | dict.fromkeys(string.digits, "d")
)
_REPEATS = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    return _REPEATS.sub(r"\1\1", word.translate(_SHAPE_OF))  # "Xxxxxx" -> "Xxx": a short shape generalises


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, ...]:
    """Features of the word itself, in any context."""
    lower = word.lower()
    words_of = feature_vocab()
    bare = word.rstrip(".")
    feats = [
        "w=" + word, "l=" + lower, "sh=" + _shape(word),
        "p2=" + lower[:2], "p3=" + lower[:3], "s2=" + lower[-2:], "s3=" + lower[-3:], "s4=" + lower[-4:],
    ]
    if word[:1].isupper():
        feats.append("cap")
    if word.isupper() and len(word) > 1:
        feats.append("upper")
    if "-" in word:
        feats.append("hyphen")
    if "." in word:
        feats.append("dot")
    if any(c.isdigit() for c in word):
        feats.append("digit")
    title = word if not word.isupper() else word.title()
    if word in words_of.places or title in words_of.places:
        feats.append("gz=place")
    if word in words_of.place_parts or title in words_of.place_parts:
        feats.append("gz=placepart")
    if word in words_of.countries or title in words_of.countries:
        feats.append("gz=country")
    if word in words_of.demonyms or title in words_of.demonyms or word.rstrip("s") in words_of.demonyms:
        feats.append("gz=demonym")
    if title in words_of.given_names:
        feats.append("gz=given")
    if title in words_of.org_cues:
        feats.append("gz=orgcue")
    if title in words_of.institutions:
        feats.append("gz=institution")
    if bare in words_of.title_heads or bare.title() in words_of.title_heads:
        feats.append("gz=title")
    if lower in words_of.role_nouns or lower.removesuffix("s") in words_of.role_nouns:
        feats.append("gz=role")
    if lower in words_of.function_words:
        feats.append("gz=function")
    if title in words_of.dates:
        feats.append("gz=date")
    if title in words_of.place_cues:
        feats.append("gz=placecue")
    if lower in words_of.reporting_verbs:
        feats.append("gz=said")
    return tuple(feats)


NEIGHBOUR_FEATURES = ("l=", "sh=", "gz=", "cap", "upper")


@lru_cache(maxsize=200_000)
def neighbour_features(word: str, offset: int) -> tuple[str, ...]:
    """The few features a word lends to the tokens near it."""
    prefix = f"{offset:+d}"
    return tuple(prefix + f for f in word_features(word) if f.startswith(NEIGHBOUR_FEATURES))


PADS = {off: f"{off:+d}pad" for off in (-2, -1, 1, 2)}


def _gap_feature(gap: str) -> str:
    gap = gap.strip()
    return gap[-2:] if gap else "_"


def sentence_features(
    words: Sequence[str], gaps: Sequence[str], ctx: DocContext, all_caps: bool, part: range | None = None
) -> list[list[str]]:
    """Feature lists for one sentence's words (or for the words at ``part`` only). ``gaps[k]`` is
    the text before word k (and ``gaps[len(words)]`` after the last)."""
    n = len(words)
    lowers = [w.lower() for w in words]
    out = []
    for k in part if part is not None else range(n):
        word = words[k]
        feats = ["bias", *word_features(word)]
        for off in (-2, -1, 1, 2):
            j = k + off
            if 0 <= j < n:
                feats += neighbour_features(words[j], off)
            else:
                feats.append(PADS[off])
        lower = lowers[k]
        feats.append("l-1|l=" + (lowers[k - 1] if k else "^") + "|" + lower)
        feats.append("l|l+1=" + lower + "|" + (lowers[k + 1] if k + 1 < n else "$"))
        feats.append("gb=" + _gap_feature(gaps[k]))
        feats.append("ga=" + _gap_feature(gaps[k + 1]))
        if k == 0:
            feats.append("first")
        if all_caps:
            feats.append("allcaps")
        if word[:1].isupper():
            if lower in ctx.lowercase:
                feats.append("doc=lower")
            if word in ctx.midsentence_caps or word.title() in ctx.midsentence_caps:
                feats.append("doc=midcap")
            feats += ctx.uses.get(word, ())
        out.append(feats)
    return out


def islands(words: Sequence[str]) -> list[range]:
    """The stretches of a sentence worth tagging: each capitalised word with two words of context
    on either side (not a sentence's first word when it is a function word), overlapping
    stretches joined. Names are capitalised, so the long lower-case
    stretches between them are left out: tagging costs what these stretches hold, not the text."""
    out: list[range] = []
    unnaming = _unnaming()
    for k, word in enumerate(words):
        # A sentence's first word is capitalised anyway ("The", "But"); dates and "I" are no names.
        if word[:1].isupper() and not (k == 0 and word.lower() in vocab.FUNCTION_WORDS) and word not in unnaming:
            lo, hi = max(0, k - CONTEXT), min(len(words), k + CONTEXT + 1)
            if out and lo <= out[-1].stop:
                out[-1] = range(out[-1].start, hi)
            else:
                out.append(range(lo, hi))
    return out


CONTEXT = 2


@cache
def _unnaming() -> frozenset[str]:
    """Capitalised words that start no name: dates (but not "May" or "June", also names), "I"."""
    dates = (vocab.MONTHS | vocab.WEEKDAYS) - vocab.DATES_ALSO_NAMES
    return frozenset(dates | {"I", "I'm", "I've", "I'd", "I'll"})


def tag_sentence(
    words: Sequence[str], gaps: Sequence[str], ctx: DocContext, model=None
) -> list[tuple[int, int, str, float]]:
    """(first, last + 1, kind, confidence) of each name in a sentence; confidence is the lowest
    marginal probability the model gives the span's labels. ``model``: the shipped one unless given."""
    model = model or tagger()
    all_caps = is_all_caps(words)
    out = []
    for part in islands(words):
        labels = model.tag(sentence_features(words, gaps, ctx, all_caps, part))
        for a, b, kind in spans(labels):
            confidence = min(model.marginal(labels[k], k) for k in range(a, b))
            out.append((part.start + a, part.start + b, kind, confidence))
    return out


def is_all_caps(words: Sequence[str]) -> bool:
    """A sentence in capitals (a Reuters-style headline, a dateline): at least two cased words, none in lower case."""
    if any(w.islower() for w in words):
        return False  # the common case: prose
    cased = [w for w in words if w.lower() != w.upper()]
    return len(cased) >= 2 and all(w == w.upper() for w in cased)


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, kind) of each BIO span: ["B-PER", "I-PER", "O"] -> [(0, 2, "PER")]."""
    out: list[tuple[int, int, str]] = []
    start, kind = None, None
    for k, label in enumerate([*labels, "O"]):
        tag, _, typ = label.partition("-")
        if start is not None and (tag != "I" or typ != kind):
            out.append((start, k, kind))
            start, kind = None, None
        if tag == "B" or (tag == "I" and start is None):
            start, kind = k, typ
    return out


@cache
def tagger():
    """The trained model, opened once per process."""
    return open_tagger(MODEL_PATH)


def open_tagger(path: Path):
    """A crfsuite tagger reading the model file at ``path``."""
    import pycrfsuite

    model = pycrfsuite.Tagger()
    model.open(str(path))
    return model


def sentence_items(tokens: Sequence, paragraph: str) -> tuple[list[str], list[str]]:
    """The words of a sentence's tokens and the text around each (see ``sentence_features``)."""
    words = [t.text for t in tokens]
    gaps = [paragraph[max(0, tokens[0].start - 3) : tokens[0].start]]
    gaps += [paragraph[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    gaps.append(paragraph[tokens[-1].end : tokens[-1].end + 3])
    return words, gaps
