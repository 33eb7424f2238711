"""A sentence opening on a date of another year recalls an earlier happening: it is kept out of the news's claim."""

from __future__ import annotations

import pytest

from dossier.claims import find_statements, group_claims
from dossier.claims.prepared import opening_years
from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Statement

LEDE = "Tarnia launched an Orsk rocket from the Velko space centre on Sunday, the Tarnian space agency said."
RECALLED = ("On April 5, 2009, Tarnia launched its first Orsk satellite, but later confirmed that the satellite failed "
            "to enter its intended orbit.")


def article(article_id: str, *paragraphs: str) -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title="Tarnia puts an Orsk satellite in orbit",
                   paragraphs=list(paragraphs), outlet=f"Outlet {article_id}")


def statements_of(told: Article) -> list[Statement]:
    mentions = find_mentions(told)
    return find_statements(told, find_quotes(told, mentions), mentions)


def test_a_failed_launch_of_2009_is_no_member_of_the_claim_that_the_new_satellite_reached_orbit() -> None:
    first = statements_of(article("a", LEDE, "The rocket carried a new weather satellite built in Velko.", RECALLED))
    second = statements_of(article("b", LEDE, "The new Orsk satellite entered its intended orbit, the agency said."))
    third = statements_of(article("c", LEDE, "The new Orsk satellite later entered its orbit, officials said."))
    group_claims(first + second + third)
    recalled, reached, reached_again = first[-1], second[-1], third[-1]
    assert recalled.text == RECALLED
    # The two outlets telling the new satellite's orbit share a claim; the launch of 2009 (whose failure to enter its
    # orbit shares their words) is another happening.
    assert reached.claim == reached_again.claim
    assert recalled.claim != reached.claim


@pytest.mark.parametrize(("text", "years"), [
    (RECALLED, {"2009"}),
    ("In 2012, the rocket exploded.", {"2012"}),
    ("In late 2011, Roe took power.", {"2011"}),
    ("Between 1910 and 1945, the Vells won seven pennants.", {"1910", "1945"}),
    ("On 15 December 2017, the satellite took an image.", {"2017"}),
    # No date before the subject: the year dates one act of the sentence only, or is no date.
    ("Roe ran for president in 2008.", set()),
    ("In 2013 Roe made headlines.", set()),
    ("2018 could see a landing on the far side.", set()),
    ("On Sunday, the rocket flew.", set()),
])
def test_the_years_of_a_date_opening_a_sentence(text: str, years: set[str]) -> None:
    assert opening_years(text) == years
