"""Speakers the text names but the patterns left unknown or misread (made-up text): a quote after a sentence that ends
with an inverted report ("…, said Mayor Jo Pellan.") is that speaker's; "said his father, Jos Verle" is Jos Verle,
who is the father; a sentence that opens with an earlier quote reports no one in that quote's words ("I")."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_with_names(*paragraphs: str) -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_a_quote_after_a_sentence_ending_with_said_and_a_titled_name_is_that_persons() -> None:
    [quote] = quotes_with_names(
        "The harbour town has felt uneasy for months.",
        "While pressure was needed, being too tough could be disastrous, said Mayor Jo Pellan. "
        "\"If they do something serious, we are within range.\"",
    )
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Pellan", "Mayor")


def test_a_quote_after_a_sentence_ending_with_said_and_a_name_in_its_own_paragraph_is_that_persons() -> None:
    [quote] = quotes_with_names(
        "Fishing boats stayed in port on Tuesday, said Kenji Arata, who heads the cooperative. "
        "\"Nobody wants to be at sea when the sirens go.\"",
    )
    assert quote.speaker_name == "Kenji Arata"


def test_a_sentence_ending_with_a_verb_whose_object_follows_gives_the_quote_after_it_to_no_one() -> None:
    # "thanked Jo Pellan": Pellan was thanked, not the one who spoke next.
    [quote] = quotes_with_names(
        "The harbour reopened on Tuesday.",
        "The fishermen gathered at the quay, thanked Mayor Jo Pellan. \"We can work again.\"",
    )
    assert quote.speaker_name is None


def test_said_his_father_and_a_name_between_commas_is_the_named_father() -> None:
    first, second = quotes_with_names(
        "Max Verle finished third in the race on Sunday.",
        "\"I must say that he surprised me,\" said his father, Jos Verle, who raced from 1994 to 2003. "
        "\"I have seen many races, and this was incredible.\"",
    )
    assert (first.speaker_name, first.speaker_role) == ("Jos Verle", "his father")
    assert second.speaker_name == "Jos Verle"


def test_the_words_of_a_quote_opening_the_sentence_before_are_no_speaker() -> None:
    # The first quote's speaker is unread ("said father, Jos"): the second is not "I", the first quote's own word.
    first, second = quotes_with_names(
        "Max Verle finished third in the race on Sunday.",
        "\"I must say that he surprised me,\" said father, Jos, who raced from 1994 to 2003. "
        "\"I have seen many races, and this was incredible.\"",
    )
    assert second.speaker_text != "I"


def test_a_quote_paragraph_after_a_report_is_that_speakers_though_another_sentence_follows_its_close() -> None:
    # The sentence after the quote's full stop is the writer's next one: it says nothing of who spoke.
    [quote] = quotes_with_names(
        "Vell Audio's managing director Dana Korr says her firm is the only one to offer positional sound on a phone.",
        "\"There are quite a few basic technologies out there, making the sound seem a bit bigger.",
        "\"No-one has really tried before to make proper positional audio.\" Vell Audio has been working with a "
        "Japanese network to set standards for phones.",
    )
    assert quote.speaker_name == "Dana Korr"


def test_a_quote_paragraph_after_a_report_is_no_ones_when_the_sentence_after_it_reports_someone() -> None:
    [quote] = quotes_with_names(
        "Vell Audio's managing director Dana Korr says her firm is the only one to offer positional sound on a phone.",
        "\"No-one has really tried before to make proper positional audio.\" Rival makers say it is a gimmick.",
    )
    assert quote.speaker_name is None


def test_a_post_signed_after_a_dash_is_not_the_speaker_of_the_paragraph_before() -> None:
    [quote] = quotes_with_names(
        "Vell Television urged residents in the north to take shelter as the rocket passed overhead.",
        "“A rocket has just been launched, the alert says residents should stay inside.” — jo roe (@joroe) "
        "14 September 2017",
    )
    assert quote.speaker_name != "Vell Television"
