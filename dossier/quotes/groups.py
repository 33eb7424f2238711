"""Step 3, groups: the same quote in several articles, found through an inverted index of word
shingles so the work stays near-linear in the number of quotes; the wordings a group's page shows.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable

from rapidfuzz import fuzz

from ..lang.en import speech
from ..lang.en.names import SENTENCE_OPENING_WORDS
from ..models import ordinary_words
from ..structure import Quote, QuoteGroup
from .corrections import normalise

SHINGLE = 4  # words per shingle: long enough to be specific, short enough to survive edits
MIN_SIMILARITY = 85  # partial_ratio over normalised wording, 0-100
# The patterns that carry an earlier quote's speaker over to a quote its own sentence does not attribute.
_CARRIED_PATTERNS = frozenset(name for name, scope, _ in speech.ATTRIBUTION_PATTERNS if scope in ("carried", "context"))
OVERLAP_WORDS = 8  # a quote this long that several groups' longer quotes hold is a sentence of one passage, no chance


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _same_quote(a: list[str], b: list[str]) -> bool:
    short, long = sorted((" ".join(a), " ".join(b)), key=len)
    if len(short.split()) < 3:
        return False
    return fuzz.partial_ratio(short, long) >= MIN_SIMILARITY


def group_quotes(quotes: list[Quote]) -> list[QuoteGroup]:
    """Group the same quote carried by several articles; sets ``Quote.group``.

    Each quote joins only the one group it matches best, so a long passage that contains two
    separate quotes cannot weld their groups together. A quote that is only part of another article's
    quote joins it only if they do not name different speakers. A partial quote too short to compare
    ("growing desperation") joins the group of a longer quote containing its words, when exactly
    one such group has the same speaker. A sentence or more that longer quotes of several groups hold whole joins
    those naming the same speaker: a passage one outlet quotes in one piece and another splits across its
    paragraphs, told in overlapping pieces ("S1 S2" here, "S2 S3" there), is one quote (not one where another
    speaker relays the words: "It's not surprising Roe told him: '…'").
    """
    words = [normalise(q.text) for q in quotes]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, tokens in enumerate(words):
        candidates: set[int] = set()
        for shingle in _shingles(tokens):
            candidates.update(index[shingle])
        best: tuple[float, int] | None = None
        holding: list[int] = []  # longer quotes holding this one whole
        for j in sorted(candidates):
            if quotes[j].article == quotes[i].article or not _same_quote(words[i], words[j]):
                continue
            score = fuzz.ratio(" ".join(words[i]), " ".join(words[j]))
            if score < MIN_SIMILARITY and _named_apart(quotes[i], quotes[j]):
                continue  # one named speaker's words inside another's longer quote: the other relays them
            if best is None or score > best[0]:
                best = (score, j)
            if len(words[i]) >= OVERLAP_WORDS and len(words[j]) > len(words[i]) and _same_speaker(quotes[i], quotes[j]):
                holding.append(j)
        if best is not None:
            parent[root(i)] = root(best[1])
        for j in holding:
            parent[root(j)] = root(i)
        for shingle in _shingles(tokens):
            index[shingle].append(i)
    _attach_short_quotes(quotes, words, root, parent)
    members: dict[int, list[Quote]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        members[root(i)].append(quote)
    groups = []
    for group_quotes_ in members.values():
        group_id = "g" + hashlib.sha1(group_quotes_[0].id.encode()).hexdigest()[:10]
        groups.append(QuoteGroup(id=group_id, quotes=group_quotes_, text=fullest_wording(group_quotes_)))
        for quote in group_quotes_:
            quote.group = group_id
    return sorted(groups, key=lambda g: g.quotes[0].id)


VOICE_WORDS = 8  # a quote shorter than this ("refocus") tells a reader little about its speaker
# ... unless it is a sentence of its own: opening on a capital, this many words ("He was unresponsive, a disaster").
SENTENCE_WORDS = 4


def is_phrase(text: str) -> bool:
    """Is a quote a few words and no sentence ("growing desperation", "Teachers should teach.")?"""
    words = len(text.split())
    return words < VOICE_WORDS and not (words >= SENTENCE_WORDS and text[:1].isupper())


def wordings(quotes: list[Quote]) -> list[tuple[Quote, str]]:
    """Each article's wordings of one quote, as (its first piece, its words): the pieces of one passage an article
    splits by its cue or across paragraphs (``_goes_on``) joined in its order ("…discovery,” she said. “This is…"),
    so that a passage one outlet quotes whole and another splits is one wording in each; a wording whose words another
    of the article holds (the same words in a headline and the text) left out."""
    if len(quotes) == 1:
        return [(quotes[0], quotes[0].text.strip())]  # most quotes are no one else's: nothing to join or hold
    pieces = sorted(quotes, key=lambda q: (q.article, q.paragraph, q.start, q.id))
    runs: list[list[Quote]] = []
    for quote in (pieces[n] for n in _unheld([(quote.article, quote.text) for quote in pieces])):
        if runs and _goes_on(runs[-1][-1], quote):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    joined = [(run[0], _joined([q.text.strip() for q in run])) for run in runs]
    return [joined[n] for n in _unheld([(first.article, text) for first, text in joined])]


# At most between two pieces of one passage: its cue, with the speaker's titles ("…,” Dr. Ann Lee, …, said. “…").
CUE_CHARS = 200


def _goes_on(last: Quote, quote: Quote) -> bool:
    """Does ``quote`` go on with the passage ``last`` opened? The same article's next piece, past no more than a cue:
    in the same paragraph, or opening the next; not after a phrase set in the article's own sentence ("called it
    “dishonest” and “hypocritical”")."""
    paragraph, _, end = last.ranges()[-1]
    if last.article != quote.article or (is_phrase(last.text) and not last.text[:1].isupper()):
        return False
    if quote.paragraph == paragraph:
        return quote.start - end <= CUE_CHARS
    return quote.paragraph == paragraph + 1 and quote.start <= CUE_CHARS


def _unheld(texts: list[tuple[str, str]]) -> list[int]:
    """The indexes of the texts (article, text) whose words no other text of their article holds (of the same words,
    the first)."""
    held = [(article, f" {' '.join(normalise(text))} ") for article, text in texts]
    return [n for n in range(len(held))
            if not any(m != n and article == held[n][0] and held[n][1] in words
                       and (len(words) > len(held[n][1]) or m < n) for m, (article, words) in enumerate(held))]


def _joined(pieces: list[str]) -> str:
    """One article's pieces of a quote as one text: a piece its cue cut on a comma ends its sentence where the next
    opens one, on a capitalised ordinary word or a word that opens sentences ("…discovery, This is…" → "…discovery.
    This is…"; "I" is capitalised anywhere, a name no sign of a sentence)."""
    ends = []
    for piece, following in zip(pieces, [*pieces[1:], ""], strict=True):
        first = re.match(r"[^\w]*(\w+)", following)
        word = first[1].lower() if first and first[1][:1].isupper() else ""
        opens = word != "i" and (word in ordinary_words() or word in SENTENCE_OPENING_WORDS)
        ends.append(piece[:-1] + "." if piece.endswith(",") and opens else piece)
    return " ".join(ends)


def fullest_wording(quotes: list[Quote]) -> str:
    """The wording of one quote carrying most of its words (of as many, the one whose first piece's id comes last)."""
    return max(wordings(quotes), key=lambda wording: (len(normalise(wording[1])), wording[0].id))[1]


def settle_group_speakers(
    groups: list[QuoteGroup], entity_names: dict[str, str], persons: frozenset[str],
    outlets: dict[str, str | None] | None = None,
) -> None:
    """Give each group the speaker most of its quotes have (of as many, a person rather than a body:
    one outlet's "X said …, Reuters reported" against another's "X said …" is X's), and each quote of
    a group that the article leaves unattributed the group's speaker (the same words, said by the
    same person); a quote that names someone else, or that a correction cleared, keeps its own, and
    so does one in an article of the outlet the group's speaker is (``outlets``: each article's): an
    outlet's own text quotes others, its words are no quote of itself."""
    outlets = outlets or {}
    for group in groups:
        speakers: dict[str, int] = defaultdict(int)
        cued: dict[str, int] = defaultdict(int)  # quotes whose own sentence names the speaker
        for quote in group.quotes:
            if quote.speaker:
                speakers[quote.speaker] += 1
                cued[quote.speaker] += quote.attribution not in _CARRIED_PATTERNS
        group.speaker = (min(speakers, key=lambda s: (-cued[s], -speakers[s], s not in persons, s))
                         if speakers else None)
        if group.speaker is None:
            continue
        surname = entity_names.get(group.speaker, "").split()[-1:]
        sure = max(q.confidence for q in group.quotes if q.speaker == group.speaker)
        if cued[group.speaker]:
            _yield_carried(group, cued)
        for quote in group.quotes:
            if quote.speaker or quote.attribution == "correction":
                continue
            own = _outlet_form(outlets.get(quote.article))
            if own is not None and own == _outlet_form(entity_names.get(group.speaker)):
                continue
            if quote.speaker_name is None or quote.speaker_name.split()[-1:] == surname:
                quote.speaker = group.speaker
                if quote.speaker_name is None:
                    quote.attribution, quote.confidence = "group", sure


def _yield_carried(group: QuoteGroup, cued: dict[str, int]) -> None:
    """Leave unattributed, for the group's speaker (whom a quote's own sentence names) to take, each quote that an
    article gives someone else only by carrying an earlier speaker over ("continued", "previous_paragraph"), whom no
    sentence names for these words: one outlet's cue-less paragraph after Roe's quote against another's '"…," said
    Al Poe' is Poe's."""
    for quote in group.quotes:
        if quote.speaker in (None, group.speaker) or cued[quote.speaker] or quote.attribution not in _CARRIED_PATTERNS:
            continue
        quote.speaker = quote.speaker_name = quote.speaker_text = quote.speaker_role = quote.attribution = None
        quote.confidence = 0.0


def _outlet_form(name: str | None) -> str | None:
    """An outlet's name as compared with an entity's: "The Courier", "Courier" and "courier.com" are one."""
    if not name:
        return None
    name = name.lower().removeprefix("the ")
    return name.split(".")[0] if _WEB_DOMAIN.fullmatch(name) else name


_WEB_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z]{2,4}){1,2}")  # "courier.com", "courier.co.uk" (not "u.s.")


def _attach_short_quotes(
    quotes: list[Quote], words: list[list[str]], root: Callable[[int], int], parent: list[int]
) -> None:
    """Join each quote of fewer than SHINGLE words to the one group, of the same speaker, whose
    longer quotes contain its words in order, or else to its same words of the same speaker in another
    article. One pass over the long quotes' word n-grams. A single word ("person", a term in marks)
    is left alone: a long quote holds it by chance."""
    short: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, tokens in enumerate(words):
        if 1 < len(tokens) < SHINGLE:
            short[tuple(tokens)].append(i)
    if not short:
        return
    containing: dict[int, set[int]] = defaultdict(set)  # short quote -> groups of long quotes holding it
    for j, tokens in enumerate(words):
        if len(tokens) < SHINGLE:
            continue
        for n in range(2, SHINGLE):
            for k in range(len(tokens) - n + 1):
                for i in short.get(tuple(tokens[k : k + n]), ()):
                    if _same_speaker(quotes[i], quotes[j]):
                        containing[i].add(root(j))
    for i, groups in containing.items():
        if len(groups) == 1:
            parent[root(i)] = groups.pop()
    # "Bassem called the indictment a “political trial”" in three articles: one quote.
    for first, *others in short.values():
        for i in others:
            if root(i) == i and quotes[i].article != quotes[first].article and _same_speaker(quotes[i], quotes[first]):
                parent[i] = root(first)


def _named_apart(a: Quote, b: Quote) -> bool:
    """Both quotes name their speakers, and not the same surname."""
    return bool(a.speaker_name and b.speaker_name) and not _same_speaker(a, b)


def _same_speaker(a: Quote, b: Quote) -> bool:
    if not a.speaker_name or not b.speaker_name:
        return False
    return a.speaker_name.split()[-1].lower() == b.speaker_name.split()[-1].lower()


# Typographic and typewriter quotes and apostrophes are one character to a reader: "boy’s" is "boy's".
_TYPEWRITER = str.maketrans("‘’“”", "''\"\"")


def wording_diff(a: str, b: str) -> list[tuple[str, str]]:
    """How wording ``b`` differs from ``a``, word by word: ("same"|"added"|"removed", text)."""
    left, right = a.split(), b.split()
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(
        a=[w.lower().strip(".,;:!?").translate(_TYPEWRITER) for w in left],
        b=[w.lower().strip(".,;:!?").translate(_TYPEWRITER) for w in right], autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("same", " ".join(right[j1:j2])))
            continue
        if i2 > i1:
            ops.append(("removed", " ".join(left[i1:i2])))
        if j2 > j1:
            ops.append(("added", " ".join(right[j1:j2])))
    return ops
