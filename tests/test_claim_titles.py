"""Claims: how a statement reads as its claim's title (a pronoun replaced by whom it means, the writer's comment left
out)."""

from __future__ import annotations

import pytest

from dossier.claims import find_statements
from dossier.claims.titles import summarise
from dossier.entities import find_mentions
from dossier.figures import parse_figures
from dossier.quotes import find_quotes
from dossier.structure import Article, Statement


def title_of_last(*paragraphs: str) -> str:
    """The title the article's last statement gives its claim, told alone."""
    text = Article(id="a", source_file="a.txt", title="a", paragraphs=list(paragraphs), outlet="Outlet a")
    mentions = find_mentions(text)
    [last] = [s for s in find_statements(text, find_quotes(text, mentions), mentions)
              if s.paragraph == len(paragraphs) - 1]
    return summarise([last])


@pytest.mark.parametrize(("sentence", "title"), [
    ("She’ll open the new harbour bridge on Friday at noon.", "Ilse Varga will open the new harbour bridge"),
    ("She's been to the harbour of Vell twice this year.", "Ilse Varga has been to the harbour of Vell"),
    ("She’s running for mayor of Vell in next year's election.", "Ilse Varga is running for mayor of Vell"),
    ("She’s expected to open the harbour bridge on Friday.", "Ilse Varga is expected to open the harbour bridge"),
    ("She’d already signed the harbour plan with the port board.", "Ilse Varga had already signed the harbour plan"),
    # "She’s closed" is "she is closed" or "she has closed": the pronoun stays rather than a guess.
    ("She’s closed the harbour bridge to lorries until March.", "She’s closed the harbour bridge"),
])
def test_a_name_replacing_a_contracted_pronoun_writes_its_verb_out(sentence: str, title: str) -> None:
    found = title_of_last("Senator Ilse Varga visited the Vell harbour on Monday.", sentence)
    assert found.startswith(title)
    assert "Varga’" not in found and "Varga'" not in found


@pytest.mark.parametrize(("sentence", "title"), [
    ("Not surprisingly, she plans to reopen the harbour bridge before the summer festival.",
     "Ilse Varga plans to reopen the harbour bridge"),
    ("Of course, the harbour bridge will stay closed to lorries until the end of March.",
     "The harbour bridge will stay closed to lorries"),
    ("Interestingly, the port board voted against the plan to close the harbour bridge.",
     "The port board voted against the plan"),
])
def test_the_writers_comment_opening_a_sentence_is_left_out_of_its_title(sentence: str, title: str) -> None:
    assert title_of_last("Senator Ilse Varga visited the Vell harbour on Monday.", sentence).startswith(title)


def test_a_comment_before_a_pronoun_is_no_name_to_open_a_title_on() -> None:
    # "Interestingly, they…" names no one: the outlet that names who closed the bridge gives the title.
    comment = Statement(article="a", paragraph=0, stance="asserts", outlet="Outlet a",
                        text="Interestingly, they closed the harbour bridge to lorries on Monday morning.")
    named = Statement(article="b", paragraph=0, stance="asserts", outlet="Outlet b",
                      text="The port board closed the harbour bridge to lorries on Monday.")
    assert summarise([comment, named]).startswith("The port board closed")
    assert summarise([comment]).startswith("Interestingly, they closed")


@pytest.mark.parametrize(("sentence", "title"), [
    # Before the phrase "at a tearful meeting", not between "tearful" and its noun.
    ("Ilse Varga, twice the harbour's planner of the year during her years with the Vell Council and the Port Board, "
     "announced her departure at a tearful meeting the day after the bridge reopened to traffic.",
     "Ilse Varga, twice the harbour's planner of the year during her years with the Vell Council and the Port Board, "
     "announced her departure…"),
    # Before "and", not inside the name "Court Appointed Harbour Wardens".
    ("Ilse Varga plans on spending time in Vell while staying involved with the Varga Family Trust and its support of "
     "the Court Appointed Harbour Wardens of the port.",
     "Ilse Varga plans on spending time in Vell while staying involved with the Varga Family Trust…"),
    # Not after "while", which needs the words after it ("while | at the same time").
    ("The harbour board of Vell was accused of closing down the views of many people in the old town, while at the "
     "same time doing nothing about the cracked quay wall.",
     "The harbour board of Vell was accused of closing down the views of many people in the old town…"),
    # Not after the first words of a phrase ("…, a day | after…").
    ("The harbour board of Vell had more than 3,000 letters of support by Sunday afternoon, a day after the old stone "
     "quay of the port was closed to traffic on Saturday.",
     "The harbour board of Vell had more than 3,000 letters of support by Sunday afternoon…"),
    # No phrase ends within the words a title shows: it runs on to the first that does.
    ("The old harbour board of the port town of Vell approved the plan of the mayor of the town to rebuild the old "
     "stone quay of the port of Vell in a vote after a long debate.",
     "The old harbour board of the port town of Vell approved the plan of the mayor of the town to rebuild the old "
     "stone quay of the port of Vell…"),
])
def test_a_long_title_is_cut_where_a_phrase_ends(sentence: str, title: str) -> None:
    assert summarise([Statement(article="a", paragraph=0, text=sentence)]) == title


def test_a_title_whose_subject_points_back_to_the_sentence_before_is_the_last_choice() -> None:
    # "One" is one of two bills the article named before: the other outlet's wording says which.
    one = Statement(article="a", paragraph=0,
                    text="One would fund the Vell harbour board through March 8, giving a month to settle the dispute.")
    named = Statement(article="b", paragraph=0,
                      text="The first bill would fund the Vell harbour board through March 8.")
    assert summarise([one, named]) == "The first bill would fund the Vell harbour board through March 8"
    # A subject with its noun is no pointer back.
    assert summarise([Statement(article="a", paragraph=0, text="One harbour pilot was hurt in the storm on Monday."),
                      named]).startswith("One harbour pilot")


def test_a_speakers_words_shown_without_their_marks_are_no_title_when_an_outlet_tells_it_in_its_own() -> None:
    # The first sentence of a two-sentence quote loses its marks in a title: it would read as what the outlets agree on.
    tweet = Statement(article="a", paragraph=0, stance="asserts", outlet="Outlet a", quoted=True,
                      source_name="Jo Roe", text="“Crooked Ann Lee has been accused of ignoring the port's rules.")
    told = Statement(article="b", paragraph=0, stance="asserts", outlet="Outlet b",
                     text="Jo Roe accused Ann Lee of ignoring the port's rules in a post on Tuesday.")
    assert summarise([tweet, told]).startswith("Jo Roe accused Ann Lee")
    assert "Crooked" in summarise([tweet])


def test_an_alleged_clause_keeps_who_alleges_it_but_never_gives_them_the_name_of_whom_it_tells() -> None:
    # What the imam claims is his word, not a fact ("Cy Poe did not go to the mosque" read as the imam's own doing).
    # "They" are the neighbours, "he" the driver: a title "Jo Roe claimed he …" would make the driver the one who
    # claims, so with the claimants unnamed the clause alone, its "he" named, is the title.
    opening = "Jo Roe drove the van into the crowd on Thursday, the police said."
    assert title_of_last(opening, "Imam Cy Poe claimed he did not go to the mosque near the harbour.") == (
        "Imam Cy Poe claimed he did not go to the mosque near the harbour")
    assert title_of_last(opening, "They claimed he did not go to the mosque near the harbour.") == (
        "Jo Roe did not go to the mosque near the harbour")


def test_words_before_a_quotation_are_the_outlets_and_no_speakers_voice() -> None:
    # "It" is the car the outlet tells of, not the speaker talking; the title does not put it in his mouth.
    title = title_of_last("Jo Roe, the founder of Vell Rockets, will send his car into orbit next month.",
                          'It will, Roe predicted, "stay in orbit for a billion years or so if it doesn\'t blow up."')
    assert not title.startswith("Jo Roe:")
    assert "stay in orbit for a billion years" in title


@pytest.mark.parametrize("sentence", [
    "Representative Ilse Varga, a founder of the harbour caucus, asked if the port should close the bridge to "
    "lorries, said, “I’ll leave that to the port board.”",
    "But asked if the port should close the bridge, Ms. Varga said, “That’s a matter for the port board.”",
])
def test_a_question_put_to_the_speaker_is_not_what_they_said(sentence: str) -> None:
    # The reporter asked; Varga's answer is what the sentence tells, and it is hers.
    title = title_of_last("Senator Ilse Varga visited the Vell harbour on Monday.", sentence)
    assert title.startswith("Ilse Varga: “")
    assert "asked" not in title


@pytest.mark.parametrize("sentence", [
    "The harbour bridge will stay closed to lorries until March, Jo Roe, director of the Vell port, said on Monday.",
    "The harbour bridge will stay closed to lorries until March, another port official, Jo Roe, of Vell, said.",
])
def test_a_named_speaker_and_role_closing_the_sentence_are_not_in_its_title(sentence: str) -> None:
    title = title_of_last("Senator Ilse Varga visited the Vell harbour on Monday.", sentence)
    assert title == "The harbour bridge will stay closed to lorries until March"


def test_a_he_inside_a_speakers_quote_is_whom_they_tell_of_never_the_speaker() -> None:
    # The passenger tells what the driver said: a title "Tom Roe thinks he blacked out" says the opposite.
    run_on = title_of_last("Passenger Tom Roe, 29, was on the tram to Vell when it tipped over on the bend.",
                           'Tom Roe said: "The driver was very shaken and kept saying sorry to us.',
                           'He said he thinks he blacked out."')
    assert run_on == "Tom Roe: “He said he thinks he blacked out”"
    told = title_of_last("Passenger Tom Roe, 29, was on the tram to Vell when it tipped over on the bend.",
                         "Roe said the driver told him that “he thinks he blacked out.”")
    assert "Roe thinks" not in told and "he thinks he blacked out" in told


@pytest.mark.parametrize(("sentence", "title"), [
    # a list item's marker
    ("-- Senator Ilse Varga's father ran an offshore fund that paid no tax in Vell for 30 years.",
     "Senator Ilse Varga's father ran an offshore fund"),
    # a connective opening the sentence, not part of the name after it
    ("Plus Varga is nominating Jo Roe to lead the harbour authority of Vell.", "Varga is nominating Jo Roe"),
    # a newspaper of two words told, then what was said
    ("Varga told Le Monde she did not know the law firm and had no knowledge of the fund.",
     "Ilse Varga did not know the law firm"),
    # the speaker of a tweet named
    ('She tweeted: "It happened: Vell win the harbour cup.',
     'Ilse Varga tweeted: "It happened: Vell win the harbour cup"'),
])
def test_a_title_opens_on_what_the_sentence_tells(sentence: str, title: str) -> None:
    found = title_of_last("Senator Ilse Varga visited the Vell harbour on Monday.", sentence)
    assert found.startswith(title)


def test_a_title_keeps_no_closing_mark_of_a_quote_it_does_not_open() -> None:
    found = title_of_last("Jo Roe caught the ball for the final out in Vell.",
                          "'It happened. It happened. Vell, it happened,' first baseman Jo Roe said after catching "
                          "the ball for the final out.")
    assert found.startswith("Vell, it happened, first baseman Jo Roe said")


def _told(article: str, text: str, **fields) -> Statement:
    return Statement(article=article, paragraph=0, stance="asserts", outlet=f"Outlet {article}", text=text,
                     figures=parse_figures(text), **fields)


def test_an_outlets_own_telling_of_a_fact_titles_it_before_one_speakers_quote_of_it() -> None:
    quote = _told("a", "Jo Roe said the harbour bridge “will close to lorries on Friday”.", quoted=True,
                  source_name="Jo Roe")
    told = _told("b", "The harbour bridge in Vell closes to lorries from Friday until the end of March.")
    assert summarise([quote, told]).startswith("The harbour bridge in Vell closes")
    # A sentence telling whom it is from ("he noted that…") is no outlet's own voice: the quote stays the title.
    noted = _told("b", "Meanwhile, he noted that the harbour bridge in Vell closes to lorries from Friday.")
    assert summarise([quote, noted]) == "The harbour bridge “will close to lorries on Friday”"


def test_a_toll_claim_is_titled_by_the_whole_count_not_a_count_of_some_of_the_dead() -> None:
    some = _told("a", "Three Britons were among the 40 people killed in Vell.")
    whole = _told("b", "At least 40 people, including six children, were killed when a lorry drove into the crowd.")
    assert summarise([some, whole]).startswith("At least 40 people")


def test_a_count_of_people_affected_titles_its_claim_as_revised_not_as_first_told() -> None:
    first = _told("a", "The breach exposed 2.1million customers of Vellbank.")
    revised = _told("b", "A breach at Vellbank may have affected 2.16 million customers, the bank said on Monday.")
    assert "2.16 million" in summarise([first, revised])


def test_a_title_opening_inside_a_quotation_is_the_last_choice() -> None:
    # The first sentence of the quote ended at its question mark: this one opens inside the quote, its marks unpaired.
    cut = Statement(article="a", paragraph=0, stance="asserts", quoted=True, source_name="Jo Roe",
                    text='Heaven help us," said Roe, who added that "the worst thing about the board is its pride."')
    whole = Statement(article="b", paragraph=0, stance="asserts", quoted=True, source_name="Jo Roe",
                      text="“Truth be told, the worst thing about the board is its pride,” Roe said.")
    assert not summarise([cut, whole]).startswith("Heaven help us")


def test_a_wire_dateline_is_not_part_of_whom_it_means() -> None:
    # "it" is the harbour board, which the sentence names after the wire's dateline.
    text = Article(id="a", source_file="a.txt", title="a", outlet="Outlet a", paragraphs=[
        "VELL/PORTON (Reuters) - The Vell Harbour Board said on Monday it had closed the port to ships over 200 "
        "metres long."])
    mentions = find_mentions(text)
    [statement] = find_statements(text, find_quotes(text, mentions), mentions)
    assert statement.referent == "The Vell Harbour Board"
    assert summarise([statement]).startswith("The Vell Harbour Board had closed the port")


@pytest.mark.parametrize(("sentence", "speaker", "title"), [
    # The attribution breaks one sentence of the quotation, which goes on in small letters after it.
    ('"That is a fair price," Roe says, "if the ferry runs on time.', "Jo Roe",
     "Jo Roe: “That is a fair price, if the ferry runs on time”"),
    # A second quotation the attribution adds: not the first one's words.
    ("“Absolutely not,” Ms. Roe said, adding later: “I signed the harbour bill.", "Jo Roe", "Jo Roe: “Absolutely not”"),
    ('The vote is over," she said on the radio show "Vell Today."', "Jo Roe", "Jo Roe: “The vote is over”"),
    # No speaker known: the quotation in its marks.
    ('"We never had a plan for the harbour sitting on a shelf," said an official. "We worked day and night.', None,
     "“We never had a plan for the harbour sitting on a shelf”"),
])
def test_a_title_opening_inside_a_quotation_gives_the_quotation_as_its_speakers(
        sentence: str, speaker: str | None, title: str) -> None:
    statement = Statement(article="a", paragraph=0, stance="asserts", quoted=True, source_name=speaker, text=sentence)
    assert summarise([statement]) == title


def test_a_title_opening_on_a_phrase_in_marks_keeps_its_opening_mark() -> None:
    statement = Statement(article="a", paragraph=0, stance="asserts", source_name="Jo Roe",
                          text="Mayor Jo Roe said “the stakes” for the harbour vote “could not be higher.”")
    assert summarise([statement]) == "“the stakes” for the harbour vote “could not be higher”"


def test_a_quotation_given_as_its_speakers_comes_after_the_outlets_own_telling() -> None:
    told = Statement(article="a", paragraph=0, stance="asserts",
                     text="Harbour dues are not a tax and can be used for the upkeep of the quays.")
    quoted = Statement(article="b", paragraph=0, stance="asserts", source_name="Vell Port Board",
                       text='A notice by the Vell Port Board states that "There are good uses for harbour dues," '
                            'adding that ships may not have "broken any rule."')
    assert summarise([told, quoted]).startswith("Harbour dues are not a tax")


def test_how_someone_described_a_thing_in_marks_is_the_writers_sentence() -> None:
    # The marks hold most of the sentence, but the writer tells what she called the storm: no quote of hers to rank
    # after an outlet's own telling, and "She" is whom the article means.
    text = Article(id="a", source_file="a.txt", title="a", outlet="Outlet a", paragraphs=[
        "Senator Ilse Varga visited the Vell harbour on Monday.",
        'She described the storm as "the worst night the harbour of Vell has ever seen."'])
    mentions = find_mentions(text)
    [described] = [s for s in find_statements(text, find_quotes(text, mentions), mentions) if s.paragraph == 1]
    assert not described.quoted
    assert summarise([described]).startswith("Ilse Varga described the storm as")
