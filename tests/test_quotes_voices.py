"""Speakers a reader can name from the text, given to someone else or to no one before (made-up text): the one a
verb makes speak ("spurred Roe to note"), "the director" and "he" in a story about one director, a name after
"wrote on Twitter" or "added", "paid tribute on Twitter:", and "she" past a man whose surname is followed by her
pronouns, or past an aside in brackets."""

from __future__ import annotations

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_with_names(*paragraphs: str, title: str = "A headline") -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title=title, paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_the_one_a_verb_spurs_to_note_speaks_not_the_subject_of_the_sentence() -> None:
    quotes = quotes_with_names(
        "Anna Roe met Jonas Vell at a festival in 2001.",
        "Vell confirmed Friday that he apologized, an unusual admission from him, which spurred Roe to wryly note, "
        "“His therapy must be working.”",
    )
    assert [q.speaker_name for q in quotes] == ["Anna Roe"]


def test_the_director_and_he_after_it_are_the_one_director_the_story_is_about() -> None:
    quotes = quotes_with_names(
        "Jonas Vell has said allowing Anna Roe to drive the car was \"one of the biggest regrets of my life\".",
        "Roe suffered neck and knee injuries in the accident.",
        "The director said failing to test the route was \"one of my most horrendous mistakes\".",
        "He added: \"I was very happy, thinking, she can totally do this.\"",
        "Jonas Vell said: \"It affected us for years.\"",
        title="Jonas Vell: car crash was a 'horrendous mistake'",
    )
    assert [q.speaker_name for q in quotes] == ["Jonas Vell"] * 4


def test_a_name_after_wrote_on_twitter_or_added_is_the_speaker() -> None:
    quotes = quotes_with_names(
        "\"Stay at home. More information to come,\" wrote on Twitter Christian Tarnot, mayor of Vell.",
        "\"This is still a very preliminary assessment,\" added Jean-Michel Priest, prosecutor of Vell.",
    )
    assert [q.speaker_name for q in quotes] == ["Christian Tarnot", "Jean-Michel Priest"]


def test_a_poster_after_twitter_is_a_person_of_their_own() -> None:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=[
        "\"Stay at home. More information to come,\" wrote on Twitter Christian Tarnot, mayor of Vell."])
    assert [(m.text, m.kind) for m in find_mentions(page) if "Tarnot" in m.text] == [("Christian Tarnot", "person")]


def test_one_who_paid_tribute_on_twitter_said_the_words_after_the_colon() -> None:
    quotes = quotes_with_names(
        "Vell Mayor Anna Roe paid tribute on Twitter: \"Devastated by this attack. Vell stands with you.\""
    )
    assert [q.speaker_name for q in quotes] == ["Anna Roe"]


def test_she_is_not_a_man_whose_surname_her_pronouns_follow() -> None:
    quotes = quotes_with_names(
        "Anna Roe went to the festival in 2001 with director Brandt. She says Brandt noticed after a dinner that she "
        "was tired.",
        "She says she reminded Brandt that she was scared of the car.",
        "It is frightening to watch Roe wrestle with the car. Brandt leans in and Roe flashes a relieved smile when "
        "she realizes that she can stand.",
        "\"The steering wheel was at my belly,\" she says.",
        "Roe says that in the film, Brandt had done the honors himself, spitting in her face in one scene.",
    )
    assert [q.speaker_name for q in quotes] == ["Anna Roe"]


def test_she_after_an_aside_in_brackets_is_not_a_woman_the_aside_names() -> None:
    quotes = quotes_with_names(
        "Anna Roe says she handed the footage to the police.",
        "\"It took me fifteen years, right?\" she says.",
        "(Fans of the film spy an echo of Roe's crash in a later movie. Young women, including a blond Mia Tarnot, "
        "die in myriad ways.)",
        "As she sits by the fire, tears begin to fall down her cheeks.",
        "\"When they turned on me after the accident,\" she says, \"I went from performer to a broken tool.\"",
    )
    assert [q.speaker_name for q in quotes] == ["Anna Roe"] * 3
