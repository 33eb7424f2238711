"""The quotes stage on small composed articles, grouping, and the seeds gold bars."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from dossier.entities import find_mentions
from dossier.pipeline import analyse
from dossier.quotes import (
    apply_corrections,
    contradicts_pronoun,
    find_quotes,
    group_quotes,
    load_corrections,
    person_gender,
    review_list,
    settle_group_speakers,
)
from dossier.quotes.groups import wording_diff, wordings
from dossier.structure import Article, Entity, Mention, Quote, QuoteGroup

ROOT = Path(__file__).resolve().parents[1]


def article(*paragraphs: str, title: str = "A headline", id: str = "a") -> Article:
    return Article(id=id, source_file=f"{id}.txt", title=title, paragraphs=list(paragraphs))


def quotes_of(*paragraphs: str, title: str = "A headline") -> list[Quote]:
    return find_quotes(article(*paragraphs, title=title), [])


def quotes_with_names(*paragraphs: str) -> list[Quote]:
    """The quotes, read with the names the entities stage finds (as the pipeline reads them)."""
    page = article(*paragraphs)
    return find_quotes(page, find_mentions(page))


def test_quote_then_attribution_with_straight_marks() -> None:
    [quote] = quotes_of('"We will not back down from this fight," Jane Doe said on Monday.')
    assert quote.text == "We will not back down from this fight,"
    assert (quote.speaker_text, quote.speaker_name, quote.cue) == ("Jane Doe", "Jane Doe", "said")
    assert quote.id == "a-q1" and quote.paragraph == 0


def test_offsets_point_at_the_quoted_words() -> None:
    text = "Jane Doe said: “The budget is balanced and the books are open.”"
    [quote] = quotes_of(text)
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker_name == "Jane Doe"


def test_attribution_before_with_colon_and_comma() -> None:
    colon, comma = quotes_of(
        "Mayor Ann Lee said: “The bridge will reopen next spring after the repairs.”",
        "Later, Lee said, “We have the money and the crews ready to go.”",
    )
    assert colon.speaker_name == "Ann Lee" and colon.speaker_role == "Mayor"
    assert comma.speaker_text == "Lee" and comma.speaker_name == "Ann Lee"


def test_quote_resumes_after_the_attribution() -> None:
    first, second = quotes_of('"The talks went well," Tom Ray added. "We meet again in a week to sign it."')
    assert first.speaker_name == second.speaker_name == "Tom Ray"
    assert second.text == "We meet again in a week to sign it."


def test_participle_attribution_belongs_to_the_sentence_subject() -> None:
    [quote] = quotes_of("Ana Bell refused to comment further, stating, “It is likely that they are moving.”")
    assert quote.speaker_name == "Ana Bell"


def test_a_participle_after_an_adverb_and_a_reporting_word_as_adjective_belongs_to_the_subject() -> None:
    # "charged" in "racially charged comments" describes the comments: no verb whose subject speaks.
    [quote] = quotes_with_names(
        'During his news conference Friday, Jo Roe offered more racially charged comments that have drawn fire, '
        'saying, "A bad call is a bad call. I do not care who made it."'
    )
    assert quote.speaker_name == "Jo Roe"


def test_an_aside_adverb_between_the_subject_and_its_verb_is_no_part_of_the_name() -> None:
    [quote] = quotes_with_names(
        "Jo Roe was the mayor of the town.",
        "Mr. Roe nevertheless said he was seeking “quiet reflection,” had apologized for his threat, and vowed to "
        "change.",
    )
    assert quote.speaker_name == "Jo Roe"


def test_words_reported_by_saying_after_by_belong_to_the_sentence_subject() -> None:
    # The passive "criticized" reports for no one; "by saying" tells how Roe backed up the statement.
    [quote] = quotes_with_names(
        "Last week, Jo Roe tried to back up that statement ― which had been widely criticized at the time ― by saying "
        "he keeps a folder of cases and “most of those files” in his office are from out of town."
    )
    assert quote.speaker_name == "Jo Roe"


def test_partial_quote_inside_a_sentence() -> None:
    [quote] = quotes_of('Police chief Ron Hill called it "a significant escalation" of the dispute.')
    assert quote.text == "a significant escalation"
    assert quote.speaker_name == "Ron Hill"


def test_multi_paragraph_quote_reopens_each_paragraph() -> None:
    quotes = quotes_of(
        'Senator Mia Park said: "The first part of the plan is simple and cheap.',
        '"The second part will take years and a great deal of money.',
        '"But we have to start now."',
        "The vote is on Friday.",
    )
    assert len(quotes) == 1
    assert quotes[0].paragraphs == [0, 1, 2]
    assert quotes[0].text.endswith("But we have to start now.")
    assert quotes[0].speaker_name == "Mia Park"


BLOCK_QUOTE = (
    "The harbour board put out a statement on Sunday: “The north pier will stay shut until the divers are done.",
    "Nobody will moor a boat there before the survey ends in March.",
    "We owe the fishing crews that much.”",
    "The board chair, Ana Reyes, said the divers start on Monday.",
)


def test_quoted_block_runs_over_the_paragraphs_that_lost_their_marks() -> None:
    paragraphs = (*BLOCK_QUOTE[:2], "We owe the fishing crews that much,” Mayor Tom Ode wrote on Sunday.")
    [quote] = quotes_of(*paragraphs)
    assert quote.paragraphs == [0, 1, 2]
    assert [paragraphs[p][a:b] for p, a, b in quote.pieces] == [
        "The north pier will stay shut until the divers are done.",
        "Nobody will moor a boat there before the survey ends in March.",
        "We owe the fishing crews that much,",
    ]
    assert quote.speaker_name == "Tom Ode"


def test_a_quote_opened_mid_sentence_and_left_open_ends_with_its_paragraph() -> None:
    quotes = quotes_of(
        "Ms Reyes called the pier “a danger to every crew that moors there, and the board knows it.",
        "The board met on Monday to discuss the survey and the divers.",
        "It said the pier was safe.”",
    )
    assert [q.paragraphs or [q.paragraph] for q in quotes] == [[0]]


def test_a_few_words_left_open_mid_sentence_are_not_run_into_the_quote_that_opens_the_next_paragraph() -> None:
    # The partial quote lost its closing mark; the next paragraph's quote is its own, with its own speaker.
    partial, next_quote = quotes_of(
        "Jo Roe said the council's plan is “really an amorphous position to have.",
        "“What we do here is, we legislate. That is what we do,” Ann Lee said.",
    )
    assert partial.text == "really an amorphous position to have." and partial.paragraphs == [0]
    assert next_quote.text == "What we do here is, we legislate. That is what we do,"
    assert (partial.speaker_name, next_quote.speaker_name) == ("Jo Roe", "Ann Lee")


def test_a_closing_mark_typed_for_the_opening_one_before_another_closing_mark_opens_the_quote() -> None:
    [quote] = quotes_of("Jo Roe spoke at the school on Monday.", "He says,” there are a lot of people who never get "
                        "listened to.”")
    assert quote.text == "there are a lot of people who never get listened to."
    assert (quote.speaker_text, quote.cue) == ("He", "says")


def test_the_lede_quoting_the_words_the_headline_quotes_is_a_quote() -> None:
    [quote] = quotes_of(
        "Speaking on the radio, Jo Roe told the host, “The bridge might as well be closed for good – not fixed, yet!”",
        title="Jo Roe: 'The Bridge Might as Well Be Closed for Good – Not Fixed, Yet!'",
    )
    assert quote.speaker_name == "Jo Roe"
    # Page furniture quoting the headline with no one saying it stays out.
    assert quotes_of("“A Long Headline About the Bridge Works in Town,”", title="A long headline about the bridge "
                     "works in town") == []


def test_a_quoted_block_joins_the_group_of_its_first_and_its_last_sentence() -> None:
    pages = [
        article(*BLOCK_QUOTE, id="a"),
        article("The board said: “The north pier will stay shut until the divers are done.”", id="b"),
        article("“We owe the fishing crews that much,” the board said in its statement.", id="c"),
    ]
    [group] = group_quotes([quote for page in pages for quote in find_quotes(page, [])])
    assert [q.article for q in group.quotes] == ["a", "b", "c"]


def test_stray_mark_does_not_swallow_the_article() -> None:
    quotes = quotes_of(
        'Lavrov added: "So our position here is honest and open." But nothing has been disclosed."',
        "Officials declined to say more about the troops or their location on the day.",
    )
    assert [q.text for q in quotes] == ["So our position here is honest and open."]


def test_pronoun_refers_to_the_person_named_before() -> None:
    [quote] = quotes_of(
        "Russia's Foreign Minister Sergey Lavrov pointed to a treaty signed in June.",
        "“We have said many times that the treaty is public and legal,” he told a press conference.",
    )
    assert quote.speaker_text == "he" and quote.speaker_name == "Sergey Lavrov"


def test_pronoun_continues_the_person_a_sentence_reports_not_its_first_name() -> None:
    [quote] = quotes_with_names(
        "Mayor Tom Ode spoke on Monday.",
        "While Ode is keen to rebuild the bridge, he is unlikely to find the money, said Tom Reyes, an engineer "
        "at the website Port News, which monitors Lima.",
        "“The river has moved twice in ten years,” he said.",
    )
    assert quote.speaker_name == "Tom Reyes"


def test_pronoun_continues_the_person_a_sentence_ends_by_attributing_to() -> None:
    [quote] = quotes_with_names(
        "Kim's speech had put the troops at risk, Tom Reyes said.",
        "“If my son were still there, the threat to his life has gone up,” he said.",
    )
    assert quote.speaker_name == "Tom Reyes"


def test_pronoun_after_a_subordinate_clause_is_the_main_clause_subject() -> None:
    [quote] = quotes_with_names(
        "When Tom Ode pointed to the cost, Sam Reyes seized upon it.",
        "“It is not the same if you hand it to the states,” he said.",
    )
    assert quote.speaker_name == "Sam Reyes"


def test_a_speaker_name_never_starts_inside_an_abbreviation() -> None:
    [quote] = quotes_with_names(
        "The shooting happened on Wednesday.",
        "U.S. Capitol Police have not announced new measures, but said they will “continue to provide a "
        "robust and visible presence” around the Capitol.",
    )
    assert quote.speaker_name is not None and not quote.speaker_name.startswith("S.")


def test_pronoun_after_a_sentence_that_reports_nobody_keeps_its_subject() -> None:
    [quote] = quotes_with_names(
        "Sen. Bo Sand met Tom Lee on Monday, after the vote.", "“We will not wait,” he told reporters."
    )
    assert quote.speaker_name == "Bo Sand"


def test_pronoun_after_an_opening_phrase_is_the_subject_not_the_last_name() -> None:
    [quote] = quotes_with_names(
        "Earlier in the day, Sam Reyes, the minister of information, denied reports that Tom Ode had been freed.",
        "“Please note that this is not a swap,” he said.",
    )
    assert quote.speaker_name == "Sam Reyes"


def test_he_is_not_the_person_his_quote_speaks_of() -> None:
    [quote] = quotes_with_names(
        "Tom Reyes won the race in the rain.",
        "He added: \u201cIt did not go my way. Tom did a great job but I can live with second.\u201d",
    )
    assert quote.speaker_name is None


def test_title_resolves_to_the_person_holding_it() -> None:
    quotes = quotes_of(
        "NATO Secretary General Mark Rutte spoke in Brussels on Monday about the deployment.",
        '"Allies must cease these actions immediately and talk," the Secretary General added.',
    )
    assert quotes[0].speaker_text == "the Secretary General"
    assert quotes[0].speaker_name == "Mark Rutte" and quotes[0].speaker_role == "Secretary General"


def test_a_role_with_one_holder_named_in_a_run_of_two_names_resolves_to_her() -> None:
    [quote] = quotes_with_names(
        "The film stars actress Jo Roe and Tom Ray.", 'The actress said they "are already obsessed" with it.'
    )
    assert (quote.speaker_text, quote.speaker_name) == ("The actress", "Jo Roe")


def test_role_and_name() -> None:
    [quote] = quotes_of('"Sanctions alone are not enough," the mayor\'s chief of staff Andriy Yermak said.')
    assert quote.speaker_name == "Andriy Yermak"
    assert quote.speaker_role == "mayor's chief of staff"


def test_organisation_as_speaker() -> None:
    [quote] = quotes_of("The Kremlin dismissed the reports of troop movements as “fake news,” on Friday.")
    assert quote.speaker_text == "The Kremlin" and quote.speaker_name == "Kremlin"


@pytest.mark.parametrize("subject", ["Vell police", "the Vell police", "KCNA", "the KCNA"])
def test_body_named_without_article(subject: str) -> None:
    """A body's common noun after a name, or an acronym alone, names the body with or without "the"; a
    plural of people after a name does not ("Vell residents"), nor do initials ("J.D.", someone's given name)."""
    [quote] = quotes_of(f'"The suspect was arrested at his home on Tuesday evening," {subject} said.')
    assert quote.speaker_name == subject.removeprefix("the ")
    for unnamed in ("Vell residents", "J.D."):
        [quote] = quotes_of(f'"The suspect was arrested at his home on Tuesday evening," {unnamed} said.')
        assert quote.speaker_name is None


def test_one_edit_typo_resolves_to_the_speaker_named_elsewhere() -> None:
    quotes = quotes_of(
        "Rutte spoke after a briefing by intelligence officials in the morning.",
        '"The cooperation is a threat to our security," Rutte said at the press conference.',
        'Butte urged: "Russia must cease these actions immediately."',
    )
    assert [q.speaker_name for q in quotes] == ["Rutte", "Rutte"]


def test_a_name_with_another_given_name_is_no_typo_of_a_speakers_name() -> None:
    quotes = quotes_of(
        "Ian Read, the company's chief, spoke after the board met in the morning.",
        '"The merger is good for every one of our workers," Read said at the press conference.',
        '"The merger games the tax system," said Senator Harry Reid.',
    )
    assert [q.speaker_name for q in quotes] == ["Ian Read", "Harry Reid"]


def test_according_to_a_name_with_an_initial_runs_past_the_initial() -> None:
    [quote] = quotes_of(
        "For the mayor, according to former council leader Ann B. Lee, the vote is "
        '"a real test of whether the town can still agree on anything at all."'
    )
    assert (quote.speaker_name, quote.attribution) == ("Ann B. Lee", "according_to")


def test_scare_quote_and_article_title_are_not_quotes() -> None:
    title = "NATO Says Troops Have Deployed"
    quotes = quotes_of(
        'The so-called "peace dividend" never arrived for the town.',
        "One thought on “NATO Says Troops Have Deployed”",
        'She watched "Face the Nation" every week.',
        title=title,
    )
    assert quotes == []


def test_unattributed_long_quote_is_kept_without_a_speaker() -> None:
    [quote] = quotes_of("“We need weapons and a clear plan to stop this war before the winter comes.”")
    assert quote.speaker_name is None


def test_grouping_across_wording_variants() -> None:
    a = find_quotes(
        article('"The deployment [of] troops to Kursk is a sign of growing desperation," Rutte said.', id="a"), []
    )
    b = find_quotes(
        article(
            '"But the deployment of troops to Kursk is a sign of growing desperation. Over 600,000 soldiers '
            'have been killed," Rutte stated.',
            id="b",
        ),
        [],
    )
    c = find_quotes(
        article('"It is likely that they are moving in that direction towards Kursk," Singh said.', id="c"), []
    )
    d = find_quotes(
        article('Singh said, "It is likely that they are moving that direction, towards Kursk."', id="d"), []
    )
    e = find_quotes(article('"We have nothing to add about the weather today," Lee said.', id="e"), [])
    groups = group_quotes(a + b + c + d + e)
    by_article = {q.article: q.group for g in groups for q in g.quotes}
    assert by_article["a"] == by_article["b"]
    assert by_article["c"] == by_article["d"]
    assert len({by_article["a"], by_article["c"], by_article["e"]}) == 3
    fullest = next(g for g in groups if g.id == by_article["a"])
    assert fullest.text.startswith("But the deployment")
    assert group_quotes(a + b + c + d + e)[0].id == groups[0].id  # stable ids


def test_signed_quote_with_initials_and_full_stop() -> None:
    [quote] = quotes_of("“We deserve better than this campaign.” ― Edwin G. Monroy.")
    assert quote.speaker_name == "Edwin G. Monroy"


def test_a_publications_report_and_a_screenshot_label_are_no_speakers() -> None:
    quotes = quotes_with_names(
        "The company disputes a Vell Gazette report released Monday, where an unnamed source "
        "\u201csaid the two breaches involved the same intruders.\u201d",
        "Screenshot: \u201cvellbank-security.com\u201d",
    )
    assert [q.speaker_name for q in quotes] == [None, None]


def test_transcript_label_names_the_speaker() -> None:
    [quote] = quotes_of('"WALLACE: Let us start with the breaking news on the debate tonight."')
    assert quote.speaker_name == "Wallace"


def test_unattributed_quote_paragraph_after_an_introducing_colon() -> None:
    [quote] = quotes_of("Senator Ann Cole told the crowd:", "“The rate for young people is far too high.”")
    assert quote.speaker_name == "Ann Cole"


def test_unattributed_quote_after_a_sentence_naming_the_speaker() -> None:
    [quote] = quotes_of(
        "The board may wait until spring, Tom Reed said. “Nobody wants a fight over the budget this year.”"
    )
    assert quote.speaker_name == "Tom Reed"


def test_long_apposition_between_quote_and_verb() -> None:
    [quote] = quotes_of(
        "“It is an invasion of the state domain,” Sam Price, the attorney general of Utah, one of the states "
        "suing the agency, said on Monday."
    )
    assert quote.speaker_name == "Sam Price"


def test_speaker_right_before_a_characterising_verb_not_the_sentence_subject() -> None:
    [quote] = quotes_of(
        "Twenty-nine people were hurt by an explosion that Mayor Bill de Blasio described as “an intentional act.”"
    )
    assert quote.speaker_name == "Bill de Blasio"


def test_capitalised_reporting_word_is_a_name_not_a_verb() -> None:
    [quote] = quotes_of("Ann Lee is telling veterans that the United States military is “depleted” and weak.")
    assert quote.speaker_name == "Ann Lee"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    quotes = quotes_of(
        "Mr. Tom Gray, a professor, criticised the product on Monday.",
        "Sen. Ann Cole questioned him: “Why do you call it a miracle in every show?” she said.",
    )
    assert quotes[-1].speaker_name == "Ann Cole"


def test_clause_after_the_quote_with_a_conjunction_is_not_its_attribution() -> None:
    [quote] = quotes_of(
        "Chief Kerr Lane said the video did not give “absolute visual evidence of a gun,” but he said more."
    )
    assert quote.speaker_name == "Kerr Lane"


def test_a_name_someone_was_called_is_a_quote_but_a_show_title_is_not() -> None:
    quotes = quotes_of(
        "Trump called the pageant winner “Miss Piggy” in an interview.",
        "She watched “Face the Nation” every week.",
    )
    assert [q.text for q in quotes] == ["Miss Piggy"]


def test_one_word_answer_then_a_pronoun_and_a_reporting_verb_is_a_quote() -> None:
    quotes = quotes_with_names(
        "Senator Ann Lee was asked which city should host the games.",
        "“Denver,” she answered. “Quiet,” she told the room.",
    )
    assert [(q.text, q.speaker_name) for q in quotes] == [("Denver,", "Ann Lee"), ("Quiet,", "Ann Lee")]


def test_a_whole_sentence_after_a_colon_is_a_quote_however_short() -> None:
    [quote] = quotes_of("The mayor leaned in and boomed: “Let’s beat them in May.”")
    assert quote.text == "Let’s beat them in May."


def test_words_in_marks_in_a_sentence_reporting_speech_by_a_noun_or_a_characterising_verb() -> None:
    quotes = quotes_of(
        "The mayor’s assertion that “thousands” had left the city drew scorn.",
        "He implied the auditor was “hostile” to the plan.",
        "The county’s “thriving” farms drew visitors that summer.",
    )
    assert [q.text for q in quotes] == ["thousands", "hostile"]


def test_what_someone_is_said_to_be_is_a_quote_even_capitalised() -> None:
    quotes = quotes_of(
        "First, Trump identified the judge as “Spanish,” a claim that drew scorn.",
        "She watched “Face the Nation” every week.",
    )
    assert [q.text for q in quotes] == ["Spanish,"]


def test_show_and_book_titles_with_with_or_a_subtitle_are_not_quotes() -> None:
    quotes = quotes_of(
        "Mayor Ann Lee said on “The Hour with Sam Roe” that the bridge would reopen.",
        "Lee told “Morning Talk with Jo Park,” that she would run again.",
        "Her memoir, “Steady Hands: A Mayor and the Making of a City,” sold well.",
    )
    assert quotes == []


def test_titles_with_a_number_or_an_abbreviation_are_not_quotes() -> None:
    quotes = quotes_of(
        "Ann Lee, one of the stars, was quoted as saying that just before shooting began on Sam Roe’s "
        "“Night Train: Vol. 2,” she had doubts.",
        "Lee starred in “Station 19” and “St. Elsewhere Nights” before that.",
    )
    assert quotes == []


def test_an_ordinal_opening_a_sentence_is_not_its_subject() -> None:
    quotes = quotes_with_names(
        "Mayor Ann Lee spoke after the America First rally.",
        "First, Lee identified the plan as “a disaster,” then left.",
    )
    assert [(q.text, q.speaker_name) for q in quotes] == [("a disaster,", "Ann Lee")]


def test_a_capitalised_person_noun_before_a_full_name_is_no_part_of_it() -> None:
    first, second = quotes_with_names(
        "“We will win this state,” Actress Mia Lund said on Monday.",
        "“I love this town,” Adam Driver said.",
    )
    assert (first.speaker_name, second.speaker_name) == ("Mia Lund", "Adam Driver")


def test_an_apposition_opening_with_a_number_links_the_subject_to_its_verb() -> None:
    [quote] = quotes_with_names(
        "Dean Roe, a 55-year-old salesman from Sumter, South Carolina, says the senator will “leave with momentum.”"
    )
    assert quote.speaker_name == "Dean Roe"


def test_a_direction_mark_before_a_reversed_opening_mark_does_not_hide_the_quote() -> None:
    [quote] = quotes_of("\u202a”Sorry, you should have stayed home tonight!” posted Jane Doe.")
    assert (quote.text, quote.speaker_name) == ("Sorry, you should have stayed home tonight!", "Jane Doe")


def test_a_name_with_the_place_it_serves_before_the_verb_is_the_speaker_not_the_place() -> None:
    [quote] = quotes_with_names(
        "The worry grew on Wednesday when Senate leader Tom Hale of Wisconsin lamented the “toxic” race."
    )
    assert quote.speaker_name == "Tom Hale"


def test_short_partial_quote_joins_the_one_group_containing_it() -> None:
    a = find_quotes(article('"The deployment is a sign of growing desperation," Rutte said.', id="a"), [])
    b = find_quotes(article('Rutte called it a sign of "growing desperation" on Monday.', id="b"), [])
    groups = group_quotes(a + b)
    assert len(groups) == 1


def test_one_quote_with_a_title_abbreviated_in_one_outlet_and_written_out_in_another_is_one_group() -> None:
    a = find_quotes(article('"I feel very sorry for Gen. Vell," Roe told reporters.', id="a"), [])
    b = find_quotes(article('"I feel sorry for General Vell," Roe said on Friday.', id="b"), [])
    assert len(group_quotes(a + b)) == 1


def test_a_single_word_in_marks_is_no_variant_of_a_long_quote() -> None:
    a = find_quotes(article('"Every person deserves the same protection under this law," Rutte said.', id="a"), [])
    b = find_quotes(article('Rutte said the definition of "person" includes businesses.', id="b"), [])
    assert [q.text for q in b] == ["person"]
    assert len(group_quotes(a + b)) == 2


def test_a_passage_holding_two_quotes_does_not_merge_their_groups() -> None:
    one = find_quotes(article('"Allies must cease these actions at once and talk," Rutte said.', id="a"), [])
    two = find_quotes(article('"The cooperation is a threat to the security of Europe," Rutte said.', id="b"), [])
    both = find_quotes(
        article(
            '"Allies must cease these actions at once and talk. The cooperation is a threat to the security '
            'of Europe," Rutte said.',
            id="c",
        ),
        [],
    )
    groups = group_quotes(one + two + both)
    assert len(groups) == 2


def test_wording_diff_marks_added_and_removed_words() -> None:
    ops = wording_diff("moving in that direction towards Kursk", "moving that direction, towards Kursk")
    assert ("removed", "in") in ops
    assert all(op in ("same", "added", "removed") for op, _ in ops)
    # a typographic apostrophe is no change of wording
    assert [op for op, _ in wording_diff("they saved that little boy's life", "they saved that little boy\u2019s life")
            ] == ["same"]


def test_single_marks_with_apostrophes_inside_the_quote() -> None:
    [quote] = quotes_of("'It's the world's most powerful rocket,' he said.", title="Elon Musk's rocket")
    assert quote.text == "It's the world's most powerful rocket,"
    assert quote.speaker_text == "he"


def test_single_marks_attribution_before_and_after_as_with_double_marks() -> None:
    quotes = quotes_of(
        "According to SpaceX founder Elon Musk: 'Destination is Mars orbit.'",
        "'Hold-down test fire next week. Launch end of the month,' Musk wrote.",
        "Musk said the launch vehicle will blast off at the 'end of the month' on an unmanned mission.",
    )
    assert [q.text for q in quotes] == [
        "Destination is Mars orbit.",
        "Hold-down test fire next week. Launch end of the month,",
        "end of the month",
    ]
    assert [q.speaker_name for q in quotes] == ["Elon Musk"] * 3


def test_curly_single_marks_and_a_possessive_right_after_the_quote() -> None:
    [quote] = quotes_of("‘We will not sell the club’s ground,’ Ann Lee’s spokesman said on Monday.")
    assert quote.text == "We will not sell the club’s ground,"
    assert quote.speaker_text == "Ann Lee’s spokesman"


def test_plural_possessive_and_dropped_g_do_not_open_or_close_a_quote() -> None:
    quotes = quotes_of(
        "The players' union met on Monday and the owners' lawyers did not attend the meeting.",
        "'We were talkin' about the players' pay all night,' Tom Ray said.",
        "'We love rock 'n' roll and the '90s,' said Ann Lee.",
    )
    assert [q.text for q in quotes] == [
        "We were talkin' about the players' pay all night,",
        "We love rock 'n' roll and the '90s,",
    ]
    assert [q.speaker_name for q in quotes] == ["Tom Ray", "Ann Lee"]


def test_single_mark_quote_runs_on_into_a_reopened_paragraph() -> None:
    quotes = quotes_of(
        "He tweeted: 'Falcon Heavy launching from the same pad as the Apollo 11 moon rocket.",
        "'I love that rocket so much.'",
        "Musk founded SpaceX in 2002.",
        title="Elon Musk tweets",
    )
    assert len(quotes) == 1 and quotes[0].paragraphs == [0, 1]


def test_double_marks_nest_inside_single_ones_and_stand_apart_from_them() -> None:
    quotes = quotes_of(
        "'He told me \"never again\" and walked out of the room,' Ann Lee said.",
        "'We have the money and the crews ready to go,' she added.",
        'Spokesman Ren Guo said: "The situation you mention does not exist."',
    )
    assert [q.text for q in quotes] == [
        'He told me "never again" and walked out of the room,',
        "We have the money and the crews ready to go,",
        "The situation you mention does not exist.",
    ]


def test_double_mark_article_with_apostrophes_and_a_single_scare_quote_is_unchanged() -> None:
    quotes = quotes_of(
        "“It’s the players’ money and it's Lee's call,” Tom Ray said of the 'deal'.",
        '"We won\'t sign it," Ann Lee said. "Not in the \'90s, not now."',
    )
    assert [q.text for q in quotes] == [
        "It’s the players’ money and it's Lee's call,",
        "We won't sign it,",
        "Not in the '90s, not now.",
    ]
    assert [q.speaker_name for q in quotes] == ["Tom Ray", "Ann Lee", "Ann Lee"]


def test_quote_paragraph_after_a_caption_continues_the_speaker_before_it() -> None:
    first, second, third = quotes_of(
        "Mayor Ann Lee said: “The bridge will reopen next spring after the repairs.”",
        "The old bridge closed in March after a barge struck it (pictured)",
        "Engineer Tom Ray inspects the damaged span on Tuesday",
        "“We have the money and the crews ready to go.”",
        "Traffic has been diverted through the town centre since then.",
        "“Nobody has told us when the detour ends.”",
    )
    assert first.speaker_name == second.speaker_name == "Ann Lee"
    assert third.speaker_name is None  # a body sentence in between: nobody is continued


def test_a_caption_reporting_someone_is_not_skipped() -> None:
    _, quote = quotes_of(
        "Mayor Ann Lee said: “The bridge will reopen next spring after the repairs.”",
        "Engineer Tom Ray said the span was safe (pictured)",
        "“We checked every bolt twice over.”",
    )
    assert quote.speaker_name is None  # the caption reports Ray, so it is not skipped past


def test_indefinite_role_resolves_to_the_one_holder_named_later() -> None:
    quotes = quotes_of(
        "An Acme spokesman said the plant was “shut down as a precaution after the leak.”",
        "Acme spokesperson Nick Reed told reporters the leak was small.",
    )
    assert (quotes[0].speaker_text, quotes[0].speaker_name) == ("An Acme spokesman", "Nick Reed")


@pytest.mark.parametrize(
    ("held", "unnamed"),
    [
        ("Tom Hale, a senior Roe aide, left the campaign in May.", "a senior aide"),  # the aide of another
        ("Tom Hale, a Green strategist, spoke on Monday.", "a Red strategist"),
        ("Tom Hale, a strategist, spoke on Monday.", "a Red strategist"),
        ("Tom Hale, an adviser, spoke on Monday.", "a longtime adviser"),
    ],
)
def test_an_unnamed_source_is_not_someone_described_in_other_words(held: str, unnamed: str) -> None:
    [quote] = quotes_of(held, f"“The mayor will win the vote easily,” said {unnamed}.")
    assert (quote.speaker_text, quote.speaker_name) == (unnamed, None)


def test_role_in_apposition_after_the_name_resolves_a_description() -> None:
    [quote] = quotes_of(
        "Nick Reed, a spokesman for Acme, declined to give figures.",
        "The spokesman said the plant was “shut down as a precaution after the leak.”",
    )
    assert quote.speaker_name == "Nick Reed"


def test_a_description_two_people_hold_keeps_no_name() -> None:
    [quote] = quotes_of(
        "Acme spokesman Nick Reed spoke on Monday.",
        "Acme spokesman Tom Hale spoke on Tuesday.",
        "An Acme spokesman said the plant was “shut down as a precaution after the leak.”",
    )
    assert (quote.speaker_text, quote.speaker_name) == ("An Acme spokesman", None)


def test_billionaire_in_apposition_resolves_the_billionaire() -> None:
    [quote] = quotes_of(
        "Billionaire investor Sam Park bought the club in May.",
        "The club will move to a new ground, the billionaire said, calling it “a home for the next century.”",
    )
    assert quote.speaker_name == "Sam Park"


def test_definite_description_nobody_holds_is_the_main_person_of_the_article() -> None:
    quotes = quotes_of(
        "The Williams driver was making his final appearance, and admitted: “I will never forget this day.”",
        "“It's difficult to explain the feeling,” Felipe Massa said after the race.",
        "“So special to see these guys coming out for me,” Massa said of his farewell.",
        "The company said it was “looking at every option for next season.”",
        title="Felipe Massa bids an emotional farewell",
    )
    # The description is the article's main person, or unknown when the speaker model is unsure of
    # the sentence's subject: never anyone else.
    assert quotes[0].speaker_name in ("Felipe Massa", None)
    assert [q.speaker_name for q in quotes[1:3]] == ["Felipe Massa", "Felipe Massa"]
    assert quotes[3].speaker_name is None  # "the company" is not a person


def test_passive_attribution_by_someone_as() -> None:
    [quote] = quotes_of(
        "Opened in October, the store was praised by The Daily Ledger as an “elegantly understated boon”."
    )
    assert quote.speaker_text == "The Daily Ledger"


def test_pronoun_in_the_sentence_of_its_subject_is_that_subject() -> None:
    quotes = quotes_of(
        "Senator Mary Hart called Mayor Ann Lee on Friday to thank her.",
        "Hart says she admired Lee's courage through what she calls a “war of some pretty unpleasant words.”",
    )
    assert quotes[-1].speaker_text == "she" and quotes[-1].speaker_name == "Mary Hart"


def test_the_following_comment_introduces_its_subject() -> None:
    [quote] = quotes_of(
        "On July 6, Senator Bo Sand made the following comment:",
        "“For young people who have left school, the unemployment rate is 33 percent.”",
    )
    assert quote.speaker_name == "Bo Sand"


def test_using_a_phrase_attributes_it_to_the_subject() -> None:
    [quote] = quotes_of('Senator Bo Sand has used the phrase "radical chic" often in his campaign.')
    assert quote.speaker_name == "Bo Sand"


def test_participle_after_a_comma_reports_for_the_sentence_subject() -> None:
    [quote] = quotes_of(
        "Ann Lee spoke out on Tuesday about the floods in Tulsa, Oklahoma, arguing that the delays"
        " should be recognised as “intolerable.”"
    )
    assert quote.speaker_name == "Ann Lee"


def test_participle_right_after_a_name_reports_for_that_name() -> None:
    [quote] = quotes_of(
        "The spot ends with footage of Bo Sand saying during the debate, “That makes me smart,” when Ann Lee"
        " criticised him."
    )
    assert quote.speaker_name == "Bo Sand"


def test_a_plural_after_of_is_a_noun_not_a_reporting_verb() -> None:
    quotes = quotes_of(
        "The Ledger rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims."
    )
    assert [q.speaker_text for q in quotes] == ["The Ledger", "The Ledger"]


def _corpus(module, name: str) -> Path:  # noqa: ANN001 - the eval module loaded from its path
    """A corpus folder, or a skip saying it is absent."""
    folder = module.corpora_path(None) / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (set DOSSIER_CORPORA)")
    return folder


def test_single_marks_gold_bars() -> None:
    module = _eval_module()
    scores = module.eval_single_marks(show_errors=False, events=_corpus(module, "events/articles"))
    assert scores.gold == 33  # the hand-written gold's required quotes
    assert scores.precision >= 0.95
    assert scores.recall >= 0.95
    assert scores.speaker_accuracy >= 0.9


def _eval_module():  # noqa: ANN202 - a module loaded from its path
    spec = importlib.util.spec_from_file_location("eval_quotes", ROOT / "scripts" / "eval_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_polnear_gold_holds_the_second_piece_of_a_quote_its_annotator_gave_as_content2(tmp_path: Path) -> None:
    # '“A,” Roe said. “B.”' annotated as Content “A,” and Content2 “B.”: our quote of B is the gold's.
    text = "Title\n\n“It was bad,” Jo Roe said. “It will get worse.”\n"
    first, second = text.index("“It was"), text.index("“It will")
    ann = tmp_path / "a_1.ann"
    ann.write_text(
        f"T1\tSource 21 27\tJo Roe\nT2\tCue 28 32\tsaid\nT3\tContent {first} 20\t“It was bad,”\n"
        f"T4\tContent {second} {len(text) - 1}\t“It will get worse.”\nT5\tAttribution 28 32\tsaid\n"
        "E1\tAttribution:T5 Cue:T2 Source:T1 Content:T3 Content2:T4\n",
        encoding="utf-8",
    )
    [gold] = _eval_module().read_brat(ann, text)
    assert set(range(second, len(text) - 1)) <= gold.chars
    assert gold.content == "“It was bad,” … “It will get worse.”"


def test_seeds_gold_bars() -> None:
    scores = _eval_module().eval_seeds(show_errors=False)
    assert scores.gold == 34  # the hand-written gold's required quotes
    assert scores.precision >= 0.95
    assert scores.recall >= 0.95
    assert scores.speaker_accuracy >= 0.97
    assert scores.named_precision == 1.0


def test_polnear_gold_bars() -> None:
    module = _eval_module()
    scores = module.eval_polnear(show_errors=False, folder=_corpus(module, "polnear-dev"))
    assert scores.precision >= 0.95
    assert scores.recall >= 0.95
    # Issue 8 asks 0.92 accuracy and 0.97 precision; measured 0.92 and 0.98, less a margin for retraining.
    assert scores.speaker_accuracy >= 0.90
    assert scores.named_precision >= 0.97


def test_basil_gold_bars() -> None:
    module = _eval_module()
    scores = module.eval_basil(show_errors=False, folder=_corpus(module, "basil-dev"))
    assert scores.speakers_scored >= 100
    # Below the 0.92 accuracy and 0.97 precision issue 8 asks for (measured 0.90 and 0.95: most of
    # the named misses are quotes by an organisation's officer that the labels give the organisation):
    # a floor against regressions.
    assert scores.speaker_accuracy >= 0.88
    assert scores.named_precision >= 0.94


# --- speakers: what the speaker model and its rules decide -------------------------------------------


def test_each_quote_records_what_attributed_it_and_how_sure() -> None:
    [quote] = quotes_of('"We will not back down from this fight," Jane Doe said on Monday.')
    assert quote.attribution == "name_cue_after"
    assert 0.5 < quote.confidence <= 1.0


@pytest.mark.parametrize(
    ("paragraphs", "speaker", "pattern"),
    [
        (['"The vote is a disgrace," said Jane Doe, a spokeswoman for the union.'], "Jane Doe", "cue_name_after"),
        (['Jane Doe told the crowd: "The vote is a disgrace and we will fight it."'], "Jane Doe", "subject_cue_before"),
        (['According to Jane Doe, "the vote is a disgrace and we will fight it."'], "Jane Doe", "according_to"),
        (["Senator Ann Cole told the crowd:", "“The rate for young people is too high.”"], "Ann Cole", "colon_intro"),
        (
            ["The board may wait until spring, Tom Reed said. “Nobody wants a fight over the budget this year.”"],
            "Tom Reed",
            "previous_report",
        ),
        (
            ['"The vote is a disgrace," Jane Doe said. "We will fight it in every court of the land."'],
            "Jane Doe",
            "continued",
        ),
    ],
)
def test_the_quote_records_the_pattern_of_the_table_that_attributed_it(
    paragraphs: list[str], speaker: str, pattern: str
) -> None:
    quote = quotes_of(*paragraphs)[-1]
    assert (quote.speaker_name, quote.attribution) == (speaker, pattern)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We lost three elections in a row and had to change," said Al From, who founded the council.',
        '"We lost three elections in a row and had to change," Ann Before said on Monday.',
    ],
)
def test_a_surname_that_is_also_a_function_word_names_the_speaker(paragraph: str) -> None:
    # After a given name, "From" or "Before" is the surname, not a preposition opening a clause.
    [quote] = quotes_of(paragraph)
    assert quote.speaker_name in ("Al From", "Ann Before")


def test_a_partial_quote_inside_its_sentence_belongs_to_the_words_before_it() -> None:
    [quote] = quotes_of('Jane Doe called the plan "a disgrace to every worker" as Bo Sand said nothing.')
    assert (quote.speaker_name, quote.attribution) == ("Jane Doe", "subject_cue_before")


def test_a_topic_or_participle_misread_as_the_subject_is_not_a_speaker() -> None:
    quotes = quotes_of(
        'Of Carson Levine said: "His lack of knowledge is disturbing to me."',
        "Citing last week’s Paris attacks, Will wrote: “The war is a reminder of what is at stake.”",
    )
    # Not the topic or the participle's phrase; the columnist George Will is the second quote's subject.
    assert [q.speaker_name for q in quotes] == [None, "Will"]


def test_the_subject_of_the_clause_a_quote_ends_is_its_speaker_where_the_model_was_unsure() -> None:
    # The sentence's subject, a verb after it and nothing between that verb and the quote but its own words: the
    # speaker model's clause_subject. Another clause reporting in between ("a headline that said") names no one.
    [coached] = quotes_with_names(
        "The debate soon turned into a shouting match between the two candidates.",
        "At one point, Ann Marsh coached Bo Sand to “breathe, breathe, breathe.”",
    )
    assert coached.speaker_name == "Ann Marsh"
    [headline] = quotes_with_names("Ann Marsh posted it under a headline that said, “The mayor has failed us.”")
    assert headline.speaker_name is None


def test_a_place_is_never_a_speaker() -> None:
    [quote] = quotes_of('"We are ready for the visitors and the trains are running," Paris said.')
    assert quote.speaker_name is None and quote.speaker is None


def test_a_platform_the_words_were_posted_on_is_not_the_speaker() -> None:
    [quote] = quotes_of('In a post on Twitter, Jane Doe wrote: "We will not be silenced by anyone."')
    assert quote.speaker_name == "Jane Doe"


def test_words_glued_to_a_name_are_not_part_of_it() -> None:
    quotes = quotes_of(
        "Senator Bo Sand spoke to voters in Ohio on Monday.",
        'Of Obama, he said, "I want him to do well, but this country is in trouble."',
    )
    assert [q.speaker_name for q in quotes] == ["Bo Sand"]


def test_a_pronoun_is_not_bound_to_the_person_named_inside_the_quote() -> None:
    text = 'Jane Roe was at the rally on Sunday. She doubled down, telling CNN: "Bo Sand is wrong and he knows it."'
    mentions = [Mention("a", 0, 0, 8, "Jane Roe", "person"), Mention("a", 0, 84, 91, "Bo Sand", "person")]
    [quote] = find_quotes(article(text), mentions)
    assert quote.speaker_name == "Jane Roe"


def test_he_told_reporters_is_the_subject_of_the_paragraph_before() -> None:
    [quote] = quotes_of(
        "Senator Bo Sand met Ann Lee on Monday to discuss the budget.",
        '"We will pass the bill this week," he told reporters.',
    )
    assert quote.speaker_name == "Bo Sand"


def test_a_named_spokeswoman_in_apposition_is_the_speaker() -> None:
    [quote] = quotes_of('"The product is safe and we stand by it," a spokeswoman for the company, Jane Roe, said.')
    assert quote.speaker_name == "Jane Roe"


def test_a_profession_before_a_full_name_describes_the_speaker() -> None:
    [quote] = quotes_of('"Children need to sleep more than adults think," psychologist Nancy Doe said.')
    assert quote.speaker_name == "Nancy Doe"


def test_party_and_state_after_a_name_are_not_part_of_it() -> None:
    [quote] = quotes_of('"This bill will hurt farmers in my state," Rep. John Smith (D-Mo.) said.')
    assert quote.speaker_name == "John Smith"


def test_a_dash_signed_opinion_names_its_writer_not_the_paper() -> None:
    [quote] = quotes_of('"The decision was a mistake and the court will regret it." - Jane Doe, The Daily Paper')
    assert quote.speaker_name == "Jane Doe"


def test_the_governor_is_the_one_governor_the_article_names() -> None:
    [quote] = quotes_of(
        "Gov. Ann Lee signed the bill on Tuesday.", '"This is a great day for the state," the governor said.'
    )
    assert quote.speaker_name == "Ann Lee"


def test_the_governor_stays_unnamed_when_the_article_names_two() -> None:
    [quote] = quotes_of(
        "Gov. Ann Lee met Gov. Bo Sand on Tuesday.", '"This is a great day for the state," the governor said.'
    )
    assert quote.speaker_name is None


def test_the_president_is_the_one_president_the_article_titles_by_surname() -> None:
    [quote] = quotes_of(
        "President Obama endorsed the senator on Thursday, and Vice President Joe Biden agreed.",
        '"She will be very good at this job," the president said in the video.',
    )
    assert quote.speaker_name == "Obama"


def test_the_sheriff_is_the_one_sheriff_named_in_apposition_or_by_title() -> None:
    [quote] = quotes_of(
        "Sheriff Arpaio spoke on Tuesday.", '"We will keep patrolling the roads," the sheriff told reporters.'
    )
    assert quote.speaker_name == "Arpaio"
    [quote] = quotes_of(
        "Jan Brewer, the governor, signed the bill on Tuesday.",
        '"This is a great day for the state," the governor added.',
    )
    assert quote.speaker_name == "Jan Brewer"


def test_the_president_stays_unnamed_with_two_presidents_or_a_former_one() -> None:
    [quote] = quotes_of(
        "President Obama met President Hollande on Thursday.", '"We agree on the way forward," the president said.'
    )
    assert quote.speaker_name is None
    [quote] = quotes_of(
        "Former President Bill Clinton spoke on Thursday.", '"We agree on the way forward," the president said.'
    )
    assert quote.speaker_name is None


def test_a_title_before_a_surname_that_is_also_a_given_name_holds_the_role() -> None:
    [quote] = quotes_of(
        "Gov. Christie endorsed Trump on Friday.", '"He is the best man for the job," the governor said.'
    )
    assert quote.speaker_name == "Christie"


def test_a_title_before_a_name_cut_short_at_a_particle_holds_nothing() -> None:
    [quote] = quotes_of(
        "Mayor Bill de Blasio spoke on Tuesday.", '"We do not see a link to terrorism," the mayor said.'
    )
    assert (quote.speaker_text, quote.speaker_name) == ("the mayor", None)


def test_short_words_voiced_right_after_a_speech_verb_are_a_quote() -> None:
    [quote] = quotes_of(
        "Priebus was asked whether the party would unite. Under the circumstances, Priebus said, “Probably.”"
    )
    assert quote.text == "Probably."
    [quote] = quotes_of("Outside the hall, hundreds of protesters chanted, “Dump Trump.”")
    assert quote.text == "Dump Trump."


def test_a_short_whole_sentence_in_marks_is_a_quote() -> None:
    quotes = quotes_of("Ann Lee toured the plant on Monday.", "“That is a tough area.”")
    assert [q.text for q in quotes] == ["That is a tough area."]


def test_a_title_after_a_naming_verb_or_told_stays_out() -> None:
    assert quotes_of("Lee told “Fox and Friends” that the plant would reopen.") == []
    assert quotes_of("The ad, titled “Unite Now,” ran on Monday across the state.") == []


def test_a_title_after_an_appearance_or_a_work_noun_is_no_quote() -> None:
    quotes = quotes_with_names(
        'Jo Roe, who announced her bid in an episode of "The Late Show with Ann Lee," said the offer was a "bad deal."'
    )
    assert [(q.text, q.speaker_name) for q in quotes] == [("bad deal.", "Jo Roe")]
    assert quotes_of("Tom Ray, whose album “Night Over Harbour Lane” is out, said it sold well.") == []
    assert quotes_of("Lee spoke in an interview with “Morning Talk Today” and said the plant would reopen.") == []


def test_a_short_name_the_writer_gives_a_thing_is_no_quote() -> None:
    assert quotes_of('Jo Roe founded a group called "Moms for Roe" in 2019, she said.') == []
    assert quotes_of("Tom Ray leads a club known as “Parents First Now” in the city.") == []
    assert quotes_of("Tickets for the early viewing, called “Feel the Warmth,” sold out, Tom Ray said.") == []
    # The senator's words, though: what he called it.
    [quote] = quotes_of("The senator called the bill “Total Surrender” on Monday.")
    assert quote.text == "Total Surrender"


def test_a_reporting_stem_as_the_plural_of_a_noun_phrase_reports_nothing() -> None:
    [quote] = quotes_of("Tom Ray met nurses. Union pay rates “will rise next year for everyone on the wards.”")
    assert (quote.speaker_text, quote.cue) == (None, None)
    # A person before it still reports.
    [quote] = quotes_of("The mayor charges that the plan “is a waste of money and of everyone's time.”")
    assert quote.cue == "charges"


def test_a_people_or_a_party_member_is_no_named_speaker() -> None:
    [quote] = quotes_of('"We cannot wait another year for this road," a New Hampshire Democrat said.')
    assert (quote.speaker_text, quote.speaker_name) == ("a New Hampshire Democrat", None)
    [quote] = quotes_of("Many Americans say the economy is “not at all fine for families like mine.”")
    assert quote.speaker_name is None


def test_a_surname_that_is_also_a_descriptive_word_still_speaks_with_its_given_name() -> None:
    [quote] = quotes_of('"The tour starts in May and ends in Paris," Jack White said.')
    assert quote.speaker_name == "Jack White"


def test_a_party_word_before_a_full_name_is_no_part_of_the_name() -> None:
    [quote] = quotes_of('"I am ashamed of this endorsement," said Republican Christine Todd Whitman.')
    assert quote.speaker_name == "Christine Todd Whitman"


def test_a_name_inside_a_title_in_marks_is_nobody_a_pronoun_points_to() -> None:
    [quote] = quotes_with_names(
        "Tom Ray published a column entitled “Electing Maria Lopez.”",
        "She told reporters the race “is far from over and we will win it in the end.”",
    )
    assert quote.speaker_name is None


def test_any_reporting_verb_may_open_an_inverted_attribution() -> None:
    [quote] = quotes_of(
        "Roger Stone spoke on Monday.", "Continued Stone: “So I think it is a very real problem for the campaign.”"
    )
    assert (quote.speaker_text, quote.speaker_name) == ("Stone", "Roger Stone")


def test_reacted_reports_like_said() -> None:
    [quote] = quotes_of("“What sport is he talking about, and who is he thinking of?” reacted Jane Doe.")
    assert quote.speaker_name == "Jane Doe"


def test_one_word_that_opens_a_sentence_before_said_is_a_quote_and_anchors_the_next() -> None:
    first, second = quotes_of('"Safety," said Tom Grimm, a supporter. "Safety for the whole country, everybody."')
    assert (first.text, first.speaker_name) == ("Safety,", "Tom Grimm")
    assert second.speaker_name == "Tom Grimm"


def test_as_someone_said_gives_the_quote_to_them() -> None:
    [quote] = quotes_of("As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”")
    assert quote.speaker_name == "Michael Dell"


def test_a_surname_that_is_also_a_town_speaks_when_the_article_names_a_person() -> None:
    first, second = quotes_with_names(
        "Former ambassador John Bolton and editor Dr. Sam Gorka spoke on the radio on Thursday.",
        "“I would support the Republican nominee, whoever that was,” said Bolton.",
        "“One of the things that is misunderstood is where she stands on security,” he continued.",
    )
    assert first.speaker_name == second.speaker_name == "Bolton"


def test_a_subject_behind_an_introductory_phrase_or_a_participle_phrase_speaks() -> None:
    page = article(
        "Bernie Sanders spoke on Monday. Jim Levine spoke on Tuesday. Tom Bryne spoke on Wednesday.",
        'Here in Columbia, Sanders stepped up his emphasis on justice, saying, "We will end mass incarceration."',
        "Of Carson, Levine, who has given money to Rubio, said, “He is flat-out scary and totally vapid.”",
        "Bryne went on to say, “We have never seen anything like this in all our years.”",
    )
    assert [q.speaker_name for q in find_quotes(page, find_mentions(page))] == [
        "Bernie Sanders",
        "Jim Levine",
        "Tom Bryne",
    ]


def test_a_pronoun_subject_still_speaks_through_a_participle() -> None:
    [quote] = quotes_with_names(
        "Jane Doe was asked about the plan.", 'She signalled she did, saying, "And they cannot believe what they find."'
    )
    assert quote.speaker_name == "Jane Doe"


def test_a_name_and_a_colon_label_who_speaks_but_a_name_after_other_words_does_not() -> None:
    [labelled] = quotes_of(
        "POLLS DID NOT PREDICT IOWA - Jane P. Doe: “At long last the contests have finally started.”"
    )
    assert labelled.speaker_name == "Jane P. Doe"
    [titled] = quotes_of('Rep. Tom Ray (R-S.C.): "We will get to the bottom of this, however long it takes us."')
    assert titled.speaker_name == "Tom Ray"
    [message] = quotes_of('Mitch Doe sent a blunt message to Tom Ray: "Stop attacking the judge and start running."')
    assert message.speaker_name != "Tom Ray"


def test_a_second_predicate_reports_for_the_sentence_subject() -> None:
    [quote] = quotes_of(
        'Tom Ray arrived at a breakfast with reporters and acknowledged he had only "read the passages real quickly."'
    )
    assert quote.speaker_name == "Tom Ray"
    [quote] = quotes_of(
        "Outside the hall, two hundred protesters waved signs and chanted, “Dump the plan now.”",
        "Later the protesters went home.",
    )
    assert quote.speaker_name is None


# --- corrections by hand, the review list, group speakers ----------------------------------------------


def test_corrections_set_and_clear_speakers_and_report_what_matches_nothing(tmp_path: Path) -> None:
    quotes = quotes_of(
        '"We will not back down from this fight," Jane Doe said on Monday.',
        '"The budget is balanced and the books are open," Bo Sand said.',
    )
    corrections = tmp_path / "quotes.yml"
    corrections.write_text(
        "corrections:\n"
        "  - quote: a-q1\n    speaker: Ann Lee\n"
        "  - text: THE BOOKS ARE OPEN\n    speaker: null\n"
        "  - text: words nobody quoted\n    speaker: Jane Doe\n",
        encoding="utf-8",
    )
    messages = apply_corrections(quotes, load_corrections(corrections))
    assert [(q.speaker_name, q.attribution, q.confidence) for q in quotes] == [
        ("Ann Lee", "correction", 1.0),
        (None, "correction", 1.0),
    ]
    assert len(messages) == 1 and "words nobody quoted" in messages[0]


def test_the_shipped_corrections_file_has_no_active_entries() -> None:
    assert load_corrections(ROOT / "content" / "quotes.yml") == []


def test_review_list_shows_the_least_sure_named_attributions_first() -> None:
    quotes = [
        Quote(id=f"a-q{n}", article="a", paragraph=0, text="words", speaker_name="Jane Doe", speaker="jane-doe",
              confidence=c)
        for n, c in ((1, 0.9), (2, 0.6), (3, 0.99))
    ]
    # A name the dossier found no speaker for: the site lists the quote as unattributed, and so does the build.
    unresolved = Quote(id="a-q4", article="a", paragraph=1, text="more", speaker_name="Park", confidence=0.1)
    lines = review_list([*quotes, unresolved], [], Path("story/content/quotes.yml"), length=2)
    assert "a-q2" in lines[1] and "a-q1" in lines[2] and len(lines) == 4
    assert "the 2 least sure of the 3 quotes given a named speaker" in lines[0]
    # How to correct one, in the file's own terms, with an id of the list.
    assert lines[3] == ("to correct a speaker, add the quote's id and its speaker under corrections: in "
                        "story/content/quotes.yml, e.g. “- quote: a-q2” and “  speaker: Jane Doe” "
                        "(“speaker: null”: no known speaker)")


def test_a_pronoun_read_past_an_unnamed_reporter_is_listed_for_review_however_sure() -> None:
    quotes = quotes_with_names(
        '"We are ready for the talks," Tom Ray said on Monday.',
        "The talks had gone well, a government spokesman told reporters in Berlin.",
        '"We will meet again next month to settle the matter," he added.',
    )
    assert [q.speaker_name for q in quotes] == ["Tom Ray", "Tom Ray"]  # the speaker stays as the rules chose
    assert quotes[0].doubt is None and quotes[1].doubt == "“he” read past “a government spokesman”"
    for quote in quotes:
        quote.speaker, quote.confidence = "tom-ray", 0.99
    quotes[0].confidence = 0.5
    lines = review_list(quotes, [], None, length=1)
    assert "a-q1" in lines[1] and len(lines) == 5
    assert lines[2].startswith("1 more attribution whose pronoun was read past someone else")
    assert "a-q2: Tom Ray" in lines[3] and lines[3].endswith("“he” read past “a government spokesman”")


def test_a_person_named_in_the_sentence_naming_the_speaker_is_no_doubt() -> None:
    # Dunn asks in Ray's sentence, whose subject "he" continues; so is a place the tagger took for a person.
    quotes = quotes_with_names(
        "Tom Ray met the mayor on Monday.",
        "Ray did not sound sure when Bob Dunn asked whether the deal would hold.",
        '"We will meet again next month to settle the matter," he said.',
    )
    assert [(q.speaker_name, q.doubt) for q in quotes] == [("Tom Ray", None)]
    [quote] = quotes_with_names("Tom Ray met the mayor on Monday.", '"We will meet again next month," he said.')
    assert (quote.speaker_name, quote.doubt) == ("Tom Ray", None)


def test_review_list_names_a_quote_several_articles_carry_once() -> None:
    # Three outlets running one agency text: one attribution to check, not three lines of the list.
    copies = [Quote(id=f"{a}-q1", article=a, paragraph=0, text="The bird is in the cockpit", speaker_name="Jo Roe",
                    speaker="jo-roe", confidence=c) for a, c in (("a", 0.95), ("b", 0.94), ("c", 0.95))]
    other = Quote(id="a-q2", article="a", paragraph=1, text="other words", speaker_name="Ann Lee", speaker="ann-lee",
                  confidence=0.99)
    groups = [QuoteGroup("g1", copies, speaker="jo-roe"), QuoteGroup("g2", [other], speaker="ann-lee")]
    lines = review_list([*copies, other], groups, Path("story/content/quotes.yml"))
    assert len(lines) == 4 and "the 2 least sure of the 2 quotes given a named speaker" in lines[0]
    assert lines[1].startswith("  0.94 b-q1: Jo Roe") and lines[1].endswith("(also in 2 more articles)")
    assert "a-q2: Ann Lee" in lines[2]


def test_review_list_points_to_the_quotes_left_without_a_speaker_counted_as_the_site_lists_them() -> None:
    said = Quote(id="a-q1", article="a", paragraph=0, text="words", speaker_name="Jane Doe", speaker="jane-doe",
                 confidence=0.5)
    # A name the dossier knows as no speaker leaves its quote unattributed on the site: counted too.
    named_only = Quote(id="a-q2", article="a", paragraph=1, text="more words", speaker_name="The Vell Ledger")
    # The same quote carried by three outlets is one line of the site's list.
    carried = [Quote(id=f"{a}-q3", article=a, paragraph=2, text="other words") for a in "abc"]
    groups = [QuoteGroup("g1", [said], speaker="jane-doe"), QuoteGroup("g2", [named_only]), QuoteGroup("g3", carried)]
    quotes = [said, named_only, *carried]
    lines = review_list(quotes, groups, Path("story/content/quotes.yml"))
    assert lines[-4:-1] == ["2 quotes have no known speaker, listed on the site's speakers/unattributed/ page:",
                            "  a-q2: “more words”", "  a-q3: “other words”"]
    assert review_list(carried, groups[2:], None)[0].startswith("1 quote has no known speaker")
    assert review_list(carried, groups[2:], Path("quotes.yml"))[-1].startswith(
        "to correct a speaker, add the quote's id and its speaker under corrections: in quotes.yml, "
        "e.g. “- quote: a-q3”")
    assert review_list(quotes, groups, None, length=1)[-3:] == [
        "2 quotes have no known speaker, listed on the site's speakers/unattributed/ page; the first 1:",
        "  a-q2: “more words”",
        "to correct a speaker, build with a content folder holding a quotes.yml (--content DIR, made by --init DIR)"]


def test_review_list_counts_the_other_articles_of_a_quote_not_its_pieces() -> None:
    # '"We stay," she said, "and we rebuild."' is two quotes of one article, grouped with a third article's wording.
    pieces = [Quote(id=f"a-q{n}", article="a", paragraph=0, text=text, speaker_name="Jo Roe", speaker="jo-roe",
                    confidence=0.9) for n, text in ((1, "We stay"), (2, "and we rebuild"))]
    other = Quote(id="b-q1", article="b", paragraph=0, text="We stay and we rebuild", speaker_name="Jo Roe",
                  speaker="jo-roe", confidence=0.95)
    lines = review_list([*pieces, other], [QuoteGroup("g1", [*pieces, other], speaker="jo-roe")], None)
    assert lines[1].endswith("“We stay” (also in 1 more article)")


def test_review_list_without_a_content_folder_says_how_to_get_one() -> None:
    quotes = [Quote(id="a-q1", article="a", paragraph=0, text="words", speaker_name="Jane Doe", speaker="jane-doe",
                    confidence=0.5)]
    last = review_list(quotes, [], None)[-1]
    assert "content/quotes.yml" not in last and "--content" in last and "--init" in last


def test_a_grouped_quote_its_article_leaves_unattributed_keeps_the_groups_speaker() -> None:
    said = Quote(id="a-q1", article="a", paragraph=0, text="w", speaker_name="Jane Doe", speaker="jane-doe")
    unsaid = Quote(id="b-q1", article="b", paragraph=0, text="w")
    other = Quote(id="c-q1", article="c", paragraph=0, text="w", speaker_name="Bo Sand")
    group = QuoteGroup(id="g", quotes=[said, unsaid, other])
    settle_group_speakers([group], {"jane-doe": "Jane Doe"}, frozenset({"jane-doe"}))
    assert group.speaker == "jane-doe"
    assert (unsaid.speaker, unsaid.attribution) == ("jane-doe", "group")
    assert other.speaker is None  # it names someone else: it keeps its own


def test_a_group_two_outlets_credit_to_a_person_and_to_an_agency_is_the_persons() -> None:
    relayed = Quote(id="a-q1", article="a", paragraph=0, text="w", speaker_name="Agence Vell", speaker="agence-vell")
    direct = Quote(id="b-q1", article="b", paragraph=0, text="w", speaker_name="Zara Mujo", speaker="zara-mujo")
    group = QuoteGroup(id="g", quotes=[relayed, direct])
    settle_group_speakers([group], {"agence-vell": "Agence Vell", "zara-mujo": "Zara Mujo"}, frozenset({"zara-mujo"}))
    assert group.speaker == "zara-mujo"


def test_a_group_never_makes_an_outlet_the_speaker_of_a_quote_in_its_own_article() -> None:
    # The Courier's own article carries the words unattributed; another outlet credited them to the Courier.
    credited = Quote(id="a-q1", article="a", paragraph=0, text="w", speaker_name="Courier", speaker="courier")
    own = Quote(id="b-q1", article="b", paragraph=0, text="w")
    third = Quote(id="c-q1", article="c", paragraph=0, text="w")
    group = QuoteGroup(id="g", quotes=[credited, own, third])
    outlets = {"a": "Vell Post", "b": "The Courier", "c": None}
    settle_group_speakers([group], {"courier": "Courier"}, frozenset(), outlets)
    assert group.speaker == "courier"
    assert own.speaker is None and third.speaker == "courier"


def test_dossier_json_gives_every_quote_its_attribution_and_confidence(seeds_site: Path) -> None:
    data = json.loads((seeds_site / "dossier.json").read_text(encoding="utf-8"))
    assert data["quotes"]
    for quote in data["quotes"]:
        assert 0.0 <= quote["confidence"] <= 1.0
        if quote["speaker_name"] or quote["speaker"]:
            assert quote["attribution"] is not None


def test_a_surname_two_people_share_resolves_by_the_honorific() -> None:
    quotes = quotes_of(
        "President Donald Trump and his daughter Ivanka Trump visited the plant on Monday.",
        '"This is a wonderful day for the workers," Ms. Trump said.',
        '"We will build more plants in this state," Mr. Trump said.',
    )
    assert [q.speaker_name for q in quotes] == ["Ivanka Trump", "Donald Trump"]


def test_a_speaker_described_by_a_place_is_never_the_place(tmp_path: Path) -> None:
    # "The Arizona Republican" is a person; the name resolves to the state of Arizona, which cannot speak.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Senator criticises party chairman\n\n"
        'Speaking on Sunday, Sen. Dan Kowalczyk, R-Ariz., said the chairman\'s remarks were "wildly wrong."\n\n'
        'The Arizona Republican said the chairman must make "an appropriate decision" about his future.\n\n'
        "Voters in Arizona and officials in Phoenix, Arizona, were divided over the remarks.\n",
        encoding="utf-8",
    )
    dossier = analyse(seeds, None, root=tmp_path, log=lambda _: None)
    kinds = {e.id: e.kind for e in dossier.entities}
    [quote] = [q for q in dossier.quotes if q.text.startswith("an appropriate")]
    assert quote.speaker_name and "Arizona" in quote.speaker_name
    assert quote.speaker is None or kinds[quote.speaker] == "person"


# --- speakers on text nobody tuned to (issue 8): kinds of error, not instances ----------------------


def test_a_quote_nested_in_a_quote_does_not_cut_it() -> None:
    [quote] = quotes_of("“He called it “a disgrace” and walked out of the room,” Jane Doe said on Monday.")
    assert quote.text == "He called it “a disgrace” and walked out of the room,"
    assert quote.speaker_name == "Jane Doe"


def test_a_subject_keeps_an_apposition_holding_clause_words() -> None:
    [quote] = quotes_of(
        "With 50 days until the election, Jane Roe, a senior adviser to the campaign, called the remarks "
        "“a true wake-up call for all of us.”"
    )
    assert quote.speaker_name == "Jane Roe"


def test_a_generational_suffix_is_not_what_the_person_is_called() -> None:
    [quote] = quotes_of(
        "“Black voters have done far more than their part already,” John Q. Public II, a writer for The Daily "
        "Paper, said on Twitter."
    )
    assert quote.speaker_name == "John Q. Public"


def test_the_place_after_a_titled_name_is_not_the_speaker() -> None:
    [quote] = quotes_of(
        "In January, Gov. Ann Lee of West Virginia praised the company for developing “new and innovative ideas.”"
    )
    assert quote.speaker_name == "Ann Lee"


def test_a_common_noun_opening_the_sentence_is_no_named_speaker() -> None:
    [quote] = quotes_of("Analysts said “the market will fall a great deal” before the end of the year.")
    assert quote.speaker_name is None


def test_a_participle_opening_the_sentence_is_not_its_subject() -> None:
    quotes = quotes_of(
        "Declaring that he alone could fix the economy, the mogul offered himself as a “law and order” "
        "candidate to the crowd."
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_a_pronoun_goes_to_the_subject_who_reports_not_to_the_last_name() -> None:
    quotes = quotes_of(
        "Hillary Clinton lost the primary on Tuesday night. Bernie Sanders won it.",
        "Clinton said Wednesday that she called Sanders after the primaries to congratulate him on what she "
        "called “an extraordinary campaign.”",
    )
    assert [q.speaker_name for q in quotes] == ["Hillary Clinton"]


def test_a_state_abbreviation_is_never_whom_a_pronoun_stands_for() -> None:
    quotes = quotes_of(
        "At a conference that month in Aspen, Colo., she ended her speech with a line from a poem.",
        "And in those last nights, she began saying a prayer to herself “over and over again, as I had as a girl.”",
    )
    assert all(q.speaker_name != "Colo." for q in quotes)


@pytest.mark.parametrize("subject", ["Officials at Vell Border Patrol", "His former business partner at Acme Bank"])
def test_someone_at_a_body_is_not_the_body(subject: str) -> None:
    [quote] = quotes_of(f"{subject} said smugglers “may try to use ever more sophisticated tunnels and drones.”")
    assert (quote.speaker_text, quote.speaker_name) == (subject, None)


def test_a_lawyer_for_someone_speaks_for_themselves_a_spokesman_for_them() -> None:
    intro = "Jane Roe and the Acme company were named in the suit."
    [lawyer] = quotes_of(intro, '"We will appeal the ruling," a lawyer for Roe said on Monday.')
    assert lawyer.speaker_name is None  # the lawyer's words are not Roe's
    [spokesman] = quotes_of(intro, '"We will appeal the ruling," a spokesman for Acme said on Monday.')
    assert spokesman.speaker_name == "Acme"  # a spokesman speaks in the company's name


def test_lawyers_for_a_named_person_opening_the_sentence_are_no_speaker_named_so() -> None:
    intro = "Jo Roe was charged in March."
    for text in ('Lawyers for Jo Roe said: "We will fight these charges in court."',
                 '"We will fight these charges in court," said Attorneys for Jo Roe.'):
        [quote] = quotes_with_names(intro, text)
        assert quote.speaker_name is None  # neither Jo Roe (the lawyers' words) nor a body "Lawyers for Jo Roe"
    [body] = quotes_of('"The war must end now," Veterans for Peace said in a statement.')
    assert body.speaker_name == "Veterans for Peace"  # a cause after the plural: a body's name


def test_a_photo_credit_run_into_the_sentence_is_not_the_speaker() -> None:
    quotes = find_quotes(article(
        'Vellco said "limited personal information" had been taken.',
        "Reuters Vellco claimed that the three managers had sold their shares in good faith.",
        "Vellco claims the managers “had no knowledge of any intrusion at the time”.",
        id="a"), [])
    assert [q.speaker_name for q in quotes] == ["Vellco", "Vellco"]
    institute = find_quotes(article('“The data is old,” the Reuters Institute said on Monday.', id="b"), [])
    assert [q.speaker_name for q in institute] != ["Institute"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('One man who was leaving the Mercy Hospital on Friday told reporters: "He kept driving."', None),
        ('A woman who works at Acme Corp told reporters: "It was awful."', None),
        ('Jane Roe, who is chairman of Better Streets Pac said in a statement: "Enough is enough."', "Jane Roe"),
    ],
)
def test_a_name_inside_a_relative_clause_is_not_the_speaker(paragraph: str, speaker: str | None) -> None:
    [quote] = quotes_with_names(paragraph)
    assert quote.speaker_name == speaker


def test_a_relative_clause_after_a_name_and_its_party_is_no_speaker() -> None:
    [quote] = quotes_with_names(
        'Sen. Ann Doyle (D-Mo.), who has endorsed Tom Roe, said the mayor had pushed him to be a "stronger" candidate.'
    )
    assert quote.speaker_name == "Ann Doyle"


def test_a_relative_clause_with_a_subject_of_its_own_reports_for_that_subject() -> None:
    [quote] = quotes_with_names(
        "Tom Mukasey, a former judge, criticized the mayor's plan, which an independent audit said was "
        "“extremely costly” but lawful."
    )
    assert quote.speaker_name is None  # the audit's words, not Mukasey's


def test_a_comment_clause_with_as_gives_the_source_of_the_quote_after_it() -> None:
    speaker, role = quotes_with_names(
        "As House Speaker Tom Dell (R-Wis.) has pointed out, that is the “textbook definition” of a bad deal.",
        "But as the local tabloid noted in an op-ed on Thursday, the mayor “has earned himself a few fans.”",
    )
    assert speaker.speaker_name == "Tom Dell"
    assert (role.speaker_text, role.speaker_name) == ("the local tabloid", None)


def test_the_sentence_after_words_a_colon_introduces_does_not_name_their_speaker() -> None:
    [quote] = quotes_of(
        'Jane Roe, exasperated, famously responded: "What difference does it make now that the vote is over?" '
        "Her critics cited it as evidence of her indifference."
    )
    assert quote.speaker_name == "Jane Roe"


def test_a_party_in_brackets_ends_a_name_after_an_opening_phrase_without_a_comma() -> None:
    [quote] = quotes_with_names(
        "Saturday at the state convention Sen. Ann Doyle (D-MA) said the mayor was a “proven failure” in business."
    )
    assert quote.speaker_name == "Ann Doyle"


def test_who_reported_is_named_after_a_quote_a_passive_verb_opens() -> None:
    named, unnamed = quotes_with_names(
        "This habit of the group has been called “strategic ambiguity” by Tom Hendrick, a professor at Acme College.",
        "The plan was described as “a total disaster” by any measure.",
    )
    assert named.speaker_name == "Tom Hendrick"
    assert unnamed.speaker_name is None


def test_a_named_claim_gives_the_words_of_the_clause_it_opens() -> None:
    possessor, by, reported = quotes_with_names(
        "Gov. Tom Pence blamed the media for making an issue of Ann Lee’s claim that the mayor “founded the gang.”",
        "On Friday it was a report by the Gazette that he “fabricated” the story of his youth.",
        "Jim Roe said that Ann Lee’s claim that he had left is “simply not true.”",
    )
    assert possessor.speaker_name == "Ann Lee"
    assert by.speaker_text == "the Gazette"
    assert reported.speaker_name != "Ann Lee"  # what Roe says of her claim


def test_a_few_words_in_a_clause_of_their_own_are_not_the_subjects() -> None:
    found = quotes_with_names("Tom Dell rejected the claim that the mayor “founded the gang,” saying it was false.")
    assert [q.speaker_name for q in found if q.text.startswith("founded")] in ([], [None])


def test_whom_a_speaker_speaks_of_is_not_the_speaker() -> None:
    [quote] = quotes_with_names(
        "Bob Axe, who was chief strategist for the mayor, said of Tom Roe: "
        '"The question is whether he will rally behind her in the end."'
    )
    assert quote.speaker_name == "Bob Axe"


def test_he_or_she_is_never_a_body_named_before() -> None:
    quotes = quotes_with_names(
        "The channel of the group, Aswarti Media, was posting the phrase “Allahu akbar.”",
        "A man who works at a beach restaurant said the truck drove into the crowd. "
        "“A huge number of people started running,” he said."
    )
    assert quotes[-1].speaker_name is None


@pytest.mark.parametrize(("paragraph", "name"), [
    ('Eyewitness Damien Allemend told a local paper: "I saw bodies."', "Damien Allemend"),
    ('Singer Rihanna wrote: "I cannot believe it."', "Rihanna"),
])
def test_what_a_person_is_capitalised_at_the_sentence_start_is_not_their_name(paragraph: str, name: str) -> None:
    [quote] = quotes_with_names(paragraph)
    assert quote.speaker_name == name


def test_each_turn_of_an_interview_transcript_is_a_quote_of_its_speaker() -> None:
    quotes = quotes_with_names(
        "Ari Shapiro talks with correspondent Vivienne Walt in Nice.",
        "SHAPIRO: What can you tell us about the scene?",
        "WALT: Police are flooding the streets. One officer told me it was \"a scene of horror.\"",
        "SHAPIRO: And what do we know about the driver of the truck?",
        "WALT: He was shot by the police.",
    )
    assert [(q.speaker_name, q.paragraph) for q in quotes] == [
        ("Ari Shapiro", 1), ("Vivienne Walt", 2), ("Ari Shapiro", 3), ("Vivienne Walt", 4)
    ]


def test_a_turn_whose_label_gives_the_speakers_role_is_theirs() -> None:
    quotes = quotes_with_names(
        "JO ROE, HOST: Crowds gathered in Vell tonight. We are joined by Ann Lee.",
        "ANN LEE, BYLINE: Good to be with you, Jo.",
        "ROE: What can you tell us?",
        "LEE: The square is quiet now.",
    )
    assert [(q.speaker_name, q.paragraph) for q in quotes] == [
        ("Jo Roe", 0), ("Ann Lee", 1), ("Jo Roe", 2), ("Ann Lee", 3)
    ]


def test_a_labelled_headline_or_two_make_no_transcript() -> None:
    quotes = quotes_with_names("UPDATE: The bridge is closed.", "BREAKING: Police close the bridge.")
    assert quotes == []


def test_he_after_a_sentence_an_unnamed_person_reports_is_not_the_person_it_names() -> None:
    quotes = quotes_with_names(
        "The family moved often, another brother, Pat Rook, said. Stephen Rook’s behavior did not offer any "
        "indication of violent tendencies, the brother said.",
        "Comparing himself to his brother, he said, “I have much more anger.”",
    )
    assert quotes[-1].speaker_name != "Stephen Rook"


@pytest.mark.parametrize(("paragraph", "name"), [
    ("A spokeswoman for China’s Foreign Ministry dismissed the claim, saying reports “did not accord with the "
     "facts.”", "Foreign Ministry"),
    ('The State Department said in a statement: "We will review the emails."', "State Department"),
    ('In a column, the Washington Post’s Ishaan Tharoor wrote: "Israel has long refused."', "Ishaan Tharoor"),
    ("'The tears you see are really tears of joy,' the Cardinals' Bruce Arians said.", "Bruce Arians"),
])
def test_a_bodys_name_keeps_its_role_words_and_a_possessive_before_a_name_is_no_part_of_it(
    paragraph: str, name: str
) -> None:
    [quote] = quotes_with_names(paragraph)
    assert quote.speaker_name == name


def test_a_linking_word_in_marks_before_the_attribution_is_no_quote_of_its_own() -> None:
    quotes = quotes_with_names('Jane Roe spoke. "Also," she said, "they have to simplify the interface for users."')
    assert [q.text for q in quotes] == ["they have to simplify the interface for users."]


def test_a_name_and_verb_ending_in_a_colon_introduce_the_next_quote_not_the_one_before() -> None:
    quotes = quotes_with_names(
        'Canadian Prime Minister Justin Trudeau tweeted: "Canadians are shocked by tonight\'s attack." '
        'Brazilian President Michel Temer tweeted: "It is regrettable that an attack destroyed so many lives."',
    )
    assert [q.speaker_name for q in quotes] == ["Justin Trudeau", "Michel Temer"]


def test_a_clause_of_its_own_ending_in_a_colon_leaves_the_quote_before_it_to_the_name() -> None:
    quotes = quotes_with_names(
        '"What you see is that people are turning out to support his campaign," Corey Lewandowski said, '
        'adding: "They are going to help everybody down the ballot."',
    )
    assert quotes[0].speaker_name == "Corey Lewandowski"


@pytest.mark.parametrize("paragraph", [
    'The mayor of Nice spoke on Monday. Nice has been described as a "jihadist breeding ground" by experts.',
    'Senator Ann Lee arrived late. Ann Lee was described as "a liar" in the report.',
    'Ann Lee was told: "You will not be the nominee."',
])
def test_the_subject_of_a_passive_reporting_verb_is_not_who_spoke(paragraph: str) -> None:
    quotes = quotes_with_names(paragraph)
    assert quotes and all(q.speaker_name is None for q in quotes)


def test_he_after_a_sentence_an_unnamed_reporter_opens_is_not_someone_named_before() -> None:
    quotes = quotes_with_names(
        'Mayor Christian Estrosi said the city was in shock. A Downing Street spokesman said the prime minister '
        'was being kept up to date. He stressed: "Our thoughts are with those affected by this terrible incident."',
    )
    assert quotes[-1].speaker_name is None


def test_a_name_after_the_role_that_follows_said_is_the_speaker() -> None:
    quotes = quotes_with_names(
        'The truck "drove through the crowd over a long distance," said the Alpes-Maritimes sub-prefect, '
        'Sebastien Humbert.',
    )
    assert quotes[0].speaker_name == "Sebastien Humbert"


def test_he_after_an_unnamed_reporter_for_a_named_body_is_not_the_body() -> None:
    quotes = quotes_with_names(
        "A journalist for Agence France-Presse said that the white truck rushed at full speed into the crowd.",
        '"It was absolute chaos" in the tourist heart of the city, he said.',
    )
    assert quotes[0].speaker_name is None


def test_a_phrase_of_time_opening_the_sentence_is_not_its_subject() -> None:
    quotes = quotes_with_names(
        "Uma Thurman hinted months ago that she had something to say. Last Thanksgiving, she wished everyone a "
        'happy holiday, but added a caveat: "Except you Harvey, you don\'t deserve a bullet."',
    )
    assert quotes[-1].speaker_name == "Uma Thurman"


def test_a_surname_the_headline_gives_in_full_is_the_headlines_person_not_a_relative_named_once() -> None:
    page = article(
        '"I was ultimately compliant," Thurman said of the years that followed.',
        "Her father, Robert Thurman, is a professor of Indo-Tibetan studies at Columbia.",
        '"I tried to say no," Thurman said.',
        title="This Is Why Uma Thurman Is Angry",
    )
    assert [q.speaker_name for q in find_quotes(page, find_mentions(page))] == ["Uma Thurman", "Uma Thurman"]


def test_a_capitalised_word_of_a_headline_question_is_no_given_name() -> None:
    page = article(
        '"We will take our fight to Philadelphia," Sanders said. He will continue the fight.',
        title="Game Over? Will Sanders Come Down From the Mountain",
    )
    assert find_quotes(page, find_mentions(page))[0].speaker_name != "Will Sanders"


@pytest.mark.parametrize(("paragraph", "name"), [
    ('Theresa May today said: "We must redouble our efforts."', "Theresa May"),
    ('"The eruption of war is a reminder," columnist George Will wrote.', "George Will"),
])
def test_a_surname_spelled_like_an_auxiliary_verb_stays_in_the_name(paragraph: str, name: str) -> None:
    assert quotes_with_names(paragraph)[0].speaker_name == name


def test_a_plural_possessive_makes_a_reporting_word_a_noun() -> None:
    # "Sanders’ comments" is a noun: the one telling reporters is the sentence's subject, not Sanders.
    [quote] = quotes_of(
        "Karen Weaver did not seem impressed with Sanders’ comments Tuesday, telling reporters, "
        "“A lot of people said the governor should step down.”"
    )
    assert quote.speaker_name == "Karen Weaver"


def test_a_comma_after_of_a_name_leaves_the_verb_a_verb() -> None:
    [quote] = quotes_of(
        'Former governor Jan Brewer, an early supporter of Trump, calls the issue of security "a priority" for women.'
    )
    assert quote.speaker_name == "Jan Brewer"


def test_a_role_with_of_before_the_name_after_the_verb() -> None:
    [quote] = quotes_of(
        '"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, an engineer.'
    )
    assert quote.speaker_name == "Asab Al-Tabchi"


def test_a_quote_its_own_sentence_gives_someone_else_does_not_continue_the_previous_one() -> None:
    first, second = quotes_of('"I am going to look at a lot of people," Clinton said. "A lot?" the host repeated.')
    assert first.speaker_name == "Clinton"
    assert second.speaker_name is None


def test_the_one_asked_is_not_who_speaks() -> None:
    by_host, unnamed = quotes_of(
        "Ann Lee was asked by host Bill Maher, “Now, you famously said you were tired of the emails, did you not?”",
        "In an interview, Tom Ray was asked, “What is the most dangerous place you have been to?”",
    )
    assert by_host.speaker_name == "Bill Maher"
    assert unnamed.speaker_name is None


def test_reported_to_have_said_keeps_its_subject() -> None:
    [quote] = quotes_of('President Ann Lee is reported to have called the deal "a disaster for the country."')
    assert quote.speaker_name == "Ann Lee"


def test_an_unnamed_voice_right_before_the_quote_is_not_the_earlier_subject() -> None:
    first, second = quotes_of('"A young man has some problems," Tom Ray said as the heckler yelled: "You suck!"')
    assert first.speaker_name == "Tom Ray"
    assert second.speaker_name is None


def test_a_quote_its_sentence_gives_to_a_report_is_not_the_earlier_speakers() -> None:
    first, second = quotes_of(
        'The Vell Ministry dismissed the story as "nothing concrete." But reporters examining the files found a '
        'network of transfers. According to their report, "the evidence suggests the mayor is acting as a front."'
    )
    assert first.speaker_name == "Vell Ministry"
    assert second.speaker_name is None


def test_a_reporting_verb_joined_to_a_passive_is_passive_too() -> None:
    [described] = quotes_of('Ann Lee was elected in 2011 and described as a "potent political symbol" of the port.')
    assert described.speaker_name is None  # described by someone the sentence does not name, not by herself
    [said] = quotes_of('The mayor Ann Lee was elected in 2011 and said: "We will rebuild the port."')
    assert said.speaker_name == "Ann Lee"


def test_a_sentence_that_ends_by_naming_whose_words_it_gives() -> None:
    [quote] = quotes_of(
        'That would create a "summer of agony" for the mayor, forcing her to fight on two fronts, '
        "said Brad Bannon, a Democratic pollster."
    )
    assert quote.speaker_name == "Brad Bannon" and quote.attribution == "report_ends_sentence"


def test_a_sentence_ending_attribution_does_not_take_words_another_subject_said() -> None:
    [quote] = quotes_of('Mayor Ann Jones called the plan "a disaster for the town" on Monday, said Tom Ray.')
    assert quote.speaker_name == "Ann Jones"


def test_a_quote_followed_by_someone_else_taking_a_turn_is_not_the_previous_speaker() -> None:
    first, second = quotes_of(
        "“Look at all these supporters here,” Sandra Paradis said with a smirk.",
        "“They are all here because he is promising them free stuff,” Jim Bennett shot back with a laugh.",
    )
    assert first.speaker_name == "Sandra Paradis"
    assert second.speaker_name != "Sandra Paradis"


def test_a_quote_paragraph_still_continues_the_speaker_before_it() -> None:
    first, second = quotes_of(
        "“We will rebuild the bridge by spring,” Mayor Sandra Paradis said on Monday.",
        "“The money is there, and the crews are ready.”",
    )
    assert first.speaker_name == second.speaker_name == "Sandra Paradis"


@pytest.mark.parametrize(("paragraph", "name"), [
    ('Constable Adrian Hanstock said: "We can confirm that seven people died."', "Adrian Hanstock"),
    ('Pitcher Mike Montgomery said: "I thought everyone would be all down."', "Mike Montgomery"),
    ('Prosecutor Joseph T. Deters said: "The incident is under review."', "Joseph T. Deters"),
    ('Rabbi Jonathan Blake said: "This tragedy hits our community very hard."', "Jonathan Blake"),
])
def test_a_rank_or_calling_before_a_name_is_no_part_of_it(paragraph: str, name: str) -> None:
    assert quotes_with_names(paragraph)[0].speaker_name == name


def test_the_first_word_of_the_sentence_after_a_quote_is_no_name_when_the_article_never_capitalises_it() -> None:
    quotes = quotes_with_names(
        'Police chief Wolfgang Albers described the suspects. He says they look "Arab or North African." Similar '
        "attacks on New Year's Eve are being investigated in Hamburg, and Albers says police are looking into it.",
    )
    assert quotes[0].speaker_name == "Wolfgang Albers"


def test_the_persons_own_possessive_outweighs_the_given_names_usual_gender() -> None:
    quotes = quotes_with_names(
        'Arizona Gov. Jan Brewer (R) announced her decision to veto the bill on Wednesday.',
        '"The bill does not address a present concern," she said.',
    )
    assert quotes[0].speaker_name == "Jan Brewer"


def test_a_possessive_before_a_comma_leaves_the_participle_after_it_a_verb() -> None:
    quotes = quotes_with_names(
        "Michael Bloomberg contrasted his business history with Trump’s, saying “I’ve built a business, and I "
        "didn’t start it with a million-dollar check from my father.”",
    )
    assert quotes[0].speaker_name == "Michael Bloomberg"


def test_a_label_opening_a_quoted_sign_is_no_speaker_but_a_transcripts_label_is() -> None:
    sign = quotes_with_names("Orange cones and signs that read 'CAUTION: Watch for Falling Snow and Ice' lined the "
                             "walkway, and shoppers said they felt safe.")
    assert all(q.speaker_name is None for q in sign)
    transcript = quotes_with_names('"WALLACE: Let’s start with the debate. Will she be there?',
                                   '"PENCE: I think the campaign will decide that.',
                                   '"WALLACE: If I may, sir, we have limited time.')
    assert transcript[0].speaker_name == "Wallace"


@pytest.mark.parametrize("paragraph", [
    'Did I say "Moon-capable?" The rocket could reach the Moon years before its rivals.',
    'Bet I’ll say "I Would Die 4 U," the song the band played next.',
])
def test_the_writers_own_i_is_no_speaker_the_article_names(paragraph: str) -> None:
    assert all(q.speaker_name is None for q in quotes_with_names(paragraph))


def test_a_subheadings_label_run_into_the_sentence_is_no_part_of_the_name() -> None:
    quotes = quotes_with_names("Sarah Silverman and Michael Sheen have split after four years.",
                               "Distance: Sarah explained that 'it got hard' to keep the relationship going.")
    assert quotes[0].speaker_name == "Sarah"  # her given name, as written; the entities stage joins it to her


def test_she_after_a_shared_surname_is_the_woman_of_the_family() -> None:
    [quote] = quotes_with_names(
        "Carly Fiorina ran the company, and her husband Frank Fiorina stayed at home.",
        "Director Keyworth objected. In those last nights, Fiorina wrote, she began saying a prayer "
        '"over and over again, as I had as a little girl."',
    )
    assert quote.speaker_name == "Carly Fiorina"


def test_the_state_after_a_town_is_not_the_speaker() -> None:
    [quote] = quotes_of("Stacy Baker of Columbia, South Carolina says he can win if he keeps “doing what he does.”")
    assert quote.speaker_name == "Stacy Baker"


def test_words_that_introduce_the_next_quote_are_not_this_ones_attribution() -> None:
    first, second = quotes_of(
        "Ann Lee responds to Tom Ray with, “Why now? Why that day?” Tom Ray then writes back, “You look cute.”"
    )
    assert first.speaker_name == "Ann Lee"
    assert second.speaker_name == "Tom Ray"


def test_a_new_sentence_reporting_something_else_is_not_the_quotes_attribution() -> None:
    [quote] = quotes_of(
        "Mayor Ann Lee called the suspension “arbitrary.” Tom Ray, a party operative, warned Saturday that the move "
        "could damage the party."
    )
    assert quote.speaker_name == "Ann Lee"


def test_whom_the_subject_spoke_to_is_not_the_speaker() -> None:
    [quote] = quotes_of("Another source speaking to Fox News said, “The agents are looking at the donations.”")
    assert quote.speaker_name is None


def test_a_town_that_is_also_a_surname_is_still_the_subject() -> None:
    [quote] = quotes_with_names(
        "John Bolton wrote a book.",
        "Writing about the disaster in Libya, Bolton said that voters “should not make it on the basis of security.”",
    )
    assert quote.speaker_name == "John Bolton"


def test_what_the_article_says_of_a_person_outweighs_a_mostly_female_given_name() -> None:
    [quote] = quotes_with_names(
        "Ted Cruz spoke first. Lindsey Graham gave a speech to the group in 2007.",
        "In his address, Graham assures his audience he will tell the critics to “shut up and listen for once.”",
    )
    assert quote.speaker_name == "Lindsey Graham"


def test_a_subordinate_clause_with_its_own_subject_is_not_read_past() -> None:
    [quote] = quotes_of(
        "Prime Minister Shinzo Abe and President Tom Ray agreed on the need for more action, after the "
        'US Ambassador to the United Nations said Washington is "done talking about North Korea".'
    )
    assert quote.speaker_name is None


def test_said_when_asked_keeps_its_subject() -> None:
    [quote] = quotes_of('Mayor Ann Lee said, when asked about it, that she was "very happy with the result."')
    assert quote.speaker_name == "Ann Lee"


def test_told_at_the_end_of_a_sentence_names_whom_the_speaker_told() -> None:
    [quote] = quotes_of(
        'The decline is caused by "the overuse of screens" among teenagers, psychologist Jean Twenge, author of '
        "several studies, told Business Insider."
    )
    assert quote.speaker_name != "Business Insider"


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    _, quote = quotes_of(
        "Nice Mayor Christian Estrosi said “the situation is under control” on Friday.",
        "A Downing Street spokesman said Prime Minister Ann Lee was being kept up to date. He stressed: "
        "“Our thoughts are with those affected by this terrible incident.”",
    )
    assert quote.speaker_name is None


def test_a_second_predicate_of_a_named_subject_is_not_an_unnamed_voice() -> None:
    [quote] = quotes_of('Amazon told Newsweek it is investigating the matter and said, "We take this very seriously."')
    assert quote.speaker_name == "Amazon"


def test_an_ambassador_to_a_body_is_named_after_it() -> None:
    [quote] = quotes_with_names(
        "U.S. Ambassador to the United Nations Nikki Haley said the launch was “absolutely unacceptable” on Monday."
    )
    assert quote.speaker_name is not None and quote.speaker_name.endswith("Nikki Haley")


def test_a_quote_running_on_without_a_comma_takes_only_a_bare_attribution() -> None:
    [quote] = quotes_of("'Not long ago, the United States' Trump Administration revealed an ambition to fly.")
    assert quote.speaker_name is None


def test_a_partial_quote_then_words_then_she_said_comma() -> None:
    [quote] = quotes_with_names(
        'Pilar Clark has two children. The news had her "clapping out loud" in her living room, she said, '
        "she still admires the work that zoos do."
    )
    assert quote.speaker_name == "Pilar Clark"


def test_she_says_inside_the_next_sentence_is_not_the_quotes_attribution() -> None:
    first, second = quotes_with_names(
        "She stayed with her friend, Ilona Herman, a makeup artist.",
        "“The next day arrived a vulgar bunch of roses,” Uma Thurman says. “They were yellow. And I opened the "
        "note.” Then, she says, his assistants started calling again.",
    )
    assert first.speaker_name == second.speaker_name == "Uma Thurman"


def test_someone_led_to_announce_is_not_the_sentence_subject() -> None:
    [quote] = quotes_of(
        "The leak outed the rich. The Papers led the prime minister of Iceland to resign and the president of "
        "Argentina to announce: “I have nothing to hide.”"
    )
    assert quote.speaker_name is None


def test_used_the_speech_to_say_keeps_the_subject() -> None:
    [quote] = quotes_of("Tom Ray used the speech to say that the plan was “a disgrace to the nation.”")
    assert quote.speaker_name == "Tom Ray"


def test_whom_a_speaker_told_is_never_the_speaker() -> None:
    quotes = quotes_with_names(
        '"This is a very expensive acquisition," Birgit Kuhlhoff, from Sal Oppenheim investment bank, told Reuters.',
        '"Such a big writeback has impacted on credibility," one analyst told Reuters.',
    )
    assert [q.speaker_name for q in quotes] == ["Birgit Kuhlhoff", None]


def test_an_attribution_in_the_sentence_after_a_quote_that_ended_its_own_is_not_that_quotes() -> None:
    quotes = quotes_with_names(
        '"We believe these demands should be resisted," said David Frost, the chambers\' director general. '
        '"Manufacturing still faces serious problems." Ian McCafferty, chief economist at the CBI, said the MPC '
        'faced an "interesting" challenge.',
    )
    assert quotes[1].speaker_name == "David Frost"


def test_he_after_a_sentence_he_opens_is_not_the_person_that_sentence_names() -> None:
    quotes = quotes_with_names(
        "Scott Sullivan told the court on Tuesday that he had warned his boss.",
        'He portrayed Mr Ebbers, a charismatic businessman, as obsessed with costs. "He would talk about coffee '
        'filters," he said.',
    )
    assert quotes[0].speaker_name == "Scott Sullivan"


def test_a_partial_quote_then_name_says_she() -> None:
    [quote] = quotes_with_names(
        "Uma Thurman starred in the film. Now, reliving her own “dehumanization to the point of death” in Mexico, "
        "and furious at the lack of repercussions, Thurman says she handed over the result to the police."
    )
    assert quote.speaker_name == "Uma Thurman"


def test_he_is_the_person_whose_surname_the_tagger_left_unplaced() -> None:
    # The name tagger read "Vellinga" opening a paragraph as a name of unknown kind: it is still the person the
    # article named "Ruud Vellinga", not the last person it tagged ("Jansen").
    paragraphs = ["Ruud Vellinga spoke on Tuesday. But Jansen has continued to oppose the plan.",
                  "Vellinga has responded by urging the board to do more. He tweeted: \u201cCaught red handed.\u201d"]
    article = Article(id="a", source_file="a.txt", title="A headline", paragraphs=paragraphs)

    def mention(paragraph: int, text: str, kind: str) -> Mention:
        start = paragraphs[paragraph].index(text)
        return Mention("a", paragraph, start, start + len(text), text, kind)

    mentions = [mention(0, "Ruud Vellinga", "person"), mention(0, "Jansen", "person"), mention(1, "Vellinga", "other")]
    [quote] = find_quotes(article, mentions)
    assert quote.speaker_name == "Ruud Vellinga"


def test_a_capitalised_title_or_name_after_the_quote_is_no_reporting_verb() -> None:
    # "State" and "Read" spell reporting verbs, but in capitals after a quote they open the speaker's name.
    titled, surname = quotes_with_names(
        '"We take our duties to the court seriously," State spokeswoman Ann Vell said Friday.',
        "Tom Read runs the firm. \"We have assessed the risk with care,\" Read said.",
    )
    assert titled.speaker_name == "Ann Vell"
    assert surname.speaker_name == "Tom Read"


def test_a_clause_about_a_speaker_named_after_the_verb_ends_the_name() -> None:
    leaving, unnamed, familiar = quotes_of(
        '"We can win on Tuesday," said Jane Doe as she left the stage.',
        '"It was not a convincing argument," said a strategist who spoke on the condition of anonymity.',
        '"The talks went nowhere," said one official familiar with the discussions.',
    )
    assert leaving.speaker_name == "Jane Doe"
    assert (unnamed.speaker_text, unnamed.speaker_name) == ("a strategist", None)
    assert (familiar.speaker_text, familiar.speaker_name) == ("one official", None)


def test_a_role_apposition_without_an_article_or_in_capitals_keeps_the_name_before_it() -> None:
    counsel, member = quotes_of(
        '"The ruling protects everyone," Rob Malden, attorney for one of the four groups that sued over the law, '
        "said in a statement.",
        '"We will see on the first ballot," Mary Olston, the Republican National Committeewoman from Utah, told AFP.',
    )
    assert counsel.speaker_name == "Rob Malden"
    assert member.speaker_name == "Mary Olston"


def test_according_to_right_after_the_quote_names_the_speaker() -> None:
    [quote] = quotes_of('"We bear no grudge against anyone," according to Judicial Trust.')
    assert (quote.speaker_name, quote.attribution) == ("Judicial Trust", "according_to_after")


def test_according_to_a_text_names_its_author() -> None:
    before, after = quotes_of(
        "According to a statement from the Harbour Trust, “we will not sell the pier.”",
        "“There was no case to answer,” according to a court filing by state attorney Jo Roe.",
    )
    assert (before.speaker_name, before.attribution) == ("Harbour Trust", "according_to")
    assert (after.speaker_name, after.attribution) == ("Jo Roe", "according_to_after")


def test_a_named_authors_text_gives_the_authors_words() -> None:
    letter, statement, campaign = quotes_of(
        "Tom Reddick’s letter makes a simple case: “Nobody should lose a home to the harbour.”",
        "Ann Lee’s statement read: “We will appeal the ruling.”",
        "Ann Lee’s campaign made its case: “We will win the harbour vote.”",
    )
    assert (letter.speaker_name, letter.attribution) == ("Tom Reddick", "colon_subject")
    assert statement.speaker_name == "Ann Lee"
    assert campaign.speaker_name is None  # a campaign is no text: who in it spoke is unsaid


def test_a_named_accusation_gives_the_accusers_words() -> None:
    [quote] = quotes_of("Tom Reddick’s accusation that Ann Lee is playing the “harbour card” drew fire on Monday.")
    assert (quote.speaker_name, quote.attribution) == ("Tom Reddick", "claim_of")


def test_referring_to_someone_as_words_in_marks_gives_the_subjects_words() -> None:
    [quote] = quotes_with_names(
        "Tom Reddick spoke at the harbour on Monday.",
        "Senator Tom Reddick, during several interviews on Monday, referred to the governor as “the worst manager” "
        "of the decade.",
    )
    assert quote.speaker_name == "Tom Reddick"


def test_ripping_into_someone_for_words_in_marks_gives_the_subjects_words() -> None:
    [quote] = quotes_with_names(
        "Ann Vasquez, the former treasurer of the Harbour Trust, ripped the mayor for acting as “the judge and the "
        "jury” in the case.",
    )
    assert quote.speaker_name == "Ann Vasquez"


def test_a_reporting_verb_right_after_an_opening_phrase_names_who_follows_it() -> None:
    moderator, told = quotes_of(
        'In other words, explained moderator Ann Lee: "We are out of time tonight."',
        'On Monday, told Fox News: "We are out of time tonight."',
    )
    assert moderator.speaker_name == "Ann Lee"
    assert told.speaker_name is None  # whom someone told, not who spoke


def test_a_round_up_label_after_a_sentence_with_its_own_verb() -> None:
    pollster, more = quotes_of(
        'Pollsters agree - Carl Bovian: "The early numbers were right all along."',
        'What it means for the race - More from Jean Osler: "It is closer than it looks."',
    )
    assert pollster.speaker_name == "Carl Bovian"
    assert more.speaker_name == "Jean Osler"


def test_the_subject_of_a_clause_opening_the_sentence_says_the_quote_it_holds() -> None:
    holds, main = quotes_of(
        "While Rana Obi said there was clear evidence that the plan was “badly flawed,” she declined to act.",
        "After Gov. Ted Marr criticized the plan during a debate, Lea Wynn shot back, “I chose to fight for it.”",
    )
    assert holds.speaker_name == "Rana Obi"
    assert main.speaker_name != "Ted Marr"  # the quote is the main clause's, not the opening clause's


def test_a_phrase_set_in_after_the_subject_keeps_the_subject() -> None:
    speaking, at_rally, in_attempt = quotes_of(
        'Lea Wynn, speaking to voters, said, "Last time I looked, you had not voted yet."',
        'Lea Wynn, during a town hall meeting in Columbus, Ohio, said she was "proud of the record."',
        "Columnist Ann Lee, in an attempt to draw attention to the lack of briefings, wrote, “It is a scandal.”",
    )
    assert speaking.speaker_name == "Lea Wynn"
    assert at_rally.speaker_name == "Lea Wynn"
    assert in_attempt.speaker_name == "Ann Lee"


def test_with_someone_and_a_reporting_participle_names_the_speaker() -> None:
    [quote] = quotes_of('Republicans were quick to react, with Sen. Ron Galt calling it a "disaster for the party."')
    assert quote.speaker_name == "Ron Galt"


def test_a_quote_whose_own_sentence_is_about_someone_else_is_not_the_paragraphs_earlier_speakers() -> None:
    quotes = quotes_with_names(
        "The union wrote to Governor Joan Kessel on Monday.",
        '"It is premature," said Tom Loomis, president of the union. Kessel resisted: "Governors do not have '
        'that power."',
    )
    assert quotes[1].speaker_name != "Tom Loomis"


def test_a_verb_that_reports_with_its_particle() -> None:
    after, before = quotes_of(
        '"They are all here for the free stuff," Jim Benet shot back with a laugh.',
        "When Ann Lee suggested a lawsuit, Ted Rubin fired back: “If they sue us, they will lose.”",
    )
    assert after.speaker_name == "Jim Benet"
    assert before.speaker_name == "Ted Rubin"


def test_a_named_subject_introducing_a_quote_with_a_colon_says_it() -> None:
    message, results, form = quotes_of(
        'Senate leader Mitch Olsen, R-Ky., delivered a blunt message to the board: "Fix it or leave."',
        'The results showed one thing clearly: "Voters are tired of waiting."',
        'Name: Gail Harte Age: 27 Why she is protesting: "I make less than the minimum wage."',
    )
    assert message.speaker_name == "Mitch Olsen"
    assert results.speaker_name is None
    assert form.speaker_name is None  # a form's labels, no sentence with a subject


def test_a_state_after_a_town_or_a_dateline_is_not_the_sentences_subject() -> None:
    town, dateline = quotes_of(
        "Speaking at a town hall in Salem, New Hampshire, Tom Brack went after his rival, calling him “a disaster.”",
        "Washington (AFP) – Senator Ann Lee has taken a swipe at the plan, saying that “it is a time for calm.”",
    )
    assert town.speaker_name == "Tom Brack"
    assert dateline.speaker_name == "Ann Lee"


def test_a_pronoun_introducing_a_quote_with_a_colon_and_no_reporting_verb_is_not_read_as_its_speaker() -> None:
    # Two uncertain steps (no verb of saying, then whom "he" stands for): better unknown.
    [quote] = quotes_with_names(
        "Producer Tom Ray met the actress in London.",
        "He persuaded her to do the stunt: “Drive at 40 miles per hour or you will do it again.”",
    )
    assert quote.speaker_name is None


def test_a_title_in_marks_before_a_role_is_no_ones_words() -> None:
    quotes = quotes_of(
        "Actress Ann Lee, in long-awaited remarks, has accused “Kill Bill” director Tom Ray of making her "
        "perform a dangerous stunt."
    )
    assert quotes == []


def test_a_quote_paragraph_signed_by_the_next_paragraph() -> None:
    signed, credit = quotes_of(
        "What delegates said:",
        '"The whole idea is something we hear about all the time, and it needs to stop."',
        "- Mia Marks, Philadelphia.",
        'He pointed to a man in the crowd and called him "my good friend."',
        "- Reuters.",
    )
    assert signed.speaker_name == "Mia Marks"
    assert credit.speaker_name != "Reuters"  # a wire's credit under a paragraph of its own words


def test_blaming_pondering_and_sniping_report_the_subjects_words() -> None:
    blamed, pondered, sniped = quotes_of(
        "Ted Cruz blamed the law on “knuckleheaded politicians.”",
        "Dr. Mina Babar pondered who, without Ali, might “testify for our innocence.”",
        "Walter Hoyle sniped that the merger was a “$25 billion mistake.”",
    )
    assert [q.speaker_name for q in (blamed, pondered, sniped)] == ["Ted Cruz", "Mina Babar", "Walter Hoyle"]


def test_a_thing_to_blame_is_no_report() -> None:
    [quote] = quotes_of(
        "The Great Slump is partly to blame for lost jobs, but so is this “major change in trade policy.”"
    )
    assert quote.speaker_name is None


def test_a_speaker_described_by_what_follows_them_is_kept_as_written() -> None:
    source, man = quotes_of(
        "Another source familiar with the senator’s thinking said, “It is over.”",
        'A man who lost his job at the plant said: "It is hard to start again."',
    )
    assert (source.speaker_text, source.speaker_name) == ("Another source", None)
    assert (man.speaker_text, man.speaker_name) == ("A man", None)


def test_a_counted_subject_is_some_of_a_crowd_not_a_name() -> None:
    chant, wish = quotes_of(
        'Fans waved flags in the square as the results came in. Some chanted "Home! Home!"',
        "Several said they would rather the council spend the money on “safer roads.”",
    )
    assert (chant.speaker_text, chant.speaker_name) == ("Some", None)
    assert (wish.speaker_text, wish.speaker_name) == ("Several", None)


def test_a_role_from_a_place_is_the_speaker_not_the_place() -> None:
    senator, resident = quotes_of(
        'The senator from Ohio said the banking system was "rotten to the core," and left.',
        "A resident of Toledo said the water still tasted “of rust and soil.”",
    )
    assert (senator.speaker_text, senator.speaker_name) == ("The senator from Ohio", None)
    assert (resident.speaker_text, resident.speaker_name) == ("A resident of Toledo", None)


def test_a_spokesperson_from_a_body_speaks_for_the_body() -> None:
    [quote] = quotes_of('A spokesperson from the Harbour Transport Police said: "Two people are still trapped."')
    assert quote.speaker_name == "Harbour Transport Police"


def test_a_town_and_its_state_abbreviation_after_a_name_say_where_they_live() -> None:
    [quote] = quotes_of('Lena Fairbanks, 34, of Lansing, Mich., said she still hoped for a "late surprise."')
    assert quote.speaker_name == "Lena Fairbanks"


def test_a_group_or_a_share_of_a_poll_is_the_subject_kept_as_written() -> None:
    polled, critics, share, another = quotes_of(
        'While those surveyed said Ann Lee has the "best record," Tom Roe leads the poll.',
        'That is why critics say the mayor had proposed to "gut" the budget.',
        'Asked about the plan, 21 percent said "not too likely" to work.',
        'Another said he hoped with his "whole heart" that the park stays open.',
    )
    assert (polled.speaker_text, polled.speaker_name) == ("those surveyed", None)
    assert (critics.speaker_text, critics.speaker_name) == ("critics", None)
    assert (share.speaker_text, share.speaker_name) == ("21 percent", None)
    assert (another.speaker_text, another.speaker_name) == ("Another", None)


def test_a_group_described_by_a_word_before_its_noun_or_a_source_pointed_to_speaks_after_the_quote() -> None:
    prosecutors, officials, source = quotes_of(
        '"The harm done by the scheme is incalculable," federal prosecutors wrote in seeking a longer term.',
        '"The count is not over in the harbour towns," senior officials said on Monday.',
        '"The children do not like him, and they are happy with the new manager," this source told the Vell Gazette.',
    )
    assert (prosecutors.speaker_text, prosecutors.speaker_name) == ("federal prosecutors", None)
    assert (officials.speaker_text, officials.speaker_name) == ("senior officials", None)
    assert (source.speaker_text, source.speaker_name) == ("this source", None)


def test_a_participle_reports_for_a_subject_described_in_lower_case() -> None:
    surgeon, operative, company = quotes_of(
        'The retired surgeon has given no details of his plan, saying only that he was "refining some practices."',
        'One operative inside the tower tried to play down the comments, saying they were "not a big deal here."',
        'The harbour company has declined to comment on the case, saying only that it was "cooperating fully."',
    )
    assert (surgeon.speaker_text, surgeon.attribution) == ("The retired surgeon", "participle")
    assert (operative.speaker_text, operative.attribution) == ("One operative", "participle")
    assert company.speaker_text == "The harbour company"


def test_a_pollster_named_before_is_the_former_pollster_who_speaks() -> None:
    [quote] = quotes_with_names(
        "Former Vell pollster Tomas Brandt spoke to the radio on Monday.",
        'The former pollster said, "She is behind in a number of polls, and the party will ask why."',
    )
    assert (quote.speaker_text, quote.speaker_name) == ("The former pollster", "Tomas Brandt")


def test_where_a_speaker_after_the_verb_is_from_ends_the_speaker() -> None:
    user, mayor = quotes_of(
        '"We cannot say anything about the harbour anymore," tweeted a user from Vell going by the handle Tomcat.',
        '"The bridge stays closed until the spring," said Ann Lee from Vell.',
    )
    assert (user.speaker_text, user.speaker_name) == ("a user", None)
    assert (mayor.speaker_text, mayor.speaker_name) == ("Ann Lee", "Ann Lee")


def test_a_reporting_word_after_a_modifier_is_a_noun_not_the_verb() -> None:
    [quote] = quotes_of(
        "Ann Lee, celebrating a win in the primary in her home state of Ohio, is pledging to “win every county.”"
    )
    assert quote.speaker_name == "Ann Lee"


def test_the_first_words_of_a_quote_are_not_the_next_quotes_speaker() -> None:
    quotes = quotes_of(
        "Soon after the storm, Roe asserted that Spain had lost its identity: “Spain is no longer Spain,” he claimed.",
        "“Spain will always be Spain,” an angry Dupont retaliated. “It never gives up, because it still bears ideals.”",
    )
    assert "Spain" not in [q.speaker_name for q in quotes]


def test_a_named_subject_with_a_verb_of_its_own_says_the_words_in_its_predicate() -> None:
    found = quotes_with_names(
        "Senator Tom Brack has renewed his promise of “free college for every student in the state” on Monday.",
        "Activist Ann Lee has been “arbitrarily detained by the authorities for many months” since March.",
        "Senator Jim Benet says his “old friend” Ted Rubin ran “a hopeful campaign for the whole country.”",
        "The actor Tom Brack stars as the “vacation quarterback” in the new advertisement.",
    )
    speakers = {q.text: q.speaker_name for q in found}
    assert speakers["free college for every student in the state"] == "Tom Brack"
    assert speakers.get("arbitrarily detained by the authorities for many months") is None  # words about her
    assert speakers["a hopeful campaign for the whole country."] != "Ted Rubin"  # a clause after an earlier quote
    assert speakers.get("vacation quarterback") is None  # a few words with no verb of saying: a term, not speech


def test_a_place_in_the_predicate_is_no_other_speaker() -> None:
    found = quotes_with_names(
        "Mayor Ann Lee met the board on Monday.",
        "Later, Lee shared her worry with donors at a dinner in the Glenwood Hills, “I do not know which board will "
        "show up. Maybe it will try to be kind.”",
        "Lee met Tom Roe at a dinner in Glenwood, “We will not know until the vote which of them will stay on.”",
    )
    speakers = {q.text[:20]: q.speaker_name for q in found}
    assert speakers["I do not know which "] == "Ann Lee"  # "in the Glenwood Hills" says where
    assert speakers.get("We will not know unt") is None  # another person named before the quote


def test_a_verb_going_on_the_predicate_after_earlier_quotes_reports_for_the_sentence_subject() -> None:
    found = quotes_with_names(
        "Mayor Ann Lee spoke to the union on Monday.",
        "Lee backs “modest pay raises,” opposes “pay freezes” and recalled the freeze of 2019: “I saw how hard it "
        "was for workers to be told that their pay would not rise.”",
        "Lee backs “modest pay raises” and told Tom Roe: “You will see the raises in the spring, and so will they.”",
    )
    speakers = {q.text[:20]: q.speaker_name for q in found}
    assert speakers["I saw how hard it wa"] == "Ann Lee"
    assert speakers.get("You will see the rai") is None  # someone else named after the verb


def test_a_description_opening_with_a_role_word_runs_on_to_its_name() -> None:
    found = quotes_with_names(
        "The board met on Monday.",
        "Former Democratic mayoral candidate Ann Lee broke down what was wrong with the plan to the Daily Post: “What "
        "the board did was so careless. First, not all towns are alike.”",
        "Former Democrat Tom Roe met rival candidate Jo Poe at the hall: “We will see them all at the vote in May.”",
    )
    speakers = {q.text[:20]: q.speaker_name for q in found}
    assert speakers["What the board did w"] == "Ann Lee"
    assert speakers["We will see them all"] == "Tom Roe"  # a name ends the subject: the verb after it is no modifier


def test_a_named_subject_says_a_few_words_in_its_predicate_when_its_sentence_reports_speech() -> None:
    found = quotes_with_names(
        "Senator Tom Brack has delivered a spirited defense of “small-town values,” saying they built the state.",
        "The actor Ann Lee stars as the “vacation quarterback” in the new advertisement.",
    )
    speakers = {q.text: q.speaker_name for q in found}
    assert speakers["small-town values,"] == "Tom Brack"
    assert speakers.get("vacation quarterback") is None  # no word of saying in the sentence: a term, not speech


def test_a_reflexive_pronoun_stressing_the_subject_is_no_part_of_its_name() -> None:
    before, after = quotes_of(
        "Senator Tom Brack himself said on Tuesday that “the only way to win is to ask for support.”",
        "“We will not back down,” Ann Lee herself said.",
    )
    assert (before.speaker_text, before.speaker_name) == ("Senator Tom Brack", "Tom Brack")
    assert after.speaker_name == "Ann Lee"


def test_a_reporting_word_as_the_noun_after_a_determiner_is_a_speaker_not_a_clause() -> None:
    report, tweet = quotes_of(
        "“The computers had been hacked by a foreign government,” the congressional report said.",
        "“We will not back down,” her tweet read.",
    )
    assert (report.speaker_text, report.speaker_name) == ("the congressional report", None)
    assert tweet.speaker_text == "her tweet"
    [object_of_the_verb] = quotes_of("The government “forcefully” condemned the attack on Thursday night.")
    assert object_of_the_verb.speaker_text != "the attack"


def test_one_of_a_group_or_another_after_the_verb_is_the_unnamed_speaker() -> None:
    one, another = quotes_of(
        "“It was awful,” said one of two witnesses who asked not to be named.",
        "“Better watch out,” tweeted another.",
    )
    assert (one.speaker_text, one.speaker_name) == ("one of two witnesses", None)
    assert (another.speaker_text, another.speaker_name) == ("another", None)


def test_a_group_subject_after_a_subordinator_speaks_not_the_main_clauses_subject() -> None:
    when, after = quotes_of(
        "Tom Brack is coming off a strong debate, when many commentators called him “the grownup on the stage.”",
        "Ann Lee left the race early, after critics called her “a spoiler in a tight race.”",
    )
    assert (when.speaker_text, when.speaker_name) == ("many commentators", None)
    assert (after.speaker_text, after.speaker_name) == ("critics", None)


def test_an_adverb_between_the_subject_and_the_verb_is_no_part_of_the_name() -> None:
    now, still = quotes_of(
        "Ann Lee now says the plan was “a terrible mistake from the start.”",
        "Tom Brack still says the deal is “the best we could get.”",
    )
    assert (now.speaker_text, now.speaker_name) == ("Ann Lee", "Ann Lee")
    assert still.speaker_name == "Tom Brack"
    first, even = quotes_of(
        "Jim Benet first reported that the system was “badly broken.”",
        "Ted Rubin has even called the plan “a betrayal of the voters.”",
    )
    assert (first.speaker_name, even.speaker_name) == ("Jim Benet", "Ted Rubin")


def test_a_passive_reporting_verb_after_an_adverb_names_no_speaker_after_the_quote() -> None:
    [quote] = quotes_of(
        "Ann Lee, from the space agency, said: “We have been monitoring Skylab-2 and expect it to fall this year.",
        "“It will burn up on entering the atmosphere.” The 8.5 ton Skylab-2 is now predicted to reenter in months.",
    )
    assert quote.speaker_name == "Ann Lee"  # the station is what is predicted, not who speaks


def test_a_name_that_only_says_whose_a_role_is_is_not_whom_a_pronoun_names() -> None:
    paragraphs = [
        "Rocket maker Dana Vole said the launch would go ahead.",
        "In a speech last July the Quarkon founder said the rocket was complex.",
        "“There is a lot of risk,” he said.",
    ]
    page = article(*paragraphs)
    vole = paragraphs[0].index("Dana Vole")
    quarkon = paragraphs[1].index("Quarkon")
    mentions = [Mention("a", 0, vole, vole + len("Dana Vole"), "Dana Vole", "person"),
                Mention("a", 1, quarkon, quarkon + len("Quarkon"), "Quarkon", "person")]
    [quote] = [q for q in find_quotes(page, mentions) if q.text.startswith("There is")]
    assert quote.speaker_name != "Quarkon"  # "he" is the founder, whom this article does not name


def test_she_after_a_quote_said_by_a_woman_in_the_same_sentence_is_that_woman() -> None:
    quotes = quotes_with_names(
        "Festival spokeswoman Anna Holm said the zone would open at eight. “We want everyone to feel safe,” she said.",
        "“The zone is a step in the right direction,” said Rita Vale, a director at the Harbour Institute in Vell, "
        "even though she stressed that “more can be done to prevent it.”",
    )
    [last] = [q for q in quotes if q.text.startswith("more can be done")]
    assert last.speaker_name == "Rita Vale"


def test_a_quote_paragraph_after_a_paragraph_reporting_someone_is_theirs() -> None:
    [quote] = quotes_with_names(
        "The council met on Tuesday to weigh the harbour plan.",
        "Mayor Tom Reddick said that for years critics had predicted the port would close, but it would not.",
        "“That is because this harbour feeds half the county and every family in it.”",
    )
    assert (quote.speaker_name, quote.attribution) == ("Tom Reddick", "previous_paragraph_report")


def test_a_quote_paragraph_after_several_people_reported_together_names_nobody() -> None:
    [quote] = quotes_with_names(
        "The council met on Tuesday to weigh the harbour plan.",
        "Instead, Tom Reddick and Ann Vasquez argued that the port would have to close within a decade.",
        "“That is because this harbour no longer feeds anyone in the county.”",
    )
    assert quote.speaker_name is None


def test_a_quote_paragraph_whose_own_sentence_gives_its_source_takes_no_earlier_speaker() -> None:
    [quote] = quotes_with_names(
        "The council met on Tuesday to weigh the harbour plan.",
        "Mayor Tom Reddick later said he had been pushed aside by the board.",
        "“The evidence does not support a claim against the board,” according to a ruling filed by the court.",
    )
    assert quote.speaker_name is None


def test_a_quote_a_coordinated_clause_follows_belongs_to_the_words_before_it() -> None:
    first, second = quotes_of(
        "Mayor Ann Lee said she would make the harbour “shine at night,” for example, and Tom Reddick vowed "
        "to “tear down every fence” along the river.",
    )
    assert first.speaker_name == "Ann Lee"
    assert second.speaker_name == "Tom Reddick"


def test_he_after_a_role_reporting_right_after_a_name_is_not_that_name() -> None:
    [quote] = quotes_with_names(
        "Director Sam Vole made the film in 2003.",
        "In an interview with Screen Daily, the director said the road had looked safe to everyone.",
        "He added: “I was wrong to ask her to drive that car down the road.”",
    )
    assert quote.speaker_name != "Screen Daily"  # "he" is the director, not whom he spoke to


def test_an_opening_phrase_before_the_subject_is_not_the_subject() -> None:
    found = quotes_with_names(
        "Mayor Tom Reddick spoke on Monday.",
        "Like Vasquez, Reddick also rejected the plan, arguing that there is “room for the harbour” in it.",
        "Addressing the crowd, Reddick rejected the plan, arguing that there is “no room for a new harbour” in it.",
        "Immediately after the vote, Reddick rejected the plan, saying it was “a gift to the developers.”",
    )
    assert [q.speaker_name for q in found] == ["Tom Reddick"] * 3


def test_a_quote_after_someone_elses_clause_does_not_resume_the_earlier_speaker() -> None:
    found = quotes_with_names(
        "The two rivals met on Monday.",
        "Ann Lee refers to the mayor as “Mr. Reddick,” while Reddick refers to her as “Annie.”",
        "“We will win,” Ann Lee said on Monday, “and we will keep the harbour open.”",
    )
    speakers = {q.text: q.speaker_name for q in found}
    assert speakers["Annie."] == "Reddick"  # Reddick's clause, and "refers to her as" his words: not Lee resuming
    assert speakers["and we will keep the harbour open."] == "Ann Lee"


@pytest.mark.parametrize(
    "clause",
    [
        "The report indicated the span needed “years of careful repair work.”",
        "Her council voted against “years of careful repair work on every span of the old bridge.”",
    ],
)
def test_a_quote_after_a_described_subjects_clause_does_not_resume_the_earlier_speaker(clause: str) -> None:
    said, found = quotes_of(f"“We will rebuild the bridge by spring,” Jo Roe said. {clause}")
    assert said.speaker_name == "Jo Roe"
    assert found.speaker_name is None  # the report's words, not Roe's


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Of course, as Jo Roe of Vell News observed,", "Jo Roe"),
        ("However, as Bishop Tom Reddick of the Old Church of Vell told the paper,", "Tom Reddick"),
    ],
)
def test_an_as_clause_after_an_opening_phrase_gives_the_person_not_their_body(opening: str, name: str) -> None:
    [quote] = quotes_of(f"{opening} “The clear winner of the night was the town hall and all of its staff.”")
    assert quote.speaker_name == name


def test_where_or_when_a_name_spoke_is_no_part_of_the_name() -> None:
    thanked, said = quotes_of(
        "At the rally, Tom Reddick during a speech thanked its members “for their support in my campaign.”",
        "“We do not know who they are,” Tom Reddick from his desk said on Monday.",
    )
    assert (thanked.speaker_text, thanked.speaker_name) == ("Tom Reddick", "Tom Reddick")
    assert (said.speaker_text, said.speaker_name) == ("Tom Reddick", "Tom Reddick")


def test_a_participle_opening_the_sentence_is_not_a_name_before_where_it_spoke() -> None:
    [quote] = quotes_of(
        "Writing in a company blog, Mike Roane, the head of security, urged users to install the update "
        "“as quickly as they possibly can.”"
    )
    assert quote.speaker_name == "Mike Roane"


def test_a_quote_paragraph_after_a_pronoun_report_or_left_open_takes_no_earlier_speaker() -> None:
    pronoun = quotes_with_names(
        "Mayor Tom Reddick met Ann Vasquez on Monday.",
        "He said that for years critics had predicted the port would close, but it would not.",
        "“That is because this harbour feeds half the county and every family in it.”",
    )
    assert pronoun[0].speaker_name is None
    left_open = quotes_with_names(
        "The council met on Tuesday to weigh the harbour plan.",
        "Mayor Tom Reddick said that for years critics had predicted the port would close, but it would not.",
        "“The port never closed but it is back in the hands of the board.",
        "The task now is to keep it there for a decade,” the official told reporters.",
    )
    assert left_open[0].speaker_name is None


def test_an_organisation_named_with_for_or_of_is_one_name_not_a_role() -> None:
    group, government, person = quotes_with_names(
        "“Every vote should count the same,” said Citizens for Fair Votes, a group that sued the state.",
        "“We condemn the launch in the strongest terms,” the Government of the Republic of Veldonia said.",
        "“The launch taught them little,” the Rev. Ann Wright of the Union of Careful Scientists said.",
    )
    assert group.speaker_name == "Citizens for Fair Votes"
    assert government.speaker_name == "Government of the Republic of Veldonia"
    assert person.speaker_name != "Rev. Ann Wright of the Union of Careful Scientists"


def test_state_before_a_title_describes_the_title_and_is_no_verb() -> None:
    senator, attorney = quotes_of(
        "“We are tying their hands,” state Sen. Jane Roble (D) said about halfway through the debate.",
        "“The evidence cannot prove the crime,” state attorney Dave Arlen said.",
    )
    assert senator.speaker_name == "Jane Roble"
    assert attorney.speaker_name == "Dave Arlen"


@pytest.mark.parametrize("paragraph", [
    "But emails obtained by Vell Courier reveal a secret club of harbour “hobbyists” at the port authority.",
    "A memo seen by Harbour Weekly says the ferries are “unsafe at any speed” in winter.",
])
def test_who_got_hold_of_a_document_is_not_who_speaks_in_it(paragraph: str) -> None:
    [quote] = quotes_with_names(paragraph)
    assert quote.speaker_name is None


def test_an_age_between_commas_is_no_role() -> None:
    quotes = quotes_with_names("Pavel Roe founded the app in 2013.",
                               "Mr Roe, 33, added: “Once we have the controls in place we expect the app to be back.”")
    [quote] = [q for q in quotes if "controls" in q.text]
    assert quote.speaker_name == "Pavel Roe" and quote.speaker_role is None


def test_she_read_as_a_man_the_dossier_names_in_full_is_unknown(tmp_path: Path) -> None:
    # The second report never gives Brennan's given name, and its pronouns after "Brennan" are the actress's:
    # its "she" reads as him; the first report's "Jack Brennan" shows him a man.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Director apologises\n\nThe director Jack Brennan said on Monday that the crash was his fault.\n\n"
        "Actress Uma Roe was hurt in the crash on the set.\n", encoding="utf-8")
    (seeds / "b.txt").write_text(
        "This is why Uma Roe is angry\n\nRoe says the film made Brennan rich. Brennan told reporters the film was a "
        "success.\n\nBrennan noticed after a dinner that she was nervous around the producer.\n\n"
        "Brennan leans in and Roe flashes a smile when she sees that she can stand.\n\n"
        "“The wheel was at my belly and my legs were stuck,” she says.\n", encoding="utf-8")
    dossier = analyse(seeds, None, root=tmp_path, log=lambda _: None)
    [quote] = [q for q in dossier.quotes if q.text.startswith("The wheel")]
    assert quote.speaker is None and quote.speaker_name is None


def test_he_or_she_contradicts_only_a_person_of_the_other_gender() -> None:
    quote = Quote(id="a-q1", article="a", paragraph=2, text="I came here by myself.", speaker_text="He")
    paragraphs = {"b": ["Officials said Ms Roe left. Roe said little."]}
    start = paragraphs["b"][0].index("Roe")
    roe = Mention("b", 0, start, start + 3, "Roe", "person")

    def contradicts(entity: Entity) -> bool:
        return contradicts_pronoun(quote, person_gender(entity, paragraphs))

    assert contradicts(Entity(id="uma-roe", name="Uma Roe", kind="person", aliases=["Roe"]))
    assert contradicts(Entity(id="roe", name="Roe", kind="person", mentions=[roe]))  # "Ms Roe" in another report
    assert not contradicts(Entity(id="ed-marsh", name="Ed Marsh", kind="person"))
    assert not contradicts(Entity(id="jo-vane", name="Jo Vane", kind="person"))  # either gender's
    # a spokeswoman for a body said … "He added": the body's, as the quotes stage reads a spokesman's words
    assert not contradicts(Entity(id="hawks", name="Hawks", kind="organization"))


def test_a_persons_own_pronoun_after_the_name_opening_a_clause_tells_the_gender() -> None:
    paragraphs = {"a": ["Officials met on Monday. Tarrow won his seat again.",
                        "He told Vesk he would go. Vesk, someone he trusts, agreed.",
                        "Korran, 45, lost his case. Korran said that he would appeal."]}

    def gender(name: str) -> str | None:
        mentions = [Mention("a", n, found.start(), found.end(), name, "person")
                    for n, paragraph in enumerate(paragraphs["a"]) for found in re.finditer(name, paragraph)]
        return person_gender(Entity(id=name.lower(), name=name, kind="person", mentions=mentions), paragraphs)

    assert gender("Tarrow") == "m"  # "Tarrow won his"
    assert gender("Vesk") is None  # "told Vesk he" and "Vesk, someone he" are another's
    assert gender("Korran") is None  # neither a comma nor "that" may come between


def test_a_lawmakers_party_and_state_is_no_part_of_the_role_after_it() -> None:
    [quote] = quotes_with_names('Jo Darrow, D-N.Y., the ranking member, said: "The bill will fail."')
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Darrow", "ranking member")
    [quote] = quotes_with_names('Jo Darrow, R-Ariz., said: "The bill will fail."')
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Darrow", None)


def test_a_name_the_quote_calls_out_is_not_its_speaker() -> None:
    said, thanked, hailed = quotes_with_names(
        "“We are going to win this state,” Mary Roe said in Springfield.",
        "“Thank you, Roe!”",
        "“We love you, Mary Roe!”",
    )
    assert said.speaker_name == "Mary Roe"
    assert thanked.speaker_name is None and hailed.speaker_name is None


def test_an_honorific_of_the_other_gender_is_not_the_one_full_name_with_that_surname() -> None:
    [quote] = quotes_with_names(
        "Susan Roe, the company's founder, opened the meeting in Springfield.",
        "Mr. Roe disagreed. “This is a mistake,” Mr. Roe said.",
    )
    assert quote.speaker_name == "Roe"


def test_a_body_run_into_a_name_is_not_part_of_it() -> None:
    [quote] = quotes_with_names(
        "Lawmakers met on Monday with the ambassador to the United Nations Jo Roe.",
        "“We need a vote this week,” she said.",
    )
    assert quote.speaker_name == "Jo Roe"


def test_a_show_named_with_an_ampersand_is_no_quote() -> None:
    [quote] = quotes_with_names("Jo Roe told “Fox & Friends.”", "“The plan is bad,” she said.")
    assert (quote.text, quote.speaker_name) == ("The plan is bad,", "Jo Roe")


def test_a_clause_with_a_subject_of_its_own_leaves_the_sentence_subject_unsure() -> None:
    [quote] = quotes_with_names(
        "Jo Roe proposed a debate on the evening of May 4 - but the Poe campaign rejected the idea as “ludicrous” "
        "because a final would be played later that night."
    )
    assert quote.speaker_name is None
    [quote] = quotes_with_names(
        "Jo Roe proposed a debate on the evening of May 4 - but called the idea “a long shot” "
        "because a final would be played later that night."
    )
    assert quote.speaker_name == "Jo Roe"


def test_he_after_a_man_who_reports_nothing_and_one_who_reports_is_unsure() -> None:
    [quote] = quotes_with_names(
        "Police Chief John Doe said officers arrived within minutes. The gunman, Sam Poe, opened fire on the "
        "crowd before he was shot. “Our officers ran toward danger,” he said."
    )
    assert quote.speaker_name is None
    [quote] = quotes_with_names(
        "Police Chief John Doe spoke to reporters on Sunday. He said the gunman, Sam Poe, had opened fire on the "
        "crowd. “Our officers ran toward danger,” he said."
    )
    assert quote.speaker_name == "John Doe"


def test_a_reporting_verb_with_an_object_then_another_predicate_leaves_the_quote_to_the_earlier_verb() -> None:
    [quote] = quotes_with_names(
        "Acme Corp. makes widgets in Springfield.",
        "Acme said the company it hired, Vellcorp, has concluded its review and plans to release the results "
        "“promptly.”",
    )
    assert quote.speaker_name == "Acme"


def test_a_sentence_a_determiner_opens_with_a_verb_has_no_subject_in_a_later_apposition() -> None:
    [quote] = quotes_with_names(
        "Acme Corp. makes widgets in Springfield.",
        "That article describes a breach at Tarn Corp., an Acme subsidiary, where “crooks were able to steal the "
        "files of many users.”",
    )
    assert quote.speaker_name is None


def test_a_name_of_a_party_is_the_person_not_the_party() -> None:
    [quote] = quotes_with_names(
        "The vote was held on Monday.",
        "“Kell completed the task of dismantling the old coalition,” Ilan Gilon of the Tovar party said.",
    )
    assert quote.speaker_name == "Ilan Gilon"
    [quote] = quotes_with_names(
        "The vote was held on Monday.",
        "Parliament member Jo Roe of the Tovar party explained that funds have been transferred annually to the "
        "“local authorities every year for a decade.”",
    )
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Roe", "Parliament member")


def test_a_role_subject_named_in_an_apposition_is_the_named_person() -> None:
    [quote] = quotes_with_names(
        "The vote was held on Monday.",
        "The head of the Tovar Party, Jo Roe, voiced opposition to the plan, calling it yet “another irresponsible "
        "and dangerous” move.",
    )
    assert quote.speaker_name == "Jo Roe"


def test_a_quote_in_a_relative_clause_of_place_is_not_the_reported_words() -> None:
    [quote] = quotes_with_names(
        "Acme Corp. makes widgets in Springfield.",
        "Its filing lists a breach at Tarn Corp., an Acme subsidiary also called Acme Works, where “crooks were able "
        "to steal the files of many users.”",
    )
    assert quote.speaker_name is None


def test_a_titled_name_of_a_party_then_a_comma_is_the_subject() -> None:
    [quote] = quotes_with_names(
        "The vote was held on Monday.",
        "Parliament member Zorvel Zell of the right-wing religious party Tovar Kell, explained that funds have been "
        "transferred annually to the “local authorities every year for a decade.”",
    )
    assert (quote.speaker_name, quote.speaker_role) == ("Zorvel Zell", "Parliament member")


def test_a_quoted_reporting_verb_right_after_a_named_subject_is_the_subjects_word() -> None:
    quotes = quotes_with_names(
        "The vote was held on Monday.",
        "Education Minister Jo Roe “welcomed” Kell's call to annex the area, as a step that will move Tovaria away "
        "from the “dangerous idea of a separate state.”",
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe", "Jo Roe"]


def test_an_embedded_posts_signature_names_its_author_before_the_handle_and_date() -> None:
    [quote] = quotes_with_names(
        "Jo Roe and Sam Poe split last week.", "“Where is Sam? Where is Jo?” — Jo Roe (@joroe) February 5, 2016"
    )
    assert quote.speaker_name == "Jo Roe"


def test_a_named_person_after_a_word_of_mood_is_the_speaker() -> None:
    [quote] = quotes_with_names(
        "Team principal Chris Roe watched the race from the pit wall.",
        "“His recovery was amazing, and that was one of the best drives I have seen,” a jubilant Roe said.",
    )
    assert quote.speaker_name == "Chris Roe"


def test_words_of_one_speaker_inside_another_speakers_longer_quote_stay_their_own() -> None:
    # The reporter relays the chief's words; the chief's quote must not land under the reporter's name.
    chief = find_quotes(article('Police chief Jo Hale described the men. He said they looked "Arab or North African."',
                                id="a"), [])
    reporter = find_quotes(article('"The chief was saying they looked Arab or North African, and that caused a stir '
                                   'across the country," Ann Lee said.', id="b"), [])
    assert [q.speaker_name for q in chief + reporter] == ["Jo Hale", "Ann Lee"]
    assert len(group_quotes(chief + reporter)) == 2


# Breaking news: eyewitnesses the article does not name, and words spoken by someone other than the reporter.


def test_one_eyewitness_is_not_the_eyewitness_named_before() -> None:
    named, unnamed = quotes_with_names(
        'Eyewitness Jo Roe told the paper: "I saw the truck and I froze on the spot."',
        "Police closed the road.",
        'One eyewitness who works for the city said: "It is absolute chaos out here tonight."',
    )
    assert named.speaker_name == "Jo Roe"
    assert unnamed.speaker_name is None


@pytest.mark.parametrize(
    "opening",
    [
        "A man who gave his name as Ned, working at the Blue Sail beach cafe right in front of the long Vell Beach "
        "Promenade des Anglais, said that",
        "One man leaving the city hospital told the station that",
        "Another witness, a student at the college, said that",
    ],
)
def test_he_after_an_unnamed_person_who_reports_is_not_the_name_before(opening: str) -> None:
    named, unnamed = quotes_with_names(
        '"We will find them," Jo Roe said.',
        f'{opening} a truck drove into the crowd. "A huge number of people started running away," he said.',
    )
    assert named.speaker_name == "Jo Roe"
    assert unnamed.speaker_name is None


def test_he_two_paragraphs_after_an_unnamed_person_who_reports_is_not_the_name_before() -> None:
    named, _, unnamed = quotes_with_names(
        '"We will find them," Jo Roe said.',
        'One man who was leaving the city hospital on Friday told the station that the driver had "just kept driving '
        'straight on."',
        "The man, who had hurt his ankle, had blood on his shorts. He said that he worked at a cafe.",
        '"I work there and my daughter was there too," he said.',
    )
    assert named.speaker_name == "Jo Roe"
    assert unnamed.speaker_name is None


def test_words_someone_was_heard_shouting_are_not_the_reporters() -> None:
    [quote] = quotes_with_names(
        "Ned Poe was at the beach with friends.",
        'An officer was directing people, repeatedly shouting "Go quickly! Go that way now!" in French, Poe said.',
    )
    assert quote.speaker_name is None


def test_he_is_not_the_person_he_expects_an_answer_from() -> None:
    [quote] = quotes_with_names(
        "Mayor Jo Roe said that the families needed time to mourn. But he also asked how the attacker got through, "
        "and he said that he expected an answer from Ned Lee, the interior minister.",
        "\"I do not want to hear the usual, 'We are going to carry out an inquiry,'\" he said.",
    )
    assert quote.speaker_name in (None, "Jo Roe")


def test_he_is_not_a_name_in_the_phrase_after_the_speakers_verb() -> None:
    _, quote = quotes_with_names(
        "When a copy of the magazine reached Osama bin Laden, then the leader of Al Qaeda, he took exception to "
        "the article, said Tom Roe, a senior fellow at the Vell Foundation. He said that bin Laden worried about it.",
        '"You see a desire over time to calibrate the violence," Mr. Roe said, describing Qaeda tactics since the '
        'attacks of 2001. By contrast, the message of the Islamic State is to "kill anywhere and everywhere," he said.',
    )
    assert quote.speaker_name == "Tom Roe"


def test_split_name_is_cached_by_its_words() -> None:
    """``_split_name`` is cached: another name gets its own answer, not the one before."""
    from dossier.quotes.subjects import _split_name

    assert _split_name("Acme spokesman Jo Roe") == ("Jo Roe", "Acme spokesman")
    assert _split_name("Acme spokesman Ann Lee") == ("Ann Lee", "Acme spokesman")
    assert _split_name("Acme spokesman Jo Roe") == ("Jo Roe", "Acme spokesman")


def test_pre_tests_say_no_only_where_the_patterns_do() -> None:
    """The cheap tests run before slow patterns (the last comma before a name, a person noun in lower case) keep
    the patterns' answers: a comma earlier in the sentence, a capitalised noun, a letter only IGNORECASE folds."""
    from dossier.quotes.names import _appositions
    from dossier.quotes.spans import _ArticleNames
    from dossier.quotes.speakers import _in_participle_after_report

    def after_report(text: str) -> bool:
        return _in_participle_after_report(_ArticleNames(paragraphs=[text]), (0, text.index("Ann")))

    assert after_report("In May, Jo Roe said, citing Ann Lee, that it rained.")
    assert not after_report("In May, Jo Roe said, citing reports, Ann Lee left.")
    assert _appositions("Billionaire investor Sam Park spoke.") == [("billionaire investor", "Sam Park")]
    assert _appositions("The \u017finger Sam Park spoke.") == [("\u017finger", "Sam Park")]
    assert _appositions("Investors Sam Park spoke.") == []


def test_names_are_found_after_honorifics_and_before_possessives_without_a_pattern_of_their_own() -> None:
    """``_titled`` and ``_own_possessives`` answer as the patterns made of the name did: whole words only."""
    from dossier.quotes.speakers import _own_possessives, _titled

    assert _titled("Jo Roe", "Later Mrs.  Jo Roe, a lawyer, said so.") == "Mrs.  Jo Roe"
    assert _titled("Jo Roe", "Mr Jo Roes and Ms Jo Roe met.") == "Ms Jo Roe"
    assert _titled("Jo Roe", "Jo Roe met Mr Lee.") is None
    assert _own_possessives("Jo Roe", "Jo Roe (R) announced her plan; Jo Roe said his.") == {"f"}
    assert _own_possessives("Jo Roe", "Jo Roes wants his; Jo Roe wants his.") == {"m"}
    assert _own_possessives("Jo Roe", "Ann Jo Roe met her.") == set()


def test_a_pronoun_after_a_sentence_whose_subject_is_a_description_is_not_the_name_after_it() -> None:
    [quote] = quotes_with_names(
        "Jo Roe started from the front row in the wet.",
        "Incredibly, the teenager kept his car off the wall and stayed ahead of Tim Dale, too.",
        "“My heart rate went up,” he said.",
    )
    assert quote.speaker_name != "Tim Dale"


def test_a_pronoun_after_two_sentences_each_opened_by_a_different_man_is_unknown() -> None:
    [quote] = quotes_with_names(
        "Jo Roe won the race in the rain. Lee Park finished second.", "“I was chilling up front,” he said."
    )
    assert quote.speaker_name is None


def test_a_paragraph_that_is_only_a_name_is_no_referent_for_a_pronoun() -> None:
    [quote] = quotes_with_names(
        "Jo Roe won the race on Sunday.", "Tim Dale", "“It was a hard day for all of us,” he said."
    )
    assert quote.speaker_name == "Jo Roe"


def test_the_words_after_in_before_a_reporting_verb_are_a_place_not_a_speaker() -> None:
    [quote] = quotes_with_names(
        "Jo Roe won the race.", "Roe was happy and after the finish in Sao Paula said: “It was a hard day for us.”"
    )
    assert quote.speaker_name != "Sao Paula"


def test_a_pronoun_after_a_sentence_whose_description_comes_before_an_object_name_is_not_that_name() -> None:
    [quote] = quotes_with_names(
        "Jo Roe won from pole in the rain.",
        "The victory meant the reigning champion stays in the hunt, but he faces a hard task to beat Tim Dale.",
        "“I was chilling up front,” he said.",
    )
    assert quote.speaker_name != "Tim Dale"


def test_a_role_that_counts_names_no_one_the_article_gives_another_count() -> None:
    quotes = quotes_with_names(
        "Rain fell all day. Mercedes's triple world champion Jo Roe led the field away.",
        "Tim Dale spun off on lap ten.",
        "“We need to stop the race,” added the four-times champion.",
    )
    assert quotes[-1].speaker_name is None


def test_he_is_not_the_person_named_in_the_quote_his_next_quote_continues() -> None:
    quotes = quotes_with_names(
        "Tim Dale plays Jo Roe in the film.",
        "Since he had never seen the show before, Dale found that the fun of playing Roe came from his past. "
        "“Roe is so funny, and he takes it seriously,” he said. “I found out that he was a trained actor.”",
    )
    # Roe, named last, is only whom Dale plays: "he" goes on from Dale, the sentence's subject
    assert [q.speaker_name for q in quotes[-2:]] == ["Tim Dale", "Tim Dale"]


def test_a_gendered_role_the_article_gives_someone_outweighs_the_given_names_dictionary() -> None:
    quotes = quotes_with_names(
        "“He drove like a man possessed,” said his father, Jo, who raced for years.",
        "Equally delighted was Niki Ode, the former champion and team chairman. Congratulating the Roe family, he "
        "said: “Max was outstanding today.”",
    )
    assert quotes[-1].speaker_name == "Niki Ode"


def test_a_name_in_a_quote_inside_her_quote_does_not_make_she_someone_else() -> None:
    quotes = quotes_with_names(
        "Ann Lee broke the news to her fans on Monday. \u201cSo stop asking, \u2018How\u2019s Tim? How\u2019s "
        "Ann?\u2019\u201d she wrote. \u201cWe live in different countries.\u201d",
    )
    assert [q.speaker_name for q in quotes] == ["Ann Lee", "Ann Lee"]


def test_a_name_after_an_opening_phrase_saying_what_it_is_is_the_subject_a_pronoun_continues() -> None:
    [quote] = quotes_with_names(
        "Tom Moss plays Jo Roe in the film.",
        "As someone who had never seen the show before, Moss found that the fun of playing Roe came from his past.",
        "It was Moss’ first time on a set, and he said that “it was tricky going over the lines.”",
    )
    assert quote.speaker_name == "Tom Moss"


def test_a_description_after_a_preposition_is_no_subject_that_keeps_he_from_the_last_name() -> None:
    [quote] = quotes_with_names(
        "Tom Moss spoke to the host on Monday.",
        "The remarks from the former candidate prompted Ann Lee to ask Moss if he had proof. He signaled he did, "
        "saying, “And they cannot believe what they are finding.”",
    )
    assert quote.speaker_name == "Tom Moss"


def test_a_role_that_counts_may_be_someone_the_article_gives_the_role_without_a_count() -> None:
    [quote] = quotes_with_names(
        "Rep. Tom Moss said on Monday that he would retire.",
        "“I had no idea how to run an office,” said the four-term congressman.",
    )
    assert quote.speaker_name == "Tom Moss"


def _scored(module, paragraphs: list[str], source: str, quote: Quote):  # noqa: ANN001, ANN202 - eval module
    """The new and the old verdict on ``quote`` against made-up gold whose source is the first ``source``."""
    article = Article(id="t", source_file="t", title="T", paragraphs=paragraphs)
    offsets = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + 1
    text = "\n".join(paragraphs)
    start = text.index(source)
    gold = module.GoldQuote(chars=set(), source=[(start, start + len(source))], source_text=source, content="")
    return module.speaker_verdict(quote, gold, article, offsets), module.speaker_correct(quote, gold, article, offsets)


def test_scorer_a_resolved_name_is_right_only_when_the_gold_source_names_it() -> None:
    module = _eval_module()
    paragraphs = ["Tom Ferrow spoke first.", '"We will win," one Harbour aide said.']
    quote = Quote(id="t-q0", article="t", paragraph=1, text="We will win", speaker_text="one Harbour aide",
                  speaker_name="Tom Ferrow")
    # The lenient rule took our words at the source for a right speaker, whoever we resolved them to.
    assert _scored(module, paragraphs, "one Harbour aide", quote) == ("wrong", True)
    paragraphs = ['"We will win," Tom Ferrow said.']
    quote = Quote(id="t-q0", article="t", paragraph=0, text="We will win", speaker_text="Tom Ferrow",
                  speaker_name="Tom Ferrow")
    assert _scored(module, paragraphs, "Tom Ferrow", quote)[0] == "right"
    # A definite role resolved to a person: the gold marks no coreference, so nobody can tell.
    paragraphs = ["Tom Ferrow spoke first.", '"We will win," the harbourmaster said.']
    quote = Quote(id="t-q0", article="t", paragraph=1, text="We will win", speaker_text="the harbourmaster",
                  speaker_name="Tom Ferrow")
    assert _scored(module, paragraphs, "the harbourmaster", quote)[0] == "unverifiable"


def test_scorer_names_source_reads_the_head_of_the_gold_source() -> None:
    names_source = _eval_module().names_source
    assert names_source("Ann Ferrow", "Sen. Ann B. Ferrow (D-Vt.)")
    assert names_source("Ann Ferrow", "Ann Ferrow's")
    assert names_source("Ann Ferrow", "Ann Ferrow's letter")
    assert names_source("Ann Ferrow", "Ann Q. Ferrow, a lawyer from Dunmore,")
    assert not names_source("Ann Ferrow", "Bill Ferrow")
    assert not names_source("Ann Ferrow", "Ferrow aide Tom Lusk")
    assert not names_source("Ann Ferrow", "a top aide to Ann Ferrow")
    assert names_source("Dunmore Times", "the Times")
    assert not names_source("Dunmore Times", "the Harbour Times")
    assert names_source("Ann Ferrow", "Secretary of State Ann Ferrow")
    assert names_source("Association of Harbour Pilots", "the Association of Harbour Pilots")


def test_an_abbreviated_delegates_title_is_the_speakers_role_not_their_name() -> None:
    [quote] = quotes_with_names('"It will fail," said Del. Kemal Vozdar.')
    assert (quote.speaker_name, quote.speaker_role) == ("Kemal Vozdar", "Del.")
    [quote] = quotes_with_names('"It will fail," said Jo Roe of Dover, Del. The vote is on Monday.')
    assert quote.speaker_name == "Jo Roe"


def test_a_role_after_the_name_ends_before_the_sentences_full_stop() -> None:
    [quote] = quotes_of('"It will fail," said Jo Roe, a lawyer in Vell. He left.')
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Roe", "lawyer in Vell")
    [quote] = quotes_of('"It will fail," said Jo Roe, a lawyer at Vell Inc.')
    assert quote.speaker_role == "lawyer at Vell Inc."


def test_a_quote_closing_an_opening_subordinate_clause_is_its_subjects_not_the_main_clauses() -> None:
    # The main clause after the quote ("one of the lawyers said …") reports something else.
    [quote] = quotes_with_names(
        "But even as Jo Roe claimed on Tuesday that “the general got in trouble for far less,” one of the "
        "lawyers said the two cases were quite different."
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "subject_cue_before")
    # A clause that closed before the quote leaves it to the attribution after it.
    [quote] = quotes_with_names("When the vote was over, “we will appeal,” Ann Lee said.")
    assert quote.speaker_name == "Ann Lee"


def test_an_opening_mark_after_a_words_comma_and_before_a_space_closes_the_quote() -> None:
    [quote] = quotes_of("“The plan is fine for the town and for the port,“ said Jo Roe, a council member.")
    assert (quote.text, quote.speaker_name) == ("The plan is fine for the town and for the port,", "Jo Roe")


def test_the_subject_of_a_reporting_verb_is_read_after_a_colon_that_ends_a_clause_before_it() -> None:
    [quote] = quotes_of(
        "Even people who backed the plan sounded unsure: Jo Roe called it “the least bad option under the sun.”"
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "subject_cue_before")


def test_a_name_opening_a_clause_after_that_heads_the_chain_of_appositions_before_the_verb() -> None:
    [quote] = quotes_of(
        "It was less than three years ago that Jo Roe, who is thinking about running for mayor, said it was "
        "“impossible” for him to win the seat."
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "subject_cue_before")


def test_a_name_opening_a_bracketed_aside_heads_the_chain_of_appositions_before_the_verb() -> None:
    [quote] = quotes_of(
        "Most historians see the killings for what they were (Jo Roe, who coined the word, once said, “It happened "
        "so many times to so many people before”). Yet the council refuses."
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "subject_cue_before")


def test_an_aside_between_commas_links_the_subject_to_its_reporting_verb() -> None:
    [quote] = quotes_of("The two lawmakers, however, argue that “there is precedent for this kind of case in law.”")
    assert (quote.speaker_text, quote.attribution) == ("The two lawmakers", "subject_cue_before")


def test_less_common_reporting_verbs_attribute_a_quote() -> None:
    opined, speculated = quotes_of(
        "“Owners should leave their boats at home this weekend,” opined Jo Roe.",
        "Ann Lee speculated that the council was “about to fold under the pressure of the port.”",
    )
    assert (opined.speaker_name, opined.cue) == ("Jo Roe", "opined")
    assert (speculated.speaker_name, speculated.cue) == ("Ann Lee", "speculated")


def test_a_reporting_word_after_a_an_adverb_and_a_capitalised_word_is_a_noun() -> None:
    # "state" in "a heavily Democratic state" reports nothing: the quote after is the subject's.
    [quote] = quotes_of(
        "Ann Lee praised the mayor and his ability to get things done in a heavily Democratic state.",
        "“We need someone who is going to cut through the noise and bring people together.”",
    )
    assert (quote.speaker_name, quote.attribution) == ("Ann Lee", "previous_paragraph_report")


def test_a_participle_right_after_an_earlier_quote_reports_for_the_sentences_subject() -> None:
    scare, quote = quotes_of(
        "The Harbour Trust did not want to address “that man,” telling the Gazette that it was focused on "
        "“ending senseless noise.”"
    )
    assert scare.speaker_name is None
    assert (quote.speaker_name, quote.attribution) == ("Harbour Trust", "participle")


def test_a_participle_after_an_earlier_quote_of_its_sentence_is_the_subjects_not_a_name_in_the_object() -> None:
    first, added = quotes_with_names(
        "Senator Amy Lane of Ohio and the Russian envoy Paul Voss will meet next week.",
        "But Ms. Lane, of Ohio, called Friday for the governor to “use the report to confront” Mr. Voss at the "
        "hearing, adding, “We cannot give an inch on this.”",
    )
    assert first.speaker_name == added.speaker_name == "Amy Lane"


def test_he_after_a_response_from_someone_and_quote_paragraphs_is_the_one_responding() -> None:
    # The sentence is about the governor's speech; the words it introduces are the mayor's reply.
    *_, reply = quotes_with_names(
        "Governor Paul Voss's budget speech also held a warning to the unions that he would cut their pay, prompting a "
        "furious response from Mayor Tom Reed on the radio.",
        "“The governor just said that the pay of every worker is on the table.”",
        "“Will someone in his tired office please tell him that the city has the votes too, and that we will use "
        "them!” he said.",
    )
    assert reply.speaker_name == "Tom Reed"


def test_a_reporting_noun_after_an_adverb_and_an_adjective_is_no_verb() -> None:
    # "note" is the noun of "an unusually warm note": the participle after the comma is the subject's.
    [quote] = quotes_with_names(
        "Mayor Tom Reed struck an unusually warm note in his annual address, declaring his wish “for a quiet summer "
        "on our streets.”"
    )
    assert quote.speaker_name == "Tom Reed"


def test_a_person_before_an_unclosed_apposition_of_their_post_at_a_body_is_the_speaker() -> None:
    [quote] = quotes_with_names(
        "Maria Lopez, a fellow at the Harbour Policy Institute in Vell told CNN that the mayor does “not want to look "
        "weak before the vote.”"
    )
    assert quote.speaker_name == "Maria Lopez"


def test_a_pull_quote_set_as_a_subhead_is_no_quote_of_its_own() -> None:
    article = Article(id="a", source_file="a.txt", title="Harbour closes",
                      paragraphs=["The harbour closed on Monday, the council said.",
                                  "“Nobody saw the storm coming, not even the fishermen”",
                                  "Jo Roe, the harbour master, said the port would reopen. “We will be ready,” "
                                  "she said."],
                      subheads=[1])
    assert [q.paragraph for q in find_quotes(article, [])] == [2]


def test_x_quoted_y_as_saying_is_y() -> None:
    [quote] = quotes_with_names('The Vellan news agency quoted Jo Roe as saying, "We will answer any provocation."')
    assert quote.speaker_name == "Jo Roe"


def test_words_an_inner_report_relays_are_not_the_outer_reporters() -> None:
    [quote] = quotes_with_names(
        "Ann Lusk met the minister on Monday.",
        'Bo Zell also said the country was "100 percent behind us," Ann Lusk told reporters.',
    )
    assert quote.speaker_name != "Ann Lusk"


def test_a_role_of_a_named_owner_is_not_the_same_role_of_someone_else() -> None:
    [president] = quotes_with_names(
        "Vellan President Tom Ferrow visited Dunmore on Monday.",
        "Ties with Marovia have soured. Marovia's president has said the ties are \"beyond recovery.\"",
    )
    assert president.speaker_name is None
    [spokesperson] = quotes_with_names(
        "Vellan foreign ministry spokeswoman Ann Lusk said the launch was a provocation.",
        "The prime minister's spokesperson said she is \"outraged by the tests.\"",
    )
    assert spokesperson.speaker_name is None


def test_with_x_threatening_is_x() -> None:
    [quote] = quotes_with_names(
        'Ann Lusk said the council would meet on Friday, with Tom Ferrow threatening "catastrophic consequences."'
    )
    assert quote.speaker_name == "Tom Ferrow"


def test_a_pronoun_speaker_in_a_scene_someone_recalls_is_unknown() -> None:
    [quote] = quotes_with_names(
        "Jo Roe was on the flight to Dunmore.", '"The bird is flying around," he announced, as Roe recalled it.'
    )
    assert quote.speaker_name is None
    # Nor the last person named before Roe's account: the "he" of the scene is someone Roe tells of.
    [_, quote] = quotes_with_names(
        "Jo Roe sat at the back of the plane.",
        "For Tom Ferrow, a traveling singer, it felt like an hour before the captain came back on the intercom and "
        "said: “The bird is back.”",
        "“The bird is flying around the cockpit,” he announced, as Roe recalled it.",
    )
    assert quote.speaker_name is None


def test_someone_recalled_telling_is_not_the_recaller() -> None:
    [quote] = quotes_with_names(
        "Jo Roe was on the flight to Dunmore.", 'He recalled the pilot telling the passengers: "We have a bird."'
    )
    assert quote.speaker_name != "Jo Roe"


def test_x_quoted_y_as_saying_after_the_quote_is_y() -> None:
    [quote] = quotes_with_names('"We will answer any provocation with force," KCNA quoted Jo Roe as saying.')
    assert quote.speaker_name == "Jo Roe"


def test_a_works_title_in_marks_is_no_quote() -> None:
    quotes = quotes_with_names(
        "“Once it is assured that it has a ‘safe shield,’ Vell is likely to act far more boldly,” said Mr. Roe. In "
        "“Rolling Back the Growing Vellan Threat,” the Dunmore Council’s memo to Mr. Ferrow published last month, "
        "Mr. Roe and the co-author Ann B. Lusk said that such acts could include “ever more dangerous provocations.”"
    )
    assert not [q for q in quotes if q.text.startswith("Rolling Back")]
    assert len(quotes) == 2


def test_a_works_title_with_to_or_for_in_lower_case_or_a_comma_is_no_quote() -> None:
    quotes = quotes_with_names(
        "Jo Roe wrote in his memoir, “From Hope to Higher Ground,” that his work as a pastor shaped him.",
        "Ann Lee, quoted in Tom Ode's book “Backfire: A Battle for the Soul of a Company,” said the board was split.",
        "Roe said: “We will win this to the last vote.”",
        "The Courier spoke with Ann Lee on the latest episode of its politics podcast, “So, That Happened.”",
    )
    assert [q.text for q in quotes] == ["We will win this to the last vote."]


def test_a_spokesman_for_a_body_then_his_name_is_the_person() -> None:
    [quote] = quotes_with_names(
        "“Vell is gravely concerned with the course Marovia took,” a spokesman for the Foreign Ministry, Tom Ferrow, "
        "said in the statement."
    )
    assert quote.speaker_name == "Tom Ferrow"


def test_a_pronoun_speaker_stays_while_someone_else_goes_on() -> None:
    [_, quote] = quotes_with_names(
        '"Bo wants to be a tough guy tonight," Jo Roe shot back.', '"Quiet," he demanded, as Bo Lusk continued to talk.'
    )
    assert quote.speaker_name == "Jo Roe"


def test_a_clause_after_a_dash_does_not_sign_the_quote() -> None:
    [quote] = quotes_with_names(
        'When Jo Roe wrapped up — "I will fight for you and I will win this race for you!" — the balloons fell on '
        "the crowd."
    )
    assert quote.speaker_text is None or "balloons" not in quote.speaker_text


def test_a_name_after_a_dash_signing_a_sentence_is_its_reporter_not_the_speaker() -> None:
    _, quote = quotes_with_names(
        'Jo Roe said on Monday that she will "try to form a stable government" and insisted that her party was "still '
        'the first force in the land."--Ann Lusk.'
    )
    assert quote.speaker_name != "Ann Lusk"


def test_a_name_after_a_dash_signs_a_quote_that_is_its_whole_sentence() -> None:
    signed, described = quotes_with_names(
        '"We will fight for every vote in this state and we will win it." — Jo Roe, Acme Union',
        '"We will fight for every town in this state and we will win them." — a local in Dunmore',
    )
    assert signed.speaker_name == "Jo Roe" and described.speaker_text == "a local in Dunmore"


def test_two_people_speaking_together_are_no_one_speaker() -> None:
    joint, roles = quotes_with_names(
        'Mr. Pavel and the co-author Jo Roe said "the plan has failed from the start."',
        'Former judge and Dunmore Mayor Ann Lusk said "the plan has failed from the start."',
    )
    assert joint.speaker_name is None and roles.speaker_name == "Ann Lusk"


def test_a_past_participle_phrase_after_a_name_links_the_subject_to_its_verb() -> None:
    clad, asked = quotes_with_names(
        'Jo Roe, clad in a red coat at the rally, said "we will win this state in November."',
        'Ann Lusk, asked about the vote, said "we will fight for every vote in this state."',
    )
    assert (clad.speaker_name, clad.attribution) == ("Jo Roe", "subject_cue_before")
    assert (asked.speaker_name, asked.attribution) == ("Ann Lusk", "subject_cue_before")


def test_a_reporting_verb_capitalised_after_an_apposition_is_the_verb() -> None:
    [quote] = quotes_with_names('"We will win this fight in the courts." Jo Roe, the head of Acme, Tweeted on Friday.')
    assert quote.speaker_name == "Jo Roe"


def test_a_bodys_words_given_by_its_spokesperson_at_the_sentences_end_are_the_spokespersons() -> None:
    body, person = quotes_with_names(
        'Vellia has condemned the "grave and deliberate provocation" by its neighbour, government spokesperson Jo Roe '
        "said on Friday.",
        'Ann Lusk called the plan "a grave and deliberate provocation" on Friday, Acme spokesman Bo Ferrow said.',
    )
    assert body.speaker_name == "Jo Roe" and person.speaker_name == "Ann Lusk"


def test_a_clause_with_its_own_subject_after_a_report_leaves_the_next_quote_unknown() -> None:
    _, quote = quotes_with_names(
        '"We have been married for forty years now," Jo Roe said, and her husband cut in. "We met at the fair in town."'
    )
    assert quote.speaker_name != "Jo Roe"


def test_a_label_after_a_dash_glued_to_it_names_the_speaker() -> None:
    [quote] = quotes_with_names(
        "The poll was wrong all along -More from Jo Roe: “We will win this fight in the courts and beyond.”"
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "name_label")


def test_two_people_the_article_named_speaking_together_are_no_one_speaker() -> None:
    [quote] = quotes_with_names(
        "Jo Roe and Bo Lusk wrote the report over the summer in Dunmore.",
        "“We will win this fight in the courts and beyond,” Roe and Lusk said.",
    )
    assert quote.speaker_name is None


def test_two_titled_people_with_their_parties_speaking_together_are_no_one_speaker() -> None:
    # Too long to read as one noun phrase, the pair must not leave the last named alone as the speaker.
    said, continued = quotes_with_names(
        "“Every day, the mayor gives us more evidence that he is unfit for office,” Senate Majority Leader Jo Roe (D) "
        "and Assistant House Majority Leader Ann Poe (D) said in a statement. “The mayor needs to resign.”"
    )
    assert said.speaker_name is None and continued.speaker_name is None


def test_words_in_marks_tied_to_someone_elses_possessive_are_not_the_reporters() -> None:
    # Lee reports the council's doubts; the phrase in marks is Mr. Roe's promise, which she only echoes.
    echoed, own = quotes_with_names(
        "Ann Lee said many council members were still deciding whether Mr. Roe’s apology and promise to seek "
        "“quiet reflection” had eased their doubts.",
        "Bo Lusk said his own promise to seek “a fresh start” had eased their doubts.",
    )
    assert echoed.speaker_name is None and own.speaker_name == "Bo Lusk"


def test_copy_that_a_reported_clause_shows_is_not_the_reporting_outlets() -> None:
    # The Courier reports what the shops advertise; the words in marks are the shops' advertisement.
    shown, reported = quotes_with_names(
        "The Courier reported these shops even advertise their low prices on a city website: “Open late every day "
        "near the station.”",
        "The Courier reported that the bakery would close: “We cannot go on like this.”",
    )
    assert shown.speaker_name is None and reported.speaker_name == "Courier"


def test_a_reporting_noun_after_a_preposition_and_a_modifier_is_no_verb() -> None:
    [quote] = quotes_with_names(
        'Vellia has condemned the "excessive provocation" in the strongest terms, government spokesperson Jo Roe said '
        "Friday."
    )
    assert quote.speaker_name == "Jo Roe"


def test_a_quote_set_between_dashes_in_an_opening_clause_is_that_clauses() -> None:
    hyphens, dashes = quotes_with_names(
        'Although Bo Lee lamented it - "Why did we lose the vote in this town?" - voters said the party had moved on.',
        'While Jo Roe lamented it — "Why did we lose the vote in this town?" — voters said the party had moved on.',
    )
    assert (hyphens.speaker_text, hyphens.speaker_name) == ("Bo Lee", "Bo Lee")
    assert (dashes.speaker_text, dashes.speaker_name) == ("Jo Roe", "Jo Roe")


def test_a_countrys_words_given_by_a_titled_or_named_person_at_the_sentences_end_are_that_persons() -> None:
    titled, named, body, person = quotes_with_names(
        'Norway has condemned the "grave provocation" at the border, Foreign Minister Jo Roe said on Tuesday.',
        'The ministry has condemned the "grave provocation" at the border, Bo Ferrow said.',
        'Norway has condemned the "grave provocation" at the border, he said.',
        'Ann Lusk called the plan "a grave provocation" on Friday, Foreign Minister Bo Ferrow said.',
    )
    assert titled.speaker_name == "Jo Roe" and named.speaker_name == "Bo Ferrow"
    assert body.speaker_name == "Norway" and person.speaker_name == "Ann Lusk"


def test_words_an_unnamed_person_asked_or_told_someone_in_anothers_account_are_not_the_reporters() -> None:
    asked, told, named = quotes_with_names(
        'Tom Roe said the attendant asked him: "Did you take them from the shelf?"',
        'Ann Lee said the guard told her, "You cannot stay here tonight."',
        'Tom Roe said Ann Lee asked him: "Did you take them from the shelf?"',
    )
    assert asked.speaker_name is None and told.speaker_name is None
    assert named.speaker_name == "Ann Lee"


def test_a_role_qualifier_opening_a_bodys_name_is_part_of_the_name() -> None:
    [quote] = quotes_with_names('The National Cedar Growers Association says the rules are "ripe for abuse" and vague.')
    assert quote.speaker_name == "National Cedar Growers Association"


def test_a_capitalised_word_before_a_description_in_lower_case_names_no_body() -> None:
    staffer, body = quotes_with_names(
        '"We will win this seat," said a Democratic staffer in the room.',
        '"We will win this seat," said the Kremlin.',
    )
    assert staffer.speaker_name is None and staffer.speaker_text == "a Democratic staffer"
    assert body.speaker_name == "Kremlin"


def test_a_clause_with_its_own_subject_after_a_verbs_object_holds_the_quote() -> None:
    crowd, reported = quotes_with_names(
        'Boos rained down when Jo Roe mentioned the former mayor, and at one point the crowd loudly reprised the chant '
        '"Out with her!" across the hall.',
        'Bo Lusk noted that the officials have long been talking, and "we are in talks about more patrols" there.',
    )
    assert crowd.speaker_name is None and reported.speaker_name == "Bo Lusk"


def test_words_a_relayed_text_says_are_not_the_relayer_s() -> None:
    # 'X says the letter calls for … and adds, "…"': the outlet or person relays the letter, whose author the
    # sentence does not give.
    [relayed] = quotes_with_names(
        "Several bankers wrote a letter to the Guild of Tanners on Monday.",
        'The Daily Vell says the letter calls for a review board, and adds, "as senior bankers we hereby put '
        'ourselves forward for service."',
    )
    [warned] = quotes_with_names(
        'Tom Brell says the report calls for new rules and warns that "the harbour will silt up within a decade."'
    )
    assert (relayed.speaker_name, warned.speaker_name) == (None, None)


def test_he_is_not_a_name_in_a_clause_opening_the_sentence() -> None:
    # "When Poe had to leave, Roe led …": Poe is the subject of the clause "When" opens, not of the sentence.
    quotes = quotes_with_names(
        "Hawks coach Dan Roe announced his retirement on Monday after six seasons.",
        '"It has been a long ride," Roe said.',
        "Roe said he was forced out at Tarnby, and was ready to step away when Lions coach Al Poe offered him a job.",
        "When Poe had to leave the team for a time, Roe directed the Lions to a 9-3 record as interim coach.",
        "He said he was planning to stay in the area and that his foundation would continue its work.",
        '"Hell, I might be on your side," he told reporters. "I don\'t know."',
    )
    assert [q.speaker_name for q in quotes] == ["Dan Roe"] * 3


def test_according_to_a_titled_name_after_the_quote() -> None:
    [quote] = quotes_with_names('The patient is now "perfectly fine," according to Dr. Jo Roe, who treated him.')
    assert (quote.speaker_text, quote.speaker_name) == ("Dr. Jo Roe", "Jo Roe")


def test_a_quote_run_on_into_a_paragraph_with_no_opening_mark() -> None:
    # The writer left out the mark that reopens the quote: the next paragraph's first mark closes it.
    [straight] = quotes_with_names(
        "Mayor Jo Roe spoke at the opening of the bridge on Monday.",
        '"We will build the bridge and the road by spring and the tunnel next.',
        'We will not stop until the work is done," Roe said.',
    )
    assert straight.paragraphs == [1, 2] and straight.speaker_name == "Jo Roe"
    assert straight.text.endswith("We will not stop until the work is done,")
    [curly] = quotes_with_names(
        "Professor Ann Poe, who led the study, said: “We found a pair of eddies.",
        "The rings need calm water to ‘puff’ out through, which is unusual.”",
        "The paper is published in a journal.",
    )
    assert curly.paragraphs == [0, 1] and curly.speaker_name == "Ann Poe" and "‘puff’" in curly.text
    # A name alone before the closing mark signs a pull quote; it is not the quote's words.
    [signed] = quotes_with_names(
        "Tom Lee spoke on Monday.", '"Everybody keeps the rules until they start losing.', 'Tom Lee."', "He left."
    )
    assert signed.paragraphs == [1] and "Tom Lee" not in signed.text


def test_he_after_a_sentence_opening_with_and() -> None:
    # "And" opens the sentence, its subject right after it: "he" is the chairman, not the name in the apposition.
    *_, quote = quotes_with_names(
        "Senator Ann Vell spoke in Tarnby on Monday.",
        "And Vell campaign chairman Tom Roe — Bill Vell’s former chief of staff — offered a slogan when I asked him.",
        "“She will fight for the people,” he said.",
    )
    assert quote.speaker_name == "Tom Roe"


def test_a_relative_clause_reports_for_the_name_it_describes() -> None:
    # '…with Rob Dane, who told a coach, "…"': Dane's words, not those of the sentence's subject (Hix).
    [named] = quotes_with_names(
        "Manager Al Hix noticed something was wrong with Rob Dane, who told Hix: “I don’t really feel too good.”"
    )
    [unnamed] = quotes_with_names(
        "Manager Al Hix noticed something was wrong with a coach, who told Hix: “I don’t really feel too good.”"
    )
    assert (named.speaker_name, unnamed.speaker_name) == ("Rob Dane", None)
    # Inside what an earlier verb reports, the clause is that verb's subject's account.
    [recalled] = quotes_with_names(
        "Host Joe Mabb recalled in 2008 that before Iowa, Obama was not treated as credibly by his listeners, who "
        "wondered if “he would be the token in the debate.”"
    )
    assert recalled.speaker_name == "Joe Mabb"


def test_a_quote_in_brackets_after_a_name() -> None:
    [quote] = quotes_with_names(
        "Singer Jo Roe and actress Ann Lee spoke on Monday.",
        "The remark met with backlash from artists: Roe (\"Women in music don't need to 'step up.' Women have been "
        'stepping up since time began"), Ann Lee and Kay Mott all condemned it.',
    )
    assert (quote.speaker_name, quote.attribution) == ("Jo Roe", "bracketed_after_name")


def test_he_after_an_unnamed_spokesman_in_a_city_is_not_the_last_named_man() -> None:
    # "A foreign ministry spokesman in Vell said …" opens the paragraph before: "he" is that spokesman, whom the
    # article does not name, not the other side's spokesman named earlier.
    quote = quotes_with_names(
        "Rebel spokesman Omar Dask said the attack was revenge.",
        "A foreign ministry spokesman in Vell said the attack was stopped in the early hours of Friday.",
        "\u201cAll our staff at the consulate are safe and unhurt,\u201d he said.",
    )[0]
    assert quote.speaker_name is None


def test_a_quote_in_double_marks_holding_single_marked_words_stays_in_an_article_of_single_marked_titles() -> None:
    # The article sets a paper's title and a few words in single marks, its one speaker's quote in double marks,
    # with words in single marks inside it: the quote stays, and is its speaker's.
    found = quotes_with_names(
        "Scientists say the ‘sea rings’ were found in the journal ‘Vell Letters’.",
        "Lead author Jo Roe said: “What we found was a pair of rings spinning in opposite directions.",
        "“They need calm water to ‘puff’ out through, and to ‘suck up’ small creatures on the way.”",
        "The paper ‘Fast water transport by long-lasting ring pairs in the southern oceans of Vellia’ is out.",
    )
    said = [q for q in found if q.text.startswith("What we found")]
    assert [q.speaker_name for q in said] == ["Jo Roe"]
    assert not [q for q in found if q.text in ("puff", "suck up")]


def test_a_place_after_in_is_where_the_speaker_is_not_who() -> None:
    [quote] = quotes_with_names('The Vell Weather Service in Tarnby tweeted, "Did you see a fireball?"')
    assert quote.speaker_name == "Vell Weather Service"
    [quote] = quotes_of('"Stay indoors," police in Tarnby said.')
    assert quote.speaker_name is None


@pytest.mark.parametrize("rank", ["Asst Ch Con", "Chief Con", "Det Ch Insp", "Ch Supt", "Cmdr"])
def test_abbreviated_police_ranks_are_titles(rank: str) -> None:
    [quote] = quotes_with_names(f'"We are looking for witnesses," {rank} Jo Roe said.')
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Roe", rank)


def test_an_abbreviated_rank_that_is_also_a_given_name_is_one_only_after_a_title() -> None:
    [quote] = quotes_with_names('"The war is far from over," Con Roe said.')
    assert quote.speaker_name == "Con Roe"


def test_a_quote_after_a_closed_quote_is_not_the_next_sentence_speakers() -> None:
    quotes = quotes_with_names(
        'Deputy Chief Constable Jo Roe said: "We will keep working. We are grateful." '
        '"At this stage it is too early to speculate." The tram will be moved tomorrow, Vell Police said.'
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe", "Jo Roe"]


def test_a_role_of_a_place_before_a_name() -> None:
    [quote] = quotes_with_names('Mayor of Vell Jo Roe said: "We will rebuild the bridge."')
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Roe", "Mayor of Vell")
    [quote] = quotes_of('"We will hire," said Ann Lee, president of Vell Restaurant Association.')
    assert quote.speaker_name == "Ann Lee"


def test_initials_alone_are_the_one_person_named_in_full_with_them() -> None:
    quotes = quotes_with_names("The Vells signed T.J. Roe in May.", '"We played hard all game," T.J. said.')
    assert quotes[-1].speaker_name == "T.J. Roe"
    quotes = quotes_with_names(
        "The Vells signed T.J. Roe in May.", "T.J. Ray was not signed.", '"We played hard all game," T.J. said.'
    )
    assert quotes[-1].speaker_name is None
    quotes = quotes_with_names("The Vells signed Tom Roe in May.", '"We played hard all game," Tom said.')
    assert quotes[-1].speaker_name == "Tom"


def test_the_age_of_the_one_person_the_article_gives_it() -> None:
    quotes = quotes_with_names(
        "Ann Lee, 76, saw the light from her garden.",
        'The 76-year-old said: "It was the brightest thing I have seen."',
    )
    assert quotes[-1].speaker_name == "Ann Lee"
    quotes = quotes_with_names(
        "Ann Lee, 76, saw the light from her garden.",
        'A 76-year-old said: "It was the brightest thing I have seen."',
    )
    assert quotes[-1].speaker_name is None


def test_the_noun_of_a_body_is_the_body_named_in_full() -> None:
    quotes = quotes_with_names(
        "Vell Health Services NHS Trust runs the hospital.",
        'The "vast majority" of patients were seen, the Trust said.',
    )
    assert quotes[-1].speaker_name == "Vell Health Services NHS Trust"
    quotes = quotes_with_names(
        "Vell Health Services NHS Trust and Tarnby Care Trust run the hospitals.",
        'The "vast majority" of patients were seen, the Trust said.',
    )
    assert quotes[-1].speaker_name is None


def test_a_name_before_an_apposition_left_unclosed_is_the_teller() -> None:
    [quote] = quotes_with_names(
        '"The light lasted for seconds and lit the whole sky," Jo Roe, an operations manager at the Vell Meteor '
        "Society told Vell News."
    )
    assert (quote.speaker_name, quote.speaker_role) == ("Jo Roe", "operations manager at the Vell Meteor Society")
    quotes = quotes_with_names(
        "Prince Jo Roe of Vell spoke on Monday.", 'In December, the prince called the plan "a disgrace to all of us."'
    )
    assert quotes[-1].speaker_text == "the prince"


def test_an_acronym_before_a_body_noun_is_in_the_body_name() -> None:
    [quote] = quotes_with_names('The Vell Health Services NHS Trust said the "vast majority" of patients went home.')
    assert quote.speaker_name == "Vell Health Services NHS Trust"


def test_a_relative_clause_after_the_name_is_no_role() -> None:
    before, after = quotes_with_names(
        'Jo Roe, who is 46, said: "We will build the bridge before the winter comes."',
        '"The river will not wait for us," Roe, who was elected in 2010, said on Friday.',
    )
    assert (before.speaker_name, before.speaker_role) == ("Jo Roe", None)
    assert (after.speaker_name, after.speaker_role) == ("Jo Roe", None)
    [aged] = quotes_with_names('"We will build the bridge before the winter comes," Jo Roe, 46, a farmer, said.')
    assert (aged.speaker_name, aged.speaker_role) == ("Jo Roe", "farmer")


def test_the_quote_after_a_question_is_the_answer_of_the_one_asked() -> None:
    [named] = quotes_with_names(
        "Vell Online asked Jo Roe, the chief of Vell Bank, whether the debt could turn bad? "
        "“Definitely. This is why most banks have stopped lending to buyers.”"
    )
    [unnamed] = quotes_with_names(
        "Vell Online asked whether the debt could turn bad? “Definitely. This is why most banks have stopped lending.”"
    )
    assert named.speaker_text == "Jo Roe" and named.speaker_name in (None, "Jo Roe")
    assert unnamed.speaker_name is None and unnamed.speaker_text is None


def test_a_nickname_given_after_a_comma_is_no_one_else() -> None:
    [quote] = quotes_with_names(
        "Markets fell on Monday.",
        "Jo Roe, professor of economics at Vell University, also known as Dr Gloom is no fan of the coin. The name "
        'Dr Gloom was given to him for his dark forecasts. He tweeted: "The coin is a bubble and it will burst."',
    )
    assert quote.speaker_name == "Jo Roe"


def test_he_is_the_one_word_person_who_opens_his_sentence() -> None:
    paragraphs = [
        "Tom Ray will sing at the halftime show on Sunday, his label said.",
        "A decade ago, Prince gave an interview to a magazine in which he called such tributes “ghastly.” “It is the "
        "worst thing I can think of,” he said.",
    ]
    prince = paragraphs[1].index("Prince")
    mentions = [Mention("a", 0, 0, 7, "Tom Ray", "person"), Mention("a", 1, prince, prince + 6, "Prince", "person")]
    word, said = find_quotes(article(*paragraphs), mentions)
    assert word.speaker_name == "Prince" and said.speaker_name == "Prince"


def test_a_quote_about_its_speaker_by_full_name_is_no_one_s_words() -> None:
    bio, own = quotes_with_names(
        "Jo Roe is running for mayor.",
        "Roe says this about himself on his website: “Born to a single mother in Vell, Jo Roe moved with his mother "
        "to the mainland at age 13.” Roe said: “Born in Vell, I, Jo Roe, will not forget it.”",
    )
    assert bio.speaker_name is None
    assert own.speaker_name == "Jo Roe"
    [spelt] = quotes_with_names(
        "Jose Roe is running for mayor.",
        "Roe says this about himself on his website: “Born to a single mother in Vell, José Roe moved with his mother "
        "to the mainland at age 13.”",
    )
    assert spelt.speaker_name is None



def test_he_after_an_unnamed_person_quoted_in_his_paragraph_is_unknown() -> None:
    quotes = quotes_with_names(
        "Tom Ray will sing at the halftime show on Sunday, the league said.",
        "Ray said he was ready for it.",
        "His old friend, who died in 2016, once called such shows “vile.” “It is demonic,” he said.",
    )
    assert [q.speaker_name for q in quotes] == [None, None]


def test_a_family_named_by_its_surname_is_not_the_person() -> None:
    [quote] = quotes_with_names(
        "Jo Roe runs a shipping firm.", '"The company is inactive," the Roe family said in a statement.'
    )
    assert quote.speaker_name is None and quote.speaker_text == "the Roe family"


def test_he_is_the_subject_described_before_his_name_not_the_one_in_his_apposition() -> None:
    quotes = quotes_with_names(
        "Two years ago, a cellist, Jo Roe, a lifelong friend of Vellish President Tom Ray, told a reporter that he "
        "was just a humble musician. “I’ve got an apartment, a car and a boat,” he said. “I don’t have millions.”"
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe", "Jo Roe"]


def test_put_reports_only_with_it() -> None:
    [placed] = quotes_with_names(
        'Aides to Vellish far-right leader Jo Roe put in place a "sophisticated offshore system" to hide money, '
        "according to Vell Monde newspaper."
    )
    [said] = quotes_with_names('As Jo Roe put it, "the bridge will be built before the winter comes."')
    assert placed.speaker_name is None
    assert said.speaker_name == "Jo Roe"


def test_aides_to_a_described_person_are_not_the_person() -> None:
    [quote] = quotes_with_names(
        "Jo Roe leads Vell.",
        'Aides to Vellish far-right leader Jo Roe said the plan was "a sophisticated offshore system" to hide money.',
    )
    assert quote.speaker_name is None


def test_a_surname_two_people_share_is_unknown_when_neither_is_named_near() -> None:
    *_, far = quotes_with_names(
        "President Tom Roe of Vell spoke on Monday about the files.",
        "“It should be named the Offshore Files,” Ann Roe de Fay, Vell’s vice minister of finance, insisted.",
        *[f"The firm at the centre of the affair has {n} offices in the region." for n in range(2, 14)],
        "Until then, Roe said, “Vell is going to be in the eye of the storm.”",
    )
    assert far.speaker_name is None


def test_he_bound_past_a_person_named_in_the_apposition_is_listed() -> None:
    [quote] = quotes_with_names(
        "Jo Roe, a cellist and friend of President Tom Ray, told a reporter that he was just a humble musician. "
        '"I have got an apartment and a car," he said.'
    )
    assert quote.speaker_name == "Jo Roe" and quote.doubt is not None and "Tom Ray" in quote.doubt


def test_he_is_not_a_person_named_only_as_an_object_or_after_a_preposition() -> None:
    # The sentence between names a singer only as what the boat plays and a rival only after "with": neither is its
    # subject, so "he" goes on from the founder who wrote before.
    played, compared = (
        quotes_with_names(
            "Tom Vale, the founder of the company, said on Monday that the boat would sail in June.",
            "He wrote: “The hull is ready for the sea.”",
            f"Some critics had argued that the plan to sail {between} was a stunt.",
            "He also confirmed the boat will carry “forty tons of cargo on its first trip,” adding the crew was ready.",
        )
        for between in ("with the boat blaring Ray Dunmore on the radio", "in a race with Ray Dunmore")
    )
    assert [q.speaker_name for q in played] == ["Tom Vale", "Tom Vale"]
    assert [q.speaker_name for q in compared] == ["Tom Vale", "Tom Vale"]


def test_he_is_not_a_person_named_with_a_title_after_a_preposition() -> None:
    # "to Democratic state House Speaker Al Poe": the title stands between "to" and the name, which is still only
    # the object of "to"; "he" goes on from the governor the paragraph is about.
    quotes = quotes_with_names(
        "Governor Jo Roe opened the door on Tuesday to an early exit from office.",
        "Last year, Roe was forced to apologize to a teacher because he told him he would “like to fire” his class. "
        "That same year, a charity said Roe threatened to cut its funding if it did not withdraw a job offer to "
        "Democratic state House Speaker Al Poe.",
        "In January, he said dealers from out of state were “ruining our towns.”",
    )
    assert quotes[-1].speaker_name == "Jo Roe"


def test_a_name_after_as_for_is_the_topic_a_pronoun_continues() -> None:
    quotes = quotes_with_names(
        "Tom Vale said the race would be close.",
        "As for Ray Dunmore, he said he was not worried. “I will win the race,” he said.",
    )
    assert quotes[-1].speaker_name == "Ray Dunmore"


def test_a_role_word_after_a_given_name_is_a_surname() -> None:
    # "King" is a title word, but after a given name it ends the senator's name; "of Vermont" says where he serves.
    [quote] = quotes_with_names(
        "“I believe the leader will keep his word,” independent Sen. Ronan King of Vermont told reporters on Monday.")
    assert quote.speaker_name == "Ronan King"
    assert quote.speaker_role == "independent Sen."


def test_a_time_phrase_before_a_name_is_no_role() -> None:
    [quote] = quotes_with_names(
        "The economist Jo Roe is no believer in the coin.",
        "Last week Mr Roe told a radio station that the coin was the “biggest bubble in history.”")
    assert quote.speaker_name == "Jo Roe"
    assert quote.speaker_role is None


def test_he_after_a_named_subject_of_a_reporting_verb_the_tagger_took_for_a_body() -> None:
    # The entities stage typed "Ana Ruiz" an organisation; as the subject of "said" she is whom "he" or "she" is.
    paragraphs = [
        "The new head of the Tarn Settlements Bank, Ana Ruiz, also said the coins threatened trust in banks.",
        "“If authorities do not act now, the coins could become a threat to stability,” she said in Vell.",
    ]
    start = paragraphs[0].index("Ana Ruiz")
    mentions = [Mention("a", 0, paragraphs[0].index("Tarn"), paragraphs[0].index(", Ana"), "Tarn Settlements Bank",
                        "organization"),
                Mention("a", 0, start, start + len("Ana Ruiz"), "Ana Ruiz", "organization")]
    [quote] = find_quotes(article(*paragraphs), mentions)
    assert quote.speaker_name == "Ana Ruiz"


def test_he_never_binds_a_channel_whose_name_has_a_word_in_capitals() -> None:
    # "Jan TV Info" opens with a given name and reports, but "TV" makes it a channel: "he" is the man it
    # reported on, even though he is named only as an object.
    paragraphs = [
        "Jan TV Info reported a father known only as Tomas was buying ice cream when the crowd ran."
        " He said: \u201cI ran back to see if I could help.\u201d",
    ]
    start = paragraphs[0].index("Jan")
    tomas = paragraphs[0].index("Tomas")
    mentions = [Mention("a", 0, start, start + len("Jan TV Info"), "Jan TV Info", "organization"),
                Mention("a", 0, tomas, tomas + len("Tomas"), "Tomas", "person")]
    [quote] = find_quotes(article(*paragraphs), mentions)
    assert quote.speaker_name == "Tomas"


@pytest.mark.parametrize("role", ["A spokesman for Jo Roe", "A spokesman for Democratic presidential candidate Jo Roe"])
def test_a_spokesman_for_a_person_is_not_that_person(role: str) -> None:
    # A spokesman speaks in a body's name ("a spokesman for Acme" is Acme's), but a person's words are their own: a
    # reader must not see the candidate quoted for what an unnamed aide said.
    [quote] = quotes_with_names(
        "Jo Roe is running for the Senate.",
        f"{role} called the report about the donors “outrageous.”",
    )
    assert (quote.speaker_text, quote.speaker_name) == (role, None)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Amid what the Vell Ledger called a “rough week” for the mayor, polls showed a rival ahead.", "Vell Ledger"),
        ("The deal, what Carl Benning calls “a disaster” in the making, passed on Monday.", "Carl Benning"),
    ],
)
def test_what_someone_called_it_is_theirs(sentence: str, speaker: str) -> None:
    # "what X called a '…'": a free relative, whose subject used the words; "what" is no part of the name.
    [quote] = quotes_with_names(sentence)
    assert quote.speaker_name == speaker and not quote.speaker_text.lower().startswith("what")


def test_he_is_not_a_woman_the_article_calls_she_though_her_given_name_is_mostly_a_mans() -> None:
    # "Jan" is a man's name in most countries and a woman's in others: the article's "she" decides.
    quotes = quotes_with_names(
        "Gov. Jan Weller has a bill on her desk. Weller will decide soon, but she has not said how.",
        "“She weighs every side,” said Tom Harker, a consultant whose firm ran all of Weller's campaigns.",
        "“She's going to hear from both camps before she acts,” he said.",
    )
    assert [q.speaker_name for q in quotes] == ["Tom Harker", "Tom Harker"]


def test_a_dateline_is_no_part_of_the_speakers_role() -> None:
    [quote] = quotes_of(
        "VELLTOWN -- Velland Gov. Ann Roe said on Wednesday that the budget “leaves nobody behind and costs nothing.”"
    )
    assert quote.speaker_name == "Ann Roe"
    assert "VELLTOWN" not in (quote.speaker_role or "") and "VELLTOWN" not in (quote.speaker_text or "")


def test_a_name_run_into_the_one_before_it_is_the_speaker_not_both() -> None:
    # A lost space or full stop glued a newspaper's name to the person's.
    [quote] = quotes_of(
        "According to Vell DailyMei Lanfang, chief designer of the probe, “The probe will land in June and send "
        "pictures home.”"
    )
    assert quote.speaker_name == "Mei Lanfang"
    # A given name with a capital inside stays whole.
    [quote] = quotes_of("“We are extremely happy,” said RoseAnn DeMoro, executive director of the union.")
    assert quote.speaker_name == "RoseAnn DeMoro"


def test_a_plural_possessive_before_a_name_does_not_close_a_single_quote() -> None:
    quotes = quotes_of(
        "'Not long ago, the United States' Space Agency revealed a plan to return to the moon.",
        "'Our country has plans of its own,' said Jo Ann Roe.",
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("Not long ago, the United States' Space Agency revealed a plan")
    assert quotes[0].speaker_name == "Jo Ann Roe"


def test_a_relative_clause_naming_a_faith_does_not_hide_the_subject() -> None:
    # "a Quaker, said" is no noun compound ("a Bloomberg report"): the comma closes the clause, "said" is its verb.
    [quote] = quotes_with_names(
        "Ann Roe, the mayor of Tarnby, who is a Quaker, said that the plan “leaves the poorest families behind.”"
    )
    assert quote.speaker_name == "Ann Roe"


def test_a_newspapers_name_with_and_inside_is_the_speaker() -> None:
    [quote] = quotes_with_names(
        "“Our country has also announced a series of deep sea exploration plans,” said the state-run Science and "
        "Industry Times."
    )
    assert quote.speaker_name == "Science and Industry Times"
    assert quote.speaker_role is None


def test_a_body_after_of_is_whom_the_named_speaker_works_for() -> None:
    quotes = quotes_with_names(
        "The missile flew 2,700 km, said the expert Ann Wright.",
        "“It is not clear what the launch taught them,” Wright of the Union of Concerned Engineers said.",
    )
    assert quotes[-1].speaker_name != "Union of Concerned Engineers"


def test_a_label_in_marks_inside_a_clause_about_a_bill_is_not_the_subjects_quote() -> None:
    quotes = quotes_with_names(
        "Gov. Ann Roe announced her veto on Wednesday of a bill that would have let shops refuse anyone on "
        "\u201cfamily values\u201d grounds, her office said.",
        "\u201cThe bill was badly written,\u201d Roe said.",
    )
    assert [q.text for q in quotes] == ["The bill was badly written,"]


def test_a_description_before_an_honorific_makes_it_a_role() -> None:
    quote, = quotes_with_names('"It comes down to principle," youth pastor Jon Pellew told reporters on Monday.')
    assert (quote.speaker_name, quote.speaker_role) == ("Jon Pellew", "youth pastor")


def test_a_headline_in_marks_before_its_byline_is_no_quote_but_the_excerpt_after_it_is() -> None:
    quotes = quotes_with_names(
        'FAREWELL—"The Blue Door club to close at the end of the year," by Gazette\'s Ann Lee: "The Blue Door, a small '
        'club that gave many singers their start, will close in December, its owners said on Tuesday."',
        '"Harbour museum names a new director," by Courier\'s Tom Roe: http://example.org/museum.',
        "Jo Roe said the \"rudeness of remarks, largely unprovoked,\" by Bo Lusk last week stood against the welcome.",
        '"We will keep the harbour open," by Ann Lee\'s account, was all the mayor would say.',
    )
    texts = [q.text for q in quotes]
    assert not [t for t in texts if t.startswith(("The Blue Door club", "Harbour museum"))]
    assert [t[:14] for t in texts] == ["The Blue Door,", "rudeness of re", "We will keep t"]
    assert quotes[0].speaker_name is None  # the headline's words are no one before the excerpt


def test_a_paragraph_opening_with_a_closing_glyph_opens_a_quote() -> None:
    [quote] = quotes_with_names(
        "The Harbour Gazette took the governor to task in an editorial on Sunday.",
        "” … if the mayor can visit the harbour without harm to the repairs, then surely the governor can do the same,”"
        " it read.",
    )
    assert quote.text.startswith("… if the mayor can visit")
    assert quote.text.endswith("do the same,")


def test_a_name_only_a_title_case_headline_gives_is_nobody_she_stands_for() -> None:
    page = article("The emails show that the station's reporter took directions from the campaign's staff.",
                   "The next emails show that an aide asked the reporter to join him on a chat service. Minutes "
                   "later, she sent an email saying, “done.”",
                   title="Emails Reveal Campaign Aide And TV Reporter Caught Plotting To Do THIS At Vellton Hearing")
    done = next(q for q in find_quotes(page, find_mentions(page)) if q.text == "done.")
    assert done.speaker_name != "Vellton Hearing"


def test_he_after_a_surname_a_man_and_a_woman_share_is_the_man() -> None:
    quotes = quotes_with_names(
        "The gunman, Carl Dorn, was arrested at the scene. Governor Tom Vale and his wife, Ruth Vale, visited the "
        "injured on Wednesday night.",
        "Vale said that he was “deeply troubled” by the attack.",
        "“Our hearts are with the families of everyone who was hurt,” he said in a statement.",
    )
    assert quotes[-1].speaker_name == "Tom Vale"


def test_he_said_continues_the_reporter_whose_given_name_is_either_gender() -> None:
    # "Daniele" is a man's name in one country and a woman's in another: the dictionary's count is no sign.
    quotes = quotes_with_names(
        "Sen. Daniele Marsi, who was at the field, told reporters the guards ran toward the gunfire. Rep. Tom Brix "
        "said that he used his shirt to stop an aide's bleeding.",
        "Marsi told the radio station that “nobody would have walked out” without the guards.",
        "“It would have been a slaughter without them,” he said.",
    )
    assert quotes[-1].speaker_name == "Daniele Marsi"


def test_a_spokeswoman_for_a_body_is_not_another_bodys_spokeswoman() -> None:
    quotes = quotes_with_names(
        "Lee Ames was also hurt. His condition was raised from “critical” to “serious” on Thursday, a spokeswoman "
        "for Mary Fenwick Memorial Hospital confirmed.",
        "The gym next to the field was closed for the day, spokeswoman Ann Pike said.",
        "“The staff are shaken,” Pike said.",
    )
    assert [q.speaker_name for q in quotes if q.text == "serious"] in ([], [None], ["Mary Fenwick Memorial Hospital"])


def test_a_given_name_of_both_genders_does_not_contradict_he() -> None:
    # "Daniele" is a man's name in Italy and a woman's elsewhere: the dossier keeps "he" bound to Daniele Marsi.
    quote = Quote(id="a-q1", article="a", paragraph=2, text="It would have been a slaughter.", speaker_text="he")
    marsi = Entity(id="daniele-marsi", name="Daniele Marsi", kind="person", aliases=["Marsi"])
    assert not contradicts_pronoun(quote, person_gender(marsi, {}))


def test_a_quoted_word_running_into_the_object_of_someones_verb_is_not_their_words() -> None:
    [quote] = quotes_with_names(
        'Tom Vellum, a former mayor, backed the fair. Thousands "liked" photos of the long queues that Mr. Vellum '
        "posted on his page on Sunday.")
    # His verb's object is the photos: the word in marks is the writer's, not his.
    assert quote.speaker_name is None
    # His own words, then his verb: his.
    [said] = quotes_with_names('"We will be back next year," Mr. Vellum posted on his page on Sunday.')
    assert said.speaker_name == "Vellum"


def test_he_is_not_the_last_of_rivals_listed_after_like() -> None:
    # The rivals are named only in a list after "like", the last joined by "and": "he" is not the last rival but
    # Ortland, who swiped at them.
    [quote] = quotes_with_names(
        "Gov. Sam Ortland of Vermont said on Tuesday that he would run for president.",
        "Trying to win back the voters of his own party, Mr. Ortland took a swipe at his rivals in the Senate, like "
        "Pete Arlo and Ben Coyle, who have never run a state.",
        "“Unlike some people who run for office, you will know what I can do,” he said, invoking the storm he "
        "weathered.",
    )
    assert quote.speaker_name == "Sam Ortland"


def test_he_is_not_the_last_of_names_joined_after_a_preposition() -> None:
    # No person is the subject of the sentence between: the rivals are named after "such as", joined by "and", so
    # "he" goes on from Ortland, not from the last rival named.
    [quote] = quotes_with_names(
        "Sam Ortland announced his run for president on Tuesday in a gym in his home town.",
        "The speech was a swipe at rivals such as Pete Arlo and Ben Coyle.",
        "“Unlike some people who run for office, you will know what I can do,” he said.",
    )
    assert quote.speaker_name == "Sam Ortland"


def test_he_is_not_a_name_used_after_an_article_as_a_modifier() -> None:
    # "a Pete Arlo fan" speaks of a fan, not of Arlo: "he" goes on from Hale, whom the sentence before is about.
    [quote] = quotes_with_names(
        "Fans filled the streets of the city after the game on Wednesday night.",
        "For Jim Hale, last night's victory was bittersweet. His father, who was also a Pete Arlo fan, never got to "
        "see him play.",
        "He said: 'I came here by myself, but I'm not alone at all.'",
    )
    assert quote.speaker_name == "Jim Hale"


def test_he_in_a_subordinate_clause_is_that_clauses_subject() -> None:
    # The sentence's subject is an empty "It"; the clause holding "he" opens with Arlo: the words are his, not those
    # of the governor named in the paragraph before.
    [quote] = quotes_with_names(
        "Ben Coyle won the race for governor by a wide margin on Tuesday.",
        "It is worth recalling the outcry in 2012 when Pete Arlo, running as the nominee for the Senate, defended "
        "what he called “honest theft,” a remark that upset voters.",
    )
    assert quote.speaker_name == "Pete Arlo"


def test_a_platform_user_named_by_a_handle_is_the_speaker() -> None:
    [quote] = quotes_with_names(
        "Many people online asked who was to blame for the fall.",
        "Weibo user LAN_AND_HU wrote: “Parents must watch their children at all times.”",
    )
    assert (quote.speaker_name, quote.speaker_role) == ("LAN_AND_HU", "Weibo user")
    # A user no handle names stays unnamed.
    [unnamed] = quotes_with_names(
        "Many people online asked who was to blame for the fall.",
        "A Weibo user wrote: “Parents must watch their children at all times.”",
    )
    assert unnamed.speaker_name is None


def test_he_is_none_of_several_people_named_together() -> None:
    # Three men are named in one list and none of them alone: "he" may be any of them, so the speaker is unknown.
    [quote] = quotes_with_names(
        "Hollywood stars Pete Arlo, Ben Coyle and Tom Vale are also in the audience for the biggest night in film.",
        "The crowd screamed when he arrived on the red carpet. “It is unlike anything I have ever seen,” he told "
        "reporters.",
    )
    assert quote.speaker_name is None


def test_he_is_not_passed_to_an_object_over_a_subject_whose_given_name_is_mostly_a_womans() -> None:
    # "Lindsey" is mostly a woman's name in the dictionary, but this senator is the one the sentence is about, and the
    # quote after it is likelier his than that of the man he talks about: better unknown than the wrong one.
    found = quotes_with_names(
        "Tom Roe tweeted about the case on Saturday.",
        "On Sunday, Sen. Lindsey Vell, R-S.C., suggested Roe might want to think twice before tweeting.",
        "“You tweet and comment at your own peril,” he said on a Sunday show.")
    [quote] = [q for q in found if "peril" in q.text]
    assert quote.speaker_name in (None, "Lindsey Vell")


def test_a_body_rejecting_any_claims_then_stating_a_quote_is_its_speaker() -> None:
    # "claims" after "any" is the thing rejected, not a verb whose subject is "The Vell Bureau rejected any".
    [quote] = quotes_with_names(
        'The Vell Bureau rejected any claims that the funds were tied to the meeting, stating, "The decision has no '
        'connection to the meeting with the rabbis."')
    assert quote.speaker_name == "Vell Bureau"


def test_he_is_not_one_of_two_people_who_open_the_sentence_together() -> None:
    # Two people open the sentence; "he" after the man named last is his, not the first of the pair's.
    found = quotes_with_names(
        "Senator Tom Vell and Speaker Ann Roe made their first visit since their meeting with Jim Dorn, when he said "
        "he would be “proud” to take the blame for a shutdown.")
    [quote] = [q for q in found if q.text == "proud"]
    assert quote.speaker_name != "Tom Vell"


def test_a_role_beside_a_quote_reads_as_a_role() -> None:
    """ "official named" loses the word that brings in the name; "spokeswoman for" says who spoke for the body the
    quote is given to, not what that body is, so the quote shows no role."""
    named, spoken_for = quotes_with_names(
        "“Every berth must be checked,” wrote a Vell harbour official named Tessa Marlow.",
        "A spokeswoman for Vell Water Authority called the timing “coincidental” and denied any link.")
    assert (named.speaker_name, named.speaker_role) == ("Tessa Marlow", "Vell harbour official")
    assert (spoken_for.speaker_name, spoken_for.speaker_role) == ("Vell Water Authority", None)


def test_words_a_person_was_asked_by_someone_are_the_askers() -> None:
    # The marked words are the question's, put by the one named after "asked by", not the answer of the one asked;
    # "tax credits" is a noun, not a verb reporting the question.
    question, gets = quotes_with_names(
        "Tom Vell was asked by moderator Ann Roe whether his expansion of child tax credits, which the bureau puts at "
        '$170 billion a year, would risk "adding another costly burden to families."',
        'Asked by Roe if the mayor "gets" the problem, Vell avoided a straight answer.')
    assert (question.speaker_name, gets.speaker_name) == ("Ann Roe", "Ann Roe")


def test_as_a_person_described_between_commas_put_it_names_that_person() -> None:
    # "put it" is the verb and its object, not a speaker "it"; the comment clause "As …" opens the subject's chain.
    [quote] = quotes_with_names(
        'Few senators expect a vote. As Jo Corlan, the No. 2 in the party leadership, put it: "This nominee will not '
        'be confirmed. So there is no reason to go through the motions."')
    assert quote.speaker_name == "Jo Corlan"


def test_a_plural_after_a_counting_word_is_a_noun_not_the_verb_of_a_report() -> None:
    # "many Asian states" is a noun phrase: the sentence's words are the expert's it ends with.
    [quote] = quotes_with_names(
        'The plan has stirred mixed feelings in many Asian states, and the ministry has used "velvet gloves" in its '
        "dealings with them, said Nara Kessen, an expert at the Vell Institute.")
    assert quote.speaker_name == "Nara Kessen"


def test_a_person_crediting_something_to_quoted_words_speaks_them() -> None:
    [quote] = quotes_with_names(
        "The count ended late on Tuesday.",
        'Tom Vell credited Ann Roe\'s victory to "a closed primary, something I am not all that keen on, where '
        'independents cannot vote."')
    assert quote.speaker_name == "Tom Vell"


def test_he_after_a_question_put_by_someone_is_still_the_one_asked() -> None:
    # The asker is named after the one asked, who opens the sentence: "he" two paragraphs on is the one asked.
    found = quotes_with_names(
        "Tom Vell and Rick Dane clashed in the debate on Tuesday.",
        "Vell was asked by Acme News moderator Gerald Baxter whether his proposed expansion of child tax credits, "
        "which the bureau puts at $170 billion a year, would risk “adding another costly burden to an already "
        "overburdened budget.”",
        "The senator’s answer was that “the family comes first,” so the state should help families. But he had a "
        "bit of a slip.",
        "“The most important job I will ever have is the job of being a parent,” he said.")
    [quote] = [q for q in found if "parent" in q.text]
    assert quote.speaker_name in ("Tom Vell", "Vell")


def test_a_reporting_verb_and_a_name_set_off_inside_the_sentence_give_its_words() -> None:
    [quote] = quotes_with_names(
        "The paradox of the town, says Carl Menzer, historian at the city museum, is that it was “one of the most "
        "guarded places in the region.”")
    assert quote.speaker_name == "Carl Menzer"


def test_who_described_the_words_is_named_after_them_in_a_comment_clause() -> None:
    found = quotes_with_names(
        "The mayor, Ann Vell, spoke on Monday.",
        "From her failure to secure the harbour, to being “extremely careless” with the files – as described by "
        "Police Chief Tom Dorn – many believe Vell is unfit.")
    [quote] = [q for q in found if q.text == "extremely careless"]
    assert quote.speaker_name == "Tom Dorn"


def test_a_label_given_by_a_group_after_a_set_off_participle_is_the_groups() -> None:
    # "often labeled as" is passive: the words are the group's named after them, not the inquiry's.
    [quote] = quotes_with_names("The inquiry, often labeled as a “witch hunt” by Democrats, ended on Friday.")
    assert quote.speaker_text == "Democrats"


def test_a_persons_pledge_to_do_something_gives_the_quoted_words_to_that_person() -> None:
    [quote] = quotes_with_names(
        "The concerns go beyond Tom Vell's controversial pledge to be “neutral” during the talks.")
    assert quote.speaker_name == "Tom Vell"


def test_his_comment_that_gives_the_words_to_the_man_named_before_it_in_the_sentence() -> None:
    # "his" is read where it stands, after "Tom Vell" in the same sentence, not from the sentence's start.
    [quote] = quotes_with_names(
        "Ann Roe spoke first.",
        "As the debate went on and Tom Vell stood by his comment Monday that “the plan hates us,” refusing to back "
        "down, Roe tried again.")
    assert quote.speaker_name == "Tom Vell"


def test_a_role_without_its_article_after_its_qualifier_links_the_name_to_its_verb() -> None:
    """ "Tessa Marlow, senior attorney with the Vell Harbour Trust, said": the qualifier before the role does not
    break the chain from the name to the verb, and the words she adds next are hers too."""
    first, second = quotes_with_names(
        "“It is great news for the harbour,” Tessa Marlow, senior attorney with the Vell Harbour Trust, said in a "
        "statement. “We need more berths.”")
    assert (first.speaker_name, second.speaker_name) == ("Tessa Marlow", "Tessa Marlow")


def test_a_gerund_opening_the_sentence_reports_for_the_main_clause_subject_after_the_quote() -> None:
    [earlier, later] = quotes_with_names(
        "Despite saying that the governor “treated us better than anyone” when he visited in May, "
        "Mayor Ann Lee said Thursday that “the town needs much more.”")
    assert earlier.speaker_name == later.speaker_name == "Ann Lee"
    # The name right after the opening clause is no subject when nothing is said of it there: an apposition.
    [threat] = quotes_with_names(
        "After threatening to “tell the whole story” about Mr. Roe's wife, Jane Roe, who was ill years ago, "
        "he posted a photo of her.")
    assert threat.speaker_name != "Jane Roe"


def test_the_company_or_the_airline_is_the_body_the_sentence_or_the_article_names() -> None:
    [hacked] = quotes_with_names(
        "Acme Corp. was hacked last year, and the company said “all user accounts were affected.”")
    assert hacked.speaker_name == "Acme Corp."
    [apology] = quotes_with_names(
        "Vell Airlines apologized to the two players on Friday.",
        "The airline said it does “not tolerate discrimination of any kind.”")
    assert apology.speaker_name == "Vell Airlines"
    # A name after a preposition opens a phrase, no subject: the council is the one the article named before.
    [view] = quotes_with_names(
        "In a statement, the Dunmore Town Council said it would help the inquiry.",
        "On Twitter, the council also said that it “is of the view that safety comes first.”")
    assert view.speaker_name == "Dunmore Town Council"


def test_the_body_a_title_is_of_is_no_part_of_the_speakers_name() -> None:
    quotes = quotes_with_names(
        "Director of National Forestry Ann Vell issued a statement late Thursday. She called the leak "
        "“reprehensible” and said it “threatens our work.”",
        "“The leak threatens our work,” said former Director of National Forestry Ann Vell.")
    assert [quote.speaker_name for quote in quotes] == ["Ann Vell"] * 3


def test_a_role_noun_later_is_the_one_person_the_article_gave_that_role_without_an_article() -> None:
    """ "Rep. Tom Vell, chairman of the Harbour Committee," names the chairman: "the committee chairman said" later
    is Vell; so is "the spokeswoman" after "the Port Authority's spokeswoman, Ann Roe," (or "Ann Roe, Port Authority
    spokeswoman,"). Two chairmen named that way leave "the chairman" unknown."""
    chairman, spokeswoman = quotes_with_names(
        "Rep. Tom Vell, chairman of the Harbour Committee, criticised the plan on Tuesday.",
        "The Port Authority's spokeswoman, Ann Roe, defended it.",
        "“This plan is dangerous,” the committee chairman said.",
        "“It is a good plan,” the spokeswoman said.")
    assert (chairman.speaker_name, spokeswoman.speaker_name) == ("Tom Vell", "Ann Roe")
    [quote] = quotes_with_names(
        "Ann Roe, Port Authority spokeswoman, defended the plan.", "“It is a good plan,” the spokeswoman said.")
    assert quote.speaker_name == "Ann Roe"
    [quote] = quotes_with_names(
        "Tom Vell, chairman of the Harbour Committee, and Jo Lane, chairman of the Dock Board, met on Tuesday.",
        "“We will see,” the chairman said.")
    assert (quote.speaker_text, quote.speaker_name) == ("the chairman", None)


def test_a_relative_clause_of_a_thing_reports_for_the_thing_not_the_sentences_subject() -> None:
    """ "Ann Vell posted it under a headline that said, "…"": the headline's words, not Vell's; so are a report's that
    Vell cites. A text Vell puts out herself ("released a statement that said") still gives her words."""
    headline, report, statement = quotes_with_names(
        "Ann Vell posted her message under a headline that said, “Rivers Declare War On Towns.”",
        "Tom Roe cited a report which warned, “The harbour will close by spring.”",
        "Jo Lane released a statement that said, “We will not back down from this fight.”")
    assert (headline.speaker_text, headline.speaker_name) == ("a headline", None)
    assert (report.speaker_text, report.speaker_name) == ("a report", None)
    assert statement.speaker_name == "Jo Lane"


def test_a_role_without_its_article_after_a_modifier_links_the_name_to_its_verb() -> None:
    """ "Jo Roe, technology strategist at Acme and chairman of …, told": a modifier that is no role qualifier
    ("technology") before the role's noun does not break the chain from the name to the verb."""
    first, second = quotes_with_names(
        "“We want cables gone,” Jo Roe, technology strategist at Acme and chairman of the Vell Promoter Group, told "
        "the site. “Most returns are set-up failures.”")
    assert (first.speaker_name, second.speaker_name) == ("Jo Roe", "Jo Roe")


def test_a_role_serving_a_name_after_a_clause_opener_is_the_subject_not_the_name() -> None:
    """ "… so odd that a spokesman for Jo Roe could only quip: "…"": the spokesman speaks, not Jo Roe, as when the
    sentence opens with "A spokesman for Jo Roe said"."""
    [quote] = quotes_with_names(
        "Jo Roe held a rally on Monday.",
        "The scheduling was so odd that a spokesman for Jo Roe could only quip: “I guess Christmas Eve was booked.”")
    assert (quote.speaker_text, quote.speaker_name) == ("a spokesman for Jo Roe", None)


def test_words_in_marks_a_verb_of_talk_reports_are_kept() -> None:
    """ "talked about", "vented that": verbs of talk that no speaker pattern reads still make the few words in marks
    someone's words, not the writer's scare quote."""
    talked, vented = quotes_of(
        "At every stop the mayor talked about “a harbour for everyone” and the crowd cheered.",
        "Flying home, the mayor vented that the vote would be “ugly and long” for weeks.")
    assert (talked.text, vented.text) == ("a harbour for everyone", "ugly and long")


def test_a_show_named_after_the_noun_call_is_no_ones_words() -> None:
    """ "a call to WVTK's "Harbour Morning"": "call" is a noun there, naming no one; the show's name is a title."""
    found = quotes_of("“She just made it up,” Jo Roe said of the claim during a call to WVTK’s “Harbour Morning.”")
    assert [q.text for q in found] == ["She just made it up,"]


def test_a_text_the_subject_issues_speaks_for_the_subject_through_a_participle() -> None:
    advisory, statement = quotes_with_names(
        "The Vell Tenants Union issued a travel advisory claiming the airline “could subject travelers to harm.”",
        "Mayor Jo Roe released a statement saying, “We stand with the families of the harbour.”")
    assert (advisory.speaker_name, statement.speaker_name) == ("Vell Tenants Union", "Jo Roe")
    # Two who put it out are no one speaker.
    [joint] = quotes_with_names(
        "Jo Roe and Tom Vell met on Friday.",
        "On Friday, Mr. Roe and Mr. Vell released a joint statement repeating that they had “long been concerned "
        "about the degree to which this collection has relied on secret law.”")
    assert joint.speaker_name is None


def test_the_same_few_words_of_one_speaker_in_several_articles_are_one_quote() -> None:
    # Three outlets: 'Roe called the ruling a "political trial"': one quote with its three carriers, not three.
    said = [quote for a in ("a", "b", "c")
            for quote in find_quotes(article('Tom Roe called the ruling a "political trial" on Monday.', id=a), [])]
    other = find_quotes(article('Ann Lee called the hearing a "political trial" too.', id="d"), [])
    groups = group_quotes(said + other)
    assert sorted(len(group.quotes) for group in groups) == [1, 3]


def test_two_people_named_with_their_roles_and_joined_by_and_are_no_one_speaker() -> None:
    """ "“…,” Jo Roe, the board's chairman, and Al Poe, his counterpart at the trust, wrote": both wrote it; the quote
    is neither Roe's alone nor Poe's (before or after the verb)."""
    wrote, resumed = quotes_with_names(
        "“These markets are new,” Jo Roe, the harbour board’s chairman, and Al Poe, his counterpart at the Vell "
        "Trust, wrote. “They require us to be nimble.”")
    assert (wrote.speaker_name, resumed.speaker_name) == (None, None)
    [said] = quotes_with_names("“We will fight on,” said Jo Roe, the board’s chairman, and Al Poe, his deputy.")
    assert said.speaker_name is None
    [couple] = quotes_with_names("“We lost everything,” Jo Roe, 45, and her husband, Al Poe, said.")
    assert couple.speaker_name is None
    # One person with two roles is still one speaker.
    [one] = quotes_with_names("“We will fight on,” Jo Roe, the chairman of Acme and a lawyer, said.")
    assert one.speaker_name == "Jo Roe"


def test_words_a_participle_after_a_cited_text_reports_are_the_texts() -> None:
    """ "Roe cited a report warning that the town “…”": the report's words, not Roe's; a statement Roe releases
    speaks for Roe."""
    cited, released = quotes_with_names(
        "Jo Roe cited a report warning that the town “could run out of water by May.”",
        "Ann Lee released a statement saying, “We will fight on.”")
    assert (cited.speaker_name, cited.speaker_text) == (None, "a report")
    assert released.speaker_name == "Ann Lee"


def test_a_question_told_as_someone_elses_comment_is_not_the_tellers() -> None:
    """ "Roe said … that his first comment was “did you steal them?”": the question is the attendant's ("his"), not
    Roe's, nor the words in marks before it resumed."""
    echoed, asked = quotes_with_names(
        "Coach Jo Roe said in a tweet that the flight attendant saw two “young black athletes” with blankets from "
        "first class and that his first comment was “did you steal them?”")
    assert echoed.speaker_name == "Jo Roe"
    assert asked.speaker_name is None
    # The answer to a question, told as "his response", is not the asker's words resumed.
    question, response = quotes_with_names(
        "Host Ann Lee asked Tom Roe, “You have seen all of this yourself?” His response: “Well, I have people who "
        "have been studying it.”")
    assert question.speaker_name == "Ann Lee" and response.speaker_name is None


def test_a_role_qualified_before_a_department_joined_by_and_keeps_its_holder() -> None:
    """ "former Housing and Urban Development Secretary Jo Roe": "and" joins the department's words, not two
    people."""
    [quote] = quotes_with_names(
        "“The people deserve to know the full truth,” said former Housing and Urban Development Secretary Jo Roe.")
    assert quote.speaker_name == "Jo Roe"


def test_a_body_whose_name_ends_in_a_body_word_speaks() -> None:
    """ "the Associated Press reports": a body's name in capitals, though "press" may open a role ("the press
    secretary")."""
    [quote] = quotes_with_names("“Some 197 girls remain captive,” the Associated Press reports.")
    assert quote.speaker_name == "Associated Press"


def test_a_colon_introducing_a_quote_with_a_then_title_is_not_its_objects() -> None:
    # "then-Senator Roe used … against his opponent, Sen. Al Poe:": the words that follow are not Poe's.
    found = find_quotes(article("Two years prior, then-Senator Jo Roe used the same words against his opponent, "
                                "Sen. Al Poe (R-Vell):",
                                "“How would your pension turn out under Al Poe? His plan cuts it by a third.”"), [])
    assert [quote.speaker_name for quote in found] in (["Jo Roe"], [None])


def test_a_deadpan_reply_is_its_speakers() -> None:
    found = find_quotes(article('She told her husband, Jo Roe: "We are on the wrong plane," to which Roe deadpans: '
                                '"Welcome to Vell."'), [])
    assert [quote.speaker_name for quote in found if quote.text.startswith("Welcome")] == ["Jo Roe"]


def test_a_quote_a_verb_before_it_reports_is_not_the_words_of_a_name_after_it() -> None:
    # The congresswoman vowed the words; "Lee said" after the dash reports something else, and "colorful language"
    # before them is the interviewer's, not what the congresswoman vowed.
    first, second = find_quotes(article(
        "Asked for her reaction to Roe’s “colorful language” ― the new congresswoman Jo Roe vowed to “impeach that "
        "man,” referring to the mayor ― Ann Lee said it was a free speech issue."), [])
    assert (first.speaker_name, second.speaker_name) == (None, "Jo Roe")


def test_a_report_that_states_the_words_is_their_source_not_the_station_that_relays_it() -> None:
    [quote] = quotes_with_names("The Vell fire department incident report stated that the bear was 'violently "
                                "dragging the child,' according to KVEL.")
    assert quote.speaker_name != "KVEL"


def test_named_speakers_heard_on_a_recording_with_two_roles_or_reasoning_are_found() -> None:
    found = quotes_with_names(
        "In the clip Ann Lee can be heard saying: “My son fell in with the bears.”",
        "“I don’t really like that kind of language,” Representative Jo Roe, Democrat of Vell and the chairman of the "
        "Vell Harbour Committee — where any inquiry must begin — said on the radio.",
        "Mayor Tom Berg reasoned that the plans would “change people’s lives,” and left.",
        # A relative clause left open before the verb, and a saying denied before the words, hide no one.
        '"This new ad raises new questions," Katie Poe, who is chairman of Vell Pac said in a statement.',
        "Mayor Tom Berg cannot say that “from his perspective,” Al Dunn added.",
    )
    assert [quote.speaker_name for quote in found] == ["Ann Lee", "Jo Roe", "Tom Berg", "Katie Poe", "Al Dunn"]


def test_a_passage_outlets_split_in_overlapping_pieces_is_one_group_in_one_outlet_s_words() -> None:
    # One outlet quotes the first sentence and then the rest, another the first two together, a third each sentence
    # apart: the second sentence was put in two groups, the same words shown twice on the speaker's page.
    first, second, third = ("We are very excited about this discovery today,",
                            "This is the first time anyone has found planets beyond our galaxy.",
                            "These small planets are the best candidates for the signal we saw.")
    mail = find_quotes(article(f'"{first}" Dai said.', f'"{second} {third}"', id="mail"), [])
    post = find_quotes(article(f'"{first[:-1]}. {second}" Dai said.', f'"{third}" he added.', id="post"), [])
    news = find_quotes(article(f'"{first}" Dai said.', f'"{second}" he added.', id="news"), [])
    groups = group_quotes(mail + post + news)
    assert len(groups) == 1
    # The group's words are one outlet's, its pieces in its order: the comma its cue cut ends the sentence.
    assert groups[0].text == f"{first[:-1]}. {second} {third}"


def test_an_outlet_s_pieces_of_one_passage_join_but_phrases_set_in_its_own_sentence_stay_apart() -> None:
    passage = find_quotes(article('"It was a shock to all of us," Roe said. "Nobody saw the water rise so fast."',
                                  id="a"), [])
    phrases = find_quotes(article('Roe called the flood "a shock" and "a disaster for the town" on Monday.',
                                  id="b"), [])
    assert [text for _, text in wordings(passage)] == [
        "It was a shock to all of us. Nobody saw the water rise so fast."]
    assert [text for _, text in wordings(phrases)] == ["a shock", "a disaster for the town"]


def test_a_word_someone_does_not_use_is_not_theirs() -> None:
    # "Though he doesn't use the word "cuts"": the paragraph's speaker does not say it; "savings" he does.
    quotes = quotes_with_names(
        "“We're the ones who are offering a plan to save Medicare,” Senator Jo Roe said on Sunday.",
        "But while Roe slams the health law for cutting Medicare, even he acknowledged that his own plan achieves "
        "“savings” for Medicare in the long run. Though he doesn’t use the word “cuts,” the plan would slow the rate "
        "of benefit growth for seniors according to the Congressional Budget Office.",
    )
    # Not so a term the subject faults someone else for not using: the critic's words.
    faulting = quotes_with_names(
        "Senator Jo Roe said the plan would fail.",
        "The criticism of the president's address centered on his language. Roe has slammed the president for not "
        "using the term “radical Islamic terrorism.”",
    )
    assert [(q.text, q.speaker_name) for q in quotes[1:] + faulting] == [
        ("savings", "Jo Roe"), ("cuts,", None), ("radical Islamic terrorism.", "Jo Roe")
    ]


def test_he_opening_a_sentence_is_the_described_subject_of_the_sentence_before() -> None:
    # "The president first stepped in Friday. The next day, he clarified": "he" is the president the article names,
    # not the person named last ("Roe's comments"); unknown when the description names no one the article gives.
    def speakers(*paragraphs: str) -> list[str | None]:
        page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
        return [q.speaker_name for q in find_quotes(page, find_mentions(page))]

    opening = "Senate leader Jo Roe broke with President Al Poe Monday over the proposed tower."
    president = speakers(
        opening,
        "Roe's comments added another voice to the dispute. The president first stepped into the fray Friday when "
        "he appeared to back the project. The next day, he clarified that he was not speaking of the “wisdom” of "
        "the tower.",
    )
    stranger = speakers(
        opening,
        "Roe's comments added another voice to the dispute. The governor first stepped into the fray Friday. The next "
        "day, he clarified that he was not speaking of the “wisdom” of the tower.",
    )
    assert president + stranger == ["Al Poe", None]


def test_words_someone_is_expected_to_say_are_not_theirs() -> None:
    quotes = quotes_with_names(
        "Attorney General Jo Roe met the committee on Monday.",
        "Roe is expected to say that the report is “complete and final” when she testifies.",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_a_clause_after_the_speakers_name_is_no_role() -> None:
    quotes = quotes_with_names(
        "Ms. Jo Roe, asked if she supported the bill, said it was “the least we can do for them.”",
        "Mr. Al Poe, a retired general, said the plan was “a disgrace to the army.”",
    )
    assert [(q.speaker_name, q.speaker_role) for q in quotes] == [("Jo Roe", None), ("Al Poe", "retired general")]


def test_the_state_a_speaker_is_from_is_no_role_but_the_body_they_work_for_is() -> None:
    quotes = quotes_with_names(
        "Mr. Jo Roe, of California, said the summit was “a gift to the Kremlin.”",
        "Al Poe, of Vell Securities, said the forecast was “far too rosy.”",
    )
    assert [(q.speaker_name, q.speaker_role) for q in quotes] == [("Jo Roe", None), ("Al Poe", "of Vell Securities")]


def test_but_did_say_goes_on_the_sentences_subject() -> None:
    quotes = quotes_with_names(
        "Former Vell Rep. Jo Roe spoke in Tarnby on Saturday about the report.",
        "He did not comment at length on Sunday, but did say at a campaign stop in Bram that the governor is “one of "
        "the most uncivil leaders we have ever had.”",
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe"]


def test_shared_on_a_platform_reports_the_words_of_who_shared_them() -> None:
    quotes = quotes_with_names(
        "Jo Roe was on a flight to Tarnby on Monday with her husband.",
        "“A flying first for me: four hours into an eleven hour flight and we are turning around,” she shared on "
        "Twitter.",
    )
    assert [q.speaker_name for q in quotes] == ["Jo Roe"]


def test_words_a_relaying_verb_cites_are_its_objects_not_the_relayers() -> None:
    # '"…," Vell News cited the Tarn Harbour Authority': the news agency passes the words on; the object said them,
    # and the quote after it in the same report too.
    first, second = quotes_with_names(
        "“The port will close in March,” Vell News cited the Tarn Harbour Authority. “Ships will wait offshore.”"
    )
    assert (first.speaker_text, second.speaker_text) == ("the Tarn Harbour Authority", "the Tarn Harbour Authority")
    assert "Vell News" not in (first.speaker_name, second.speaker_name)


def test_a_poster_about_a_named_man_does_not_give_him_its_words() -> None:
    # The poster warns about the elder Mr. Roe; neither he nor his son said "armed and very dangerous".
    quotes = quotes_with_names(
        "Jo Roe, 64, grew up in Tarnby. His father, a bank robber, escaped from prison in 1968.",
        "A “Wanted” poster for the elder Mr. Roe warned that he was “diagnosed as psychopathic” and “should be "
        "considered armed and very dangerous.”",
    )
    assert quotes and all(q.speaker_name is None for q in quotes)
    assert quotes[0].speaker_role == "“Wanted” poster for the elder Mr. Roe"


def test_the_brother_is_the_brother_named_as_the_subject_just_before() -> None:
    # "the brother" is the one the article calls her brother, the subject of the sentences before.
    story = (
        "Ann Lee, a nurse, was arrested on Monday. Her brother, Tom Lee, lives in Tarnby.",
        "Tom Lee said the family was “shocked” by the news. The brother told Vell Radio that he had not seen her in "
        "years.",
        "“Where did she get the money? She never had any,” the brother said.",
    )
    assert [q.speaker_name for q in quotes_with_names(*story)][-1] == "Tom Lee"
    # No one called her brother: the subject before is not made a brother.
    unnamed = (story[0].replace("Her brother, Tom Lee, lives", "Tom Lee lives"), *story[1:])
    assert [q.speaker_name for q in quotes_with_names(*unnamed)][-1] is None


def test_the_president_of_two_is_the_one_the_sentence_before_is_about() -> None:
    # Two presidents are named; the sentence before "The president also said" is about Vell, so the words are his.
    *_, quote = quotes_with_names(
        "President Jo Vell opened the summit on Monday. President Ann Roe of Marovia arrived later.",
        "Vell said the accord would bring investment.",
        "The president also said that it would give future generations “a more sustainable planet.”",
    )
    assert quote.speaker_name == "Jo Vell"
