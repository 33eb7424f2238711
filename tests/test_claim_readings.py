"""Claims as readers see them: titles without their attribution, whose position a claim is, what a modal tells."""

from __future__ import annotations

import pytest

from dossier.claims import find_statements, group_claims
from dossier.claims.prepared import _happenings, _modal_acts
from dossier.claims.titles import _subject_rank, _title_clause, summarise
from dossier.entities import find_mentions
from dossier.figures import singular
from dossier.quotes import find_quotes
from dossier.structure import Article, Statement


def statements_of(article_id: str, outlet: str, *paragraphs: str) -> list[Statement]:
    text = Article(id=article_id, source_file=f"{article_id}.txt", title=article_id, paragraphs=list(paragraphs),
                   outlet=outlet)
    mentions = find_mentions(text)
    return find_statements(text, find_quotes(text, mentions), mentions)


def title_of(*paragraphs: str) -> str:
    return summarise([statements_of("a", "Outlet a", *paragraphs)[-1]])


@pytest.mark.parametrize(("sentence", "title"), [
    # a subject without a determiner, then a modal or an auxiliary: the clause stands alone
    ("Jo Roe said negotiation can progress after the council reopens the harbour of Vell.",
     "Negotiation can progress after the council reopens the harbour of Vell"),
    ("Tam Lee said prices have risen by a fifth in the harbour town of Vell since May.",
     "Prices have risen by a fifth in the harbour town of Vell since May"),
    # a phrase quoted right after the verb opens the clause
    ('The harbour master also said "a fair settlement" can be reached after the harbour of Vell reopens.',
     "A fair settlement can be reached after the harbour of Vell reopens"),
    # a clause opening on what it names ("what they found was…")
    ("Researchers said that what they discovered was a ring of cold water under the harbour of Vell.",
     "What they discovered was a ring of cold water under the harbour of Vell"),
])
def test_a_title_is_the_statement_without_its_attribution(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


def test_a_pronoun_after_the_named_speaker_is_the_speaker_in_the_title() -> None:
    assert title_of("Tam Lee said he thinks the harbour of Vell will be closed within three years.") == (
        "Tam Lee thinks the harbour of Vell will be closed within three years")


@pytest.mark.parametrize("sentence", [
    "Researchers said the cold rings under the harbour of Vell travel south along the wall.",
    "Scientists at the Vell institute say the cold rings under the harbour travel south along the wall.",
])
def test_a_group_of_people_saying_is_the_source_as_written(sentence: str) -> None:
    [found] = statements_of("a", "Outlet a", sentence)
    assert found.source_name in ("Researchers", "Scientists at the Vell institute")


def test_a_group_of_people_saying_one_thing_in_two_outlets_is_their_position_not_agreed() -> None:
    a = statements_of("a", "Outlet a", "Researchers said the cold rings under the harbour of Vell travel south "
                      "along the wall every winter.")
    b = statements_of("b", "Outlet b", "Researchers said the cold rings under the harbour of Vell travel south "
                      "along the harbour wall in winter.")
    [claim] = [c for c in group_claims([*a, *b]) if len(c.statements) == 2]
    assert claim.status != "agreed"


@pytest.mark.parametrize(("word", "expected"), [
    ("buses", "bus"), ("crises", "crisis"), ("churches", "church"), ("boxes", "box"), ("analyses", "analysis"),
    ("losses", "loss"), ("houses", "house"), ("troops", "troop"),
])
def test_singular_of_plurals_in_es(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_a_title_resolves_a_pronoun_only_to_the_speaker_the_sentence_names() -> None:
    title = title_of("Tam Lee, 4, fell into the harbour of Vell on Monday.",
                     "A family spokeswoman said in an email that he was three years old and recovering at home.")
    assert not title.startswith("Tam Lee was")


def test_the_readers_you_before_a_modal_is_no_subject_of_a_title() -> None:
    assert not title_of("The Vell council has now released the notes on what you can expect from the harbour "
                        "works in May.").startswith("You can")


def test_a_group_source_is_the_group_without_the_conjunction_before_it() -> None:
    found = statements_of("a", "Outlet a", "The harbour of Vell was closed, and doctors told the families the divers "
                          "had a slim chance to survive.")[-1]
    assert found.source_name == "doctors"


def test_a_person_speaking_for_a_group_is_not_the_group() -> None:
    found = statements_of("a", "Outlet a", "A spokesperson for the organizers of the Vell regatta said the race "
                          "would go ahead in May.")[-1]
    assert "organizers" not in (found.source_name or "")


def test_one_group_written_in_two_cases_is_one_speaker() -> None:
    line = "told the families that the divers had a slim chance to survive the night in the harbour of Vell"
    a = Statement(article="a", paragraph=0, text=f"Doctors {line}.", stance="asserts", outlet="Outlet a",
                  source_name="Doctors")
    b = Statement(article="b", paragraph=0, text=f"The boat sank, and doctors {line}.", stance="asserts",
                  outlet="Outlet b", source_name="doctors")
    [claim] = [c for c in group_claims([a, b]) if len(c.statements) == 2]
    assert claim.status == "quoted"


def test_a_possibility_and_an_intention_of_one_act_are_different_claims() -> None:
    can = statements_of("a", "Outlet a", "The verdict against Jo Roe for the harbour fraud in Vell can be appealed "
                        "within thirty days.")
    will = statements_of("b", "Outlet b", "The lawyer of Jo Roe said he would appeal the verdict for the harbour "
                         "fraud in Vell within thirty days.")
    claims = group_claims([*can, *will])
    assert can[0].claim != will[0].claim, [c.summary for c in claims]


def test_an_intention_told_twice_is_one_claim() -> None:
    a = statements_of("a", "Outlet a", "The lawyer of Jo Roe said he would appeal the verdict for the harbour "
                      "fraud in Vell within thirty days.")
    b = statements_of("b", "Outlet b", "Jo Roe will appeal the verdict for the harbour fraud in Vell within thirty "
                      "days, his lawyer said.")
    group_claims([*a, *b])
    assert a[0].claim == b[0].claim


@pytest.mark.parametrize(("sentence", "title"), [
    ("The Vell Port Authority said it was investigating the fire at the harbour on Monday.",
     "The Vell Port Authority was investigating the fire at the harbour on Monday"),
    ("The Vell Port Authority said its offer stood whether or not the harbour board agreed.",
     "The Vell Port Authority's offer stood whether or not the harbour board agreed"),
    ("Officials said they are still seeking the names of the divers lost in the harbour of Vell.",
     "Officials are still seeking the names of the divers lost in the harbour of Vell"),
])
def test_a_bodys_or_groups_pronoun_after_it_is_said_is_the_body_or_group(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("The Vell Port Authority said it was a banned test of the harbour guns on Monday.", "Authority was a banned"),
    ("The Vell Port Authority said it's not just the harbour guns that were tested on Monday.", "Authority's not"),
    ("It will see a fifth more ships in the harbour of Vell next year, the Vell Port Authority said on Monday.",
     "Authority will see"),
])
def test_it_is_not_taken_for_the_body_that_said_it_where_it_may_be_another_thing(sentence: str, wrong: str) -> None:
    assert wrong not in title_of(sentence)


def test_a_headlines_present_tense_verb_tells_a_happening() -> None:
    assert "overturn" in _happenings("Court overturns ban on harbour fishing in Vell")
    assert "ban" not in _happenings("The Vell court's ban on harbour fishing")


def test_an_adverb_after_a_modal_is_not_its_act() -> None:
    assert _modal_acts("the verdict could easily be appealed") == frozenset({("appeal", "possibility")})


@pytest.mark.parametrize(("sentence", "title"), [
    # the writer's lead-in before a colon is dropped: the quote or clause after it is the point
    ("Take it away, Ann: “A network of secret loans has laid a trail to the mayor of Vell.”",
     "“A network of secret loans has laid a trail to the mayor of Vell”"),
    ("Here’s a big, fat clue: As the Gazette reported on Monday, “Jo Roe’s father ran a fund which paid no tax.”",
     "“Jo Roe’s father ran a fund which paid no tax”"),
    ("Wait — there's more about this moon: The western tribes called it the snow moon because of the heavy snow.",
     "The western tribes called it the snow moon because of the heavy snow"),
])
def test_a_title_drops_the_writers_lead_in_before_a_colon(sentence: str, title: str) -> None:
    assert _title_clause(sentence, None, None) == title


def test_a_speakers_saying_verb_before_a_colon_is_no_lead_in_to_drop() -> None:
    assert _title_clause("Jo Roe said: “For such groundless accusations, I have no comment at all.”", None, None
                         ).startswith("Jo Roe said")


def test_a_title_prefers_a_clause_to_an_answer_opening_on_an_adverb_and_a_conjunction() -> None:
    statements = (statements_of("a", "Outlet a", "Basically that the harbour board of Vell has done nothing wrong.")
                  + statements_of("b", "Outlet b", "The harbour board of Vell says it has done nothing wrong at all."))
    assert not summarise(statements).startswith("Basically")


def test_a_clause_with_its_own_verb_before_a_colon_is_no_lead_in_to_drop() -> None:
    sentence = "The survey of the harbour was split into two parts: the sampling of water and the dating of wrecks."
    assert _title_clause(sentence, None, None).startswith("The survey")


def test_an_adverb_before_a_preposition_opens_a_clause_not_an_answer() -> None:
    assert _subject_rank("Immediately after the crash, a member of the harbour crew said it was held") < 2


def test_a_title_is_never_a_subordinate_clause_alone() -> None:
    # the clause after the comma is no attribution to cut: what is left would be the subordinate clause alone
    sentence = "While the harbour board welcomed Monday’s vote, some members warned of possible repercussions."
    assert _title_clause(sentence, None, None) == sentence.rstrip(".")


def test_instead_of_opens_a_phrase_not_a_connective_to_drop() -> None:
    assert _title_clause("“Instead of dredging the harbour, we are being offered a study that will take years,” "
                         "she said.", None, None).startswith("Instead of dredging")


def test_continued_that_is_a_reporting_frame_before_a_clause() -> None:
    assert _title_clause("Roe continued that the harbour needs an area of calm water, which is rare.", None, None
                         ).startswith("the harbour needs")
    # "continued that tradition" continues a thing: no frame to drop
    assert _title_clause("The harbour board continued that tradition in May, when the quay reopened.", None, None
                         ).startswith("The harbour board continued")
