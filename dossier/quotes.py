"""Quotes stage: find direct quotes, attribute them, group them across articles.

The stage works in three steps, each a few functions below:

1. *Marks* — pair the quotation marks of each paragraph into quoted spans. Straight marks are
   told apart as opening or closing from the characters around them, so a stray mark closes
   nothing and opens nothing past its paragraph. A quote left open at the end of a paragraph
   continues only if the next paragraph reopens it (news style); otherwise it ends there.
2. *Attribution* — read the words around each span (the rest of its sentence before and after
   the marks) for a reporting verb and its subject, then turn that subject into a name and a
   role using only what the article itself says (fuller names, "Secretary General Mark Rutte",
   the last person named for "he"). Spans nobody is said to have said, that are short or read
   like a title, are scare quotes or titles and are dropped.
3. *Groups* — the same quote in several articles, found through an inverted index of word
   shingles so the work stays near-linear in the number of quotes.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .structure import Article, Mention, Quote, QuoteGroup

# --- vocabulary: general English, nothing taken from any corpus ---------------------------------

_REPORTING_STEMS = """
    say said tell told add state note claim write wrote written tweet ask explain argue insist
    declare continue emphasize emphasise stress warn urge announce remark reply replied respond
    recall acknowledge admit assert observe concede confirm suggest predict call describe
    characterize characterise term dub label joke quip shout yell complain report post vow
    promise pledge muse boast caution lament contend maintain testify testified conclude recount
    mention decry decried slam blast praise dismiss denounce brand echo agree concur point
    reiterate summarize summarise put chime counter demand accuse criticize criticise charge
    hail welcome thank wonder comment whisper cry cried exclaim sigh tout read reads begin began
    inform assure advise plead allege
""".split()
_VERB_SUFFIXES = ("", "s", "es", "ed", "d", "ing", "ted", "ped", "red", "bed", "ged")
REPORTING_VERBS = frozenset(stem + suffix for stem in _REPORTING_STEMS for suffix in _VERB_SUFFIXES)

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing", "i": "self", "we": "group"}

# Words that make a noun phrase a role rather than a name ("the Secretary General").
ROLE_WORDS = frozenset(
    """president minister secretary general chief spokesman spokeswoman spokesperson director
    senator sen. rep. representative gov. governor mayor leader chairman chairwoman chair ceo
    officer ambassador press deputy prime vice head commander official attorney judge justice
    candidate nominee adviser advisor aide manager analyst professor prof. chancellor king queen
    prince princess pope envoy diplomat strategist economist founder executive editor reporter
    correspondent columnist anchor host coach captain lawmaker congressman congresswoman
    councilman councilwoman commissioner inspector superintendent sheriff detective sergeant sgt.
    lt. col. gen. adm. admiral colonel lieutenant major general's chairperson treasurer counsel
    speaker whip member staff administrator surgeon doctor lawyer partner scientist researcher
    author writer producer foreign defence defense interior finance health state home affairs
    national security assistant acting former then-president then top senior junior principal
    founding managing campaign communications policy""".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady mx mx.".split())
# Short words that open a sentence without being its subject.
_OPENERS = frozenset(
    """but and so yet however meanwhile still also then instead indeed later earlier now
    separately moreover furthermore""".split()
)
_ADVERBS = frozenset(
    """also has have had later then again once initially recently previously further further,
    repeatedly reportedly previously earlier simply flatly quickly only just already had
    bluntly publicly privately famously once last yesterday today tonight finally""".split()
)
# Words that open an adverbial phrase, never a subject: "At Monday's debate", "If elected".
_INTRODUCERS = frozenset(
    """in at on during following after before if when while as with for by under over from to
    since until asked speaking according despite amid""".split()
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another"})
_CLAUSE_WORDS = frozenset(
    """that which who whom whose when where while if because although though after before since
    as than until unless whether is are was were be been being to for with from by on in at into
    about over under not no""".split()
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen rep gov lt gen col sgt st jr sr inc corp co ltd no vs etc jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k d.c a.m p.m prof adm capt cmdr maj rev ft mt e.g i.e
    approx dept est fig govt""".split()
)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    evening afternoon night week month year earlier later""".split()
)

# Words that may follow the verb of a bare attribution: '"…." Rutte said on Monday.'
_BARE_FOLLOWERS = (
    frozenset("in on at during after before when while to reporters later then today yesterday".split()) | _TIME_WORDS
)

OPENING, CLOSING, EITHER = "open", "close", "either"
_DOUBLE_MARKS = {'"': EITHER, "“": OPENING, "”": CLOSING, "„": OPENING, "«": OPENING, "»": CLOSING}
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*\.?")
# A quote this short, with nobody said to have said it, is a scare quote or a name.
SCARE_QUOTE_MAX_WORDS = 5


@dataclass
class _Span:
    """One quoted passage: pieces of one or more paragraphs, in order."""

    pieces: list[tuple[int, int, int]]  # (paragraph, start, end) of the quoted words
    opened_at: tuple[int, int]  # paragraph and offset of the opening mark
    closed_at: tuple[int, int]  # paragraph and offset just after the closing mark (or the end)
    reopened: bool = False  # begins where the previous span was reopened without closing


@dataclass
class _Speaker:
    text: str
    name: str | None = None
    role: str | None = None
    kind: str = "name"  # "name", "role", "pronoun", "group"
    at: tuple[int, int] = (0, 0)  # where the attribution was read


@dataclass
class _Attribution:
    speaker: _Speaker | None
    cue: str | None


@dataclass
class _ArticleNames:
    """What the article itself says about people: full names, roles, and where they appear."""

    full_names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # last -> fulls
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role lowercased, name)
    people: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # (position, name)
    token_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))


# --- step 1: marks -------------------------------------------------------------------------------


def _mark_direction(text: str, i: int) -> str:
    """Whether the double mark at ``text[i]`` opens or closes a quote, from its glyph and context."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_by_context = (before.isspace() or before in "([{—–-/:'‘") and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’")
    glyph = _DOUBLE_MARKS[text[i]]
    if glyph == OPENING and closes_by_context and not opens_by_context and before.isalnum():
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


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(paragraphs: list[str]) -> list[_Span]:
    """Pair the double quotation marks of the paragraphs into quoted spans."""
    spans: list[_Span] = []
    current: _Span | None = None  # the span whose closing mark is awaited
    open_at = 0
    for p, text in enumerate(paragraphs):
        reopening = -1  # the mark that reopens a quote continued from the previous paragraph
        if current is not None:
            first = len(text) - len(text.lstrip())
            if first < len(text) and text[first] in _DOUBLE_MARKS and _mark_direction(text, first) != CLOSING:
                reopening, open_at = first, first + 1
            else:
                spans.append(current)  # never closed: it ends with its paragraph
                current = None
        for i, char in enumerate(text):
            if char not in _DOUBLE_MARKS or i == reopening:
                continue
            direction = _mark_direction(text, i)
            if direction == EITHER:
                direction = CLOSING if current is not None else OPENING
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


def _extend(span: _Span, p: int, text: str, start: int, end: int) -> None:
    start, end = _trimmed(text, start, end)
    if end > start and not (span.pieces and span.pieces[-1][0] == p):
        span.pieces.append((p, start, end))


# --- sentences around a span ---------------------------------------------------------------------


def _is_sentence_end(text: str, i: int) -> bool:
    """Whether the punctuation at ``text[i]`` ends a sentence (abbreviations and initials do not)."""
    if text[i] in "!?":
        return True
    if text[i] != ".":
        return False
    if i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in '"”’':
        return False
    word = re.search(r"([\w.]+)$", text[:i])
    if word is None:
        return True
    token = word.group(1).lower()
    return token not in _ABBREVIATIONS and not (len(token) == 1 and token.isalpha())


def _head(text: str, start: int, floor: int) -> tuple[str, int]:
    """The words of the sentence before ``start`` (not before ``floor``), and where they begin."""
    i = start - 1
    while i >= floor:
        if _is_sentence_end(text, i):
            break
        i -= 1
    begin = i + 1
    return text[begin:start], begin


def _tail(text: str, end: int, ceiling: int) -> str:
    """The words after ``end`` up to the end of the sentence or ``ceiling``."""
    for i in range(end, ceiling):
        if _is_sentence_end(text, i):
            return text[end : i + 1]
    return text[end:ceiling]


# --- step 2: attribution -------------------------------------------------------------------------


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _clean_np(text: str) -> str:
    """A noun phrase without trailing time words, adverbs and punctuation."""
    words = text.strip(" ,;:—–-\"“”'‘’").split()
    while words and words[0].lower().strip(",") in _OPENERS:
        words.pop(0)
    while words and (words[-1].lower().strip(",.") in _ADVERBS | _TIME_WORDS or words[-1] in ("on", "in")):
        words.pop()
    return " ".join(words).strip(" ,;:")


def _looks_like_np(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or words[0].lower() in _INTRODUCERS:
        return False
    if words[0].lower() in PRONOUNS:
        return len(words) == 1
    if any(w.lower() in _CLAUSE_WORDS - {"of", "for", "at", "in", "on"} for w in words[1:]):
        return False
    if any(w.lower().strip(",.") in REPORTING_VERBS for w in words):
        return False
    if words[0].lower() in ("this", "that", "these", "those"):
        return len(words) > 1 and words[1].lower() in ROLE_WORDS
    return _is_cap(words[0]) or words[0].lower() in _DETERMINERS or words[0].lower() in ROLE_WORDS


def _subject_before(head: str, verb_start: int) -> tuple[str, str | None] | None:
    """The subject of the verb at ``head[verb_start:]``: (noun phrase, apposition or None)."""
    segments = re.split(r",\s*|\s+[—–]\s+|;\s*", head[:verb_start])
    last = _clean_np(segments[-1])
    if last and _looks_like_np(last) and not re.search(r"\b(?:and|or)$", last):
        return _strip_intro(last), None
    if not last and len(segments) >= 3:
        # "Rutte, a former Dutch prime minister, called ...": the apposition sits between commas.
        for i in range(len(segments) - 2, 0, -1):
            candidate = _clean_np(segments[i - 1])
            if candidate and _looks_like_np(candidate):
                apposition = ", ".join(s.strip() for s in segments[i:-1]).strip()
                return _strip_intro(candidate), apposition or None
    return None


def _strip_intro(np: str) -> str:
    """Drop a leading prepositional phrase glued to the subject ("In a response Lavrov")."""
    words = np.split()
    while words and words[0].lower() in _OPENERS:
        words.pop(0)
    return " ".join(words)


def _attribution_in_head(head: str, offset: int, paragraph: int) -> _Attribution | None:
    """A speaker named before the quote in its sentence: 'X said: "…"', 'X called it "…"'."""
    according = list(re.finditer(r"\baccording to\s+([^,.;:]+)", head, re.IGNORECASE))
    if according:
        np = _clean_np(according[-1].group(1))
        if _looks_like_np(np):
            return _Attribution(_Speaker(np, at=(paragraph, offset)), "according to")
    verbs = [t for t in _tokens(head) if _bare(t) in REPORTING_VERBS]
    finite = [v for v in verbs if not _bare(v).endswith("ing")]
    # A participle ("…, stating, “…”") reports for the subject of the sentence's main verb.
    candidates = finite or verbs
    for verb in candidates:
        subject = _subject_before(head, verb.start())
        if subject is not None:
            np, apposition = subject
            return _Attribution(_Speaker(np, role=apposition, at=(paragraph, offset)), verbs[-1].group(0).rstrip("."))
    if verbs or re.search(r"\bas\s+(?:an?\s+)?$", head):
        # No subject right before the verb: take the sentence's own subject.
        words = head.split(",")
        for segment in words:
            np = _clean_np(_np_prefix(segment))
            if np and _looks_like_np(np):
                following = segment[segment.find(np) + len(np) :].split()
                cue = verbs[-1].group(0).rstrip(".") if verbs else None
                if cue is None and following and following[0].islower():
                    cue = following[0]
                return _Attribution(_Speaker(np, at=(paragraph, offset)), cue)
    return None


def _np_prefix(segment: str) -> str:
    """The capitalised noun phrase that opens ``segment`` ("The Kremlin" in "The Kremlin dismissed")."""
    words = segment.split()
    taken: list[str] = []
    for word in words:
        bare = word.lower().strip(",.")
        if taken and not (_is_cap(word) or bare in ROLE_WORDS or bare in ("of", "'s")):
            break
        if not taken and not (_is_cap(word) or bare in _DETERMINERS or bare in PRONOUNS):
            return ""
        taken.append(word)
    return " ".join(taken)


def _bare(token: re.Match[str]) -> str:
    return token.group(0).lower().rstrip(".")


def _attribution_in_tail(tail: str, paragraph: int, offset: int, sentence_ended: bool) -> _Attribution | None:
    """A speaker named after the quote: '"…," X said', '"…," said X, a Y', '"…," X, a Y, said'.

    After a quote that ended its sentence, only a bare attribution counts ('"…." Rutte said on
    Monday.'), not a new sentence with a verb of its own ('"…." Yoon echoed these concerns').
    """
    signed = re.match(r"\s*[―—–-]+\s*([^,.;:]+?)\s*$", tail)
    if signed and _looks_like_np(signed.group(1)):
        return _Attribution(_Speaker(signed.group(1), at=(paragraph, offset)), None)  # '"…" ― Name'
    text = tail.lstrip(" ,—–-")
    tokens = _tokens(text)
    if not tokens:
        return None
    first = _bare(tokens[0])
    if first in REPORTING_VERBS and not first.endswith("ing"):
        rest = text[tokens[0].end() :]
        parts = re.split(r",\s*|\.\s*$", rest.strip(), maxsplit=1)
        np = _clean_np(re.split(r"\s+(?:in|on|at|during|after|before|when|to|about|of)\s+", parts[0])[0])
        if np and _looks_like_np(np):
            role = _clean_np(parts[1]) if len(parts) > 1 and parts[1].strip() else None
            if role and not re.match(r"(?:the|a|an|who|\w+'s)\b", role, re.IGNORECASE):
                role = None
            if role and role.lower().startswith("who"):
                role = None
            return _Attribution(_Speaker(np, role=role, at=(paragraph, offset)), tokens[0].group(0).rstrip("."))
        return None
    for position, verb in enumerate(tokens[1:12], start=1):
        word = _bare(verb)
        if word in REPORTING_VERBS and not word.endswith("ing"):
            subject = _subject_before(text, verb.start())
            if subject is None:
                return None
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            if sentence_ended and not (verb.group(0).endswith(".") or after is None or _bare(after) in _BARE_FOLLOWERS):
                return None
            np, apposition = subject
            cue = verb.group(0).rstrip(".")
            follow = text[verb.end() :].split()
            if cue.lower() in ("told", "tells") and follow and follow[0].lower().strip(".,") == "reporters":
                cue += " reporters"
            return _Attribution(_Speaker(np, role=apposition, at=(paragraph, offset)), cue)
    return None


def _attribute(paragraphs: list[str], span: _Span, floor: int, ceiling: int) -> _Attribution | None:
    """The speaker named in the sentence around the span, after it first, then before it."""
    p_open, at_open = span.opened_at
    p_close, at_close = span.closed_at
    tail = _tail(paragraphs[p_close], at_close, ceiling)
    last_piece = span.pieces[-1]
    ended = paragraphs[last_piece[0]][: last_piece[2]].rstrip("\"”’' ").endswith(".")
    found = _attribution_in_tail(tail, p_close, at_close, ended)
    if found is not None:
        return found
    head, begin = _head(paragraphs[p_open], at_open, floor)
    return _attribution_in_head(head, begin, p_open) if head.strip() else None


# --- names, roles and pronouns ---------------------------------------------------------------------


def _split_name(np: str) -> tuple[str | None, str | None]:
    """Split "Zelensky's chief of staff Andriy Yermak" into name and role."""
    words = np.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    name: list[str] = []
    while words:
        word = words[-1]
        bare = word.lower().strip(",.")
        if bare in HONORIFICS:
            words.pop()
            break
        if not _is_cap(word) or bare in ROLE_WORDS or (word.isupper() and len(word) > 1) or word.endswith("'s"):
            break
        name.insert(0, words.pop())
    if len(name) > 4:
        return None, None
    if words and words[-1].lower().strip(".") in {"mr", "mrs", "ms", "dr"}:
        words.pop()
    role = " ".join(words).strip(" ,") or None
    return (" ".join(name) or None), role


def _collect_names(article: Article, mentions: list[Mention]) -> _ArticleNames:
    """Every "role + name" and full name the article gives, and where people are mentioned."""
    names = _ArticleNames()
    runs: list[tuple[tuple[int, int], str]] = []
    # A capitalised word, an initial or an honorific; a run of them with role words between.
    word = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sen|Rep|Gov|Gen|Lt|Col)\.|[A-Z][\w'’\-]*)"
    lower = "|".join(sorted(w for w in ROLE_WORDS if "." not in w))
    run = re.compile(rf"(?:(?:{word}|of|the|and|{lower})\s+)*{word}")
    # The title comes first: its names count as said before any paragraph.
    for p, text in [(-1, article.title), *enumerate(article.paragraphs)]:
        for token in _WORD.findall(text):
            names.token_counts[token.strip(".")] += 1
        for match in run.finditer(text):
            np = re.sub(r"['’]s$", "", match.group(0))
            name, role = _split_name(np)
            if name is None or len(name.split()) > 4:
                continue
            if len(name.split()) >= 2:
                names.full_names[name.split()[-1]].append(name)
                runs.append(((p, match.start()), name))
            else:
                runs.append(((p, match.start()), name))
            if role and any(w in ROLE_WORDS for w in role.lower().split()) and len(name.split()) >= 2:
                names.roles.append((role.lower(), name))
    # People are those the article introduces with a role; later mentions by surname count too.
    introduced = {name.split()[-1] for _, name in names.roles}
    names.people = [(at, name) for at, name in runs if name.split()[-1] in introduced]
    for mention in mentions:
        if mention.kind == "person":
            names.people.append(((mention.paragraph, mention.start), mention.text))
    names.people.sort()
    return names


def _fullest(name: str, names: _ArticleNames, at: tuple[int, int]) -> str:
    """The fullest form of ``name`` the article gives: "Rutte" -> "Mark Rutte"."""
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    if not words:
        return name
    fulls = {f for f in names.full_names.get(words[-1], []) if set(words) <= set(f.split())}
    if len(fulls) == 1:
        return max(fulls, key=len)
    if fulls:
        # Two people share the surname: the one named last before the quote.
        before = [n for pos, n in names.people if pos <= at and n in fulls]
        if before:
            return before[-1]
    return " ".join(words)


def _near_miss(name: str, known: set[str], names: _ArticleNames) -> str:
    """A name the article gives once, one edit from another speaker's name, is that name (a typo)."""
    last = name.split()[-1]
    if names.token_counts.get(last, 0) > 1 or len(last) < 4:
        return name
    close = {
        k
        for k in known
        if Levenshtein.distance(k.split()[-1], last) == 1 and names.token_counts.get(k.split()[-1], 0) > 1
    }
    return close.pop() if len(close) == 1 else name


def _resolve(speaker: _Speaker, names: _ArticleNames, last_person: str | None) -> _Speaker:
    """Fill name, role and kind from the words of the attribution."""
    text = re.sub(r"\s*\([^)]*\)", "", speaker.text)  # "Rep. Gwen Moore (D-Wis.)"
    lowered = text.lower()
    if lowered in PRONOUNS:
        speaker.kind = "pronoun"
        speaker.name = last_person if PRONOUNS[lowered] == "person" else None
        return speaker
    name, role = _split_name(re.sub(r"['’]s$", "", text))
    if name and role and re.search(r"['’]s$", role) and _is_cap(role):
        speaker.name, speaker.kind = text, "group"  # "Russia's Prosecutor General's Office"
        return speaker
    apposition = speaker.role
    speaker.role = role or (_clean_role(apposition) if apposition else None)
    if name and role and role[:1].islower() and not any(w in ROLE_WORDS for w in role.lower().split()):
        name = None  # "a source close to Kim": the capitalised word is not the speaker's name
    if name:
        speaker.name = _fullest(name, names, speaker.at)
        return speaker
    if role:
        wanted = role.lower()
        known = {n for r, n in names.roles if r.endswith(wanted) or wanted.endswith(r)}
        if len(known) == 1:
            speaker.name = _fullest(known.pop(), names, speaker.at)
        elif (
            text.split()[0].lower() in ("the", "a", "an")
            and _is_cap(role)
            and not any(w.lower() in ROLE_WORDS for w in role.split())
        ):
            speaker.name, speaker.role, speaker.kind = role, None, "group"  # "the Kremlin"
        else:
            speaker.kind = "role"
    return speaker


def _clean_role(apposition: str) -> str | None:
    role = re.split(r"\s+(?:who|which|that|whose)\s+", apposition)[0]
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"), flags=re.IGNORECASE)
    return role or None


def _last_person(names: _ArticleNames, speakers: list[_Speaker], at: tuple[int, int]) -> str | None:
    """The person most recently named before ``at``: who "he" or "she" most likely is."""
    candidates = [(pos, n) for pos, n in names.people if pos < at]
    candidates += [(s.at, s.name) for s in speakers if s.name and s.kind == "name" and s.at < at]
    if not candidates:
        return None
    return _fullest(max(candidates)[1], names, at)


# --- scare quotes and titles ---------------------------------------------------------------------


def _is_scare_or_title(text: str, article: Article, attributed: bool, reported: bool) -> bool:
    """Quoted words that are not anyone's words: a title, a label, a scare quote, markup.

    ``attributed``: the sentence names who said them; ``reported``: it has a reporting verb.
    """
    words = text.split()
    if fuzz.ratio(text.lower().strip(".,"), article.title.lower()) > 90:
        return True  # the article's own title, quoted by page furniture
    capitalised = sum(1 for w in words if _is_cap(w) or w.lower() in ("of", "the", "a", "and", "in", "on"))
    title_case = capitalised == len(words) and not re.search(r"[.!?,:;]\s|[!?]$", text)
    if title_case and (len(words) <= SCARE_QUOTE_MAX_WORDS or not attributed):
        return True  # the name of a show, a book, a law: "Fox News Sunday"
    return len(words) <= SCARE_QUOTE_MAX_WORDS and not (attributed or reported)


# --- the stage -----------------------------------------------------------------------------------


def find_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """Every direct quote in the article, with the speaker as the article names them."""
    paragraphs = article.paragraphs
    spans = [s for s in find_spans(paragraphs) if not _inside_markup(paragraphs, s)]
    names = _collect_names(article, mentions)
    speakers: list[_Speaker] = []
    kept: list[tuple[_Span, _Attribution | None]] = []
    previous: tuple[_Span, _Attribution | None] | None = None
    for index, span in enumerate(spans):
        p_open = span.opened_at[0]
        p_close = span.closed_at[0]
        floor = _floor(spans, index, p_open)
        ceiling = _ceiling(spans, index, p_close, len(paragraphs[p_close]))
        attribution = _attribute(paragraphs, span, floor, ceiling)
        if attribution is None and previous is not None and _continues(paragraphs, previous[0], span):
            attribution = previous[1]  # '"…," X added. "…"': the quote resumes for the same speaker
        elif attribution is not None and attribution.speaker is not None:
            speaker = attribution.speaker
            last = _last_person(names, speakers, speaker.at)
            attribution.speaker = _resolve(speaker, names, last)
            speakers.append(attribution.speaker)
        text = " ".join(paragraphs[p][a:b] for p, a, b in span.pieces)
        speaker_words = attribution.speaker.text.lower() if attribution and attribution.speaker else ""
        attributed = attribution is not None and speaker_words not in ("it", "this")
        if _is_scare_or_title(text, article, attributed, _reported(paragraphs, span, floor, ceiling)):
            continue
        kept.append((span, attribution))
        previous = (span, attribution)
    known = {s.name for s in speakers if s.name and s.kind == "name"}
    return [_quote(article, n, span, att, names, known) for n, (span, att) in enumerate(kept, start=1)]


def _reported(paragraphs: list[str], span: _Span, floor: int, ceiling: int) -> bool:
    """Whether the sentence around the span has a reporting verb, whoever its subject."""
    p_open, at_open = span.opened_at
    p_close, at_close = span.closed_at
    around = _head(paragraphs[p_open], at_open, floor)[0] + " " + _tail(paragraphs[p_close], at_close, ceiling)
    return any(_bare(t) in REPORTING_VERBS for t in _tokens(around))


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


def _quote(
    article: Article, n: int, span: _Span, attribution: _Attribution | None, names: _ArticleNames, known: set[str]
) -> Quote:
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
    )
    if attribution is not None:
        quote.cue = attribution.cue
        speaker = attribution.speaker
        if speaker is not None:
            quote.speaker_text = speaker.text
            quote.speaker_role = speaker.role
            quote.speaker_name = speaker.name
            if speaker.name and speaker.kind == "name":
                quote.speaker_name = _near_miss(speaker.name, known, names)
    return quote


# --- step 3: groups ------------------------------------------------------------------------------

SHINGLE = 4  # words per shingle: long enough to be specific, short enough to survive edits
MIN_SIMILARITY = 85  # partial_ratio over normalised wording, 0-100


def normalise(text: str) -> list[str]:
    """Lowercased words without punctuation, editors' brackets kept as words."""
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


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
    """Group the same quote carried by several articles; sets ``Quote.group``."""
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
        for j in sorted(candidates):
            if quotes[j].article != quotes[i].article and root(i) != root(j) and _same_quote(words[i], words[j]):
                parent[root(i)] = root(j)
        for shingle in _shingles(tokens):
            index[shingle].append(i)
    members: dict[int, list[Quote]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        members[root(i)].append(quote)
    groups = []
    for group_quotes_ in members.values():
        group_id = "g" + hashlib.sha1(group_quotes_[0].id.encode()).hexdigest()[:10]
        fullest = max(group_quotes_, key=lambda q: (len(normalise(q.text)), q.id))
        groups.append(QuoteGroup(id=group_id, quotes=group_quotes_, text=fullest.text))
        for quote in group_quotes_:
            quote.group = group_id
    return sorted(groups, key=lambda g: g.quotes[0].id)


def wording_diff(a: str, b: str) -> list[tuple[str, str]]:
    """How wording ``b`` differs from ``a``, word by word: ("same"|"added"|"removed", text)."""
    left, right = a.split(), b.split()
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(
        a=[w.lower().strip(".,;:") for w in left], b=[w.lower().strip(".,;:") for w in right], autojunk=False
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
