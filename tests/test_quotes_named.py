"""Speakers the text names, left unknown or misread before (made-up text): a noun after its modifiers is no verb of
saying, nor a verb after "should"; "it" and "the spokesperson" are the body brought in just before; a participle
after "when" is its clause subject's; a family name written first, then alone, is a person's; "he" after "…, the
brother said" is the brother the sentence before names ("another brother, Pat Rook"); "warnings from" a body "that"
are its words."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_with_names(*paragraphs: str) -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_a_note_after_two_joined_modifiers_is_a_noun_not_the_verb_of_a_subject_and_a_role() -> None:
    quotes = quotes_with_names(
        "After weeks of threats, Jonas Vell struck a more conciliatory and optimistic note on Tuesday in Tarn, "
        "urging the rebels to \"come to the table\" and \"make a deal\"."
    )
    assert [(q.speaker_name, q.speaker_role) for q in quotes] == [("Jonas Vell", None), ("Jonas Vell", None)]


def test_a_verb_of_saying_after_should_is_what_someone_ought_to_do_and_the_speaker_is_who_said_it() -> None:
    quotes = quotes_with_names(
        "Jonas Vell gave his yearly address on Monday.",
        "Rather than backing measures that \"threaten the peace of the valley,\" Tarn should instead respond to "
        "overtures from the north, Vell said.",
    )
    assert [(q.speaker_name, q.speaker_text) for q in quotes] == [("Jonas Vell", "Vell")]


def test_it_said_is_the_body_that_opened_the_paragraph_before_even_when_it_ends_in_a_quote() -> None:
    quotes = quotes_with_names(
        "The Vell Foreign Ministry also confirmed the deaths of citizens in the crash, declining to name the "
        "victims “out of respect for their families.”",
        "“We express our condolences to all those affected,” it said. “The safety of citizens abroad is the "
        "highest priority of the Vell Foreign Ministry.”",
    )
    assert [q.speaker_name for q in quotes[1:]] == ["Vell Foreign Ministry", "Vell Foreign Ministry"]


def test_the_spokesperson_is_the_body_whose_spokesperson_spoke_in_the_paragraph_before() -> None:
    quotes = quotes_with_names(
        "A spokesperson for the Vell Foreign Ministry confirmed the deaths of \"several citizens\" in the crash.",
        "\"We are in contact with the aviation authorities and will monitor the situation,\" the spokesperson said.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Foreign Ministry", "Vell Foreign Ministry"]


def test_a_participle_after_when_reports_for_the_subject_of_its_clause() -> None:
    quotes = quotes_with_names(
        "Jonas Vell toured the border on Tuesday.",
        "While Vell did not elaborate on what he meant when telling the commanders on Tuesday, \"Ultimately it "
        "will all work out, it always works out.\"",
    )
    assert [q.speaker_name for q in quotes] == ["Jonas Vell"]


def test_a_relative_clause_reports_for_its_name_though_a_turning_point_follows() -> None:
    quotes = quotes_with_names(
        "We hope he was speaking on the same wavelength as Tarn President Jonas Vell, who said he hoped the visit "
        "would be a turning point and that the two leaders had agreed to settle the dispute \"in a peaceful "
        "manner\"."
    )
    assert [q.speaker_name for q in quotes] == ["Jonas Vell"]


def test_a_family_name_written_first_and_alone_later_is_a_speaker_though_it_reads_as_a_place() -> None:
    quotes = quotes_with_names(
        "Tarn President Moon Ha-jin met the envoys on Monday in the capital.",
        "Moon on Tuesday welcomed the offer as a 'positive response' to the hopes of the city.",
    )
    assert [q.speaker_name for q in quotes] == ["Moon"]


def test_a_clause_read_for_the_speaker_is_shown_as_no_role() -> None:
    quotes = quotes_with_names(
        "The Vell Tea Party had an all-hands-on-deck response to the plan. The group has drafted a resolution of its "
        "own condemning the rights group for reducing itself to a \"bigoted\" and \"partisan attack dog "
        "organization.\""
    )
    assert [q.speaker_role for q in quotes] == [None, None]


BROTHERS = "Stephen Rook’s behavior did not offer any indication of violent tendencies, the brother said."
HIS_WORDS = (
    "“He was the least violent in the family. So, it’s kind of like, ‘Who?’ ” Comparing himself to his brother, he "
    "said, “I have much more anger.”"
)


def test_he_after_the_brother_said_is_the_brother_the_sentence_before_names_and_so_is_the_quote_before_him() -> None:
    quotes = quotes_with_names(
        f"The family moved often, from Tarn to Vell, another brother, Pat Rook, of Vell, said. {BROTHERS}", HIS_WORDS
    )
    assert [(q.speaker_name, q.speaker_text) for q in quotes] == [("Pat Rook", "the brother"), ("Pat Rook", "he")]
    # A sentence naming two brothers tells neither.
    quotes = quotes_with_names(
        f"The family moved often, his brother, Pat Rook, and another brother, Tom Rook, said. {BROTHERS}", HIS_WORDS
    )
    assert [q.speaker_name for q in quotes] == [None, None]
    # Nor "the candidate" of a debate's story, whom only a paragraph far back calls so.
    quotes = quotes_with_names(
        "Republican candidate Jo Vell spoke in Tarn on Monday.", "The debate ran late.", "The hall was full.",
        "When the moderator pointed out that Al Rook had not answered, the candidate said families sue.",
        "\"They sue,\" he said. \"Everybody sues, right?\"",
    )
    assert [q.speaker_name for q in quotes] == [None, None]


def test_warnings_from_a_body_that_something_was_so_are_the_bodys_words() -> None:
    quotes = quotes_with_names(
        "Despite last-ditch warnings from the Vell administration that the bill could hurt national security and "
        "was “badly misguided,” lawmakers dismissed the concerns."
    )
    assert [q.speaker_name for q in quotes] == ["Vell administration"]


def test_a_name_before_afterwards_is_the_speaker_and_a_sentence_opening_on_another_person_ends_his_quotes() -> None:
    quotes = quotes_with_names(
        "Aged 18, the Tarnian became the youngest player to win the cup. \"What a great way to finish the year,\" said "
        "Jonas Vell afterwards. Vell coach Patrick Rook wants his team to play more tennis on clay. \"I think it will "
        "help these guys on hard courts.\" \"But certainly we can put the work in at the right time,\" said Rook."
    )
    assert [q.speaker_name for q in quotes] == ["Jonas Vell", "Patrick Rook", "Patrick Rook"]


def test_the_american_is_the_person_the_sentence_before_is_about_and_no_one_named_american() -> None:
    quotes = quotes_with_names(
        "Andy Rook was left frustrated after losing both his singles on the slow clay. \"It's just tough because I "
        "felt like I was in it the whole time,\" said the American.",
        "When Lee Hart shook his hand, the Australian said: \"You're the best.\"",
    )
    assert [(q.speaker_name, q.speaker_role) for q in quotes] == [("Andy Rook", "American"), (None, "Australian")]


def test_he_is_the_one_wearing_a_jersey_not_the_name_on_it() -> None:
    quotes = quotes_with_names(
        "Among the cheering fans was Kevin Roe, a Chicago lawyer wearing a vintage Bruce Poe jersey. “If you count "
        "from birth, which I do, I have been a fan for 55 years,” he said."
    )
    assert [q.speaker_name for q in quotes] == ["Kevin Roe"]
    # No one named wears it: "he" is unknown, not the name on the shirt.
    quotes = quotes_with_names(
        "Bruce Poe pitched for the club in 1979.",
        "A fan wearing a vintage Bruce Poe jersey cheered. “I have waited 55 years for this,” he said.",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_a_time_phrase_without_a_comma_does_not_hide_the_subject_of_a_participle() -> None:
    quotes = quotes_with_names(
        "The actor Jo Roe said he would stand for the council.",
        "Last year he gave a speech in Vellby in defence of free healthcare, telling the crowd: “There is never an "
        "excuse to stay silent.”",
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe"]


def test_a_comment_clause_after_and_is_the_named_persons_not_the_role_after_the_name() -> None:
    [quote] = quotes_with_names(
        "The files were leaked to a newspaper in Tarn.",
        "And as Jonas Vell, the director of VCIJ, told the Vell Times: “These documents raise an awful lot of "
        "questions.”",
    )
    assert (quote.speaker_name, quote.speaker_role) == ("Jonas Vell", "director of VCIJ")


def test_a_spokesman_of_a_body_whose_name_has_a_capital_inside_speaks_for_the_whole_body() -> None:
    [quote] = quotes_with_names(
        "A VellGroup spokesman said in a statement: “We are dedicated to safety, which is central to our culture.”"
    )
    assert (quote.speaker_name, quote.speaker_role) == ("VellGroup", "VellGroup spokesman")


def test_the_n_year_old_is_the_person_the_sentence_before_is_about_unless_the_article_gives_them_another_age() -> None:
    quotes = quotes_with_names(
        "Adil Rook, whose house overlooks the track, told reporters he heard a loud noise.",
        "The 76-year-old said: “It was about six and I was praying.”",
    )
    assert [q.speaker_name for q in quotes] == ["Adil Rook"]
    quotes = quotes_with_names(
        "Adil Rook, 45, whose house overlooks the track, told reporters he heard a loud noise.",
        "The 76-year-old said: “It was about six and I was praying.”",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_they_adding_after_a_bodys_unnamed_spokesman_speaks_for_the_body() -> None:
    quotes = quotes_with_names(
        "A Vell Fire Brigade spokesman said they had been called at 6.04am to an overturned tram in a tunnel.",
        "“There are eight fire engines and four fire and rescue crews in attendance,” they added.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Fire Brigade"]
    # After a person, "they" may be anyone: no body is given the words.
    quotes = quotes_with_names(
        "Jo Roe said the crews had been called at 6.04am to an overturned tram in a tunnel.",
        "“There are eight fire engines in attendance,” they added.",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_the_comedian_after_a_quote_of_several_sentences_is_the_fan_the_sentence_before_names() -> None:
    quotes = quotes_with_names(
        "Long-time Tarn fan Bob Rook, who grew up in the Vell area, tweeted his congratulations to the team. "
        "'The billy goat is dead!! As I've said, from the beginning, I'm getting too old for this!' the 87-year-old "
        "comedian wrote, alluding to one of the oldest alleged curses on the team."
    )
    assert [q.speaker_name for q in quotes] == ["Bob Rook"]


def test_the_last_words_of_a_bodys_name_in_lower_case_are_that_body() -> None:
    quotes = quotes_with_names(
        "The police were called to the scene shortly after 6 a.m., the Vell Transport Police said in a statement.",
        "“At least seven people are now confirmed as having died,” the transport police said.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Transport Police"]
