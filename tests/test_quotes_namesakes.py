"""Two speakers of one surname, and statements of two (made-up text): a bare surname two people of the article share
is the one the evidence names (not the son named in passing, the only one named so far, the one its paragraph names
last; two forms of one name are one person), else stays as written; "Ann Lee and Tom Roe wrote", or a sentence they
open, names neither alone; a role of a list ("the minister of education, science and technology") is an apposition,
not a list of speakers."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_a_bare_surname_is_the_father_not_the_son_named_once_as_his_kin() -> None:
    [quote] = quotes_of(
        "Hollis called up Mark Vellan, whose 6-year-old son, James Vellan, was killed in December. Vellan praised "
        'the group "for spending the time and resources on putting a program like this together."'
    )
    assert quote.speaker_name == "Mark Vellan"


def test_a_relative_named_again_stays_whom_a_bare_surname_may_mean() -> None:
    quotes = quotes_of(
        "A nephew of President Jacob Vellan was named in the leaked papers.",
        "Vellan's nephew, Clive Vellan, owns a fleet of collectible cars.",
        "The papers show that Clive Vellan was authorised to represent the company.",
        "In 2010 the islands' authorities asked the law firm for more background on the deals.",
        "Later that year, the firm ended its relationship with the companies.",
        'Vellan has called the oil deals "quite attractive" to the government.',
    )
    assert [q.speaker_name for q in quotes] == ["Vellan"]  # either man: as written, not the President


def test_a_bare_surname_before_the_second_namesake_comes_in_is_the_first() -> None:
    quotes = quotes_of(
        "Rep. Bobby Rellick hosted a cookout on Monday.",
        'Rellick beamed and asked the crowd to welcome the governor, "my new best friend."',
        "Two black senators serve today: Cory Booker and Tim Rellick.",
    )
    assert quotes[0].speaker_name == "Bobby Rellick"


def test_a_bare_surname_long_after_both_namesakes_stays_as_written() -> None:
    quotes = quotes_of(
        "Hillary Rennard spoke in Iowa on Monday.",
        "Her husband, former governor Bill Rennard, campaigned in Ohio.",
        "Both drew large crowds.",
        '"Sure enough I had a big clot behind my right knee," Rennard said.',
    )
    assert quotes[0].speaker_name == "Rennard"


def test_two_named_writers_are_neither_of_them_alone() -> None:
    [quote] = quotes_of(
        '"The senator is filled with resentment," Edward-Isaac Dovell and Gabriel Debrant wrote in the magazine.'
    )
    assert quote.speaker_name is None
    assert quote.speaker_text == "Edward-Isaac Dovell and Gabriel Debrant"


def test_a_minister_of_a_list_of_fields_is_the_name_before_the_apposition() -> None:
    [quote] = quotes_of(
        "“After analysing the data, we determined that our satellite entered its intended orbit,” Lee Ju-ho, the "
        "minister of education, science and technology, said during a news conference."
    )
    assert quote.speaker_name == "Lee Ju-ho"
    assert quote.speaker_role == "minister of education, science and technology"


def test_the_minister_of_a_list_of_fields_is_the_speaker_as_a_role() -> None:
    [quote] = quotes_of(
        "“The schools are not ready for this change at all,” the minister of education, science and technology "
        "said on Monday."
    )
    assert quote.speaker_text == "the minister of education, science and technology"
    assert quote.speaker_name is None


def test_two_forms_of_one_persons_name_are_one_person_for_a_bare_surname() -> None:
    quotes = quotes_of(
        "Judge Neil M. Vorsch appeared before the committee on Monday.",
        "Senators questioned Neil Vorsch for hours.",
        "Later, in a second session, the senators pressed him again.",
        'Vorsch called the hearing "my finest moment."',
    )
    assert quotes[0].speaker_name == "Neil Vorsch"


def test_words_in_a_sentence_two_joined_people_open_are_neither_ones_alone() -> None:
    quotes = quotes_of(
        "Ann Lellan and Tom Roswick spoke in Iowa on Monday. Lellan and Roswick slammed the president for not using "
        'the term "radical Islamic terrorism."'
    )
    assert [(q.speaker_text, q.speaker_name) for q in quotes] == [("Lellan and Roswick", None)]


def test_a_surname_ending_like_a_participle_speaks_when_the_article_names_its_owner_in_full() -> None:
    quotes = quotes_of(
        "Betsy Ebeling, 68, is a close friend of the candidate.",
        "As for the attacks? “It goes in here and goes out here,” Tom Ebeling said. Betsy Ebeling shook her head.",
        "Over the years, she said, email has helped her stay in close touch.",
        "The nickname, she explained, exists thanks to the governor. “In 2008, in Denver, I was a delegate for "
        "Illinois for her,” Ebeling explained.",
    )
    # Betsy and Tom Ebeling were last named two paragraphs before: which of them, the words do not say.
    assert [(q.speaker_text, q.speaker_name) for q in quotes] == [("Tom Ebeling", "Tom Ebeling"),
                                                                   ("Ebeling", "Ebeling")]
