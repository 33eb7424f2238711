"""The one sentence splitter of the project: paragraph → (start, end) character offsets.

Measured against pysbd 0.3.4 and syntok 1.4.4 on the cases news text breaks splitters on
("6.1 magnitude", "(6 feet)", "U.S.", "Mt. Cook", "Aoraki-Mt. Cook", "3:33 a. m.", "10 p.m.
Tuesday", "(D-Calif.)", "WASHINGTON (AP) —" datelines, "Dr. J. R. Smith"): this splitter got
12 of 12, pysbd 9 and syntok 10, and it is 7 to 50 times faster (300 BBC articles: 0.06 s,
syntok 0.45 s, pysbd 3.1 s). So the project keeps its own rule: a sentence ends at ".", "!",
"?" or "…" (with any closing quote or bracket) followed by a space and a capital, a digit or
an opening quote, unless the word before is an abbreviation or an initial, or the stop is a cry or a
question closing a quote that its speaker and verb follow ('“Jail!” Trump tweeted.').
"""

from __future__ import annotations

import re

from .lang.en import speech
from .lang.en.names import ABBREVIATIONS as NAME_ABBREVIATIONS
from .lang.en.names import DOTTED_TITLES, FUNCTION_WORDS, HONORIFICS, TITLE_HEADS, US_STATE_ABBREVIATIONS

# Words written with a full stop that rarely end a sentence (lower-cased, without the stop).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "drs", "profs", "messrs", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt",
    "cpl", "capt", "cmdr", "adm", "maj", "st", "jr", "sr", "prof", "rev", "fr", "hon", "pres", "supt", "det", "insp",
    "vs", "etc", "inc", "corp", "co", "ltd", "plc", "bros", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "ft", "mt", "mts", "approx", "dept", "est", "fig",
    "ave", "blvd", "rd", "hwy", "no",
})
# Where and when a wire story was filed, or whose wire it is, before its first sentence: "HEMPSTEAD, N.Y., Sept. 26
# (UPI) — ", "TOKYO/SEOUL (Reuters) - ", "WASHINGTON - ", "Washington (AFP) – ", and a bare credit: "(CNN) A plane…".
# No part of the sentence's subject, nor of what it states.
DATELINE = re.compile(
    r"^\s*(?:[A-Z]{2}[A-Z .'’/-]*(?:\([A-Za-z. ]{1,20}\)\s*)?(?:,[^―—–()]{0,30}?(?:\([A-Za-z. ]{1,40}\))?)?\s+"
    r"[―—–-]{1,2}\s+"
    r"|[A-Z][\w.'’ -]*?\s*\([\w. ]{1,20}\)\s*[―—–-]{1,2}\s+"
    r"|\([A-Z][A-Za-z]{1,15}\)(?:\s+[―—–-]{1,2})?\s+(?=[A-Z]))"
)
# "No." abbreviates "number" only before a figure ("No. 10"); otherwise it ends a sentence. A state
# abbreviated after its town or party keeps its sentence going only before a ZIP code ("Mountain View,
# Calif. 94043"): before a capital it ends one ("... Rep. Jane Doe, D-Mo. The bill ..."), and a
# state's short form that is also a word ("ill.", "Mass.") ends one as well.
_BEFORE_NUMBER_ONLY = frozenset({"no"} | {state.lower() for state in US_STATE_ABBREVIATIONS})
# A state's short form not after its town or party ("…, Calif.", "D-Mo.") but before an office's abbreviated title
# says whose office it is: "calling for Ariz. Gov. Jan Brewer to veto", "Mass. Sen. Jo Roe". Not before an honorific
# or a title written out, which may open a sentence after a state's form that is also a word ("at Mass. Father Roe").
_TITLE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted((TITLE_HEADS & NAME_ABBREVIATIONS) - HONORIFICS))})\.\s")
# ... nor before a wire's credit and a dash, where the two end a dateline: "ERIE, Pa. (AP) - Snow continues…".
_CREDIT_AFTER = re.compile(r"\s*\([A-Z][A-Za-z. ]{0,19}\)\s*[―—–-]{1,2}\s")
# "Sun." and "Sat." abbreviate a weekday only before a date ("Sun. Dec. 31"); otherwise they are the
# words ("… told the Sun. He …").
_BEFORE_DATE_ONLY = frozenset({"sun", "sat"})
_DATE_AFTER = re.compile(r"\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.IGNORECASE)
# (or, where scraping lost the space, a word of three lower-case letters or more and its stop right before a
# capitalised word of three letters or more, or a quote mark between them and a capitalised word: "… with the
# phone.Wait, there is more", "… in place."My view", "… she said: ‘Sure.’I left"; not a web address: "Vell.Bells.Org",
# "Vellmarket.Com"; or a word of two letters or more, all in small letters, and its stop right before a capitalised
# word and a space or a comma: "… in the ocean.It was", "… saw it.Now, he"; not a name's variant: "the Vellbug.B
# worm", nor an address: "www.vell.Info", "vellmarket.Com"; or an acronym and its stop right before a capitalised
# word that only opens sentences: "… in the UK.The ocean")
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{3}[.!?])(?P<glued>[\"”’'](?=[\"“‘']?[A-Z][a-z\s])|(?=[\"“‘'][A-Z][a-z\s]|[A-Z][a-z]{2}))"
    r"(?![\"“‘']?[A-Z][a-z]*\.[A-Za-z])"
    r"(?!(?:Com|Net|Org|Gov|Edu|Info)\b)"
    r"|(?<=[a-z]{2}[.!?])(?P<short>)(?!(?:Com|Net|Org|Gov|Edu|Info)\b)(?=[A-Z][a-z]*[\s,])"
    rf"|(?<=[A-Z]{{2}}\.)(?P<acronym>)(?=(?:{'|'.join(sorted(word.capitalize() for word in FUNCTION_WORDS))})\s)"
)
# The word before such a stop after capitals: a whole acronym, not the end of a dotted one ("U.S.") or of an address
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,6}$")
_LOWER_WORD = re.compile(r"(?<![\w.'’-])[a-z]+[.!?]$")
# An exclamation or a question closing a quote, then a name and its verb of saying that end the sentence, go on in
# one sentence: '“Jail!” Trump tweeted early Tuesday.', '“Why now?” Ann Lee asked reporters.' A capitalised pronoun or
# determiner, or a verb that reports a clause or another quote, opens a sentence of its own: '“…?” She says she…',
# '“…?” Mr Blair said he would not…', '“…?” Roe replied that…', '“…?” He answered, “No.”'.
_QUOTE_CRY = re.compile(r"[!?]+[\"”’']\s+$")
_NAME_SAYS = re.compile(
    rf"(?!(?:{'|'.join(sorted(w.capitalize() for w in speech.NOT_NAMES))})\s)(?:[A-Z][\w.'’-]*\s+){{1,3}}"
    rf"(?:{'|'.join(sorted(speech.REPORTING_VERBS, key=len, reverse=True))})\b"
    rf"(?!\s+(?:{'|'.join(sorted(speech.PRONOUNS))})\b)(?:(?!\bthat\b)[^.!?:“\"‘])*[.!?]")
# A straight quote mark, not one between two letters (an apostrophe: "don't").
_STRAIGHT_MARK = re.compile(r"(?<![A-Za-z])[\"']|[\"'](?![A-Za-z])")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _is_abbreviation(paragraph: str, start: int, end: int) -> bool:
    """Does the full stop at ``end`` close an abbreviation, an initial or a spaced-out
    decimal point rather than a sentence?"""
    word = re.search(r"(\S+)$", paragraph[start:end])
    if not word or paragraph[end - 1] != ".":
        return False
    if re.search(r"(?:^|[-–/(\[])\d{1,2}\.$", word.group(1)) and re.match(r"\s\d", paragraph[end:]):
        return True  # "an 8. 6-magnitude quake", "magnitude-6. 1", "(6. 2 miles)": a decimal point spaced out, as text
        # rebuilt from tokens has it
    written = word.group(1).lstrip("\"“‘'(")
    if written[:-1] in DOTTED_TITLES and not paragraph[: end - len(written)].endswith(", "):
        return True  # "Del. Jo Roe": a title before a name (not "Dover, Del.", a state)
    token = word.group(1).lower().strip("\"“‘'(").rstrip(".")
    token = re.split(r"[-–/]", token)[-1]  # "Aoraki-Mt." ends on "Mt."
    if (written[:-1] in US_STATE_ABBREVIATIONS and not paragraph[: end - len(written)].endswith((", ", "-"))
            and _TITLE_AFTER.match(paragraph, end)):
        return True
    if token in _BEFORE_NUMBER_ONLY:
        return bool(re.match(r"\s*\d", paragraph[end:]) or _CREDIT_AFTER.match(paragraph, end))
    if token in _BEFORE_DATE_ONLY:
        return bool(_DATE_AFTER.match(paragraph, end))
    return token in ABBREVIATIONS or bool(_INITIALS.fullmatch(token))


def _opens(paragraph: str, at: int) -> bool:
    """Does the straight quote mark at ``at`` open a quote (an even number of its kind before it) rather than close
    one?"""
    mark = paragraph[at]
    return sum(m.group(0) == mark for m in _STRAIGHT_MARK.finditer(paragraph, 0, at)) % 2 == 0


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph, trailing spaces left out."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        glued = match["glued"]
        short = match["short"] is not None
        if short and not _LOWER_WORD.search(paragraph, start, match.start()):
            continue
        acronym = match["acronym"] is not None
        if acronym and not _ACRONYM.search(paragraph, start, match.start() - 1):
            continue
        zero_width = glued is not None or short or acronym  # the match holds no character of the stop
        if _is_abbreviation(paragraph, start, match.start() if zero_width else match.start() + 1):
            continue
        if _QUOTE_CRY.search(match.group(0)) and _NAME_SAYS.match(paragraph, match.end()):
            continue
        end = match.end()
        if glued in ('"', "'") and _opens(paragraph, match.start()):
            end = match.start()  # the mark opens the next sentence's quote
        spans.append((start, end))
        start = end
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return [(s, e) for s, e in ((s, s + len(paragraph[s:e].rstrip())) for s, e in spans) if e > s]
