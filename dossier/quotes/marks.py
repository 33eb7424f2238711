"""Step 1, marks: pair the quotation marks of each paragraph into quoted spans.

Straight marks are told apart as opening or closing from the characters around them, so a stray mark closes
nothing and opens nothing past its paragraph. A quote left open at the end of a paragraph continues only if the
next paragraph reopens it (news style), or if it opens a quoted block whose next paragraphs hold no mark until one
closes it; otherwise it ends there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .spans import _DOUBLE_MARKS, _SINGLE_MARKS, _WORD, CLOSING, EITHER, OPENING, SCARE_QUOTE_MAX_WORDS, _Span


def _mark_direction(text: str, i: int) -> str:
    """Whether the double mark at ``text[i]`` opens or closes a quote, from its glyph and context; an
    invisible formatting character (a direction mark pasted with a post) is no context."""
    b, a = i - 1, i + 1
    while b >= 0 and unicodedata.category(text[b]) == "Cf":
        b -= 1
    while a < len(text) and unicodedata.category(text[a]) == "Cf":
        a += 1
    before = text[b] if b >= 0 else " "
    after = text[a] if a < len(text) else " "
    opens_by_context = (before.isspace() or before in "([{—–-/:'‘") and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’")
    glyph = _DOUBLE_MARKS[text[i]]
    # An opening glyph glued to a word, or to a word's comma or full stop before a space ('here,“ said Roe'), is a
    # closing mark mistyped.
    glued = before.isalnum() or (before in ",.?!" and b > 0 and text[b - 1].isalnum() and after.isspace())
    if glyph == OPENING and closes_by_context and not opens_by_context and glued:
        return CLOSING
    if glyph == CLOSING and opens_by_context and not closes_by_context and after.isalnum():
        return OPENING
    if glyph != EITHER:
        return glyph
    if opens_by_context and not closes_by_context:
        return OPENING
    if closes_by_context and not opens_by_context:
        return CLOSING
    return EITHER


def _single_mark(text: str, i: int) -> tuple[str, int] | None:
    """What the single mark at ``text[i]`` is: (OPENING, 0), (CLOSING, strength) or None, an
    apostrophe. The same glyphs are apostrophes ("it's", "the players' union", "talkin'"), so a
    closing mark is only as strong as its context: 3 right after the quote's own punctuation
    (",' he said"), 2 at a word end before punctuation ("'deep space', the"), 1 at a word end
    before a space, where a plural possessive or a dropped g reads the same; none after an "s" before a capital, a
    plural possessive before a name ("the States' Trump Administration")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # inside a word: "it's", "Musk's"
    if before == text[i] or after == text[i]:
        return None  # two single marks typed for a double one
    if (before.isspace() or before in '([{—–-/:"“') and (after.isalnum() or after in '(["“….$£€'):
        if re.match(r"\d0s\b|[b-z]\b|\w['’](?!\w)", text[i + 1 : i + 5]):
            return None  # a decade, "the '90s", or a letter for a word: "rock 'n' roll", "'s"
        return OPENING, 0
    if text[i] == "‘" or before.isspace() or not (after.isspace() or after in '.,;:!?)]}—–-"”…'):
        return None
    if not before.isalnum():
        return CLOSING, 3
    if before == "s" and re.match(r"\s[A-Z]", text[i + 1 : i + 3]):
        return None  # a plural's possessive before a name: "the United States' Trump Administration"
    return CLOSING, 1 if after.isspace() and i + 1 < len(text) else 2


def _single_events(text: str) -> list[tuple[int, str]]:
    """The single marks of a paragraph that open and close quotes, told from apostrophes.

    Nested quotes take double marks in this style, so an opening mark inside an open quote is an
    elision ("'em"); a closing mark with nothing open is an apostrophe; a weak closing mark gives
    way to a stronger one before the next opening mark. A quote left open runs on to the end of
    the paragraph only where a quote may (news style): from the start of the paragraph or after
    a colon or comma; elsewhere its opening mark was an elision too.
    """
    marks = [(i, found) for i, char in enumerate(text) if char in _SINGLE_MARKS and (found := _single_mark(text, i))]
    events: list[tuple[int, str]] = []
    opened = False
    for k, (i, (direction, strength)) in enumerate(marks):
        if direction == OPENING:
            if not opened:
                events.append((i, OPENING))
                opened = True
            continue
        if not opened:
            continue
        stronger = False
        for _, (later, later_strength) in marks[k + 1 :]:
            if later == OPENING:
                break
            stronger = stronger or later_strength > strength
        if not stronger:
            events.append((i, CLOSING))
            opened = False
    if opened:
        before = text[: events[-1][0]].rstrip()
        if before and before[-1] not in ":,":
            events.pop()
    return events


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(paragraphs: list[str]) -> list[_Span]:
    """Pair the quotation marks of the paragraphs into quoted spans, in the article's convention:
    double marks, or single marks where the article uses them as its primary marks (British
    style), the other kind then only nesting inside."""
    double = _pair(paragraphs, _double_events)
    if not any(char in _SINGLE_MARKS for text in paragraphs for char in text):
        return double
    single = _pair(paragraphs, _single_events)
    # The primary marks carry the speech: more quotes longer than a scare quote outside the other
    # kind's ('"He called it 'a disgrace'"' nests a scare quote), then more quotes at all. Two
    # single marks typed for a double one ('' in old archives) count as double marks.
    typewritten = sum(text.count("''") for text in paragraphs) // 2
    long_double, all_double = _weight(paragraphs, double, single)
    if _weight(paragraphs, single, double) <= (long_double + typewritten, all_double + typewritten):
        return double
    # A British writer may still set a quote in double marks outside any single-marked one; the single marks inside
    # it are then words it quotes ('"… ‘puff’ out through …"'), not quotes of their own.
    apart = [d for d in double if not any(s.opened_at < d.opened_at and d.closed_at <= s.closed_at for s in single)]
    single = [s for s in single if not any(d.opened_at < s.opened_at and s.closed_at <= d.closed_at for d in apart)]
    return sorted(single + apart, key=lambda s: s.opened_at)


def _weight(paragraphs: list[str], spans: list[_Span], others: list[_Span]) -> tuple[int, int]:
    """How many of ``spans`` are not nested in ``others``: those longer than a scare quote, and all."""
    outer = [s for s in spans if not any(o.opened_at < s.opened_at and s.closed_at <= o.closed_at for o in others)]
    long = [s for s in outer if len(_span_text(paragraphs, s).split()) > SCARE_QUOTE_MAX_WORDS]
    return len(long), len(outer)


def _double_events(text: str) -> list[tuple[int, str]]:
    return [(i, _mark_direction(text, i)) for i, char in enumerate(text) if char in _DOUBLE_MARKS]


def _pair(paragraphs: list[str], events_of: Callable[[str], list[tuple[int, str]]]) -> list[_Span]:
    """Pair the marks ``events_of`` finds in each paragraph (offset, direction) into spans."""
    spans: list[_Span] = []
    current: _Span | None = None  # the span whose closing mark is awaited
    open_at = 0
    events_by_paragraph = [events_of(text) for text in paragraphs]
    for p, text in enumerate(paragraphs):
        events = events_by_paragraph[p]
        reopening = -1  # the mark that reopens a quote continued from the previous paragraph
        if current is not None:
            first = len(text) - len(text.lstrip())
            if not events and _block_runs_on(paragraphs, events_by_paragraph, current, p):
                _extend(current, p, text, first, len(text))
                current.closed_at = (p, len(text))
                continue
            if events and events[0][0] == first and events[0][1] != CLOSING and not _partial_quote(paragraphs, current):
                reopening, open_at = first, first + 1
            elif events and events[0][1] == CLOSING and not _NAME_LINE.fullmatch(text[: events[0][0]].rstrip(" .,")):
                # The writer left the mark out where the quote runs on ('"We will…' then 'We will not stop," she said'):
                # a paragraph whose first mark closes is the open quote's (not a signature: 'Jo Roe."').
                open_at = first
            else:
                spans.append(current)  # never closed: it ends with its paragraph
                current = None
        inner: set[int] = set()  # the marks of a quote nested in the open one
        for k, (i, direction) in enumerate(events):
            if i == reopening or i in inner:
                continue
            if direction == EITHER:
                direction = CLOSING if current is not None else OPENING
            elif direction == CLOSING and current is None and k + 1 < len(events) and (
                    not text[:i].strip() or events[k + 1][1] == CLOSING):
                # A closing glyph while no quote is open, opening the paragraph with another mark after it, or with
                # another closing mark next: the opening mark mistyped ('” … then surely she can too,” it read.',
                # 'He says,” there are a lot of people who never get listened to.”').
                direction = OPENING
            if direction == OPENING and current is not None and (closer := _nested_close(events, k)) is not None:
                inner.add(closer)  # '“He called it “a disgrace” today”': words quoted inside the quote
                continue
            if direction == OPENING:
                reopened = current is not None
                if current is not None:
                    # A second opening mark: the writer reopened the quote without closing it.
                    _extend(current, p, text, open_at, i)
                    spans.append(current)
                current = _Span(pieces=[], opened_at=(p, i), closed_at=(p, i), reopened=reopened)
                open_at = i + 1
            elif current is not None:
                _extend(current, p, text, open_at, i)
                current.closed_at = (p, i + 1)
                spans.append(current)
                current = None
        if current is not None:
            _extend(current, p, text, open_at, len(text))
            current.closed_at = (p, len(text))
    if current is not None:
        spans.append(current)
    return [s for s in spans if s.pieces and any(_WORD.search(paragraphs[p][a:b]) for p, a, b in s.pieces)]


MULTI_PARAGRAPH_BARE_MAX = 3  # paragraphs without a mark that a quoted block may run over


def _block_runs_on(
    paragraphs: list[str], events_by_paragraph: list[list[tuple[int, str]]], current: _Span, p: int
) -> bool:
    """Whether paragraph ``p``, which holds no mark, is inside the quote left open before it: a quoted block
    (a letter, a post, a tweet) whose inner paragraphs lost their opening marks, opened at its paragraph's
    start or after a colon ('tweeted Saturday: "I had to …'), and closed by the first mark of a paragraph
    at most MULTI_PARAGRAPH_BARE_MAX paragraphs on, every paragraph between holding no mark. A quote
    opened mid-sentence ('your statement "puts you at odds …') ends with its paragraph, as does one never
    closed, or closed only by a name's line ('Jo Roe."': a signature)."""
    opened, at = current.opened_at
    if paragraphs[opened][:at].strip()[-1:] not in ("", ":"):
        return False
    for q in range(p + 1, min(len(paragraphs), p + MULTI_PARAGRAPH_BARE_MAX + 1)):
        events = events_by_paragraph[q]
        if events:
            i, direction = events[0]
            return direction == CLOSING and not _NAME_LINE.fullmatch(paragraphs[q][:i].rstrip(" .,"))
    return False


def _partial_quote(paragraphs: list[str], current: _Span) -> bool:
    """Whether the open quote is a few words worked into its sentence: opened right after a word, not after a
    colon, a comma or a sentence's end, on a lower-case word ('said the plan is “really an amorphous'). News style
    closes such a quote before a paragraph break, so a mark opening the next paragraph starts a quote of its own."""
    p, at = current.opened_at
    before = paragraphs[p][:at].rstrip()
    first = _WORD.search(paragraphs[p], at)
    return bool(before) and before[-1].isalnum() and bool(first) and first.group()[0].islower()


def _nested_close(events: list[tuple[int, str]], k: int) -> int | None:
    """Where the quote that the opening mark ``events[k]`` nests in the open one closes: its own
    closing mark, when another closing mark follows for the outer quote before any new opening
    mark. Otherwise (None) the mark reopens a quote the writer never closed."""
    closers = []
    for i, direction in events[k + 1 :]:
        if direction == OPENING:
            break
        closers.append(i)
    return closers[0] if len(closers) >= 2 else None


def _extend(span: _Span, p: int, text: str, start: int, end: int) -> None:
    start, end = _trimmed(text, start, end)
    if end > start and not (span.pieces and span.pieces[-1][0] == p):
        span.pieces.append((p, start, end))


# A paragraph that is only a name, a photo credit or a byline between paragraphs: no sentence a pronoun continues.
_NAME_LINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,4}")


def _span_text(paragraphs: list[str], span: _Span) -> str:
    return " ".join(paragraphs[p][a:b] for p, a, b in span.pieces)
