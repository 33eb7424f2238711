"""Step 2b, the speaker model: the candidates who may have said a quote (names near it, or the one
the rules chose), their features, and the trained logistic regression (``models/speaker.json``) that chooses
among them and names nobody when unsure.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources

from ..lang.en import speech
from ..structure import Article, Quote
from .before import _ACCORDING_TO, _PREPOSITIONS, _opens_sentence
from .names import _clean_name, _fullest
from .spans import _ArticleNames, _Attribution, _is_sentence_end, _sentence_begin, _Span
from .speakers import _common_word, _misread, _predicate_word, _speaks_here, _subject_of_its_sentence
from .subjects import _bare, _is_group_name, _tokens


@dataclass
class Candidate:
    """Someone who may have said a quote: a name near it, or the one the rules chose."""

    name: str  # the fullest name the article gives
    text: str  # the words as written where it is nearest the quote
    at: tuple[int, int, int]  # paragraph, start, end of those words
    rule: bool  # the attribution rules chose it
    features: dict[str, float] = field(default_factory=dict)


CANDIDATE_PARAGRAPHS = 2  # paragraphs before the quote's own in which candidates are sought


@functools.cache
def speaker_model() -> dict:
    """The speaker model (dossier/models/speaker.json): logistic-regression weights over the
    candidates' features, learned from PolNeAR train by scripts/train_speakers.py, and the
    confidence under which a quote's speaker is left unknown."""
    return json.loads(resources.files("dossier.models").joinpath("speaker.json").read_text(encoding="utf-8"))


def score(candidate: Candidate, model: dict) -> float:
    """The model's probability that ``candidate`` said the quote."""
    weights = model["weights"]
    total = model["bias"] + sum(weights.get(f, 0.0) * v for f, v in candidate.features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def _decide(quote: Quote, candidates: list[Candidate], model: dict) -> None:
    """Keep the rules' choice where its pattern is precise enough or the model is sure enough of
    it; take the model's own choice over it only when the model is sure of that one; otherwise
    the speaker is unknown (a role the rules read, "a spokesman", stays as the words said)."""
    scored = sorted(
        ((score(c, model), c.rule, c.name, c) for c in candidates),
        key=lambda t: t[:3],
        reverse=True,
    )
    rule = next((t for t in scored if t[1]), None)
    other = next((t for t in scored if not t[1]), None)
    thresholds = model["thresholds"]
    if other is not None and (rule is None or other[0] > rule[0]) and other[0] >= thresholds.get("model", 1.0):
        confidence, _, _, best = other
        quote.speaker_name, quote.speaker_text, quote.speaker_role = best.name, best.text, None
        quote.attribution, quote.cue, quote.confidence = "model", None, round(confidence, 3)
    elif rule is not None and rule[0] >= thresholds.get(quote.attribution or "", model["threshold"]):
        quote.confidence = round(rule[0], 3)
    else:
        if quote.speaker_name is not None:
            quote.speaker_name = quote.speaker_text = quote.speaker_role = quote.cue = None
            quote.attribution = None
        quote.confidence = round(max((t[0] for t in scored), default=0.0), 3)


def _candidates(
    article: Article,
    span: _Span,
    attribution: _Attribution | None,
    quote: Quote,
    names: _ArticleNames,
    quoted: list[tuple[int, int, int]],
    previous_name: str | None,
) -> list[Candidate]:
    """The names around the quote outside any quote (its own sentence, its paragraph and the two
    before), one candidate per person at their nearest mention, and the rules' choice; never a
    name that cannot speak (a place, a platform, a law)."""
    paragraphs = article.paragraphs
    p_open, p_close = span.opened_at[0], span.closed_at[0]
    by_name: dict[str, Candidate] = {}
    window = [p_open - n for n in range(CANDIDATE_PARAGRAPHS, 0, -1)] + sorted({p_open, p_close})
    for (p, start), end, raw in (run for q in window for run in names.runs_by_paragraph.get(q, ())):
        if any(q == p and a <= start < b for q, a, b in quoted):
            continue  # named inside a quote: the one spoken of, not the speaker
        name = _clean_name(_fullest(raw, names, (p, start)))
        if name is None or not _speaks_here(name, names) or _is_group_name(name) or _common_word(name, names):
            continue
        features = _mention_features(paragraphs, span, p, start, end)
        if features is None:
            continue
        known = by_name.get(name)
        if known is None or features["distance"] < known.features["distance"]:
            by_name[name] = Candidate(name, paragraphs[p][start:end], (p, start, end), False, features)
    rule_name = _clean_name(quote.speaker_name)
    if (
        rule_name is not None
        and _speaks_here(rule_name, names)
        and not _common_word(rule_name, names)
        and not _misread(quote.speaker_name or "")
        and attribution is not None
        and attribution.speaker is not None
    ):
        candidate = by_name.get(rule_name)
        if candidate is None:
            at = attribution.speaker.at
            features = _mention_features(paragraphs, span, at[0], at[1], at[1]) or {"distance": 1.0, "far": 1.0}
            candidate = by_name[rule_name] = Candidate(
                rule_name, quote.speaker_text or rule_name, (*at, at[1]), True, features
            )
        candidate.rule = True
        candidate.features.update(
            {"rule": 1.0, f"rule:{attribution.pattern}": 1.0, f"kind:{attribution.speaker.kind}": 1.0}
        )
        if attribution.cue is not None:
            candidate.features["rule_cue"] = 1.0  # the rules read a reporting verb, not a bare subject
    title = article.title.lower()
    ranked = sorted(by_name.values(), key=lambda c: c.features["distance"])
    for rank, candidate in enumerate(ranked):
        words = candidate.name.split()
        lowered = {w.lower().strip(".,") for w in words}
        extra = {
            f"rank:{min(rank, 3)}": 1.0,
            "one_word": float(len(words) == 1),
            "in_title": float(words[-1].lower() in title),
            "mentions": math.log1p(names.token_counts.get(words[-1], 0)) / 3,
            "not_speaker": float(bool(lowered & speech.NOT_A_SPEAKER_WORDS)),
            "body": float(bool(lowered & speech.BODY_WORDS)),
            "previous_speaker": float(candidate.name == previous_name),
            "candidates": math.log1p(len(ranked)) / 3,
            # What the entities stage took the name for: a person or an organisation may speak.
            **{f"tagged:{kind}": 1.0 for kind in sorted(names.kinds.get(words[-1], {"none"}))},
            "names_between": math.log1p(_names_between(span, candidate, names)) / 2,
        }
        candidate.features.update({k: v for k, v in extra.items() if v})
    return ranked


def _names_between(span: _Span, candidate: Candidate, names: _ArticleNames) -> int:
    """How many other names stand between the candidate's words and the quote, outside any quote:
    a subject far from the quote, with someone else named on the way ("Clinton proposed a debate,
    but the Sanders campaign rejected it as …"), is less likely its speaker."""
    p, start, end = candidate.at
    if p > span.closed_at[0] or (p == span.closed_at[0] and start >= span.closed_at[1]):
        low, high = span.closed_at, (p, start)  # named after the quote
    else:
        low, high = (p, end), span.opened_at
    surname = candidate.name.split()[-1]
    return sum(
        1
        for q in range(low[0], high[0] + 1)
        for at, _, name in names.runs_by_paragraph.get(q, ())
        if low <= at < high
        and name.split()[-1] != surname
        and not any(r == at[0] and a <= at[1] < b for r, a, b in names.quoted)
    )


def _mention_features(paragraphs: list[str], span: _Span, p: int, start: int, end: int) -> dict[str, float] | None:
    """Where a mention sits against the quote and what words are around it."""
    (p_open, at_open), (p_close, at_close) = span.opened_at, span.closed_at
    text = paragraphs[p]
    if p == p_open and end <= at_open:
        between = text[end:at_open]
        where = "before_sentence" if not _sentence_break(between) else "before_paragraph"
        distance = at_open - end
    elif p == p_close and start >= at_close:
        between = text[at_close:start]
        where = "after_sentence" if not _sentence_break(between) else "after_paragraph"
        distance = start - at_close
    elif p < p_open:
        between = text[end:]
        where = "previous_paragraph" if p == p_open - 1 else "earlier_paragraph"
        distance = len(between) + at_open + 200 * (p_open - p - 1)
    else:
        return None
    before = _tokens(text[max(0, start - 40) : start])
    after = _tokens(text[end : end + 40])
    previous = before[-1].group(0).lower() if before else ""
    following = {_bare(t) for t in after[:3]}
    cue_after = bool(following & speech.REPORTING_VERBS)
    features = {
        "distance": math.log1p(distance) / 8,
        f"where:{where}": 1.0,
        "cue_after": float(cue_after),
        "cue_before": float(any(_bare(t) in speech.REPORTING_VERBS for t in before[-2:])),
        "preposition_before": float(previous in _PREPOSITIONS),
        "possessive": float(bool(re.match(r"['’]s\b", text[end : end + 3]))),
        "titled": float(previous.rstrip(".") in speech.ROLE_WORDS or previous in speech.HONORIFICS),
        "comma_after": float(text[end : end + 1] == ","),
        "colon_between": float(":" in between),
        "sentence_start": float(_opens_sentence(text, start)),
        "subject_of_cue": float(cue_after and previous not in _PREPOSITIONS),
        "clause_subject": float(where == "before_sentence" and _subject_of_quote_clause(text, start, end, at_open)),
    }
    return {k: v for k, v in features.items() if v or k == "distance"}


# After a subject's name, up to its verb: a party and state in brackets, an apposition set off by commas, an adverb
# ("Sen. Ann Lee (R-Vt.), the chairwoman, later called …").
_SUBJECT_THEN_VERB = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:\s*,[^.;:,“”\"]{1,80},)?\s+(?:[a-z]+ly\s+|(?:also|further|then|again|not)\s+)?([a-z]+)\b"
)
_PREDICATE_OPENERS = speech.IRREGULAR_PAST | speech.SUBJECT_PAST_VERBS | speech.IRREGULAR_REPORTING_PAST
# A reporting verb with a subject of its own ("said", "calls"), not a participle going on with this one's ("calling").
_FINITE_REPORTING_VERBS = speech.IRREGULAR_REPORTING_PAST | frozenset(
    verb for verb in speech.REPORTING_VERBS if verb.endswith(("ed", "s"))
)
_ANOTHER_CLAUSE = re.compile(rf",\s+(?:and|but)\s|\b(?:{'|'.join(sorted(speech.SUBORDINATORS))})\b")


def _subject_of_quote_clause(text: str, start: int, end: int, quote_at: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of the clause whose words the quote at ``quote_at``
    ends: it opens its sentence (after an opening phrase, not "According to …, Lee was “…”"), a verb follows it, and
    no other clause or reporting verb stands between that verb and the quote ("Lee called the plan “…”", "Lee
    launched an attack, calling Roe “…”"; not "Lee posted a headline that said “…”", "Lee spoke, and the crowd
    chanted “…”")."""
    begin = _sentence_begin(text, start)
    opening = text[begin:start]
    if not _subject_of_its_sentence(text, begin, start) or _ACCORDING_TO.search(opening):
        return False  # the words are the source's the opening phrase gives
    if re.match(r"['’]", text[end : end + 1]) or any(w.lower() in speech.INTRODUCERS for w in opening.split()[-1:]):
        return False  # a possessor ("Lee's aides"), or a name in an opening phrase ("On Lee's show, …")
    verb = _SUBJECT_THEN_VERB.match(text, end, quote_at)
    if verb is None or not (_predicate_word(verb.group(1)) or verb.group(1) in _PREDICATE_OPENERS):
        return False
    rest = text[verb.end() : quote_at]
    return not _ANOTHER_CLAUSE.search(rest) and not any(
        word.lower() in _FINITE_REPORTING_VERBS for word in re.findall(r"[\w'’-]+", rest)
    )


def _sentence_break(text: str) -> bool:
    return any(_is_sentence_end(text, m.start()) for m in _END_MARKS.finditer(text))


_END_MARKS = re.compile(r"[.!?]")
