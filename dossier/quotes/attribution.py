"""Step 2, attribution: the patterns of a quote whose own sentence names nobody ("carried",
"label", "context": the speaker of the paragraph or sentence before, a transcript's label), and the table that
applies every pattern (``ATTRIBUTION_TABLE``, in the order of ``lang.en.speech``) to what is read around one quote
(``_Context``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..lang.en import speech
from ..patterns import whole_word_spans
from ..structure import Article, Quote
from .after import (
    _according_to_after,
    _as_reported_by_after,
    _cue_name_after,
    _dash_signed,
    _dash_signed_below,
    _name_cue_after,
    _report_ends_sentence,
)
from .before import (
    _ACCORDING_TO,
    _SPEECH_WORDS,
    _according_to,
    _asked_by,
    _bracketed_after_name,
    _claim_of,
    _colon_subject,
    _inverted_aside,
    _inverted_cue_before,
    _name_label,
    _new_clause,
    _participle,
    _passive_by,
    _quoted_as,
    _quoted_as_after,
    _subject_cue_before,
    _subject_of_sentence,
    _subject_predicate,
)
from .marks import _span_text
from .names import _near_miss
from .spans import PRONOUNS, _ArticleNames, _Attribution, _head, _is_sentence_end, _Span, _Speaker, _tail
from .speakers import _common_opener, _reporting_verbs, _sentence_subject
from .subjects import (
    _CLAUSE_AFTER,
    _OPENING_CLAUSE,
    _OWN_SPEAKER_AFTER,
    _REPORTER_ENDS,
    _bare,
    _clean_np,
    _is_cap,
    _looks_like_np,
    _places,
    _split_name,
    _subject_before,
    _tokens,
)


@dataclass
class _Context:
    """What the attribution patterns read around one quote: the words of its sentence before and
    after it, and the quotes kept before it in the article."""

    paragraphs: list[str]
    head: str  # the words of the quote's sentence before it
    begin: int  # where they begin in paragraph ``p_open``
    p_open: int
    tail: str = ""  # the words of the quote's sentence after it
    p_close: int = 0
    at_close: int = 0
    ended: bool = False  # the quote ends with a full stop
    comma: bool = False  # ... or with a comma, inside its marks ('“…a good deal,” the mayor said')
    partial: bool = False  # ends without punctuation and no comma or dash follows: inside its sentence
    runs_into_next: bool = False  # the words after it run, in its sentence, up to the next quote's opening mark
    span: _Span | None = None
    kept: list[tuple[_Span, _Attribution | None]] = field(default_factory=list)
    people: frozenset[str] = frozenset()  # last words of the names the entities stage takes for people

    @classmethod
    def around(
        cls,
        paragraphs: list[str],
        span: _Span,
        floor: int,
        ceiling: int,
        kept: list[tuple[_Span, _Attribution | None]],
        people: frozenset[str] = frozenset(),
    ) -> _Context:
        p_open, at_open = span.opened_at
        p_close, at_close = span.closed_at
        tail = _tail(paragraphs[p_close], at_close, ceiling)
        last_piece = span.pieces[-1]
        quoted = paragraphs[last_piece[0]][: last_piece[2]].rstrip("\"”’' ")
        head, begin = _head(paragraphs[p_open], at_open, floor)
        partial = quoted[-1:].isalnum() and not tail.lstrip().startswith((",", "—", "–"))
        runs_into_next = ceiling < len(paragraphs[p_close]) and at_close + len(tail) >= ceiling
        return cls(
            paragraphs, head, begin, p_open, tail, p_close, at_close, quoted.endswith("."), quoted.endswith(","),
            partial, runs_into_next, span, kept, people,
        )

    @property
    def at(self) -> tuple[int, int]:
        return (self.p_open, self.begin)

    @functools.cached_property
    def verbs(self) -> list[re.Match[str]]:
        return _reporting_verbs(self.head)

    @functools.cached_property
    def voiced_after(self) -> bool:
        """Whether the words after the quote, in its sentence, report someone ('"…?" the audience screamed')
        or open with someone and a verb in the past or present ('"…," Trump shot back', '"…," her husband
        cut in')."""
        tokens = _tokens(self.tail)
        if self.partial or self.ended or not tokens or _bare(tokens[0]) in speech.CONJUNCTIONS | speech.SUBORDINATORS:
            # The quote's words run on in its sentence, a full stop ended it, or a clause of its own follows
            # ('"…," and concluded'): what follows need not be who said them.
            return False
        opening = self.tail[: tokens[min(3, len(tokens) - 1)].end()]
        return bool(_reporting_verbs(opening) or _OWN_SPEAKER_AFTER.match(self.tail))

    @functools.cached_property
    def sourced_before(self) -> bool:
        """Whether the words before the quote, in its sentence, give its source, read as a speaker or not
        ('According to their report, "…"'): then it is no earlier speaker's."""
        return bool(_ACCORDING_TO.search(self.head))

    @functools.cached_property
    def tail_introduces_next(self) -> bool:
        """Whether the words after the quote introduce the next quote, not this one ('Clinton responds
        with, “Why now?” Mills then writes back, “You look cute.”'): they run up to it and end with a comma
        or a colon, and this quote ended its own sentence or its sentence already names who said it (a quote
        its attribution interrupts, '"…," he said, "…"', opens its sentence and keeps it)."""
        if not self.runs_into_next or not self.tail.rstrip(" \"“'‘").endswith((",", ":")):
            return False
        last_piece = self.span.pieces[-1] if self.span is not None else None
        closing = self.paragraphs[last_piece[0]][: last_piece[2]].rstrip("\"”’' ")[-1:] if last_piece else ""
        return closing in (".", "?", "!") or _attribute(self, ("before",)) is not None

    @functools.cached_property
    def head_governs(self) -> bool:
        """A partial quote inside its sentence ('X called it "…" as he left'), or one a coordinated clause
        follows ('X said he would "…," for instance, and Y vowed …'), belongs to the words before it when
        they attribute it, not to a clause after it."""
        closed = self.paragraphs[self.p_close][: self.at_close].rstrip(" \"”'’")
        clause_after = bool(_CLAUSE_AFTER.match(("," if closed.endswith(",") else "") + self.tail))
        # Words a colon introduces that end their own sentence ('Roe responded: "…?" Her critics cited it'): the
        # sentence after them is the writer's.
        introduced = self.head.rstrip().endswith(":") and closed.endswith((".", "?", "!"))
        # A quote that closes a clause opening the sentence ('Even as Roe claimed that "…," Lee said the cases
        # differ'): the main clause after it is about something else.
        # So does one set between dashes in it ('Although Lee lamented it — "…?" — voters said …').
        set_off = closed.endswith(",") or re.match(r"\s*[-—–]", self.tail) is not None
        subordinate = set_off and bool(_OPENING_CLAUSE.match(self.head))
        before = _attribute(self, ("before",)) if (
            self.partial or clause_after or introduced or subordinate or self.voiced_before or self.relays
        ) else None
        return before is not None and not self._spoken_for(before)

    def _spoken_for(self, before: _Attribution) -> bool:
        """Whether the words before the quote give it to a body ('Vellia has condemned the "…"') and the sentence
        ends with a person who speaks for one (', government spokesperson Jo Roe said.', ', Foreign Minister Jo Roe
        said.'): the body's words are that person's, who said them."""
        subject = before.speaker.text.split() if before.speaker is not None else []
        ends = _REPORTER_ENDS.search(self.tail)
        if not subject or ends is None:
            return False
        last = subject[-1].strip(".,")
        reporter = [w.strip(".,") for w in ends.group(1).split()]
        if not {w.lower() for w in reporter} & speech.SPEAKS_FOR_ROLE_WORDS:
            # Anyone else titled ("Foreign Minister Jo Roe") or named speaks for a body only when the subject surely
            # is one, a country or a place ("Vellia has condemned …"), not a person the article did not name before.
            body = " ".join(subject[1:] if subject[0].lower() == "the" else subject) in _places()[1] or (
                last.lower() in speech.BODY_WORDS or last in speech.BODY_HEADS)
            titled = {w.lower() for w in reporter} & speech.HEAD_NOUNS
            if not body or not (titled or (reporter and reporter[-1] in self.people)):
                return False
        described = {w.lower().strip(".,") for w in subject} & speech.ROLE_NOUNS
        return last.lower() not in PRONOUNS and last not in self.people and not described

    @functools.cached_property
    def relays(self) -> bool:
        """Whether the words before the quote report it indirectly, a clause after a finite reporting verb ('Lee also
        said the country was "…," Roe told reporters'): the marked words are that verb's subject's, not whoever the
        words after the quote say relayed them."""
        finite = [v for v in self.verbs if not _bare(v).endswith("ing")]
        clause = self.head[finite[0].end() :] if len(finite) == 1 else ""
        if len(_tokens(clause)) < 2 or re.search(r"[,;:—–]", clause):
            return False
        subject = _subject_before(self.head, finite[0].start())
        # Only a person named as the subject that opens the sentence: a pronoun, a description ("The witness") or a
        # clause before it may be the later reporter.
        return (
            subject is not None
            and _split_name(subject[0])[0] is not None
            and self.head.lstrip().startswith(subject[0])
        )

    @functools.cached_property
    def voiced_before(self) -> bool:
        """Whether the quote is what a participle right before it voices ('an officer was shouting "Go!" in French,
        Roe said', 'fans chanting "…"'): a later attribution reports the scene, not these words."""
        tokens = _tokens(self.head)
        if not tokens or not re.search(r"ing[\s:,]*$", self.head):
            return False
        last = _bare(tokens[-1])
        return last in speech.REPORTING_VERBS and not last.startswith(speech.NOT_VOICING_STEMS)


# A clause with a subject named or described and a verb of its own: ", while Roe refers to …", ", Roe expressed …",
# ", and her husband cut in", ". The report indicated …".
_DESCRIBED_SUBJECT = "|".join(sorted(speech.DETERMINERS | speech.POSSESSIVES))
_NOT_IN_SUBJECT = "|".join(sorted(set(speech.PRONOUNS) | speech.RELATIVE_PRONOUNS | speech.DETERMINERS))
_NEW_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s+|\b(?:while|whereas|and|but)\s+)((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
    r"|(?:^\W*|[.;]\s+|\b(?:and|but)\s+)"
    rf"((?i:{_DESCRIBED_SUBJECT})\s+(?!(?:{_NOT_IN_SUBJECT})\b)[a-z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


def _continued(ctx: _Context) -> _Attribution | None:
    """'"…," X added. "…"': the previous quote resumes, with the same speaker."""
    if not ctx.kept or ctx.span is None or not _continues(ctx.paragraphs, ctx.kept[-1][0], ctx.span):
        return None
    previous, attribution = ctx.kept[-1]
    if not ctx.span.reopened and _other_subject_between(ctx, previous, attribution):
        return None  # '"…," while Roe calls it "…"': someone else's clause, not the quote resuming
    if (not ctx.span.reopened and ctx.span.opened_at[0] > previous.closed_at[0]
            and _speaks_of_its_speaker(ctx, previous.closed_at[0], attribution)):
        # A new quote paragraph with no cue, after Roe's words, that speaks of "his conduct" and never of "I": someone
        # else's words about him, whom the article does not name here (nor the paragraph before, which names him).
        return _Attribution(None, None)
    return attribution


def _speaks_of_its_speaker(ctx: _Context, before: int, attribution: _Attribution | None) -> bool:
    """Whether a quote paragraph with no cue speaks of a man or woman ("he", "his", "her") and never in the first
    person, when no one but its carried speaker is named in it before that pronoun nor in the paragraph ``before``: the
    words are about that speaker, not theirs ('"…," he added.' then '"His conduct is unbecoming …"'; not after 'Lee
    "is tapping into …," Roe told the paper.', where "He" is Lee)."""
    speaker = attribution.speaker if attribution is not None else None
    if speaker is None:
        return False
    own = set(f"{speaker.text} {speaker.name or ''}".split())
    tokens = _WORDS_AND_ENDS.findall(_span_text(ctx.paragraphs, ctx.span))
    pronoun = next((i for i, t in enumerate(tokens) if t.lower() in speech.PERSONAL_PRONOUN_GENDER), None)
    if pronoun is None or {t.lower().replace("’", "'") for t in tokens} & speech.FIRST_PERSON:
        return False
    return not _names_another(tokens[:pronoun], own, ctx.people) and not _names_another(
        _WORDS_AND_ENDS.findall(ctx.paragraphs[before]), own, ctx.people)


_WORDS_AND_ENDS = re.compile(r"[\w'’]+|[.?!]")


def _names_another(tokens: list[str], own: set[str], people: frozenset[str]) -> bool:
    """Whether the words name someone but the speaker (``own``'s words): a person's name, or a capitalised word inside a
    sentence that is not "I"."""
    opening = True
    for token in tokens:
        named = token in people or (token[0].isupper() and not opening
                                    and token.lower().replace("’", "'") not in speech.FIRST_PERSON)
        if named and token not in own:
            return True
        opening = token in ".?!"
    return False


# What opens the sentence after a quote that ended one ('"…?" Roe, by his own admission, only took'): a capitalised
# subject, maybe an aside and an adverb, and a verb of its own in the past or present.
_OWN_VERB_PAST = speech.IRREGULAR_PAST | speech.SUBJECT_PAST_VERBS
_OPENS_OWN_SENTENCE = re.compile(
    r"\W*((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)(?:,\s+[^,;:“”\"]{1,40},)?\s+(?:[a-z]+ly\s+)?"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(_OWN_VERB_PAST))})\b"
)
_ENDS_SENTENCE_IN_MARKS = re.compile(r"[.?!][\"”’']+$")  # a quote that ends its sentence: '…accident?”'
# A sentence opening on a name, maybe after a title ("US coach Jo Roe wants …"), and its verb (not after "Mr.", "U.S.").
_SENTENCE_OPENING_NAME = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"”’']?\s+(?:[\w'’.-]+\s+){0,2}?((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


def _other_subject_between(ctx: _Context, previous: _Span, attribution: _Attribution | None) -> bool:
    """Whether, between an earlier quote of the paragraph and this one, a clause opens with someone other than
    the earlier quote's speaker and a verb of their own."""
    assert ctx.span is not None
    if previous.closed_at[0] != ctx.span.opened_at[0]:
        return False
    between = ctx.paragraphs[ctx.p_open][previous.closed_at[1] : ctx.span.opened_at[1]]
    said = attribution.speaker.text if attribution is not None and attribution.speaker is not None else ""
    if any(
        subject.lower() not in PRONOUNS and subject.split()[-1] not in said.split()
        for m in _NEW_SUBJECT.finditer(between)
        for subject in [m.group(1) or m.group(2)]
    ):
        return True
    speaker = attribution.speaker if attribution is not None else None
    named = f"{said} {speaker.name or ''}".split() if speaker is not None else []
    opening = _OPENS_OWN_SENTENCE.match(between)
    if (opening and opening.group(1).lower() not in PRONOUNS and opening.group(1).split()[-1] not in named
            and _ENDS_SENTENCE_IN_MARKS.search(ctx.paragraphs[ctx.p_open], 0, previous.closed_at[1])):
        return True  # '"Why was I apologizing?" Roe, by his own admission, only took': the next sentence is Roe's
    # A sentence between that opens on another person the entities stage found ('"…," said Roe. US coach Al Poe wants
    # more. "…"'), not the earlier speaker under another name or a pronoun.
    return any(m.group(1).split()[-1] in ctx.people and m.group(1).split()[-1] not in named
               for m in _SENTENCE_OPENING_NAME.finditer(between))


def _transcript_label(ctx: _Context) -> _Attribution | None:
    """A transcript's speaker label opening the quote ('"WALLACE: Let's start …') or the turn."""
    if ctx.span is None:
        return None
    p, start, end = ctx.span.pieces[0]
    inside = _TURN_LABEL.match(ctx.paragraphs[p][start:end])
    label = inside or _TURN_LABEL.fullmatch(ctx.paragraphs[p][:start])
    if label is None:
        return None
    name = label.group(1).title()
    opens_paragraph = not ctx.paragraphs[p][:start].strip(" \"“‘'")
    if inside and not opens_paragraph and not _bears_label(ctx.paragraphs, label.group(1), name):
        return None  # "signs that read 'CAUTION: Watch for Falling Snow'": a label no one in the article bears
    return _Attribution(_Speaker(_labelled_in_full(ctx.paragraphs, name), at=(p, start)), None)


def _labelled_in_full(paragraphs: list[str], name: str) -> str:
    """The full name a transcript's first label with a role gives the speaker of a surname's label: "ROE: …" after
    "JO ROE, HOST: …" is Jo Roe's turn."""
    fulls = {m.group(1).title() for text in paragraphs if (m := _ROLE_LABEL.match(text))}
    matching = [full for full in fulls if full.split()[-1] == name]
    return matching[0] if len(matching) == 1 else name


def outlet_staff(article: Article) -> set[str]:
    """The article's outlet's own journalists, as a page writes their names: those a transcript labels as one
    ("RENEE MONTAGNE, HOST:", "ANN LEE, BYLINE:"), and those the text names as the outlet's ("NPR's Jo Roe reports")."""
    labelled = {m.group(1).title() for text in article.paragraphs if (m := _ROLE_LABEL.match(text))
                and m.group(2).strip(" ,") in speech.STAFF_LABEL_ROLES}
    if not article.outlet:
        return labelled
    owned = re.compile(rf"\b{re.escape(article.outlet)}['’]s\s+((?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)")
    return labelled | {m.group(1) for text in article.paragraphs for m in owned.finditer(text)}


def _bears_label(paragraphs: list[str], label: str, name: str) -> bool:
    """Whether a speaker label inside a quote within a sentence names someone: it opens two turns or more
    ("WALLACE: …"), or the article writes the name outside quotation marks."""
    turns = sum(len(re.findall(rf"(?:^|[\"“‘'])\s*{re.escape(label)}:", text)) for text in paragraphs)
    named = re.compile(rf"(?<![‘'\"“])\b{re.escape(name)}\b(?![’'\"”])")
    return turns >= 2 or any(named.search(text) for text in paragraphs)


_TURN_LABEL = re.compile(speech.SPEAKER_LABEL)
_ROLE_LABEL = re.compile(rf"({speech.SPEAKER_NAME})({speech.SPEAKER_ROLE}):\s")
_MIN_TURNS = 3  # labelled paragraphs, by two speakers or more, that make the article a transcript


def _transcript_turns(paragraphs: list[str]) -> list[_Span]:
    """Each turn of an interview transcript ("SHAPIRO: What can you tell us?") as a quote of its
    speaker: in an article where two people or more take turns, each paragraph a label opens."""
    labelled = [(p, m) for p, text in enumerate(paragraphs) if (m := _TURN_LABEL.match(text)) and len(text) > m.end()]
    if len(labelled) < _MIN_TURNS or len({m.group(1) for _, m in labelled}) < 2:
        return []
    return [
        _Span([(p, m.end(), len(paragraphs[p]))], (p, m.end()), (p, len(paragraphs[p])))
        for p, m in labelled
    ]


def _speakers_of(ctx: _Context, paragraph: int) -> list[_Attribution]:
    """The attributions of the quotes kept so far that close in ``paragraph``."""
    return [a for s, a in ctx.kept if s.closed_at[0] == paragraph and a is not None and a.speaker is not None]


def _paragraph_speaker(ctx: _Context) -> _Attribution | None:
    """By news convention, the speaker of an earlier quote in the quote's paragraph."""
    if ctx.span is None:
        return None
    earlier = _speakers_of(ctx, ctx.span.opened_at[0])
    if not earlier:
        return None
    last = next(s for s, a in reversed(ctx.kept) if a is earlier[-1])
    if _other_subject_between(ctx, last, earlier[-1]):
        return None
    subject = _sentence_subject(ctx.head)
    said = earlier[-1].speaker
    named = subject is not None and _is_cap(subject[0]) and not _common_opener(subject[0], ctx.paragraphs)
    if subject is not None and said is not None and named:
        # The quote's own sentence is about someone else ("Kasich resisted: "…"", "Mitt Romney's "…""): not
        # by convention the earlier speaker's words.
        names = {re.sub(r"['’]s?$", "", w) for w in f"{said.text} {said.name or ''}".split()}
        if re.sub(r"['’]s?$", "", subject[0].split()[-1]) not in names:
            return None
    return earlier[-1]


def _before_quote(ctx: _Context) -> str:
    """The words of the quote's paragraph before its opening mark."""
    assert ctx.span is not None
    p, at = ctx.span.opened_at
    return ctx.paragraphs[p][:at].rstrip(" \"“”'‘’")


def _sentence_before(ctx: _Context) -> tuple[str, int, int] | None:
    """The sentence before the quote in its paragraph (its words, paragraph and offset), when the
    quote opens a sentence of its own."""
    if ctx.span is None:
        return None
    before = _before_quote(ctx)
    if not before.strip():
        return None
    p = ctx.span.opened_at[0]
    sentence, begin = _head(before, len(before), 0)
    if sentence.strip() == before.strip() and not _is_sentence_end(before, len(before) - 1):
        return None  # the quote's own sentence: it named nobody
    sentence, begin = _head(before, begin - 1, 0) if not sentence.strip() else (sentence, begin)
    return sentence, p, begin


def _previous_report(ctx: _Context) -> _Attribution | None:
    """Who the sentence before the quote reports: 'The board may wait, Reed said. "…"', 'The board may wait, said
    Mayor Jo Reed. "…"'. Not someone in the words of a quote that opens that sentence: they report no one
    ('"I was surprised," said his father. "…"' is not "I")."""
    found = _sentence_before(ctx)
    report = _sentence_report(ctx.paragraphs, *found) if found is not None else None
    if found is not None and report is not None and _inside_opening_quote(found[0], report):
        return None
    if found is not None and report is None and _opens_sentence(ctx):
        # Only a sentence that ended before the quote: the inverted report of its own sentence reads words after it.
        report = _inverted_report_ends(ctx.paragraphs, *found)
    if found is not None and report is not None and report.cue and _new_clause(found[0][found[0].rfind(report.cue) :]):
        # '"…," Roe said, and her husband cut in. "…"': a clause with a subject of its own ends the sentence; the
        # quote after it may be that subject's, not the report's.
        return _Attribution(None, None)
    if found is not None and report is not None and report.cue and report.cue.split()[0].lower() in speech.ASKING_VERBS:
        return _asked(found, report)
    return report


# A quote in double marks that opens a sentence: '"I was surprised," said his father.'.
_OPENING_QUOTE = re.compile(r'\s*["“](?=\w)[^"“”]*["”]')
# The reporting verb of a report that ends a sentence, after a comma: 'Pressure is needed, said Mayor Jo Reed'.
_INVERTED_CUE = re.compile(rf",\s*(?=(?:{'|'.join(sorted(speech.INVERTING_VERBS))})\s+\S)")


def _opens_sentence(ctx: _Context) -> bool:
    """Whether the quote opens a sentence after another one in its paragraph."""
    before = _before_quote(ctx)
    return bool(before.strip()) and _is_sentence_end(before, len(before) - 1)


def _inside_opening_quote(sentence: str, report: _Attribution) -> bool:
    """Whether the speaker of a report is only in the words of a quote that opens its sentence."""
    opening = _OPENING_QUOTE.match(sentence)
    if opening is None or report.speaker is None:
        return False
    return next(whole_word_spans(sentence[opening.end() :], report.speaker.text), None) is None


def _inverted_report_ends(paragraphs: list[str], sentence: str, paragraph: int, offset: int) -> _Attribution | None:
    """The speaker of an inverted report that ends a sentence ('While pressure was needed, being too tough could be
    disastrous, said Mayor Jo Reed.'), read as the words after a quote are ('"…," said Mayor Jo Reed.')."""
    cues = list(_INVERTED_CUE.finditer(sentence))
    if not cues:
        return None
    at = cues[-1].start()
    tail = sentence[at:].rstrip()
    ctx = _Context(paragraphs, "", offset + at, paragraph, tail + ("" if tail.endswith(".") else "."), paragraph,
                   offset + at)
    return _cue_name_after(ctx)


def _asked(found: tuple[str, int, int], report: _Attribution) -> _Attribution:
    """The quote after a sentence that asks someone something answers it: 'Vell Online asked Jo Roe whether …
    "Definitely not."' is Roe's, never the asker's; unknown when the one asked is not named. A verb that asks no
    one ('Roe would serve if asked.') leaves the report as it is."""
    sentence, p, begin = found
    at = sentence.rfind(report.cue or "") + len(report.cue or "")
    if not sentence[at:].strip(" .?!"):
        return report
    asked = re.split(rf"[,;:?]|\s(?:{'|'.join(sorted(speech.ASKED_ABOUT))})\b", sentence[at:], maxsplit=1)[0]
    np = _clean_np(asked)
    if np and _is_cap(np) and _looks_like_np(np):
        return _Attribution(_Speaker(np, at=(p, begin + at + sentence[at:].find(np))), None)
    return _Attribution(None, None)


def _previous_sentence(ctx: _Context) -> _Attribution | None:
    """The subject of the sentence before the quote, which reports nothing: 'Sanders identified
    the flaw. "…"'."""
    found = _sentence_before(ctx)
    if found is None or found[0].lstrip().startswith(('"', "“", "‘", "'")):
        # A sentence that opens with a quote ('"France will always be France," an angry Hollande
        # retaliated.'): its first words are the quote's, never its subject.
        return None
    subject = _sentence_subject_of(ctx.paragraphs, *found)
    possessor = _POSSESSOR_BEFORE.search(_before_quote(ctx).rstrip(" “\"‘'"))
    speaker = subject.speaker if subject else None
    if possessor and speaker and possessor.group(1) not in re.findall(r"[\w.-]+", speaker.text):
        # 'He backed Jo Roe's “all options” stance': words inside the sentence that someone else named owns are
        # theirs, not its subject's; whose for sure, the sentence does not say
        return _Attribution(None, None)
    return subject


# A name's possessive right before a quote: "Donald Trump's “…” stance".
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*)['’]s$")


def _paragraph_before(ctx: _Context) -> int | None:
    """For a paragraph that opens with the quote, the body paragraph before it."""
    if ctx.span is None or _before_quote(ctx).strip():
        return None
    return _previous_body_paragraph(ctx.paragraphs, ctx.span.opened_at[0])


def _colon_intro(ctx: _Context) -> _Attribution | None:
    """The speaker the previous paragraph introduces ('Caddell continued:')."""
    before_p = _paragraph_before(ctx)
    if before_p is None or not ctx.paragraphs[before_p].rstrip().endswith(":"):
        return None
    previous = ctx.paragraphs[before_p].rstrip()
    sentence, begin = _head(previous, len(previous) - 1, 0)
    return _sentence_report(ctx.paragraphs, sentence, before_p, begin) or _sentence_subject_of(
        ctx.paragraphs, sentence, before_p, begin
    )


def _previous_paragraph(ctx: _Context) -> _Attribution | None:
    """An unattributed quote paragraph continues the last speaker of the paragraph before."""
    before_p = _paragraph_before(ctx)
    if before_p is None or ctx.paragraphs[before_p].rstrip().endswith(":"):
        return None
    last = _speakers_of(ctx, before_p)
    if last and ctx.span is not None and not ctx.span.reopened and _speaks_of_its_speaker(ctx, before_p, last[-1]):
        return _Attribution(None, None)  # words about him, not his: as in ``_continued``
    return last[-1] if last else None


def _previous_paragraph_report(ctx: _Context) -> _Attribution | None:
    """Who the last sentence of the paragraph before reports, when that paragraph quotes nobody:
    'Reed said that the board would wait. (new paragraph) "…"'."""
    before_p = _paragraph_before(ctx)
    said_after = ctx.tail.strip(" \"”'’.,;") and not _pronoun_introduces_next(ctx) and not _next_sentence(ctx)
    if before_p is None or said_after:
        return None  # words after the quote in its sentence say where it came from
    assert ctx.span is not None
    p_close, at_close = ctx.span.closed_at
    after = ctx.paragraphs[p_close + 1].lstrip() if p_close + 1 < len(ctx.paragraphs) else ""
    if not ctx.paragraphs[p_close][:at_close].endswith(('"', "”")) and not after.startswith(('"', "“")):
        return None  # a quote left open with no new paragraph of it next: where it ends, and whose it is, is unsure
    previous = ctx.paragraphs[before_p].rstrip()
    if any(mark in previous for mark in '"“”'):
        return None  # a quote in it has its own speaker, one the previous_paragraph pattern reads
    if not previous.endswith((".", "!", "?")) or _PHOTO_CREDIT.search(previous):
        return None  # a caption or an introducing colon, not a sentence of the running text
    sentence, begin = _head(previous, len(previous) - 1, 0)
    found = _sentence_report(ctx.paragraphs, sentence, before_p, begin)
    if found is None or found.speaker is None or " and " in found.speaker.text:
        return None  # several people reported together: which of them goes on is unsaid
    if found.speaker.text.lower() in PRONOUNS:
        return None  # whom "he" stands for two sentences away from the quote is too often someone else
    return found


def _next_sentence(ctx: _Context) -> bool:
    """Whether the words read after the quote are the next sentence, which reports no one: the quote ended its own
    sentence inside its marks ('"… moved around." Vell Audio has been working with …'), not a signature after a dash
    ('"… stay inside." — jo roe (@joroe)')."""
    return ctx.ended and re.match(r"\s+[A-Z]", ctx.tail) is not None and not _reporting_verbs(ctx.tail)


# A sentence of its own that gives the next quote to "he" or "she": '“…?” Asked about it, he said, “…”'.
_PRONOUN_SAYS_NEXT = re.compile(
    rf"[^\"“”.!?]*\b(?i:{'|'.join(sorted(speech.PRONOUN_GENDER))})\s+(?:[a-z]+ly\s+)?"
    rf"(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b[^\"“”.!?]*[,:]\s*[\"“]?\s*"
)


def _pronoun_introduces_next(ctx: _Context) -> bool:
    """Whether the quote ended its sentence and the words after it only give the next quote to "he" or "she": the
    pronoun goes on with whoever the quote continues, so they say nothing of another speaker."""
    return ctx.tail_introduces_next and _PRONOUN_SAYS_NEXT.fullmatch(ctx.tail) is not None


# Picture cues and photo credits that mark a caption: "(pictured)", "(AP Photo/…)", "Getty Images"
# (not a wire dateline's bare "(AP)").
_PHOTO_CREDIT = re.compile(
    r"\((?:pictured|above|below|left|right|centre|center|top|bottom)\b[^)]{0,30}\)"
    r"|\((?:AP|Reuters|AFP|EPA|Getty)[ /][^)]{0,40}\)|\bPictured\b|\bGetty Images\b|\b(?:Photo|Image|Credit)s?:"
)
MAX_CAPTIONS_SKIPPED = 4  # a run of captions and fact boxes longer than this is body text after all


def _is_caption(text: str) -> bool:
    """A photo caption or fact box set between body paragraphs: it ends without a sentence's
    final punctuation, or it credits a picture, and reports nobody's words with a finite verb.
    It is no part of the running text, so a quote paragraph after it continues the speaker before it."""
    ended = re.search(r"[.!?:…][\"”'’)]*$|[\"”'’]$", text.rstrip())
    if ended and not _PHOTO_CREDIT.search(text):
        return False
    return not any(not _bare(v).endswith("ing") for v in _reporting_verbs(text))


def _previous_body_paragraph(paragraphs: list[str], p: int) -> int | None:
    """The paragraph before ``p`` that belongs to the running text, skipping captions and fact boxes."""
    for q in range(p - 1, max(-1, p - 2 - MAX_CAPTIONS_SKIPPED), -1):
        if not _is_caption(paragraphs[q]):
            return q
    return None


def _sentence_report(paragraphs: list[str], sentence: str, paragraph: int, offset: int) -> _Attribution | None:
    """Who a sentence without a quote reports: the patterns before a quote, read over the whole sentence."""
    return _attribute(_Context(paragraphs, sentence.rstrip(".:") + " ", offset, paragraph), ("before",))


def _sentence_subject_of(paragraphs: list[str], sentence: str, paragraph: int, offset: int) -> _Attribution | None:
    """The subject of a sentence, when it is capitalised or a pronoun."""
    subject = _sentence_subject(sentence)
    if subject is None or not (_is_cap(subject[0]) or subject[0].lower() in speech.PRONOUNS):
        return None
    if _common_opener(subject[0], paragraphs):
        return None
    joined = _JOINED_NAME.match(" ".join(subject[1]))
    if joined and _is_cap(subject[0]):
        # "Cruz and Trump have slammed …": the two together, neither alone
        return _Attribution(_Speaker(f"{subject[0]} {joined.group(0)}", at=(paragraph, offset)), None)
    return _Attribution(_Speaker(subject[0], at=(paragraph, offset)), None)


# A second name joined to a subject: "and Trump", "and Sen. Tom Roe".
_JOINED_NAME = re.compile(r"(?:and|or)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*")


_MATCHERS: dict[str, Callable[[_Context], _Attribution | None]] = {
    "dash_signed": _dash_signed,
    "dash_signed_below": _dash_signed_below,
    "quoted_as_after": _quoted_as_after,
    "cue_name_after": _cue_name_after,
    "name_cue_after": _name_cue_after,
    "according_to_after": _according_to_after,
    "report_ends_sentence": _report_ends_sentence,
    "as_reported_by_after": _as_reported_by_after,
    "bracketed_after_name": _bracketed_after_name,
    "claim_of": _claim_of,
    "according_to": _according_to,
    "passive_by": _passive_by,
    "asked_by": _asked_by,
    "quoted_as": _quoted_as,
    "participle": _participle,
    "subject_cue_before": _subject_cue_before,
    "sentence_subject": _subject_of_sentence,
    "colon_subject": _colon_subject,
    "subject_predicate": _subject_predicate,
    "inverted_cue_before": _inverted_cue_before,
    "inverted_aside": _inverted_aside,
    "name_label": _name_label,
    "continued": _continued,
    "transcript_label": _transcript_label,
    "paragraph_speaker": _paragraph_speaker,
    "colon_intro": _colon_intro,
    "previous_report": _previous_report,
    "previous_sentence": _previous_sentence,
    "previous_paragraph": _previous_paragraph,
    "previous_paragraph_report": _previous_paragraph_report,
}
# The attribution patterns in the order and under the names speech.ATTRIBUTION_PATTERNS gives them.
ATTRIBUTION_TABLE: tuple[tuple[str, str, Callable[[_Context], _Attribution | None]], ...] = tuple(
    (name, scope, _MATCHERS[name]) for name, scope, _ in speech.ATTRIBUTION_PATTERNS
)


def _attribute(ctx: _Context, scopes: tuple[str, ...] | None = None) -> _Attribution | None:
    """The first pattern of ATTRIBUTION_TABLE (of the given scopes) that attributes the quote,
    recorded under that pattern's name."""
    for name, scope, matcher in ATTRIBUTION_TABLE:
        if scopes is not None and scope not in scopes:
            continue
        if (scope == "before" and not ctx.head.strip()) or (scope == "after" and ctx.head_governs):
            continue
        if scope == "after" and ctx.tail_introduces_next:
            continue
        if scope in ("carried", "context") and (ctx.voiced_after or ctx.sourced_before):
            continue  # its own sentence gives it to someone the patterns could not read: not an earlier speaker
        found = matcher(ctx)
        if found is not None:
            return dataclasses.replace(found, pattern=name)
    return None


def _reported(paragraphs: list[str], span: _Span, floor: int, ceiling: int) -> bool:
    """Whether the sentence around the span reports speech (a reporting verb or noun), whoever its subject."""
    p_open, at_open = span.opened_at
    p_close, at_close = span.closed_at
    around = _head(paragraphs[p_open], at_open, floor)[0] + " " + _tail(paragraphs[p_close], at_close, ceiling)
    return any(_bare(t) in _SPEECH_WORDS for t in _tokens(around))


def _inside_markup(paragraphs: list[str], span: _Span) -> bool:
    """Attribute values in leftover markup: <tweet author="…">."""
    p, i = span.opened_at
    return paragraphs[p][max(0, i - 1) : i] == "="


def _floor(spans: list[_Span], index: int, paragraph: int) -> int:
    """Where the words before span ``index`` may start: after the previous span in its paragraph."""
    if index > 0 and spans[index - 1].closed_at[0] == paragraph:
        return spans[index - 1].closed_at[1]
    return 0


def _ceiling(spans: list[_Span], index: int, paragraph: int, length: int) -> int:
    """Where the words after span ``index`` must stop: before the next span in its paragraph."""
    if index + 1 < len(spans) and spans[index + 1].opened_at[0] == paragraph:
        return spans[index + 1].opened_at[1]
    return length


def _continues(paragraphs: list[str], previous: _Span, span: _Span) -> bool:
    """Whether ``span`` resumes the previous quote: same paragraph, or a reopened quote, or a quote
    paragraph right after one, with no other words in between that could name someone else."""
    if span.reopened:
        return True
    p_prev, at_prev = previous.closed_at
    p, at = span.opened_at
    if p == p_prev:
        # At most the previous quote's own attribution in between: '"…," X said. "…"'.
        between = paragraphs[p][at_prev:at]
        ends = [i for i in range(len(between)) if _is_sentence_end(between, i)]
        return not ends or not between[ends[0] + 1 :].strip()
    if p == p_prev + 1 and not paragraphs[p][:at].strip():
        return not paragraphs[p_prev][at_prev:].strip(" ,.")
    return False


def _shown_role(role: str | None) -> str | None:
    """A role as a reader sees it beside the quote: "official named (Jo Roe)" without the word bringing in the name;
    none for "spokesman for (Acme)", which says who spoke for the speaker, not what the speaker is, nor for words with
    a finite verb in lower case, a clause read for a speaker."""
    words = (role or "").split()
    if words and words[-1].lower() in speech.NAMING_PARTICIPLES:
        words.pop()
    if words and words[-1].lower() in speech.PREPOSITIONS:
        return None
    if any(word in _FINITE_VERB_WORDS for word in words):
        return None  # a clause, no noun phrase: "The group has drafted a resolution", "Seoul should instead"
    return " ".join(words) or None


_FINITE_VERB_WORDS = speech.AUXILIARIES | {"has", "have", "had"}


def _quote(
    article: Article,
    n: int,
    span: _Span,
    attribution: _Attribution | None,
    names: _ArticleNames,
    known: set[str],
    said: str,
) -> Quote:
    """The quote of ``span``, with its attribution's speaker; ``said`` is the words of every quote that attribution
    gives (the quotes it continues too), without the quotes nested in them (``_NESTED_QUOTE``)."""
    p, start, end = span.pieces[0]
    text = " ".join(article.paragraphs[q][a:b] for q, a, b in span.pieces)
    quote = Quote(
        id=f"{article.id}-q{n}",
        article=article.id,
        paragraph=p,
        text=text,
        start=start,
        end=end,
        paragraphs=[q for q, _, _ in span.pieces],
        pieces=list(span.pieces),
    )
    if attribution is not None:
        quote.cue = attribution.cue
        speaker = attribution.speaker
        if speaker is not None:
            quote.attribution = attribution.pattern
            quote.speaker_text = speaker.text
            quote.speaker_role = _shown_role(speaker.role)
            quote.speaker_name = speaker.name
            if speaker.name and speaker.kind == "name":
                quote.speaker_name = _near_miss(speaker.name, known, names)
            if speaker.name and _pronoun_of_someone(speaker) and _names_in(said, speaker.name):
                # '"Lewis did a great job," he added. "…"': people rarely name themselves, so "he" is someone else
                # (in the quote that continues too).
                quote.speaker_name = None
            if quote.speaker_name and _about_its_speaker(text, quote.speaker_name):
                quote.speaker_name = None
    return quote


def _pronoun_of_someone(speaker: _Speaker) -> bool:
    """Whether the speaker is a pronoun for a person or people, who rarely name themselves; not "it", a body, whose
    statements do ('"… a priority for the State Department," it said')."""
    return speaker.kind == "pronoun" and speech.PRONOUNS.get(speaker.text.lower()) != "thing"


def _about_its_speaker(text: str, name: str) -> bool:
    """Whether a quote names its speaker in full as the subject of one of its sentences and never speaks in the
    first person: '"Born in Vell, Jo Roe moved to the mainland at 13."' is a biography of Roe, not Roe's words."""
    # Any given name before the surname: the article may spell it otherwise ("Raul" in it, "Raúl" in the quote).
    surname = re.escape(name.split()[-1])
    if len(name.split()) < 2 or not re.search(rf"(?:^|[.!?]\s+|,\s+)[A-Z][\w'’.-]*\s+{surname}\s+[a-z]", text):
        return False
    return not any(w.lower().replace("’", "'") in speech.FIRST_PERSON for w in re.findall(r"[\w'’]+", text))


# A quote inside the quote, in single marks: others' words, in which the speaker may be named ("'How's Sarah?'").
_NESTED_QUOTE = re.compile(r"(?<!\w)['‘](?:[^'‘’\n]|['’](?=\w)){1,200}?['’](?!\w)")


# A comment clause after a quote's attribution naming who reports the scene: "…, as Roe recalled it".
_AS_SOMEONE_REPORTS = re.compile(r"[^.?!]*?,\s+as\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+ly\s+)?(\w+)")


def _reported_scene(tail: str) -> bool:
    """Whether the words after a quote, in its sentence, say a named person reports the scene ('"…," he announced,
    as Roe recalled it'): "he" is someone in Roe's account, not the last person the article named."""
    found = _AS_SOMEONE_REPORTS.match(tail)
    return found is not None and found.group(1) in speech.RECALLING_VERBS


def _names_in(text: str, name: str) -> bool:
    """Whether ``text`` names the person, by any word of the name of three letters or more that is not the start
    of another name ("Trump Tower", "the Clinton Foundation"); not by a word in lower case of a body's name ("the" of
    "People for the Ethical Treatment of Animals")."""
    return any(len(word) >= 3 and word[:1].isupper() and word in text
               and re.search(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", text) for word in name.split())
