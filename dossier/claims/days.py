"""The day an article's lede tells its main event happened, and the statements that are of that day.

A story of two launches over Japan, or of a vote and the vote a week later, has articles on each; a statement whose
own words give no day ("Abe called for a meeting of the UN Security Council") is of its article's event day, and
two articles telling days two days apart or more, one of them telling its news as one of a series ("another
missile"), tell two such facts, however alike their words (``apart._dated_apart``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import full_date
from ..figures import YEAR
from ..lang.en import stance as cues
from ..patterns import Folded
from ..sentences import split_sentences
from ..structure import Article
from .detection import _PAST_VERB
from .prepared import _DATE_WORDS, _FUTURE_OR_MODAL, NO_DAY, _dates
from .terms import _LEDE_PARAGRAPHS, _PAST_WITHOUT_ED, _content_stems, _main_verb, _outside_quotes, claim_clause

# (day of a month as ``_dates`` writes it, "aug 29"; weekday, "tuesday"): either may be unknown.
Day = tuple[str | None, str | None]

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

# A day that dates no happening of the lede's own: the bound of a span ("since Monday", "by Friday"), an earlier
# happening's ("after the vote on Monday").
_NOT_THE_EVENT_BEFORE = re.compile(r"\b(?:since|till|through|from|by|after|this)\s+"
                                   r"(?:early\s+|late\s+)?(?:on\s+)?$", re.IGNORECASE)
# A day a few words after a word of what is to come, or of a time before it: "will meet on Friday", "the team's next
# home game on November 19", "before the law takes effect on Jan. 1".
_TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|next|upcoming|coming|scheduled|due|expected|planned|before|"
                             r"until)\b(?:\W+\w+){0,5}\W*$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# A page's time stamp ("Posted: May 24, 2005", "Updated: May 24, 2005, 3:23 PM ET", or a date alone): the day it was
# put up, which the reader takes for the publication date, not a day the lede tells.
_STAMP = re.compile(r"\W*(?:(?:last\s+)?updated|posted|published|first\s+published)\b", re.IGNORECASE)
# A word of three letters or more: a line with none besides its date ("on Feb. 04, 2009") is a page's time stamp too.
_WORD_BESIDES = re.compile(r"[^\W\d_]{3,}")
# The day of a dateline ("ERIMO, Japan, Oct 19 (Reuters) -"): the day it was filed, often days after what it reports
# ("…was arrested on suspicion of drunken driving, the team's second such arrest" under a dateline three days after
# the arrest), so no event day.
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:-{1,2}|–|—)\s")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def event_day(article: Article) -> Day:
    """The day the article's lede tells its main event happened: a day of a month or a weekday written in its first
    paragraphs in the outlet's own words, of a happening or of a saying ("North Korea said on Wednesday it had…":
    the day of the event or the next, as a rule); never its dateline's ("SEOUL, Aug 30 (Reuters) -"). Where the lede
    names several, the day of the sentence that shares the most words with the headline. With a weekday and
    the publication date, the day of the month too. NO_DAY when the lede names none, or several as surely (unsure:
    it tells two happenings)."""
    told: list[tuple[int, frozenset[str]]] = []
    headline = frozenset(_content_stems(article.title))
    for paragraph in _lede(article):
        text = _outside_quotes(paragraph)
        for start, end in split_sentences(text):
            sentence = text[start:end]
            shared = len(headline & frozenset(_content_stems(sentence)))
            for match in _DATE_WORDS.finditer(sentence):
                if _tells_day(sentence, match, dateline=start == 0):
                    told.append((shared, _dates(match.group(0))))
    best = max((shared for shared, _ in told), default=0)
    days = frozenset().union(*(dates for shared, dates in told if shared == best))
    weekdays = [d for d in days if " " not in d]
    of_month = [d for d in days if " " in d]
    if len(weekdays) > 1 or len(of_month) > 1 or not days or weekdays and of_month and not article.published:
        return NO_DAY  # a weekday and a day of a month no date shows to be one day: maybe two
    return _resolved(of_month[0] if of_month else None, weekdays[0] if weekdays else None, article.published)


def tells_series(article: Article) -> bool:
    """Does the article's headline or lede tell its news as one of a series ("fires another missile", "the second to
    fly over Japan in a month")? Only then is another article's other day another happening, not another report of
    its day (one outlet tells the day a star entered rehab, another the day her publicist confirmed it). Not in a
    speaker's words: "accusing the president of having “wasted another week”"."""
    return any(_SERIES.search(_outside_quotes(text)) for text in (article.title, *_lede(article)))


def _lede(article: Article) -> list[str]:
    """The article's first paragraphs (``terms._LEDE_PARAGRAPHS``), its subheads left out: they tell what it is about;
    a day further down is often another happening's (the launch the month before, the vote to come)."""
    return [p for k, p in enumerate(article.paragraphs) if k not in article.subheads][:_LEDE_PARAGRAPHS]


_SERIES = re.compile(rf"\b(?:{cues.SERIES_WORDS})\b", re.IGNORECASE)


def _tells_day(sentence: str, match: re.Match[str], dateline: bool) -> bool:
    """Is ``match`` a day the lede tells (of a happening or of a saying)? Not a day that dates no happening of the
    lede's own (a span's bound, what is to come, an earlier happening's "Saturday's launch"), nor a dateline's
    (``dateline``: the sentence opens the paragraph)."""
    before, after = sentence[: match.start()], sentence[match.end():]
    return not (_NOT_THE_EVENT_BEFORE.search(before) or _TO_COME_BEFORE.search(before) or _POSSESSIVE.match(after)
                or _STAMP.match(sentence) or full_date(sentence.strip(" .")) is not None
                or not _WORD_BESIDES.search(before + after)
                or dateline and _DATELINE_AFTER.match(after) and not _LOWER_WORD.search(before))


def _resolved(of_month: str | None, weekday: str | None, published: str | None) -> Day:
    """The day with what the publication date adds: the day of the month of a weekday (the last such day on or
    before it), the weekday of a day of a month (of the year that puts it on or before it). A weekday and a day of a
    month that do not fit the date are no sure day."""
    try:
        on = date.fromisoformat(published or "")
    except ValueError:
        return of_month, weekday  # undated
    if of_month is None and weekday is not None:
        day = on - timedelta(days=(on.weekday() - _WEEKDAY_NAMES.index(weekday)) % 7)
        return f"{day.strftime('%b').lower()} {day.day}", weekday
    month, number = of_month.split()
    try:
        day = date(on.year, _MONTH_NUMBERS[month], int(number))
        day = day if day <= on else date(on.year - 1, day.month, day.day)
    except ValueError:
        return NO_DAY  # "feb 30"
    if weekday is not None and _WEEKDAY_NAMES[day.weekday()] != weekday:
        return NO_DAY
    return of_month, _WEEKDAY_NAMES[day.weekday()]


# Words that give a statement a time of its own, other than its article's event day: a day, a month or a year, a time
# told from the day of writing ("yesterday", "last week", "two years ago") or before another ("previously", "twice
# before", "this year").
_OWN_TIME = Folded(rf"\b(?:{cues.OWN_TIME_WORDS})\b")
_STATE_PAST = re.compile(rf"\b(?:{cues.STATE_PAST_FORMS})\b", re.IGNORECASE)


def takes_event_day(text: str, quoted: bool, series: bool) -> bool:
    """Is the statement of its article's event day: no time of its own, and a happening told in a simple past, nothing
    to come or possible in its claim, or in an article telling a series (``tells_series``), a speaker's words, said in
    answer to the day's happening as to each of the series' ("We have requested an emergency meeting of the Security
    Council")? Of one happening, an outlet quotes days later what another quoted on the day. What is true any day
    ("Japan is known for…"), by the day of writing ("has conducted dozens of tests"; "Roe is offering a three-year
    extension for a program which protects immigrants brought to the U.S. as kids": a past in a side clause is no
    happening of the claim's) or as a state ("the data contained names") is of no day."""
    if _OWN_TIME.search(text) or YEAR.search(text) or _STATE_PAST.search(text):
        return False
    if quoted:
        return series
    clause = claim_clause(text)
    verb = _main_verb(clause)
    if verb is not None and _PRESENT_BE.match(clause, verb[0]):
        return False
    told = _PRESENT_PERFECT.sub(" ", text)
    return bool(_PAST_VERB.search(told) or _PAST_WITHOUT_ED.search(told)) and not _FUTURE_OR_MODAL.search(clause)


# A main clause in the present of "be" ("is offering", "are known", "is a…") tells what is so by the day of writing.
_PRESENT_BE = re.compile(r"(?:is|are|am)\b", re.IGNORECASE)


# A present perfect tells what is so by the day of writing ("North Korea has conducted dozens of tests"), not what
# happened that day.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|['’]s|['’]ve)\s+(?:[a-z]+ly\s+|not\s+|never\s+)*(?:been\s+)?[a-z]+\b")


def days_apart(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Are the two sets of days (days of a month, or weekdays) at least two days apart, each from each? A day and the
    next may be one happening told in two time zones or on either side of midnight ("Wednesday night", "the early
    hours of Thursday")."""
    return bool(ours and theirs) and all(_distance(x, y) >= _APART_DAYS for x in ours for y in theirs)


_APART_DAYS = 2
_LEAP_YEAR = 2000  # a year with every day of a month, to count the days between two of them


def _distance(x: str, y: str) -> int:
    if " " not in x and " " not in y:
        between = abs(_WEEKDAY_NAMES.index(x) - _WEEKDAY_NAMES.index(y))
        return min(between, 7 - between)
    (month_x, day_x), (month_y, day_y) = x.split(), y.split()
    try:
        between = abs((date(_LEAP_YEAR, _MONTH_NUMBERS[month_x], int(day_x))
                       - date(_LEAP_YEAR, _MONTH_NUMBERS[month_y], int(day_y))).days)
    except ValueError:
        return 0  # "sep 31": no day, so no sure distance
    return min(between, 366 - between)
