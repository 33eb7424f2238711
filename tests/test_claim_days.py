"""A statement with no day of its own is of its article's event day: two launches told alike stay two claims."""

from __future__ import annotations

import pytest

from dossier.claims import find_statements, group_claims
from dossier.claims.days import event_day, takes_event_day, tells_series
from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Statement

LEDE = "The Orsk rocket flew over the Tarnian island of Velko {}, the Tarnian defence ministry said."
# Told for each launch, in nearly the same words, with no day of its own (the same sentence twice would be one text
# run by two outlets).
CALL = "Prime Minister Ilse Varga called for an emergency meeting of the Northern Council to discuss the launch."
CALL_AGAIN = "Prime Minister Ilse Varga called for an urgent meeting of the Northern Council to discuss the launch."


def article(article_id: str, *paragraphs: str, published: str | None = None,
            title: str = "Tarnia fires another Orsk rocket over Velko") -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=title, paragraphs=list(paragraphs),
                   outlet=f"Outlet {article_id}", published=published)


def statements_of(told: Article) -> list[Statement]:
    mentions = find_mentions(told)
    return find_statements(told, find_quotes(told, mentions), mentions)


def calls_joined(first: Article, second: Article) -> bool:
    """Do the two articles' calls for a meeting (their last statements) share a claim?"""
    ours, theirs = statements_of(first), statements_of(second)
    group_claims(ours + theirs)
    assert ours[-1].text == CALL and theirs[-1].text == CALL_AGAIN
    return ours[-1].claim == theirs[-1].claim


def test_two_launches_on_tuesdays_two_weeks_apart_keep_their_calls_apart() -> None:
    # Both ledes say "on Tuesday"; the publication dates make them 29 August and 12 September 2017.
    first = article("a", LEDE.format("on Tuesday"), CALL, published="2017-08-29")
    second = article("b", LEDE.format("on Tuesday"), CALL_AGAIN, published="2017-09-12")
    assert event_day(first) == ("aug 29", "tuesday") and event_day(second) == ("sep 12", "tuesday")
    assert not calls_joined(first, second)
    # Undated, two Tuesdays may be one: one claim, as before.
    assert calls_joined(article("a", LEDE.format("on Tuesday"), CALL),
                        article("b", LEDE.format("on Tuesday"), CALL_AGAIN))


def test_an_article_with_no_day_in_its_lede_joins_either_launch() -> None:
    undated = article("c", LEDE.format("in the morning"), CALL)
    assert event_day(undated) == (None, None)
    assert calls_joined(undated, article("a", LEDE.format("on Tuesday"), CALL_AGAIN, published="2017-08-29"))
    assert calls_joined(undated, article("b", LEDE.format("on Friday"), CALL_AGAIN, published="2017-09-15"))


def test_weekdays_two_days_apart_or_more_are_two_days_the_next_day_may_be_one() -> None:
    tuesday = article("a", LEDE.format("early on Tuesday"), CALL)
    assert not calls_joined(tuesday, article("b", LEDE.format("on Friday"), CALL_AGAIN))
    # "Tuesday night" in one time zone is "early Wednesday" in another.
    assert calls_joined(tuesday, article("b", LEDE.format("early Wednesday"), CALL_AGAIN))
    # Days of a month told in the lede, no year needed.
    assert not calls_joined(article("a", LEDE.format("on Aug. 29"), CALL),
                            article("b", LEDE.format("on 15 September"), CALL_AGAIN))


def test_two_days_of_one_news_not_told_as_a_series_are_two_reports_of_it() -> None:
    # One outlet tells the day the rocket flew, another the day the ministry confirmed it: no "another", "again",
    # "the second" in either headline or lede, so the days keep nothing apart.
    title = "Orsk rocket flies over Tarnia"
    assert not calls_joined(article("a", LEDE.format("on Tuesday"), CALL),
                            article("b", LEDE.format("on Friday"), CALL_AGAIN))
    assert calls_joined(article("a", LEDE.format("on Tuesday"), CALL, title=title),
                        article("b", LEDE.format("on Friday"), CALL_AGAIN, title=title))
    # One article told as one of a series is enough: the other's day is another flight.
    assert not calls_joined(article("a", LEDE.format("on Tuesday"), CALL),
                            article("b", LEDE.format("on Friday"), CALL_AGAIN, title=title))


def test_one_quote_relayed_by_articles_of_two_days_stays_one_claim() -> None:
    # Her words, quoted in the Tuesday article and again, with another attribution, in the Friday one: one saying.
    first = statements_of(article("a", LEDE.format("on Tuesday"),
                                  "“We have asked the Northern Council to meet at once,” Prime Minister Varga said."))
    second = statements_of(article("b", LEDE.format("on Friday"),
                                   "Varga told reporters: “We have asked the Northern Council to meet at once.”"))
    group_claims(first + second)
    assert first[-1].claim == second[-1].claim


@pytest.mark.parametrize(("title", "series"), [
    ("Tarnia fires another Orsk rocket over Velko", True),
    ("Orsk rocket flies over Velko again", True),
    ("The second Orsk rocket in a month flies over Velko", True),
    ("The 15th Orsk rocket test this year", True),
    ("A second-hand Orsk rocket goes on show in Velko", False),  # a word of a thing, no second happening
    ("Varga says Tarnia “wasted another week” of talks", False),  # in a speaker's words
    ("Orsk rocket flies over Tarnia", False),
])
def test_a_headline_tells_its_news_as_one_of_a_series(title: str, series: bool) -> None:
    assert tells_series(article("a", LEDE.format("on Tuesday"), title=title)) == series


@pytest.mark.parametrize(("paragraphs", "published", "day"), [
    # Only the lede's day is the article's: the earlier launch the body recalls is not.
    ([LEDE.format("on Friday"), "It was the second launch in a month.",
      "The first flew over Velko on Tuesday."], None, (None, "friday")),
    # A weekday of a dated article is a day of the month: the last such day up to its date.
    ([LEDE.format("on Tuesday")], "2017-09-15", ("sep 12", "tuesday")),
    # The day of a saying, where the lede tells no other.
    (["Tarnia said on Wednesday it had tested an Orsk rocket over Velko."], None, (None, "wednesday")),
    # Never a dateline's day: the day it was filed, maybe days after what it tells.
    (["VELKO, Aug 30 (Wire) - The council condemned the flight of the Orsk rocket over Velko."], None, (None, None)),
    (["VELKO, Aug 30 (Wire) - The Orsk rocket flew over Velko on Friday."], None, (None, "friday")),
    # An earlier happening's day, one to come, a bound: none of them the article's.
    (["After Saturday's test, the Orsk rocket flew over Velko.",
      "The council will meet on Thursday until the crisis ends."], None, (None, None)),
    # Two days in the lede: the one of the sentence that tells the headline's news; two as surely told, none.
    (["Tarnia tested three short rockets on Saturday.", "The Orsk rocket flew over Tarnia on Tuesday."], None,
     (None, "tuesday")),
    (["Tarnia tested an Orsk rocket on Saturday.", "Tarnia tested an Orsk rocket on Tuesday."], None, (None, None)),
    # A page's time stamp is its publication date, no day the lede tells.
    (["Posted: May 24, 2005", "Tarnia tested an Orsk rocket again."], None, (None, None)),
    (["on Feb. 04, 2009", "Tarnia tested an Orsk rocket again."], None, (None, None)),
    # A weekday and a day of a month that no date shows to be one day.
    (["The Orsk rocket flew over Tarnia on Tuesday, after the treaty lapsed on Aug. 3."], None, (None, None)),
])
def test_the_event_day_of_an_article_is_its_ledes(paragraphs: list[str], published: str | None,
                                                  day: tuple[str | None, str | None]) -> None:
    assert event_day(article("a", *paragraphs, published=published)) == day


@pytest.mark.parametrize(("text", "quoted", "takes"), [
    (CALL, False, True),
    ("Tarnia said it had tested the rocket.", False, True),
    ("“We have asked the council to meet,” Varga said.", True, True),  # the words of the day's reaction
    ("Prime Minister Ilse Varga called for a meeting last month.", False, False),  # a time of its own
    ("The Orsk rocket flew over Velko in 2009.", False, False),
    ("Tarnia has tested dozens of rockets.", False, False),  # so by the day of writing
    ("Tarnia is known for its rockets.", False, False),  # so any day
    # So by the day of writing: the past is in a side clause, not the claim's.
    ("Varga is offering a truce to Tarnia, which fired a rocket over Velko.", False, False),
    ("The stolen files contained the names of 3,000 pilots.", False, False),  # a state, whichever day told it
    ("The council will meet to discuss the launch.", False, False),  # to come
])
def test_which_statements_take_their_articles_day(text: str, quoted: bool, takes: bool) -> None:
    assert takes_event_day(text, quoted, series=True) == takes
    # A speaker's words in a story of one happening: an outlet may quote days later what another quoted on the day.
    assert takes_event_day(text, quoted, series=False) == (takes and not quoted)


def test_a_claim_told_of_two_launches_parts_into_one_claim_per_day() -> None:
    # Four outlets tell the call, two of the launch on Tuesday 29 August, two of the one on Friday 15 September; a
    # fifth, whose lede names no day, tells it too.
    calls = [CALL, CALL_AGAIN,
             "Prime Minister Ilse Varga called for an emergency meeting of the Northern Council over the launch.",
             "Prime Minister Ilse Varga called for an urgent meeting of the Northern Council over the launch.",
             "Prime Minister Ilse Varga has called for a meeting of the Northern Council to discuss the launch."]
    told = [article("a", LEDE.format("on Tuesday"), calls[0], published="2017-08-29"),
            article("b", LEDE.format("on Tuesday"), calls[1], published="2017-08-29"),
            article("c", LEDE.format("on Friday"), calls[2], published="2017-09-15"),
            article("d", LEDE.format("on Friday"), calls[3], published="2017-09-15"),
            article("e", LEDE.format("in the morning"), calls[4])]
    found = [statements_of(each) for each in told]
    group_claims([s for statements in found for s in statements])
    claim = [statements[-1].claim for statements in found]
    assert [statements[-1].text for statements in found] == calls
    assert claim[0] == claim[1] and claim[2] == claim[3] and claim[0] != claim[2]
    # The undated call ("has called": so by the day of writing) may be of either day: it stays with one of them.
    assert claim[4] in (claim[0], claim[2])
