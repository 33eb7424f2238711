"""The quotes stage for one article (``find_quotes``): each quote with the candidates who may have
said it (``speaker_candidates``), the speaker model's choice among them, and the person a pronoun points back to.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..lang.en import speech
from ..structure import Article, Mention, Quote
from .after import _POST_SIGNATURE, _office_account, _signs_post
from .attribution import (
    _NESTED_QUOTE,
    _attribute,
    _ceiling,
    _Context,
    _floor,
    _inside_markup,
    _names_in,
    _pronoun_of_someone,
    _quote,
    _reported,
    _reported_scene,
    _transcript_turns,
)
from .before import _word_not_used
from .marks import _span_text, find_spans
from .model import Candidate, _candidates, _decide, speaker_model
from .names import _collect_names, _fullest, _role_holders
from .scare import (
    _before_a_role,
    _body_name_in_marks,
    _headline_before_byline,
    _is_name_in_marks,
    _is_scare_or_title,
    _label_in_a_thing_clause,
    _named_by,
    _names_a_thing,
    _titles_a_work,
    _voiced,
)
from .spans import _ArticleNames, _Attribution, _Span, _Speaker
from .speakers import (
    _body_going_on,
    _body_speaking_before,
    _bound_past,
    _described_body_going_on,
    _gender,
    _introduced_before,
    _last_person,
    _plural_body_before,
    _reporting_body,
    _resolve,
    _same_text_before,
    _sentence_subject,
    _spokesperson_going_on,
)
from .subjects import _is_cap


def find_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """Every direct quote in the article, with the speaker as the article names them: the speaker
    model chooses among the candidates around each quote, and names nobody when unsure."""
    model = speaker_model()
    quotes = []
    for quote, candidates in speaker_candidates(article, mentions):
        bound = quote.speaker_name
        _decide(quote, [c for c in candidates if not _addressed(quote.text, c.name)], model)
        if quote.speaker_name != bound or quote.attribution == "model":
            quote.doubt = None  # the doubt was about the pronoun's binding, which the speaker no longer rests on
        quotes.append(quote)
    return quotes


def _addressed(text: str, name: str) -> bool:
    """Whether the quote calls the person by name (``speech.ADDRESS_PATTERNS``): then it speaks to them."""
    words = [word for word in name.split() if len(word) >= 3 and word[0].isupper()]
    # The patterns match one of the words verbatim, and a pattern made of a name is compiled anew:
    # most quotes hold none of the words, so look for them first.
    if not any(word in text for word in words):
        return False
    named = f"(?:{'|'.join(re.escape(word) for word in words)})"
    return any(re.search(pattern.format(name=named), text) for pattern in speech.ADDRESS_PATTERNS)


def speaker_candidates(article: Article, mentions: list[Mention]) -> list[tuple[Quote, list[Candidate]]]:
    """Every direct quote with the rules' attribution, and the people around it who may have said it."""
    paragraphs = article.paragraphs
    # Names of shows, laws and events ("Fox News Sunday") are words of their sentence, not quotes:
    # leave them out before the sentences around the quotes are read.
    turns = _transcript_turns(paragraphs)
    turn_paragraphs = {span.opened_at[0] for span in turns}
    # A subhead in marks is a pull quote, the text's own quote again, or a heading (``Article.subheads``).
    set_apart = turn_paragraphs | set(article.subheads)
    marked = [s for s in find_spans(paragraphs) if not {p for p, _, _ in s.pieces} & set_apart]
    spans = [
        s
        for s in sorted(marked + turns, key=lambda s: s.opened_at)
        if not _inside_markup(paragraphs, s)
        and not _titles_a_work(paragraphs, s)
        and not _names_a_thing(paragraphs, s)
        and not (
            (_is_name_in_marks(_span_text(paragraphs, s)) or _body_name_in_marks(paragraphs, s))
            and (_before_a_role(paragraphs, s) or not _named_by(paragraphs, s) and not _voiced(paragraphs, s))
        )
    ]
    names = _collect_names(article, mentions)
    people = frozenset(word for word, kinds in names.kinds.items() if "person" in kinds)
    # A name in marks, a title's too ('a column entitled "Why Electing Hillary …"'), is spoken of, never "he".
    names.quoted = [(p, a - 1, b + 1) for span in marked for p, a, b in span.pieces]
    speakers: list[_Speaker] = []
    kept: list[tuple[_Span, _Attribution | None]] = []
    posts: dict[int, str] = {}  # each signed post's signature
    for index, span in enumerate(spans):
        if _headline_before_byline(paragraphs, span):
            continue  # no one's words, but it ends the words before the excerpt that follows it: left in ``spans``
        floor = _floor(spans, index, span.opened_at[0])
        ceiling = _ceiling(spans, index, span.closed_at[0], len(paragraphs[span.closed_at[0]]))
        ctx = _Context.around(paragraphs, span, floor, ceiling, kept, people)
        # "Though he doesn't use the word "cuts"": the word is no one's the sentence names.
        attribution = None if _word_not_used(paragraphs, span) else _attribute(ctx)
        if _POST_SIGNATURE.match(ctx.tail):
            posts[id(span)] = ctx.tail  # a signed post is its signer's words or no one's, never a neighbour's
        scope = speech.PATTERN_SCOPE[attribution.pattern] if attribution is not None else None
        if attribution is not None and attribution.speaker is not None and scope in ("after", "before"):
            speaker = attribution.speaker
            last = _antecedent_in_sentence(paragraphs, span, speaker, names) or _last_person(
                names, speakers, speaker.at, speaker.text.lower()
            )
            attribution.speaker = _resolve(speaker, names, last)
            if id(span) in posts and attribution.pattern == "dash_signed":
                _office_account(speaker, names)
            if scope == "after" and speaker.kind == "pronoun" and _reported_scene(ctx.tail):
                speaker.name = None
            if speaker.kind == "pronoun" and speaker.name and _addresses_itself(paragraphs, span, speaker, names):
                speaker.name = None
            if speaker.kind == "role" and speaker.name is None:
                speaker.name = (_introduced_before(speakers, speaker) or _same_text_before(speakers, speaker)
                                or _body_going_on(speakers, speaker, attribution.cue, names)
                                or _described_body_going_on(speakers, speaker, names, max(speaker.at, span.opened_at)))
            if speaker.kind == "pronoun" and speaker.text.lower() == "it":
                speaker.name = _reporting_body(names, span.opened_at) or _body_speaking_before(
                    speakers, names, max(speaker.at, span.opened_at))
            elif speaker.kind == "pronoun" and speaker.text.lower() == "they":
                speaker.name = _plural_body_before(speakers, names, speaker.at) or _spokesperson_going_on(
                    names, span.opened_at, attribution.cue)
            speakers.append(attribution.speaker)
        text = " ".join(paragraphs[p][a:b] for p, a, b in span.pieces)
        speaker_words = attribution.speaker.text.lower() if attribution and attribution.speaker else ""
        attributed = scope in ("after", "before", "carried") and speaker_words not in ("it", "this")
        named = _named_by(paragraphs, span) or _voiced(paragraphs, span)
        if scope == "before" and attribution.cue and _label_in_a_thing_clause(paragraphs, span, attribution.cue):
            continue
        if not named and _is_scare_or_title(text, article, attributed, _reported(paragraphs, span, floor, ceiling)):
            continue
        unnamed = attribution is not None and attribution.speaker is not None and attribution.speaker.name is None
        if scope in ("label", "context") and unnamed:
            # Read outside the quote's sentence: who "he" is, or the fullest name, from the article.
            last = _last_person(names, speakers, attribution.speaker.at, attribution.speaker.text.lower())
            attribution.speaker = _resolve(attribution.speaker, names, last)
            speakers.append(attribution.speaker)
        kept.append((span, attribution))
    _describe_main_person(article, speakers, names)
    known = {s.name for s in speakers if s.name and s.kind == "name"}
    quoted = [(p, a, b) for span, _ in kept for p, a, b in span.pieces]
    found: list[tuple[Quote, list[Candidate]]] = []
    previous_name: str | None = None
    # The words of every quote each speaker is given (a continued quote shares its speaker): "he" is no one any of
    # them names.
    words_of: dict[int, list[str]] = defaultdict(list)
    for span, att in kept:
        words_of[id(att.speaker if att else None)].append(_span_text(paragraphs, span))
    for n, (span, att) in enumerate(kept, start=1):
        signature = posts.get(id(span))
        if signature is not None and att is not None and att.pattern != "dash_signed" and not (
                att.speaker is not None and _signs_post(att.speaker.name, signature)):
            att = None
        said = _NESTED_QUOTE.sub(" ", " ".join(words_of[id(att.speaker if att else None)]))
        quote = _quote(article, n, span, att, names, known, said)
        candidates = _candidates(article, span, att, quote, names, quoted, previous_name)
        if signature is not None:
            candidates = [c for c in candidates if c.rule or _signs_post(c.name, signature)]
        if att is not None and att.speaker is not None and _pronoun_of_someone(att.speaker):
            candidates = [c for c in candidates if not _names_in(said, c.name)]  # "he" is no one his quotes name
            if quote.speaker_name:
                quote.doubt = _bound_past(names, att.speaker.at, quote.speaker_name, att.speaker.text)
        found.append((quote, candidates))
        previous_name = quote.speaker_name
    return found


def _antecedent_in_sentence(paragraphs: list[str], span: _Span, speaker: _Speaker, names: _ArticleNames) -> str | None:
    """Who "he" or "she" before the quote is when its own sentence opens with a person: the
    subject ("Clinton says she appreciated … what she calls “…”"), of the pronoun's gender."""
    p, at = span.opened_at
    pronoun = speaker.text.lower()
    if speech.PRONOUN_GENDER.get(pronoun) is None or speaker.at[0] != p or speaker.at[1] > at:
        return None
    sentence = paragraphs[p][speaker.at[1] : at]
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    subject = _sentence_subject(sentence)
    if said is None or subject is not None and speech.PRONOUNS.get(subject[0].lower()) not in (None, "thing"):
        return None  # a person or group opens the sentence: the pronoun is theirs or read from before it
    person = _clause_subject(sentence, said.start(), speaker, names) if subject is not None else None
    if person is None:
        # Not the sentence's subject: the subject of the clause holding the pronoun ("It is worth recalling the
        # outcry when Jo Roe, then a nominee, defended what he called “…”").
        opener = list(_CLAUSE_OPENING_NAME.finditer(sentence, 0, said.start()))
        if opener:
            start = opener[-1].end()
            person = _clause_subject(sentence[start:], said.start() - start, _Speaker(
                speaker.text, at=(p, speaker.at[1] + start)), names)
    return person


# A pronoun, then a verb of asking or telling and its object up to what it asks or tells: "he asked the congressman
# if", "she told Jo Roe that".
_ADDRESSED_OBJECT = re.compile(
    rf"\b(?i:he|she)\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.ADDRESSING_VERBS))})\s+"
    r"((?:the\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+(?:if|whether|that|about|to|how|why|what|when)\b"
)


def _addresses_itself(paragraphs: list[str], span: _Span, speaker: _Speaker, names: _ArticleNames) -> bool:
    """Whether the person "he" or "she" was read as is the object of the pronoun's verb of asking or telling before
    the quote ("Roe grabbed the student after he asked the congressman if he …", the congressman being Roe): no one
    asks themselves, so the pronoun is someone else, whom the sentence does not name."""
    p, at = speaker.at
    if p != span.opened_at[0] or speaker.name is None:
        return False
    found = list(_ADDRESSED_OBJECT.finditer(paragraphs[p], at, span.opened_at[1]))
    if not found:
        return False
    words = found[-1].group(1).split()
    surname = speaker.name.split()[-1]
    if _is_cap(words[-1]):
        return words[-1] == surname
    if words[0].lower() != "the" or len(words) < 2:
        return False
    holders = _role_holders(" ".join(words), " ".join(words[1:]), names, (p, found[-1].start(1)))
    return any(holder.split()[-1] == surname for holder in holders)


# A subordinate clause opening with a capitalised word: "… when Jo Roe".
_CLAUSE_OPENING_NAME = re.compile(rf"\b(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])")


def _clause_subject(sentence: str, said: int, speaker: _Speaker, names: _ArticleNames) -> str | None:
    """The person that opens ``sentence`` (from ``speaker.at``), as "he" or "she" at ``said`` in it: its subject,
    named before the pronoun, a person the article names, of the pronoun's gender."""
    p = speaker.at[0]
    pronoun = speaker.text.lower()
    subject = _sentence_subject(sentence)
    if subject is None or subject[0].lower() in speech.PRONOUNS or not _is_cap(subject[0]):
        return None
    if subject[1][:1] and subject[1][0].lower() in ("and", "or"):
        return None  # "Jo Roe and Al Poe met Ann Lee, when he said": two people open it, neither alone is "he"
    if subject[0].split()[0].lower() in speech.GLUED_WORDS:
        return None  # a topic, not a subject: 'Of Obama, he said, "…"'
    if sentence.find(subject[0]) >= said:
        return None
    person = _resolve(_Speaker(subject[0], at=speaker.at), names, None).name
    begin = speaker.at[1] + sentence.find(subject[0])
    if person is None and ((p, begin), subject[0]) in names.people:
        # A one-word name that is also a title, which the entities stage took for a person here: "A decade ago,
        # Prince gave an interview in which he …" is his.
        person = subject[0]
    if person is not None and len(subject[0].split()) == 1:
        person = _fullest(person.split()[-1], names, speaker.at, speech.PRONOUN_GENDER[pronoun])
    # A person: a full name, one the article names as a person, or the subject of a reporting
    # verb ("Bolton said he would …").
    reports = bool(subject[1]) and subject[1][0].lower().strip(".,") in speech.REPORTING_VERBS
    known = person is not None and (len(person.split()) > 1 or reports or any(n == person for _, n in names.people))
    if not known or _gender(person, names) not in (None, speech.PRONOUN_GENDER[pronoun]):
        return None  # not a person the article names ("Currently above $40, he said")
    return person


def _describe_main_person(article: Article, speakers: list[_Speaker], names: _ArticleNames) -> None:
    """Name the speakers given as a definite description whose role the article gives nobody:
    by news convention "the billionaire" or "The Williams driver" is the article's main person,
    the most frequent named speaker, when the title names them too."""
    counts: dict[str, int] = defaultdict(int)
    for speaker in speakers:
        if speaker.name and speaker.kind == "name":
            counts[speaker.name] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    main = ranked[0][0]
    surname = main.split()[-1]
    in_title = surname in article.title and re.search(rf"\b{re.escape(surname)}\b", article.title)
    if not in_title or _gender(main, names) is None:
        return  # not in the title, or not known to be a person (no "he", "she", "Mr" near the name)
    described: set[int] = set()
    for speaker in speakers:
        words = speaker.text.split()
        definite = speaker.kind == "role" and speaker.name is None and words[0].lower() == "the"
        unheld = not _role_holders(speaker.text, speaker.text, names, speaker.at)
        # not an office: "the president"
        if definite and words[-1].lower() in speech.PERSON_NOUNS | speech.TRADE_NOUNS and unheld:
            speaker.name = main
            described.add(id(speaker))
    _continue_main_person(speakers, names, main, described)


def _continue_main_person(speakers: list[_Speaker], names: _ArticleNames, main: str, described: set[int]) -> None:
    """Name the "he" or "she" left unknown right after a description just read as the main person (``described``:
    "The director said …" and then "He added"), or after such a pronoun, when the pronoun fits the main person's
    gender and nobody else it could be is named outside a quote in the paragraphs since the one before."""
    gender = _gender(main, names)
    previous: _Speaker | None = None
    for speaker in speakers:
        unknown = speaker.kind == "pronoun" and speaker.name is None
        if (
            unknown
            and previous is not None
            and id(previous) in described
            and speech.PRONOUN_GENDER.get(speaker.text.lower()) == gender
            and not any(
                previous.at[0] < pos[0] and pos < speaker.at
                and _fullest(n, names, pos) != main
                and _gender(n, names) in (None, gender)
                and not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)
                for pos, n in names.people
            )
        ):
            speaker.name = main
            described.add(id(speaker))
        previous = speaker
