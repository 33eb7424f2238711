"""Speakers a journalist would not print (made-up text): the one asked given the asker's question, an earlier
speaker carried over to words whose own sentence has a subject of its own, a headline's capitalised verb taken for a
name, and a group of the same words whose outlets disagree, one by a cue and one only by carrying a speaker over."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes, settle_group_speakers
from dossier.structure import Article, Quote, QuoteGroup


def quotes_with_names(*paragraphs: str, title: str = "A headline") -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title=title, paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_a_question_a_man_put_in_a_clause_of_his_own_is_not_the_sentence_subjects() -> None:
    # "asked" goes on "the man approached …", the clause after "after": the man asked, whom the text does not name.
    [quote] = quotes_with_names(
        "Jo Roe, a Democrat, is seen grabbing the wrist of a young man after the man approached the congressman and "
        "asked if he supported the “Vell agenda.”"
    )
    assert quote.speaker_name is None


def test_he_who_asks_the_congressman_is_not_the_congressman() -> None:
    # The only man named is Rep. Roe, the congressman; he cannot be the one who asked him.
    [quote] = quotes_with_names(
        "Rep. Tom Roe appeared angry this weekend, when he grabbed the student after he asked the congressman if he "
        "“fully supported the agenda.”"
    )
    assert quote.speaker_name is None


def test_he_who_asks_someone_else_is_still_the_one_named_before() -> None:
    quotes = quotes_with_names(
        "Rep. Tom Roe met the mayor on Monday. He asked the mayor if she “would help the town.”",
        "Sen. Ann Lee met Tom Vell. She asked Vell if he “fully supported the agenda.”",
    )
    assert [q.speaker_name for q in quotes] == ["Tom Roe", "Ann Lee"]


def test_words_in_a_sentence_with_another_named_subject_do_not_carry_the_earlier_speaker() -> None:
    # Ann Lee's question ends its sentence; the next sentence is about Vell, and the "ten per cent" is his own
    # admission as the writer reports it: Vell's or no one named, never Lee's.
    asked, admitted = quotes_with_names(
        "Ann Lee was forced to apologize. In 2006, she went on a talk show to explain herself: “Why was I apologizing "
        "for an accident?” Tom Vell, by his own admission, only took about “ten per cent” of the heat."
    )
    assert asked.speaker_name == "Ann Lee"
    assert admitted.speaker_name in (None, "Tom Vell") and admitted.attribution != "continued"


def test_a_quote_resumed_after_its_attribution_keeps_its_speaker() -> None:
    quotes = quotes_with_names(
        "“Why did I apologize?” Ann Lee asked. “It was an accident.”",
        "“It's downright ludicrous,” Tom Vell, the director, said in a statement. “He is blocking the court.”",
    )
    assert [q.speaker_name for q in quotes] == ["Ann Lee", "Ann Lee", "Tom Vell", "Tom Vell"]


def test_a_headlines_capitalised_verb_is_no_ones_name() -> None:
    # "Apologizes" follows "Congressman" in a headline that capitalises every word; the body never writes it.
    quotes = quotes_with_names(
        "The video shows Rep. Tom Roe grabbing a young man on a Washington street.",
        "Another man, not seen on camera, then tells Roe, “We're just here for a project.”",
        "When the man asks Roe to “please let go of me,” the congressman grabs him by the neck.",
        title="N.C. Congressman Apologizes for Confrontation With Man in Washington",
    )
    assert [q.speaker_name for q in quotes] == [None, None]


def test_a_quote_carried_over_to_someone_yields_to_the_speaker_another_outlet_names_by_a_cue() -> None:
    # Outlet A's paragraph has no cue and follows Roe's quote; outlet B writes '"…," said Al Poe, a spokesman'.
    carried = Quote(id="a-q3", article="a", paragraph=4, text="w", speaker_name="Tom Roe", speaker="tom-roe",
                    attribution="continued", confidence=0.9)
    cued = Quote(id="b-q1", article="b", paragraph=2, text="w", speaker_name="Al Poe", speaker="al-poe",
                 attribution="cue_name_after", confidence=0.95)
    group = QuoteGroup(id="g", quotes=[carried, cued])
    settle_group_speakers([group], {"tom-roe": "Tom Roe", "al-poe": "Al Poe"}, frozenset({"tom-roe", "al-poe"}))
    assert group.speaker == "al-poe"
    assert (carried.speaker, carried.speaker_name, carried.attribution) == ("al-poe", None, "group")
    assert cued.speaker == "al-poe"


def test_two_outlets_that_each_name_a_speaker_by_a_cue_keep_their_own() -> None:
    one = Quote(id="a-q1", article="a", paragraph=0, text="w", speaker_name="Tom Roe", speaker="tom-roe",
                attribution="name_cue_after")
    other = Quote(id="b-q1", article="b", paragraph=0, text="w", speaker_name="Al Poe", speaker="al-poe",
                  attribution="cue_name_after")
    settle_group_speakers([QuoteGroup(id="g", quotes=[one, other])], {"tom-roe": "Tom Roe", "al-poe": "Al Poe"},
                          frozenset({"tom-roe", "al-poe"}))
    assert (one.speaker, other.speaker) == ("tom-roe", "al-poe")


def test_a_term_the_article_gives_in_quotation_marks_does_not_speak() -> None:
    # "Humane Design" is what the centre calls its idea; the words after "calls for" are the centre's campaign.
    quotes = quotes_with_names(
        "The center's core advocacy efforts focus on what it calls “Humane Design,” which frames app design in terms "
        "of vulnerability.",
        "Humane Design calls for device-makers like Vell and social app companies to redesign their devices to "
        "“protect our minds from constant distractions and minimize screen time.”",
    )
    assert [q.speaker_name for q in quotes if q.paragraph == 1] == [None]


def test_a_new_quote_paragraph_that_speaks_of_him_and_never_of_i_is_not_the_last_speakers() -> None:
    # The paragraph has no cue; its words judge "his conduct" (Roe's), as his opponents would: not Roe's own words.
    quotes = quotes_with_names(
        "Rep. Tom Roe told reporters that he had not apologized to the young men.",
        "“I would if I knew who they were,” he said.",
        "“His conduct is unbecoming of a member of Congress. His assault on a student goes beyond the pale.”",
    )
    assert [q.speaker_name for q in quotes] == ["Tom Roe", None]


def test_a_new_quote_paragraph_in_the_first_person_goes_on_with_the_last_speaker() -> None:
    quotes = quotes_with_names(
        "“I would if I knew who they were,” Rep. Tom Roe said.",
        "“He was rude to me, and I reacted badly. I regret it.”",
    )
    assert [q.speaker_name for q in quotes] == ["Tom Roe", "Tom Roe"]


def test_a_new_quote_paragraph_about_someone_the_paragraph_before_names_goes_on_with_the_last_speaker() -> None:
    # "He" is Vell, whom Roe's quote is about: Roe's words go on.
    quotes = quotes_with_names(
        "Tom Vell “is tapping into something very deep inside the party,” Ann Roe, a Lee supporter, told the paper.",
        "“He has cast Lee as a champion of that system, while he is the one who wants to change it.”",
    )
    assert [q.speaker_name for q in quotes] == ["Ann Roe", "Ann Roe"]
