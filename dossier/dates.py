"""Full dates written in text ("Oct. 28, 2024", "3 July 2013", "2024-10-28"), read with dateparser.

The patterns only find where a full date (day, month and year) is written; dateparser reads it.
A month or a weekday alone ("in August", "on Monday") is no date: it cannot be placed in time.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
]
# Every pattern holds a year: text without one (most sentences) needs no other search.
_YEAR_ANYWHERE = re.compile(_YEAR)
_DATEPARSER = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": False}


def _parse(written: str) -> str | None:
    parsed = dateparser.parse(written, languages=["en"], settings=_DATEPARSER)
    return parsed.date().isoformat() if parsed is not None else None


def iso_date(value: object) -> str | None:
    """The first full date in ``value`` (text, or a date from YAML) as YYYY-MM-DD, else None."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not value:
        return None
    return next(iter(dates_in(str(value))), None)


def full_date(value: object) -> str | None:
    """``value`` as YYYY-MM-DD when it is one full date and nothing more ("2024-05-03", "3 May 2024", "May 3,
    2024"), else None: "May 2024", "03/05/2024" (day and month could be either way round), "2024-02-30"."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return _parse(text) if any(pattern.fullmatch(text) for pattern in DATE_PATTERNS) else None


def dates_in(text: str) -> list[str]:
    """Every full date written in ``text``, in order of the patterns, as YYYY-MM-DD."""
    found: list[str] = []
    if not _YEAR_ANYWHERE.search(text):
        return found
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            parsed = _parse(match[0])
            if parsed and parsed not in found:
                found.append(parsed)
    return found
