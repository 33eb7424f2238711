"""Speakers of quotes that follow reported speech, relayed words and a possessive: precision first."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_with_names(*paragraphs: str) -> list[Quote]:
    """The quotes, read with the names the entities stage finds (as the pipeline reads them)."""
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_he_said_after_reported_speech_is_the_one_reported() -> None:
    # The paragraph before reports Tom Kerr's words (an aged name after "said"); "he said" goes on with him, not with
    # Jim Dale, quoted a paragraph earlier, nor with Jon Park, whom only the relative clause names.
    *_, fire, peace = quotes_with_names(
        "Prime Minister Jon Park called the threat a crisis.",
        "“Nobody does it better than Park,” said Jim Dale, a 70-year-old farmer.",
        "If anything, the town has been too quiet, said 31-year-old Tom Kerr, who backs Park's party.",
        "“Next time they do it, I would like to answer,” he said. “We cannot live in peace.”",
    )
    assert (fire.speaker_name, peace.speaker_name) == ("Tom Kerr", "Tom Kerr")


def test_words_quoted_by_an_agency_are_the_quoted_persons() -> None:
    [quote] = quotes_with_names(
        "Deputy minister Ivan Belov was quoted by Vell Press state news agency saying: “We see a dangerous trend.”",
    )
    assert quote.speaker_name == "Ivan Belov"


def test_a_possessed_quote_inside_its_sentence_is_not_the_previous_sentences() -> None:
    # The fragment is President Jo Vell's stance, inside the sentence about Park: never Park's words.
    quotes = quotes_with_names(
        "Prime Minister Ann Park spoke in Tarnby. She has repeatedly backed U.S. President Jo Vell's "
        "“everything-is-possible” stance and says now is not the time to talk.",
    )
    assert all(q.speaker_name != "Ann Park" for q in quotes)
    # The possessor as the sentence's own subject keeps the words: "Jo Vell's “…” comment was dismissive" is Vell's.
    [own] = quotes_with_names("Critics said so for years. Jo Vell’s “lazy people” comment was nearly as dismissive.")
    assert own.speaker_name == "Jo Vell"
