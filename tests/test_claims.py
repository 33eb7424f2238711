"""Claims stage: statement detection, stance, figures, grouping, and the seeds gold."""

from __future__ import annotations

import importlib.util
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPORA, corpus, patch_stage

from dossier import claims as claims_module
from dossier import figures, outlets
from dossier.claims import (
    claim_clause,
    contradicted_between_sources,
    disputed_between_sources,
    find_statements,
    group_claims,
    propositions,
)
from dossier.claims.apart import _actors, _conflict, _other_countries
from dossier.claims.clusters import _cluster, _weigh
from dossier.claims.detection import is_negated, is_statement, negated_terms, stance_of
from dossier.claims.disputes import _mark_disputes, _settle_denials
from dossier.claims.evidence import _numbers_match
from dossier.claims.features import story_pair_features
from dossier.claims.figures import claim_figures, figure_disagreement
from dossier.claims.pairs import _opposite_events, _pair_score
from dossier.claims.prepared import (
    _NONE_PAIR,
    _countries,
    _first_negated,
    _holders,
    _identifiers,
    _prepare,
    _Prepared,
    _prepared,
    _records,
    _subject_countries,
    _when_told,
    name_runs,
)
from dossier.claims.sources import find_source
from dossier.claims.terms import _NONE, _content_stems, _stem, _tells_happening
from dossier.claims.titles import summarise
from dossier.entities import find_mentions
from dossier.figures import parse_figures
from dossier.lang.en.names import ROLE_NOUNS
from dossier.models import common_terms
from dossier.patterns import whole_word_spans
from dossier.pipeline import analyse
from dossier.quotes import find_quotes
from dossier.reader import read_uncleaned
from dossier.sentences import split_sentences
from dossier.structure import Article, Claim, Statement

ROOT = Path(__file__).resolve().parents[1]


def article(id_: str, *paragraphs: str, outlet: str | None = None) -> Article:
    return Article(id=id_, source_file=f"{id_}.txt", title=id_, paragraphs=list(paragraphs), outlet=outlet)


# --- detection -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia.",
    "According to the ministry, the bridge was closed for repairs on the eastern side.",
    "Germany and Austria have summoned the North Korean ambassadors on Tuesday.",
    "The company said its profits rose by a fifth in the last quarter of the year.",
    '"Today, I can confirm that the troops have been sent to the region," the minister said.',
])
def test_detects_statements(sentence: str) -> None:
    assert is_statement(sentence)


@pytest.mark.parametrize("sentence", [
    "The final tally in the Vell council was 41-3.",
    "The lone “no” vote in the Senate was Senator Dana Roe, D-Vel.",
    "The gunman was Tomas Vellan.",
])
def test_a_figure_or_a_name_told_with_was_is_a_statement(sentence: str) -> None:
    # A copula and no verb besides, but the sentence tells a fact of the story: how many, or who.
    assert is_statement(sentence)


def test_a_tally_told_with_was_is_a_statement_but_not_as_a_heading_or_a_question() -> None:
    assert is_statement("The final tally was 41-3.")
    assert not is_statement("The Vell Final Tally Was 41-3")  # a heading: capitals and no full stop
    assert not is_statement("The question now is Vell Council.")  # which matter, no fact of the story


@pytest.mark.parametrize("sentence", [
    '"We need weapons and a clear plan to stop this war," the chief of staff said.',
    'The minister urged: "The alliance calls on both countries to cease these actions immediately."',
    "Will the committee ever manage to agree on a budget before the summer?",
    "Subscribe now to keep reading and get access to the full archive.",
    "I think this is a beautiful and moving piece of theatre, honestly.",
    "On Monday, the shipping firm released a statement:",
    "Below are some of the pictures shared on Friday by walkers along the Orvel coast path.",
    "Here are the photos readers sent from the flooded Orvel valley on Tuesday.",
    "Watch the video of the ferry that sank off Vellstad on Tuesday.",
    "See more pictures of the regatta that was held in Vellstad last weekend.",
])
def test_skips_demands_questions_opinion_and_furniture(sentence: str) -> None:
    assert not is_statement(sentence)


@pytest.mark.parametrize("sentence", [
    "It appears the mayor of Vellstad really does like a challenge.",
    "Perhaps the ferry board will change its mind before the spring.",
    "The old harbour bridge is arguably the finest in the whole county.",
])
def test_a_writers_hedge_or_guess_is_no_statement(sentence: str) -> None:
    assert not is_statement(sentence)


def test_a_framing_perhaps_before_a_comma_leaves_the_statement() -> None:
    assert is_statement("Perhaps most damaging, the ferry board sold the harbour bridge in May.")


@pytest.mark.parametrize("sentence", [
    "Ilse Varga asked Tom Berg whether the Vell Port Authority would close the harbour bridge.",
    "The port board was asked if the harbour bridge would reopen in March.",
    '"Will the Vell Port Authority close the harbour bridge in May?" Ilse Varga asked on Monday.',
])
def test_a_question_reported_or_quoted_is_no_statement(sentence: str) -> None:
    assert not is_statement(sentence)


def test_a_quotes_last_cry_and_who_said_it_is_no_statement() -> None:
    # The tail of a quote of several sentences, then its attribution: who said a word, no fact of the story.
    assert not is_statement("Now!” Mayor Jo Roe tweeted early Tuesday.")
    assert not is_statement("“Shut it!” Mayor Jo Roe tweeted early Tuesday.")
    # A few words in marks inside the outlet's own sentence, or a quote of a clause, still tell a fact.
    assert is_statement("Jo Roe called the harbour plan “totally inadequate.”")
    assert is_statement("“The harbour is shut,” Jo Roe said on Tuesday.")


@pytest.mark.parametrize("sentence", [
    "When asked whether the harbour bridge would close, Ilse Varga said it would shut in May.",
    "Tom Berg, who was asked how much the repairs cost, said the harbour bridge would reopen in March.",
])
def test_a_question_asked_as_an_aside_leaves_the_statement(sentence: str) -> None:
    assert is_statement(sentence)


@pytest.mark.parametrize("sentence", [
    "The Vell Press contributed to this report.",
    "Ilse Varga in Vellstad contributed reporting.",
    "Reporting by Ilse Varga in Vellstad; editing by Tom Berg.",
])
def test_a_credit_line_is_no_statement(sentence: str) -> None:
    assert not is_statement(sentence)


def test_find_statements_sets_paragraph_source_and_figures() -> None:
    text = article(
        "a",
        "The weather was lovely.",
        "The Pentagon estimated that around 10,000 troops have been sent to the east for training.",
    )
    found = find_statements(text, [], find_mentions(text))
    assert len(found) == 1
    statement = found[0]
    assert (statement.article, statement.paragraph) == ("a", 1)
    assert statement.source_name == "Pentagon"  # the entity, as the article names it
    assert [(f.value, f.unit) for f in statement.figures] == [(10_000, "troops")]


def test_sources_as_written() -> None:
    assert find_source("NATO Secretary General Mark Rutte has stated that the units are there.") == (
        "NATO Secretary General Mark Rutte")
    assert find_source("The bridge is closed, according to the city council.") == "the city council"
    assert find_source('"The plan is working," said Jane Doe, an economist.') == "Jane Doe"
    assert find_source("The bridge was closed for repairs on Monday.") is None


# --- stance --------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Rutte said he could confirm that the units had been sent to the region.", "asserts"),
    ("The ministry closed the bridge for repairs on Monday.", "asserts"),
    ("According to the ministry, the bridge was closed for repairs.", "reports"),
    ("The units have reportedly moved closer to the border.", "reports"),
    ("Local media reported that the units had moved closer to the border.", "reports"),
    ("The government denied that any troops were in the country.", "disputes"),
    ('The Kremlin dismissed the reports as "fake news" on Monday.', "disputes"),
    ("The spokeswoman refrained from confirming the presence of troops in the region.", "disputes"),
    ("The president did not deny the presence of troops in the country.", "asserts"),
    # "deny" that withholds something contradicts no fact.
    ("The new law could allow businesses to deny service to couples for religious reasons.", "asserts"),
    ("The minister was denied entry at the border on Friday.", "asserts"),
    ("The council denied the request was ever made.", "disputes"),
    ("The two councillors deny collecting votes fraudulently.", "disputes"),
    # A rumour or a warning is no one's word; speculation is hedged; a study suggesting something vouches for it.
    ("Repeated warnings have suggested that the agency has lost control of the Vell station.", "reports"),
    ("Rumours said the Vell station had lost power in March.", "reports"),
    ("Engineers speculated that the Vell station would fall in March.", "reports"),
    ("The Vell study suggested that the station would fall in March.", "asserts"),
    # A verb of disputing read as the noun it also is disputes nothing; the verb still does.
    ("The flood underscored the challenges that rescue crews face in the hills.", "asserts"),
    ("The mayor challenges that the crews were late.", "disputes"),
])
def test_stance(sentence: str, stance: str) -> None:
    assert stance_of(sentence) == stance


# --- figures -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "unit", "low", "high"), [
    ("sent 3,000 troops to the front", 3000, "troops", 3000, 3000),
    ("revised the estimate to 10,000", 10_000, None, 10_000, 10_000),
    ("several thousand soldiers", None, "troops", 2000, 9999),
    ("tens of thousands of troops", None, "troops", 20_000, 99_999),
    ("over 600,000 Russian soldiers", 600_000, "troops", 600_000, None),
    ("more than 600,000 soldiers", 600_000, "troops", 600_000, None),
    ("as many as 3,000 of its troops", 3000, "troops", None, 3000),
    ("more than 5,700 miles west", 5700, "mile", 5700, None),
    ("a loss of $916 million", 916e6, "USD", 916e6, 916e6),
    ("46 percent of voters", 46, "percent", 46, 46),
])
def test_parse_figures(text: str, value: float | None, unit: str | None, low: float | None,
                       high: float | None) -> None:
    [figure] = parse_figures(text)
    assert (figure.value, figure.unit, figure.low, figure.high) == (value, unit, low, high)


def test_a_count_is_of_a_plural_noun() -> None:
    # After a number above one the counted thing is plural: a verb or an adjective is no unit.
    assert [f.unit for f in parse_figures("The plan will help people under 30 engage in public service.")] == [None]
    assert [f.unit for f in parse_figures("Two major parties backed the budget on Monday.")] == ["party"]
    assert [f.unit for f in parse_figures("The 30-second spot ran on Friday.")] == ["second"]
    assert [f.unit for f in parse_figures("Another 24.5 inches of snow fell by Tuesday night.")] == ["inch"]
    assert [f.unit for f in parse_figures("The firm hired 50 staff and 12 engineers.")] == ["staff", "engineer"]


def test_a_count_does_not_reach_across_punctuation() -> None:
    assert parse_figures("Two – yet another breach of the treaty") == []


def test_dates_and_years_are_not_figures() -> None:
    assert parse_figures("On 23 October 2024, and on October 28, in 1995, at 6:09 pm.") == []
    # A time of day written with a space inside ("7 p. m."), as some outlets and tokenised text have it, counts
    # nothing: only the time she left is a figure, of her leaving (``test_clock_times_are_figures_of_their_event``).
    assert [(f.text, f.counted) for f in parse_figures(
        "She had parked her car around 7 p. m. on Friday, and left at 9 a. m.")] == [
            ("9 a. m.", "departure (time of day)")]


def test_a_date_naming_what_is_counted_leaves_the_count() -> None:
    """basil-dev 2016_1b96a5db fox ¶15 "Fifteen of the 19 Sept. 11 hijackers": the date names the hijackers, and both
    numbers count them, as HuffPost's "Fifteen of the 19 hijackers on 9/11" does; "on 19 May 12 people" is a date."""
    figures = parse_figures("Twelve of the 40 Oct. 7 defendants were released on bail.")
    assert [(f.value, f.counted) for f in figures] == [(12, "defendant"), (40, "defendant")]
    assert 19 not in [f.value for f in parse_figures("On 19 May 12 people were killed in Tarnford.")]


def test_a_count_whose_noun_a_date_names_is_not_of_that_date() -> None:
    # reviewer32: the claim page's Figures table gave Fox's "19 Sept. 11 hijackers" the date "19 Sept".
    figures = parse_figures("Twelve of the 40 Oct. 7 defendants were released on bail.")
    assert [f.when for f in figures] == [None, None]
    assert [f.when for f in parse_figures("The attack on 3 October killed 12 people.")] == ["3 October"]


@pytest.mark.parametrize("text", [
    "Vellia fired the Varsong-12 missile over the sea on Monday.",
    "A pilot flew an F-35 jet over the Vell harbour.",
    "The payload weighs more than a Borring 737 fully loaded with fuel.",
    "It was launched from the former Argo 11 launch pad.",
    "The vast rocket is three Tarn 9 rockets strapped together.",
])
def test_a_model_or_mission_number_is_no_figure(text: str) -> None:
    assert [f.value for f in parse_figures(text) if f.value in (12, 35, 737, 11, 9)] == []


@pytest.mark.parametrize(("text", "value"), [
    ("The doctor told the Vell Post 41 bodies had been brought to the hospital.", 41),
    ("The ships landed in the Sea of Vell 125 to 155 miles west of Tarnford.", 125),
    ("The craft will head for the orbit of Mars 140 miles beyond the station.", 140),
])
def test_a_number_after_a_name_that_opens_a_phrase_or_counts_a_noun_is_a_figure(text: str, value: float) -> None:
    assert value in [number for f in parse_figures(text) for number in (f.value, f.low)]  # "125 to 155": a range


# --- grouping ------------------------------------------------------------------------


def statement(article_id: str, text: str, outlet: str | None = None) -> Statement:
    [found] = find_statements(article(article_id, text, outlet=outlet), [], [])
    return found


def test_relative_clause_between_subject_and_verb_is_a_proposition_about_the_subject() -> None:
    parts = propositions("The singer, 31, who checked into a rehab clinic on Friday, has cancelled her tour of Norway.")
    assert parts[-1] == ("The singer, 31 checked into a rehab clinic on Friday", False)  # background, as in place
    # No verb after the closing comma: no relative clause set off between a subject and its verb.
    assert propositions("Fans who saw it, this year, were happy") == (("Fans who saw it, this year, were happy", True),)


def test_participle_after_main_clause_tells_what_its_subject_did() -> None:
    parts = propositions("The Harbin Owls made a bold move on Monday, sacking coach Tam Orvell after one season.")
    assert ("The Harbin Owls sacking coach Tam Orvell after one season.", True) in parts
    # A pronoun subject says nothing of who did it: the participle stays background, on its own.
    assert ("killing four people.", False) in propositions("It struck the valley towns on Sunday, killing four people.")
    # A preposition in -ing is no participle: "including" adds no subject.
    assert ("including two children.", False) in propositions(
        "A storm flooded the valley towns on Sunday, including two children.")


def test_the_outlets_own_clause_before_a_reported_denial_joins_its_fact() -> None:
    """basil-dev 2016_1b96a5db hpo ¶8 "Fifteen of the 19 hijackers on 9/11 were Saudi citizens, but the Saudi government
    denies any role…": the first clause is HuffPost's own and tells Fox's "Fifteen of the 19 Sept. 11 hijackers were
    Saudi nationals"; only the denied words were compared, and the two stayed two claims."""
    a = statement("a", "Eleven of the 14 crew members were Vellish sailors, but the shipping line denies any fault in "
                       "the collision and two inquiries have cleared its officers.")
    b = statement("b", "Eleven of the 14 crew members aboard the freighter were Vellish sailors.")
    other = statement("c", "The harbour authority reopened the Tarn channel to shipping on Friday.")
    group_claims([a, b, other])
    assert a.claim == b.claim != other.claim


def test_same_claim_differently_worded_merges() -> None:
    a = statement("a", "Over 600,000 Russian soldiers have been killed or wounded in the war, he said.")
    b = statement("b", "Rutte said more than 600,000 Russian soldiers have been killed or wounded since 2022.")
    other = statement("c", "The city council approved a new budget for the harbour on Tuesday.")
    claims = group_claims([a, b, other])
    assert a.claim == b.claim != other.claim
    assert len(claims) == 2


def test_similar_words_different_facts_stay_apart() -> None:
    a = statement("a", "Clinton unveiled a list of endorsements from 95 retired generals and admirals.")
    b = statement("a", "Trump cited his own endorsements from 88 generals and admirals on Tuesday.")
    group_claims([a, b])
    assert a.claim != b.claim


def test_lower_case_titles_are_no_shared_name_for_rival_counts() -> None:
    # "General" and "Admiral" are names elsewhere in the dossier; written in lower case here
    # they do not make the two lists of endorsements rival counts of one thing.
    a = statement("a", "Clinton unveiled a list of endorsements from 95 retired generals and admirals.")
    b = statement("a", "Trump cited his own endorsements from 88 generals and admirals on Tuesday.")
    titles = statement("b", "Admiral Stavros and General Marsh said the navy had lost two ships in the storm.")
    group_claims([a, b, titles])
    assert a.claim != b.claim


def test_loss_and_losses_are_one_word() -> None:
    a = statement("a", "The Veltra group reported heavy losses at its Lisbon plant on Tuesday.")
    b = statement("b", "Veltra recorded a heavy loss at the Lisbon plant, the group said on Tuesday.")
    group_claims([a, b])
    assert a.claim == b.claim


def test_words_common_across_the_dossier_do_not_link_statements_alone() -> None:
    # In a dossier about one campaign, "Mayor Quill", "Senator Dorn" and "the runoff" are in
    # every article: two sentences sharing only them tell different facts.
    filler = [statement(f"f{i}", f"Mayor Quill and Senator Dorn met voters in district {name} before the runoff "
                                 "on Sunday.")
              for i, name in enumerate("Abel Brook Cedar Dune Elm Fern Glen Heath Iris Jade Kale Lark Moss Nook "
                                       "Oak Pine Quay Reed".split())]
    poll = statement("p", "Mayor Quill and Senator Dorn are level before the runoff, a Gazette survey found.")
    removed = statement("r", "Ushers escorted Ilse Varga out of the hall before the runoff between Mayor Quill "
                             "and Senator Dorn.")
    # A near restatement in only those words still links.
    same = [statement(f"s{i}", "Mayor Quill and Senator Dorn met voters before the runoff on Sunday.") for i in (1, 2)]
    group_claims([*filler, poll, removed, *same])
    assert poll.claim != removed.claim
    assert same[0].claim == same[1].claim


def test_two_words_common_in_any_news_do_not_make_one_statement_contain_another() -> None:
    # "feel" and "safe" are rare in a dossier of two articles but common in news at large: the tent's
    # short clause does not restate what the mayor said. Two seldom words ("feel cozy") still do.
    said = statement("a", "Mayor Vell Ostrander said shoppers should feel safe everywhere in Harnwick.")
    tent = statement("b", "Volunteers put up a heated tent beside the square; families feel safe.")
    group_claims([said, tent])
    assert said.claim != tent.claim
    said = statement("a", "Mayor Vell Ostrander said shoppers should feel cozy everywhere in Harnwick.")
    tent = statement("b", "Volunteers put up a heated tent beside the square; families feel cozy.")
    group_claims([said, tent])
    assert said.claim == tent.claim


def test_common_words_written_in_lower_case_are_no_name_because_a_name_elsewhere_has_them() -> None:
    # The dossier capitalises "Feel Safe" as a body's name; here both write the ordinary words.
    said = statement("a", "Mayor Vell Ostrander said shoppers should feel safe everywhere in Harnwick.")
    tent = statement("b", "Volunteers put up a heated tent beside the square; families feel safe.")
    body = statement("c", "The Feel Safe Alliance was founded by Petra Lund in Harnwick last spring.")
    group_claims([said, tent, body])
    assert said.claim != tent.claim


def test_two_common_words_with_a_count_of_the_same_thing_still_join() -> None:
    short = statement("a", "Six hostages were freed late at night, the militia said.")
    long = statement("b", "After talks in the capital dragged on for a week and the envoys twice walked out of "
                          "the hotel, 6 hostages were freed.")
    group_claims([short, long])
    assert short.claim == long.claim


def test_an_open_ended_amount_agreeing_with_a_far_one_does_not_join_two_facts() -> None:
    # "More than $40" agrees with "$118.20" only because its top is open: two prices, two facts. Two amounts
    # close to each other still tell one figure.
    wanted = statement("a", "Traders polled by the Ledger said they would want more than $40 a share to back Veltra.")
    price = statement("b", "Veltra shares closed up 0.4 percent at $118.20 on Friday.")
    group_claims([wanted, price])
    assert wanted.claim != price.claim
    bid = statement("a", "Veltra raised its bid for Orsk to more than $9 billion, the Ledger said.")
    again = statement("b", "The new bid values Orsk at about $9.1 billion, Veltra said on Friday.")
    group_claims([bid, again])
    assert bid.claim == again.claim


def test_the_one_word_two_different_names_share_is_no_shared_participant() -> None:
    # Two Marrows, two Tarnford teams: the word their names share says nothing of one fact. A title is no name
    # of its own ("Coach Marrow" may be "Lisbet Marrow").
    pairs = [("Lisbet Marrow opened a bakery in Tarnford.", "Edvin Marrow was elected mayor of Tarnford."),
             ("The Tarnford Hawks lost the final at Brennick Park.",
              "The Tarnford Rovers played the final at Brennick Park in May."),
             ("Guard Lisbet Marrow joined the Tarnford Hawks last season.",
              "Edvin Marrow has coached the Tarnford Hawks since 2019.")]
    for first, second in pairs:
        a, b = statement("a", first), statement("b", second)
        group_claims([a, b])
        assert a.claim != b.claim, first
    assert "coach" in ROLE_NOUNS
    a = statement("a", "Lisbet Marrow opened a bakery in Tarnford on Friday.")
    b = statement("b", "Coach Marrow opened a bakery in Tarnford, her club said.")
    group_claims([a, b])
    assert a.claim == b.claim


def test_a_possessive_ends_a_name_unless_a_title_follows() -> None:
    # "Venn's Halvard car": Venn and her team, two names; "Orla Venn" is the same driver.
    a = statement("a", "Orla Venn crashed on lap 31.")
    b = statement("b", "Venn's Halvard car crashed on lap 31 in heavy rain.")
    group_claims([a, b])
    assert a.claim == b.claim
    assert name_runs("Venn's Halvard car crashed.") == ()
    # A title after the possessive: the owner's office, one person ("Orsk's Foreign Minister Dana Velko").
    assert name_runs("Orsk's Foreign Minister Dana Velko spoke.") == (
        frozenset(_stem(word) for word in ("orsk", "foreign", "minister", "dana", "velko")),)


def test_different_counts_of_a_game_unit_are_different_things_not_rival_estimates() -> None:
    # 24 points in the game and 9 in the last quarter, a lead of 19 points and one cut to 12: different counts.
    # The same count of points still joins, and different tolls of the dead are still rivals of one fact.
    pairs = [("Dana Velko scored 24 points as Tarnford beat Orsk on Sunday.",
              "Velko added 9 points in the final quarter against Orsk, Tarnford said.", False),
             ("Velko leads the Tarnford standings by 19 points.",
              "Velko's lead in the Tarnford standings was cut to 12 points on Sunday.", False),
             ("Velko leads the Tarnford standings by 12 points.",
              "Velko's lead in the Tarnford standings is now 12 points after Sunday.", True),
             ("Rebels said 300 soldiers died in the Tarnford attack.",
              "The army said 120 soldiers died in the Tarnford attack.", True)]
    for first, second, joined in pairs:
        a, b = statement("a", first), statement("b", second)
        group_claims([a, b])
        assert (a.claim == b.claim) == joined, first


def test_a_noun_after_a_determiner_opening_the_sentence_is_no_main_verb() -> None:
    # "Those moves are meant…" tells no moving: it must not meet "Veltra moved…" on a shared predicate.
    moved = statement("a", "Veltra moved from Ostend in 2015 after a merger with its rival Karno Systems.")
    moves = statement("b", "Those moves are meant to show the commitment of Veltra to the deal.")
    group_claims([moved, moves])
    assert moved.claim != moves.claim


def test_the_common_terms_list_is_what_the_unlabelled_news_gives() -> None:
    for name in ("bbc", "conll2003", "polnear-train"):
        corpus(name)
    spec = importlib.util.spec_from_file_location("train_terms", ROOT / "scripts" / "train_terms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counts = module.document_counts(module.texts(CORPORA))
    assert frozenset(t for t, n in counts.items() if n >= module.MIN_DOCUMENTS) == common_terms()
    assert {"feel", "safe", "hole"} <= common_terms() and not {"microlens", "cozi"} & common_terms()


def test_rival_counts_form_one_claim_that_disagrees() -> None:
    a = statement("a", "Intelligence officials reported that Pyongyang had sent 3,000 troops to Russia.")
    b = statement("b", "The Pentagon estimated that around 10,000 North Korean troops have been sent to Russia.")
    c = statement("c", "The White House confirmed that there are several thousand North Korean troops in Russia.")
    casualties = statement("d", "More than 600,000 Russian soldiers have been killed or wounded, Rutte said.")
    claims = group_claims([a, b, c, casualties])
    assert a.claim == b.claim == c.claim != casualties.claim
    [troops] = [claim for claim in claims if claim.id == a.claim]
    assert troops.disagreement and figure_disagreement(troops)
    assert {row[0].text for row in claim_figures(troops) if row[2]} >= {"3,000", "around 10,000"}


def test_statement_restating_one_fact_of_a_long_lead_sentence_joins_it() -> None:
    lead = statement("a", "The defence minister said on Monday that Freedonian engineers were sent to the "
                          "Sylvanian border region, decrying the deployment as a dangerous provocation.")
    short = statement("b", "Freedonian engineers have been deployed to the Sylvanian border region.")
    other = statement("c", "The defence minister decried the new tariffs as a dangerous provocation on Monday.")
    group_claims([lead, short, other])
    assert lead.claim == short.claim != other.claim


def test_paraphrase_with_word_families_merges() -> None:
    a = statement("a", "At the hearing, Senator Hale cited derogatory comments the mayor had made about Ms Ortiz.")
    b = statement("b", "Senator Hale mentioned disparaging remarks the mayor had made about Ms Ortiz at the hearing.")
    group_claims([a, b])
    assert a.claim == b.claim


def test_acquiring_a_company_is_buying_it() -> None:
    """ECB+ 43_ecbplus: "Advanced Micro Devices will acquire server vendor SeaMicro" and "… announced Wednesday it is
    buying low-power server vendor SeaMicro" tell one deal; "acquire" read as "obtain" met only "acquisition"'s
    "buy" by chance."""
    a = statement("a", "Vellcorp will acquire Tarnsoft in an attempt to make a run at its rivals in the server market.")
    b = statement("b", "Vellcorp announced Wednesday it is buying server vendor Tarnsoft, a surprise move.")
    other = statement("c", "Tarnsoft opened a second office in the harbour district last spring.")
    group_claims([a, b, other])
    assert a.claim == b.claim != other.claim


def test_same_main_verb_and_participant_merge_despite_different_circumstances() -> None:
    """The same act told with other details (why, when) is one claim; another act of the
    same person in the same words around it is not."""
    checked_in = statement("a", "Maria Velez has checked into a clinic in Oregon to begin a stint ordered by a judge "
                                "after a crash.")
    again = statement("b", "Velez checked into a clinic on Thursday to comply with her sentence in a misdemeanour "
                           "driving case.")
    left = statement("c", "Velez left a clinic on Thursday to comply with her sentence in a misdemeanour driving case.")
    others = [statement(f"o{i}", text) for i, text in enumerate([
        "The council approved a new budget for the harbour on Monday.",
        "Rain flooded three streets in the old town overnight.",
        "Maria Velez starred in a long-running television comedy.",
        "The clinic in Oregon treats about forty patients."])]
    group_claims([checked_in, again, *others])
    assert checked_in.claim == again.claim
    group_claims([checked_in, left, *others])
    assert checked_in.claim != left.claim


def test_of_two_pairs_raised_to_the_bar_the_closer_restatement_joins() -> None:
    """Both clinic stays share the main verb and the person with the Thursday report, so a
    rule raises both pairs to the merge bar; the two stays are different clinics, so only
    one can join it: the one told in closer words, whatever the articles' order."""
    british = statement("a", "Maria Velez has checked into a British clinic to begin a stint ordered by a judge "
                             "after a crash.")
    american = statement("b", "Velez has checked into an American clinic on Thursday to comply with a court order.")
    thursday = statement("c", "Velez checked into a clinic on Thursday to comply with her sentence in a misdemeanour "
                              "driving case.")
    others = [statement(f"o{i}", text) for i, text in enumerate([
        "The council approved a new budget for the harbour on Monday.",
        "Rain flooded three streets in the old town overnight.",
        "Maria Velez starred in a long-running television comedy.",
        "The clinic in Oregon treats about forty patients."])]
    group_claims([british, american, thursday, *others])
    assert thursday.claim == american.claim != british.claim


def test_a_statement_joins_the_group_it_is_closest_to_on_average(monkeypatch: pytest.MonkeyPatch) -> None:
    """Average-link merges the pair of groups most alike on average first: the third
    statement is close to the first (0.85) but not to its twin (0), so on average (0.425)
    less close to that pair than to the fourth (0.8), which it joins."""
    prepared = [_prepared(statement(f"s{i}", text)) for i, text in enumerate([
        "The council approved a new budget for the harbour on Monday.",
        "The harbour budget was approved by the council on Monday.",
        "Rain flooded three streets in the old town overnight.",
        "Three streets of the old town were flooded by overnight rain."])]
    scores = {(0, 1): 0.9, (0, 2): 0.85, (2, 3): 0.8}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(prepared, {})
    assert groups == [[0, 1], [2, 3]]


_TOLD_TWICE = [
    ("a", "Officials said the Tarn Bridge reopened to traffic late on Monday."),
    ("a", "Kessler Shipping said its freighter struck the Tarn Bridge."),
    ("b", "A freighter owned by Kessler Shipping struck the Tarn Bridge."),
    ("b", "Divers inspected the damaged pillars of the bridge on Monday."),
]


def _told_twice(texts: list[tuple[str, str]]) -> list[_Prepared]:
    return [_prepared(statement(article, text)) for article, text in texts]


def test_two_groups_each_others_closest_join_across_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article's group holds the strike and a second fact, so on average (0.7 over four pairs) the two groups
    stay apart; but their closest statements, from two articles, are each other's best match, name the same
    company and tell the same happening ("struck"): one event told twice, joined."""
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(_TOLD_TWICE), {})
    assert groups == [[0, 1, 2, 3]]


def test_a_groups_closest_sentence_of_its_own_article_does_not_hide_its_match_in_another(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As above, and the first article tells the strike once more, in a sentence of its own group closer to the
    strike (0.75) than the second article's (0.7): a sentence of the same article is never joined to it across
    articles, so the strike told by two outlets is still each group's closest match, and joins."""
    texts = [*_TOLD_TWICE, ("a", "Kessler Shipping said the freighter's captain struck the Tarn Bridge before dawn.")]
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.7, (1, 4): 0.75}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(texts), {})
    assert groups == [[0, 1, 2, 3], [4]]


def test_closest_groups_otherwise_unalike_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The third statement and the fourth are close and tell one strike, but the fourth tells above all that the
    freighter was towed away, as its group does; no other pair of the two groups is alike (0.7 over nine pairs): the
    strike and the towing stay two claims, not one chained through a sentence telling both."""
    texts = [("a", "Kessler Shipping said its freighter struck the Tarn Bridge."),
             ("c", "The Tarn Bridge was struck by a Kessler Shipping freighter."),
             ("b", "A freighter owned by Kessler Shipping struck the Tarn Bridge."),
             ("c", "The Kessler Shipping freighter that struck the Tarn Bridge was towed to Vell harbour."),
             ("a", "The freighter was towed to Vell harbour."),
             ("d", "Tugs towed the damaged freighter to Vell harbour.")]
    scores = {(0, 1): 0.9, (0, 2): 0.9, (1, 2): 0.9, (3, 4): 0.9, (3, 5): 0.9, (4, 5): 0.9, (2, 3): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(texts), {})
    assert groups == [[0, 1, 2], [3, 4, 5]]


def test_closest_groups_without_a_name_in_common_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*_TOLD_TWICE[:2], ("b", "A cargo ship struck a road bridge early on Sunday."), _TOLD_TWICE[3]]
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(texts), {})
    assert groups == [[0, 1], [2, 3]]


def test_closest_groups_sharing_a_name_only_one_writes_as_a_name_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """"the bridge" is the Tarn Bridge's word, but written in lower case it names no participant of its own."""
    texts = [*_TOLD_TWICE[:2], ("b", "A cargo ship struck the bridge early on Sunday."), _TOLD_TWICE[3]]
    prepared = _told_twice(texts)
    _weigh(prepared)
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(prepared, {})
    assert groups == [[0, 1], [2, 3]]


def test_closest_groups_at_the_merge_bar_only_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A closest pair just at the merge bar is no strong sign that two groups tell one event."""
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.45}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(_TOLD_TWICE), {})
    assert groups == [[0, 1], [2, 3]]


def test_closest_groups_sharing_only_a_family_noun_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """"companies" is of the family of "firm", an event word of the dossier's, but tells nothing that happened."""
    texts = [("a", "Officials said the Tarn Bridge reopened to traffic late on Monday."),
             ("a", "Kessler Shipping is among the companies with freighters on the Tarn river."),
             ("b", "Kessler Shipping is among the companies with offices in the port."),
             ("b", "Divers inspected the damaged pillars of the bridge on Monday.")]
    scores = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(texts), {})
    assert groups == [[0, 1], [2, 3]]


def test_a_group_joins_only_the_group_it_is_closest_to(monkeypatch: pytest.MonkeyPatch) -> None:
    """The third article's statement is closest to the second's, whose closest is the first's: only the mutual
    pair joins, so no chain of near pairs links the three."""
    texts = [*_TOLD_TWICE, ("c", "Kessler Shipping's freighter struck the Tarn Bridge on Sunday."),
             ("c", "Kessler Shipping shares fell on Tuesday.")]
    scores = {(0, 1): 0.9, (2, 3): 0.9, (4, 5): 0.9, (1, 2): 0.8, (2, 4): 0.7}
    patch_stage(monkeypatch, "claims", "_score_pairs", lambda *_: (scores, []))
    groups, _ = _cluster(_told_twice(texts), {})
    assert groups == [[0, 1, 2, 3], [4, 5]]


@pytest.mark.parametrize("texts", [
    [("a", "Senator Ruth Okafor said the Harbour Bill would cut fees for small ports."),
     ("b", "Senator Dale Prentice said the Harbour Bill would raise taxes on fishing fleets.")],
    [("a", "Maria Velez checked into the Larch Valley clinic on Thursday."),
     ("b", "Maria Velez checked out of the Larch Valley clinic on Sunday.")],
    [("a", "Corvair Airlines flight 212 landed safely in Lisbon after an engine fault."),
     ("b", "Corvair Airlines flight 418 was diverted to Madrid after a passenger fell ill.")],
])
def test_different_facts_of_one_subject_stay_apart(texts: list[tuple[str, str]]) -> None:
    """Two senators on one bill, a check-in and a check-out, two flights of one airline: one subject, two facts."""
    statements = [statement(article, text) for article, text in texts]
    group_claims(statements)
    assert statements[0].claim != statements[1].claim


def test_denial_joins_the_claim_it_denies() -> None:
    a = statement("a", "Freedonian engineers have been sent to the Sylvanian border region, officials said.")
    b = statement("b", "The Freedonian government denied that its engineers were sent to the Sylvanian border region.")
    group_claims([a, b])
    assert b.stance == "disputes"
    assert a.claim == b.claim


def test_a_denial_of_something_else_does_not_dispute_the_claim_it_joins() -> None:
    # The group's call is put forward by both; what the second denies is a charge of bias.
    called = statement("a", "The Vell Residents Group issued its own motion on Tuesday calling on the council "
                            "to withdraw the parking plan.")
    other = statement("b", "Residents disputed claims of bias and called on the council to withdraw the parking "
                           "plan on Tuesday.")
    group_claims([called, other])
    assert called.claim == other.claim
    assert other.stance != "disputes"


def test_a_denial_sharing_only_names_with_its_claim_does_not_dispute_it() -> None:
    # Both name the girls and the group; one says they were freed, the other denies a swap.
    denial = statement("a", "The minister denied that the 21 Chibok girls were exchanged for Vell Front prisoners.")
    freed = statement("b", "The 21 Chibok girls were freed on Thursday, and the Vell Front is still a potent force, "
                           "analysts said.")
    group_claims([denial, freed])
    assert denial.claim == freed.claim
    assert denial.stance != "disputes"


def test_a_denial_of_another_act_of_its_claims_people_does_not_contest_it() -> None:
    # A claim that Lind fired Crane, one member of which also says she asked him to drop an audit: a denial that she
    # asked him to stop the audit names the two and the audit, yet denies no firing. One that she fired him does.
    fired = [statement("a", "Mayor Jo Lind said she fired harbour master Ed Crane only for lying to the council."),
             statement("b", "Council members said Lind fired Crane for lying about the dredging costs after she "
                            "allegedly asked him to drop the dredging audit."),
             statement("c", "Lind fired Ed Crane in May for lying to the council about the dredging costs.")]
    for denial, disputes in (("Lind denied that she asked Crane to stop the dredging audit.", False),
                             ("Lind denied that she fired Crane for lying to the council.", True)):
        denied = statement("d", denial)
        group = [*fired, denied]
        _settle_denials(group, [_prepare(s) for s in group])
        claim = Claim(id="lind-fired-crane", summary="", statements=group)
        assert (denied.stance == "disputes") is disputes and (claim.status == "contested") is disputes, denial


def test_an_act_told_as_not_done_contests_only_a_claim_telling_that_act() -> None:
    """events north_Korea_hokkaido_missile NYT ¶23 "…has conducted more than 80 missile tests … but it has not sent any
    of those missiles over Japan" disputed HuffPost's "…has conducted dozens of ballistic missile tests…": the front
    page's first item read "⚠ contested", though no one denies the tests. Not sending missiles over Japan is another
    act; a statement that Vestria had not fired any missiles over Ostland still disputes a claim that it did."""
    tests = [statement("a", "Vestria has conducted dozens of ballistic missile tests under its young leader, but "
                            "firing them over Ostland is rare."),
             statement("b", "Vestria has conducted dozens of ballistic missile tests in defiance of U.N. sanctions, "
                            "but firing them over Ostland is rare.")]
    fired = [statement("a", "Vestria fired two ballistic missiles over Ostland on Tuesday, the navy said."),
             statement("b", "Vestria fired two ballistic missiles over Ostland early on Tuesday.")]
    for told, denial, disputes in (
            (tests, "Vestria has conducted more than 80 missile tests since 2011, but it has not sent any of those "
                    "missiles over Ostland.", False),
            (fired, "Vestria has not fired any missiles over Ostland, its defence minister said.", True)):
        denied = statement("c", denial)
        group = [*told, denied]
        _settle_denials(group, [_prepare(s) for s in group])
        claim = Claim(id="vestria-missiles", summary="", statements=group)
        assert (denied.stance == "disputes") is disputes and (claim.status == "contested") is disputes, denial


def test_a_denial_the_claim_reports_in_quoted_words_agrees_with_it() -> None:
    # Two outlets tell that Lind sought counselling and quote her denial of the bribery allegations; a third tells the
    # same denial in its own words. It denies nothing they put forward: no contested claim. A denial of the
    # counselling still disputes it.
    told = [statement("a", 'Her lawyer said Lind sought counselling in May and that any allegations of bribery by '
                           'harbour contractors were "flatly denied."'),
            statement("b", 'Lind sought counselling in May, and her spokesman has said that "any allegations of '
                           'bribery by harbour contractors are flatly denied by the mayor."')]
    for denial, disputes in (('Lind has denied "any allegations of bribery by harbour contractors."', False),
                             ("Lind denied that she sought counselling in May.", True)):
        denied = statement("c", denial)
        group = [*told, denied]
        _settle_denials(group, [_prepare(s) for s in group])
        claim = Claim(id="lind-sought-counselling", summary="", statements=group)
        assert (denied.stance == "disputes") is disputes and (claim.status == "contested") is disputes, denial


def test_a_denial_of_doing_what_the_sentence_before_tells_contests_it() -> None:
    # The friend says Lind threatened to end his contract; the next paragraph, Lind denies ever threatening his
    # prospects: other words, the same act of the same person, denied. Another act ("ever meeting him") is no denial.
    told = [statement("a", "Jo Roe said that Lind had threatened to end his contract with the harbour board."),
            statement("b", "Roe said that Lind had threatened to end his contract with the harbour board in May.")]
    for denial, disputes in (("Through a spokesman, Lind denied ever threatening his prospects at the harbour.", True),
                             ("Through a spokesman, Lind denied ever meeting his lawyers at the harbour.", False)):
        denied = statement("a", denial)
        denied.paragraph = told[0].paragraph + 1
        claims = group_claims([*told, denied])
        [claim] = [c for c in claims if told[0] in c.statements]
        assert (denied.claim == claim.id and denied.stance == "disputes") is disputes, denial
        assert (claim.status == "contested") is disputes, denial


def test_a_rejected_claim_is_titled_with_who_rejects_it() -> None:
    # What the port authority rejects is no fact: the title keeps the rejection, not the clause it governs, and the
    # words it adds after ("stating, …").
    rejected = statement("a", "The Vell port authority rejected any claims that the dredging contract had been "
                              "awarded to the mayor's brother, stating, “The tender was open to all.”")
    [claim] = group_claims([rejected])
    assert rejected.stance == "disputes"
    assert claim.summary == ("The Vell port authority rejected any claims that the dredging contract had been awarded "
                             "to the mayor's brother")
    # Not negated: "did not deny that…" puts its clause forward.
    [claim] = group_claims([statement("b", "The mayor did not deny that the dredging contract had been awarded to "
                                           "his brother in May.")])
    assert not claim.summary.startswith("The mayor")


def test_a_demand_s_subjunctive_is_titled_with_who_demands_it() -> None:
    # "The council appropriate $2 million" has no tense: a wish, no sentence; the title keeps who insists on it.
    [claim] = group_claims([statement("a", "The mayor is now insisting that the council appropriate $2 million for "
                                           "the dredging, while the harbour board wants a smaller budget.")])
    assert claim.summary.startswith("The mayor is now insisting that the council appropriate $2 million")
    # A clause with its tense stands alone: what was insisted on is the claim.
    [claim] = group_claims([statement("b", "The mayor insisted that the council had approved $2 million for the "
                                           "dredging in May.")])
    assert not claim.summary.startswith("The mayor")


def test_an_alleged_claim_is_titled_with_who_alleges_it() -> None:
    # "claims" is the writer keeping from vouching for what the militant says: the title keeps who claims it, as the
    # front page shows it, not the clause as a fact.
    [claim] = group_claims([statement("a", "The militant claims some of the crew were killed in a Vellian air raid.")])
    assert claim.summary == "The militant claims some of the crew were killed in a Vellian air raid"
    [claim] = group_claims([statement("b", "Jo Roe alleged that the harbour tender had been rigged in May.")])
    assert claim.summary == "Jo Roe alleged that the harbour tender had been rigged in May"
    # A plain saying verb puts its clause forward.
    [claim] = group_claims([statement("c", "The militant said some of the crew were killed in a Vellian air raid.")])
    assert claim.summary == "Some of the crew were killed in a Vellian air raid"


def test_a_denial_naming_nothing_of_its_own_disputes_its_claim() -> None:
    sent = [statement(x, "Freedonian engineers have been sent to the Sylvanian border region, officials said.")
            for x in "ab"]
    denial = statement("c", "Freedonian engineers have been sent to the Sylvanian border region, but the Freedonian "
                            "government denied it.")
    group_claims([*sent, denial])
    assert sent[0].claim == denial.claim and denial.stance == "disputes"


def test_denials_restating_a_denial_agree_with_it() -> None:
    denials = [statement(x, "The Freedonian government denied that its engineers were sent to the Sylvanian "
                            "border region.") for x in "ab"]
    group_claims(denials)
    assert denials[0].claim == denials[1].claim
    assert [d.stance for d in denials] == ["asserts", "asserts"]


def test_no_chaining_through_a_bridging_statement() -> None:
    # Two different polls, and a vaguer sentence close to both: it may join one, never both.
    a = statement("a", "Clinton leads Trump by 46 percent to 42 percent among wealthy voters, the poll found.")
    b = statement("b", "Clinton leads Trump by 46 percent to 44 percent among likely voters, the poll found.")
    bridge = statement("c", "Clinton leads Trump among voters, the poll found on Monday.")
    group_claims([a, b, bridge])
    assert a.claim != b.claim


def test_people_of_different_nationalities_are_different_claims() -> None:
    where = "on Mount Cook in New Zealand on Sunday, police said."
    british = statement("a", f"A British climber has fallen to his death {where}")
    australian = statement("b", f"An Australian climber fell to his death {where}")
    english = statement("c", f"An English climber fell to his death {where}")
    group_claims([british, australian, english])
    assert british.claim == english.claim != australian.claim  # English and British: one country


def test_a_count_and_a_sentence_without_one_are_different_claims() -> None:
    count = statement("a", "Officials said 3,000 Freedonian engineers were sent to the Sylvanian border region.")
    fact = statement("b", "Officials said Freedonian engineers were sent to the Sylvanian border region.")
    group_claims([count, fact])
    assert count.claim != fact.claim


def test_summary_prefers_a_named_subject_and_drops_the_attribution() -> None:
    pronoun = statement("a", "He has said Freedonia is training 10,000 engineers for the border region.")
    named = statement("b", "The defence ministry said that Freedonia is training around 10,000 engineers "
                           "for deployment to the Sylvanian border region next month.")
    [claim] = group_claims([pronoun, named])
    # The shorter statement, its "He has said" gone: what is said, with a named subject. ("He has claimed" would stay:
    # test_an_alleged_claim_is_titled_with_who_alleges_it.)
    assert claim.summary == "Freedonia is training 10,000 engineers for the border region"


def test_grouping_reads_the_claim_clauses_found_with_their_articles() -> None:
    # A rebuild groups the statements read from the cache in a fresh process, whose clause cache is empty: it reads
    # each statement's clause (after "told … that", after "said that") as extraction found it, not working it out again.
    told = statement("a", "The governor told The Vell Gazette on Saturday that the harbour bridge would reopen in May.")
    restated = statement("b", "Officials said that the harbour bridge would reopen in May after repairs.")
    told, restated = pickle.loads(pickle.dumps([told, restated]))
    claim_clause.cache_clear()
    [claim] = group_claims([told, restated])
    assert claim.summary == "The harbour bridge would reopen in May"
    assert claim_clause.cache_info().misses == 0


def test_summary_drops_a_named_audience_and_its_time() -> None:
    told = statement("a", "The governor told The Vell Gazette on Saturday that the harbour bridge would reopen in May.")
    assert claim_clause(told.text) == "the harbour bridge would reopen in May."
    [claim] = group_claims([told])
    assert claim.summary == "The harbour bridge would reopen in May"


def test_summary_drops_when_the_reported_clause_opens_and_skips_list_items() -> None:
    timed = statement("a", "The mayor stated that in the morning, a delegation from Vell informed the council "
                           "about the closure of the harbour bridge.")
    assert group_claims([timed])[0].summary.startswith("A delegation from Vell informed the council")
    item = statement("b", "Two – yet another breach of the Vell harbour regulations.")
    full = statement("c", "The mayor called the closure of the bridge a breach of the Vell harbour regulations "
                          "on Monday.")
    [claim] = group_claims([item, full])
    assert claim.summary.startswith("The mayor called the closure")


def test_summary_skips_pronoun_and_fragment_openings() -> None:
    pronoun = statement("a", "He said they sent 3,000 Freedonian engineers to the Sylvanian border region.")
    named = statement("b", "Officials said 3,000 Freedonian engineers were sent to the Sylvanian border region "
                           "on Monday, the ministry added.")
    [claim] = group_claims([pronoun, named])
    assert claim.summary.startswith("3,000 Freedonian engineers were sent")


def test_summary_tells_what_the_statements_share() -> None:
    lists = [
        statement("a", "The records that were taken included names, street addresses and library card numbers."),
        statement("b", "The stolen records held names, street addresses and library card numbers of readers."),
        statement("c", "The thieves took names, street addresses and library card numbers from the records."),
    ]
    adds = statement("d", "Vellbrook Library is struggling to win back readers after it waited weeks to say that "
                          "names and card numbers were taken.")
    # The named subject ranks best, but only the other three agree on what was taken.
    assert summarise([adds, lists[0]]).startswith("Vellbrook Library is struggling")
    shared = summarise([adds, *lists])
    assert "street addresses and library card numbers" in shared and not shared.startswith("Vellbrook")


def test_summary_is_not_taken_from_a_denial() -> None:
    claim_ = statement("a", "Freedonian engineers have been sent to the Sylvanian border region, officials said.")
    denial = statement("b", "However, the government denied that engineers were sent to the border region.")
    [claim] = group_claims([claim_, denial])
    assert claim.summary == "Freedonian engineers have been sent to the Sylvanian border region"


def test_ids_are_unique_and_deterministic() -> None:
    texts = ["The ministry closed the old bridge for repairs on Monday."] * 2 + [
        "The council voted to reopen the harbour next week."]

    def build() -> list[str]:
        return [c.id for c in group_claims([statement(f"a{i}", t) for i, t in enumerate(texts)])]

    ids = build()
    assert ids == build() and len(set(ids)) == len(ids)


ECB_CLUSTER = ROOT.parent / "shared" / "corpora" / "ecbplus-dev" / "articles" / "5_ecb"
CLAIMS_OF_CLUSTER = """
import sys
from pathlib import Path
sys.path.insert(0, "scripts")
import eval_claims
cluster = Path(sys.argv[1])
docs = eval_claims._ecb_cluster(cluster, cluster.parents[1] / "annotations" / cluster.name)
for claim in eval_claims.run([d.article for d in docs])[1]:
    print(claim.id, [(s.article, s.paragraph) for s in claim.statements])
"""


def test_the_same_articles_give_the_same_claims_whatever_the_hash_seed() -> None:
    # Python orders sets by a hash seed it draws anew in each process: nothing a reader sees may depend on it.
    # One ECB+ story of 14 reports of one event: there, sums over sets once tipped pairs over the bar.
    if not ECB_CLUSTER.is_dir():
        pytest.skip(f"{ECB_CLUSTER} not found: the shared corpora are not beside this checkout")
    runs = [subprocess.run([sys.executable, "-c", CLAIMS_OF_CLUSTER, str(ECB_CLUSTER)], cwd=ROOT, check=True,
                           capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")]
    assert runs[0].count("\n") > 10 and runs[0] == runs[1]


BASIL_STORY = ROOT.parent / "shared" / "corpora" / "basil-dev" / "articles" / "2018_87609973"
CLAIMS_OF_STORY = """
import sys
from pathlib import Path
sys.path.insert(0, "scripts")
import eval_claims
from dossier.reader import read_uncleaned
for claim in eval_claims.run([read_uncleaned(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))])[1]:
    print(claim.id, [(s.article, s.paragraph) for s in claim.statements])
"""


def test_a_three_outlet_story_gives_the_same_claims_whatever_the_hash_seed() -> None:
    # Seeds 1 and 3 once joined Fox's and the Times' sentences on "Crooked Hillary" one way and not the other.
    if not BASIL_STORY.is_dir():
        pytest.skip(f"{BASIL_STORY} not found: the shared corpora are not beside this checkout")
    runs = [subprocess.run([sys.executable, "-c", CLAIMS_OF_STORY, str(BASIL_STORY)], cwd=ROOT, check=True,
                           capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "3", "5")]
    assert runs[0].count("\n") > 10 and runs[0] == runs[1] == runs[2]


# --- the seeds gold ------------------------------------------------------------------


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_claims", ROOT / "scripts" / "eval_claims.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_claims"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-dev" / "text"


def test_a_missed_chain_is_told_by_its_closest_pair_and_what_keeps_it_apart() -> None:
    # scripts/eval_claims.py --show-misses: which rule holds each missed ECB+ chain apart, so a session can count them.
    module = _eval_module()
    launches = [statement("a1", "The Orsk rocket flew over Tarnia in 2009, the defence ministry said."),
                statement("a2", "The Orsk rocket flew over Tarnia in 2017, the defence ministry said."),
                statement("a3", "Farmers in Vell sold their wheat at the market.")]
    claims = group_claims(launches)
    features = story_pair_features(launches)
    # Two years and none in common: two launches, whatever their words (``_dated_apart``).
    miss = module._miss("made-up", "launch", launches[:2], claims, features)
    assert (miss.score, miss.verdict, miss.texts[0][:18]) == (0.0, "veto: dated_apart", "The Orsk rocket fl")
    # Nothing in common with the wheat: no pair for the grouping to score.
    unrelated = module._miss("made-up", "other", [launches[0], launches[2]], claims, features)
    assert unrelated.verdict == "fewer than two words in common"


@pytest.mark.parametrize(("gold", "folder"), [("claims_seeds.yml", ROOT / "seeds"), ("claims_polnear.yml", POLNEAR)])
def test_gold_denials_are_found_as_disputes(gold: str, folder: Path) -> None:
    # The gold files put each denial under the claim it disputes and mark it `stance: disputes`.
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    import yaml

    module = _eval_module()
    items = [item for claim in yaml.safe_load((ROOT / "tests" / "gold" / gold).read_text(encoding="utf-8"))["claims"]
             for item in claim["statements"] if item.get("stance")]
    assert items, "the gold marks its denials"
    for item in items:
        path = folder / item["file"]
        found = find_statements(read_uncleaned(path), [], [])
        statement = module._locate(found, path.stem, item["text"])
        assert statement is not None and statement.stance == item["stance"], item["text"]


def test_seeds_gold() -> None:
    module = _eval_module()
    scores = module.evaluate(ROOT / "tests" / "gold" / "claims_seeds.yml", ROOT / "seeds")
    assert scores.detection >= 0.9
    assert scores.purity >= 0.9
    assert scores.recall >= 0.95  # 0.987: the troop counts and Singh's statements sit in their claims


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Russian and North Korean governments have, thus far, denied North Korean troops are in Russia.",
         "The Russian and North Korean governments"),
        ("The Pentagon, however, denied the report.", "The Pentagon"),
        ("Officials in Seoul, speaking on condition of anonymity, said the troops had left.", "Officials in Seoul"),
    ],
)
def test_an_aside_between_subject_and_verb_is_not_the_source(sentence: str, source: str) -> None:
    assert find_source(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The chairman of the Vell Committee, Representative Jo Roe, Republican of Ohio, said he intends to hold a "
         "hearing in July.", "Representative Jo Roe"),
        ("But Mr. Roe, of California, said the meeting should go ahead.", "Roe"),
        ("Sen. Ann Lee, D-Ore., said the meeting would be a mistake.", "Ann Lee"),
        ("Jo Roe, of the Vell Disaster Agency, said 12 people had died.", "Jo Roe"),
    ],
)
def test_a_party_state_or_body_set_off_after_a_name_is_not_the_source(sentence: str, source: str) -> None:
    assert find_source(sentence) == source


# --- sentences -----------------------------------------------------------------------


@pytest.mark.parametrize("paragraph", [
    "A 6.1 magnitude earthquake struck the coast on Monday. Buildings swayed in the capital.",
    "The crater is 2 metres (6 feet) wide. An unexploded shell was found beside it.",
    "The U.S. Navy sent two ships to the strait. Officials said more would follow.",
    "Two climbers died on Aoraki-Mt. Cook this weekend. Rescuers recovered the bodies.",
    "The fire started at 3:33 a. m. and is under investigation by the Palmer Police. No one was hurt.",
    "WASHINGTON (AP) — The Senate passed the bill on Monday. It now goes to the House.",
    "In April an 8. 6-magnitude quake struck off the coast. A tsunami alert was issued.",
    "A magnitude-6. 1 earthquake struck the province on Tuesday. Houses were damaged.",
    "The quake struck at a depth of 10 kilometres (6. 2 miles) in the district. No damage was reported.",
    "When the flight landed in Honolulu it was Sun. Dec. 31, 2017. Passengers cheered.",
    "The minister gave an interview to the Sun. He denied the report.",
    "The clinic mourned two members of its team, Drs. Jo and Ann Roe, who died in the crash. Flags flew at half mast.",
])
def test_sentences_survive_abbreviations_decimals_and_datelines(paragraph: str) -> None:
    first, second = paragraph.rsplit(". ", 1)
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == [first + ".", second]


def test_a_sentence_ends_where_scraping_lost_the_space_after_it() -> None:
    paragraph = "The phone comes with earplugs in the box.Wait for the launch to see the rest."
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == [
        "The phone comes with earplugs in the box.", "Wait for the launch to see the rest."]


@pytest.mark.parametrize(("paragraph", "sentences"), [
    # A short word on either side of the glued stop.
    ("The boat sank in the ocean.It was never found.", ["The boat sank in the ocean.", "It was never found."]),
    ("We sailed out to sea.A storm came in.", ["We sailed out to sea.", "A storm came in."]),
    ("Nobody saw it.He left by the back door.", ["Nobody saw it.", "He left by the back door."]),
    ("Nobody saw it.Now, he says, the door was open.", ["Nobody saw it.", "Now, he says, the door was open."]),
    ("Was it the wind?I think so, said the guard.", ["Was it the wind?", "I think so, said the guard."]),
    # An acronym's stop before a word that only opens sentences.
    ("Rings were seen off the UK.The sea is calm.", ["Rings were seen off the UK.", "The sea is calm."]),
    ("The pact was signed by NATO.It took a year.", ["The pact was signed by NATO.", "It took a year."]),
    # No sentence's end: abbreviations, initials, numbers, web addresses, names written with a stop.
    ("The U.S. Army and the U.N. met e.g. in Vell on Monday.", None),
    ("Jo Roe, a Ph.D. student, read J.R.R. Tolkien at No.1 Vell Road.", None),
    ("Jo Roe files her taxes at GOV.UK and at VELL.Com by May.", None),
    ("The rate rose to 3.5 per cent, says bbc.co.uk in its report.", None),
    ("The worm is called Vellbug.AB and it spread fast.", None),
    ("The Vellbug.B worm spread fast, says www.vell.Info in its report.", None),
    ("Visit the shop at vellmarket.Com today, or see vell.Org, for the sale.", None),
])
def test_a_sentence_ends_where_scraping_lost_the_space_before_a_short_word(paragraph: str,
                                                                           sentences: list | None) -> None:
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == (sentences or [paragraph])


@pytest.mark.parametrize(("paragraph", "sentences"), [
    # A quote mark glued on: one that opens the next sentence, one that closes this one.
    ('Rings were seen at sea."We move fast," Roe said.', ['Rings were seen at sea.', '"We move fast," Roe said.']),
    ("He told me: ‘Sure.’I said no to him.", ["He told me: ‘Sure.’", "I said no to him."]),
    ("He told me: ‘Sure.’They said no.", ["He told me: ‘Sure.’", "They said no."]),
    ('"It was a good day."Then the rain came.', ['"It was a good day."', "Then the rain came."]),
    # A web address is no sentence's end.
    ("Jo Roe, who runs the site Vell.Bells.Org, said it was down.", None),
    ("Visit the shop at Vellmarket.Com today for the sale.", None),
])
def test_a_sentence_ends_where_scraping_lost_the_space_by_a_quote_mark(paragraph: str, sentences: list | None) -> None:
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == (sentences or [paragraph])


@pytest.mark.parametrize(("paragraph", "sentences"), [
    # A cry or a question closing a quote, then who said it: one sentence.
    ("“Lock the gates!” Mayor Jo Roe tweeted early Tuesday.", None),
    ('"Why now?" Ann Lee asked reporters in Vell.', None),
    # A pronoun or a determiner after it, or a verb reporting a clause or another quote, opens a sentence.
    ("“Why now?” She says she did not know.", ["“Why now?”", "She says she did not know."]),
    ("“Why now?” Jo Roe replied that the gates were shut.", ["“Why now?”", "Jo Roe replied that the gates were shut."]),
    ("“Why now?” Jo Roe said he would not answer.", ["“Why now?”", "Jo Roe said he would not answer."]),
    ("“Why now?” That question was asked in Vell.", ["“Why now?”", "That question was asked in Vell."]),
])
def test_a_quote_ending_on_a_cry_or_a_question_keeps_its_attribution(paragraph: str, sentences: list | None) -> None:
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == (sentences or [paragraph])


@pytest.mark.parametrize(("paragraph", "sentences"), [
    # A state's short form before an office's abbreviated title: whose governor or senator, no sentence's end.
    ("Ten mayors are calling for Vt. Gov. Jo Roe to sign the bill. She has a week.",
     ["Ten mayors are calling for Vt. Gov. Jo Roe to sign the bill.", "She has a week."]),
    ("The letter went to Nev. Sen. Al Poe on Friday.", None),
    # After its town or its party, or before an honorific, the state's form ends its sentence.
    ("The firm is based in Vellton, Ore. Gov. Jo Roe praised it.",
     ["The firm is based in Vellton, Ore.", "Gov. Jo Roe praised it."]),
    ("The bill came from Rep. Al Poe, R-Tenn. Sen. Jo Roe opposed it.",
     ["The bill came from Rep. Al Poe, R-Tenn.", "Sen. Jo Roe opposed it."]),
    ("The crowd left after Mass. Mr. Poe locked the door.", ["The crowd left after Mass.", "Mr. Poe locked the door."]),
])
def test_a_state_abbreviated_before_an_office_title_does_not_end_a_sentence(paragraph: str,
                                                                           sentences: list | None) -> None:
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == (sentences or [paragraph])


# --- stance by meaning ---------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "stance"), [
    ("The minister said that was never the case when asked about the payments.", "disputes"),
    ("A spokesman said the account is not accurate and the meeting took place in May.", "disputes"),
    ("The auditors said there was no such impropriety in the accounts of the port.", "disputes"),
    ("Police said there was no evidence that the driver had been drinking.", "disputes"),
    ("Delegates rejected appeals for new leaders, re-electing her as party chair on Friday.", "asserts"),
    ("The council dismissed the reports of a cover-up as baseless on Monday.", "disputes"),
    ("Media outlets report that the trains collided in the old tunnel under the river.", "reports"),
    ("The Marlin, which the agency reports was bound for Oslo, struck the pier on Tuesday evening.", "asserts"),
    ('The mayor called the reports "fake news" on Monday.', "disputes"),
    ('The mayor then began a long rant about "fake news" on the Vell radio station.', "asserts"),
    ("Calls grew to deport people who arrive, as the man did, with no proof of identity.", "asserts"),
    ("The couple were denied asylum in Freedonia last year.", "asserts"),
])
def test_stance_by_meaning_not_by_a_cue_word(sentence: str, stance: str) -> None:
    assert stance_of(sentence) == stance


def test_a_negated_predicate_disputes_the_claim_and_a_negated_detail_does_not() -> None:
    told = [statement(x, "At least twelve people were killed in the attack on the Vell market on Sunday, "
                         "officials said.") for x in "abc"]
    seen = statement("d", "Our reporter at the Vell market said twelve people were not killed in the attack on Sunday.")
    group_claims([*told, seen])
    assert seen.claim == told[0].claim and seen.stance == "disputes"
    bumped = [statement(x, "The two work trains collided in the Vell tunnel on Wednesday morning, officials said.")
              for x in "ab"]
    detail = statement("c", "The two work trains collided in the Vell tunnel on Wednesday morning but did not derail.")
    group_claims([*bumped, detail])
    assert detail.claim == bumped[0].claim and detail.stance == "asserts"
    crashed = [statement(x, "Tom Reyes crashed his car on lap 48 at the Vell circuit in the rain on Sunday.")
               for x in "ab"]
    unhappy = statement("c", "The happy ending Tom Reyes had hoped for did not come as he crashed his car on lap 48 "
                             "at the Vell circuit on Sunday.")
    group_claims([*crashed, unhappy])
    assert unhappy.claim == crashed[0].claim and unhappy.stance == "asserts"
    assert negated_terms("In Vell, fans who have not seen their team win a title since 1948 were left wondering.") \
        == frozenset()
    released = [statement(x, "The Vell Singers released their new album Harbour Lights on Friday, the label said.")
                for x in "ab"]
    reviewed = statement("c", "Their album Harbour Lights, released on Friday, did not collect accolades upon release.")
    group_claims([*released, reviewed])
    assert reviewed.claim == released[0].claim and reviewed.stance != "disputes"


def test_a_negated_state_of_the_same_subject_disputes_its_claim() -> None:
    # "is not out of control" / "has been completely out of control": one state told by a copula, not a happening.
    told = [statement(x, "The Vell orbital station has been completely out of control for months now.", f"Outlet {x}")
            for x in "ab"]
    denied = statement("c", "The Vell orbital station is not out of control and its crew are safe, a leading engineer "
                            "has said.", "Outlet c")
    claims = {c.id: c for c in group_claims([*told, denied])}
    assert denied.claim == told[0].claim and denied.stance == "disputes"
    assert claims[denied.claim].status == "contested"
    # Another subject's state is no dispute of it.
    other = statement("d", "The Vell ground station is not out of control, its director said.", "Outlet d")
    group_claims([*told, other])
    assert other.stance != "disputes"
    # Nor is a state now of one then.
    opened = [statement(x, "The Vell harbour bridge was open to traffic on Monday morning.", f"Outlet {x}")
              for x in "ab"]
    shut = statement("c", "The Vell harbour bridge is not open to traffic, the council said.", "Outlet c")
    group_claims([*opened, shut])
    assert shut.stance != "disputes"


@pytest.mark.parametrize("sentence", [
    "The ferry almost didn't leave Vell on Sunday: it sailed ten minutes late.",
    "These aren't the only changes coming to the Vell line this month.",
    "Council members wasted no time on Friday demanding the release of the Vell report.",
    "Not only did the ferry leave Vell on time, it arrived early.",
])
def test_idioms_of_negation_leave_the_predicate_standing(sentence: str) -> None:
    assert not is_negated(sentence)


def test_a_statement_negating_another_action_is_not_the_claim() -> None:
    entered = [statement(x, "Actress Tara Reid has entered the Promises rehab center in Malibu, her publicist "
                            "Jack Ketsoyan confirmed.") for x in "ab"]
    withheld = statement("c", "Ketsoyan did not reveal why actress Tara Reid entered the Promises rehab center "
                              "in Malibu.")
    group_claims([*entered, withheld])
    assert entered[0].claim == entered[1].claim != withheld.claim


def test_a_statement_not_confirming_with_an_adverb_is_not_the_claim_it_shares_a_word_with() -> None:
    # "did not immediately confirm" negates "confirm", the main verb, past its adverb: it tells nothing of the
    # details another statement gives.
    unconfirmed = statement("a", "Ruritania did not immediately confirm these details.")
    detailed = [statement(x, "Executives of Ruritania's harbour board detailed a difficult year for the ferries at "
                             "their first meeting since the strike.") for x in "bc"]
    group_claims([unconfirmed, *detailed])
    assert detailed[0].claim == detailed[1].claim != unconfirmed.claim
    assert _first_negated("The Vell council did not immediately confirm the deal.") == "confirm"


def test_a_word_the_dossier_writes_mostly_in_lower_case_is_no_name_shared() -> None:
    # "People" is capitalised once, in a name, and written in lower case twice: the two statements share no
    # participant, only the verb "see".
    unseen = statement("a", "“People should not see these types of things.”")
    seen = statement("b", "Shell-shocked people were seen sitting on the floor near the harbour in Vell.")
    named = statement("c", "The mayor of Vell thanked the Harbour People Trust for its help.")
    gathered = statement("d", "Hundreds of people gathered at the harbour in Vell on Sunday evening.")
    group_claims([unseen, seen, named, gathered])
    assert unseen.claim != seen.claim


def test_a_negated_subject_of_a_verb_the_other_does_not_use_is_not_the_claim() -> None:
    # "No major attacks occurred": the negation governs the main verb through its subject; the other statement,
    # sharing "major" and "attacks", tells that festivals were guarded, not whether anything occurred.
    none = statement("a", "No major attacks occurred during the festival.")
    guarded = [statement(x, "Since the bombings of last year, major public festivals in Vell have been guarded by "
                            "soldiers, and the attacks have stopped.") for x in "bc"]
    group_claims([none, *guarded])
    assert guarded[0].claim == guarded[1].claim != none.claim


def test_one_amount_and_one_name_do_not_raise_a_pair_to_one_claim() -> None:
    # The same $105 billion, told as what was rejected and as what the new offer was raised from: two facts.
    rejected = statement("a", "The Ruritel board previously rejected Vellcorp’s original $105 billion approach, and "
                              "has since dug in against the threat of a takeover.")
    raised = [statement(x, "Vellcorp, which also is a chip maker, on Monday raised its offer to $82 a share in cash "
                           "and stock, up from its initial offer of $70 a share, or $105 billion, in November.")
              for x in "bc"]
    group_claims([rejected, *raised])
    assert raised[0].claim == raised[1].claim != rejected.claim


def test_a_month_is_no_actor_shared() -> None:
    # Vellcorp, a breach and "September" in both: a month tells when, not who took part, so the two do not name
    # two of the same actors. The other statements make both names rare, as a dossier's less-told names are.
    noticed = statement("a", "In September, when Vellcorp first noticed that dozens of websites had been launched "
                             "targeting its customers, it should have directed breach victims to its own site.")
    call = [statement(x, "Executives on Vellcorp’s first earnings call since it disclosed a massive breach in "
                         "September detailed a challenging year for the company.") for x in "bc"]
    others = [statement(f"f{i}", f"The harbour board of Vell met for the {i}th time to discuss the ferry timetable.")
              for i in range(150)]
    group_claims([noticed, *call, *others])
    assert call[0].claim == call[1].claim != noticed.claim


def test_a_plural_noun_after_a_quantifier_is_no_shared_verb() -> None:
    # "Both attacks were…": "attacks" is the subject, not the verb that "Vell Front attacks" might be, so the two
    # do not tell one act of the Vell Front.
    inspired = statement("a", "Both attacks were apparently inspired by the Vell Front video.")
    guarded = [statement(x, "Since Vell Front attacks last year, major public events in Ruritania have been guarded "
                            "by troops and armed police.") for x in "bc"]
    group_claims([inspired, *guarded])
    assert guarded[0].claim == guarded[1].claim != inspired.claim
    assert claims_module.main_predicate("Both attacks were apparently inspired by the video.") == "inspir"


_THIN_OTHERS = [
    "The council approved a new budget for the harbour on Monday.",
    "Rain flooded three streets in the old town overnight.",
    "The Vostran space agency hired four thousand engineers in 2015.",
    "A relay satellite was placed behind the moon last year.",
    "Engineers tested the lander in a vacuum chamber last spring.",
]


def test_statements_sharing_one_thing_and_telling_other_things_of_it_stay_apart() -> None:
    # The two share a rocket's name and nothing told of it: one is launched with a satellite, the other is the key
    # to a later plan. Two wordings of one short fact, and one exact count in both, still join.
    launch = statement("a", "The Vostran space agency will launch a Tarn rocket in June, carrying a relay satellite.")
    key = statement("b", "The key to this is the Tarn rocket, which is still in development and due to fly in 2030.")
    others = [statement(f"o{i}", text) for i, text in enumerate(_THIN_OTHERS)]
    group_claims([launch, key, *others])
    assert launch.claim != key.claim
    families = statement("a", "A survey found that families still want neighbourhood schools.")
    parents = statement("b", "Parents still want neighbourhood schools, Mayor Ostrander said.")
    group_claims([families, parents, *others])
    assert families.claim == parents.claim
    counted = statement("a", "At least 30 transfers have allegedly occurred since October.")
    spotted = statement("b", "The Ledger reported on Tuesday that spy satellites had spotted 30 transfers of fuel "
                             "between tankers and fishing boats at sea off the northern coast since October, citing "
                             "officials.")
    group_claims([counted, spotted, *others])
    assert counted.claim == spotted.claim


def test_a_verb_ending_like_an_adverb_is_a_main_verb() -> None:
    assert claims_module.main_predicate("Flags will fly at half-staff on all public buildings.") == "fli"


def test_a_name_written_in_lower_case_in_one_statement_is_no_name_shared() -> None:
    # "Laden" is a name in "bin Laden", written so twice; "laden with weapons" is a word: the two statements share
    # "weapon" and a common word, no name. The other statements make the name rare, as a dossier's less-told are.
    laden = statement("a", "The truck was laden with weapons.")
    worried = statement("b", "He said that bin Laden worried that using a car as a weapon would lead to "
                             "indiscriminate violence.")
    hiding = statement("c", "The group said that bin Laden had been hiding in the hills above Vell for a decade.")
    others = [statement(f"f{i}", f"The harbour board of Vell met for the {i}th time to discuss the ferry timetable.")
              for i in range(150)]
    group_claims([laden, worried, hiding, *others])
    assert laden.claim != worried.claim


def test_a_denial_close_in_words_disputes_within_the_claim() -> None:
    denial = statement("a", "The defence ministry said Ruritanian artillery had not shelled the border town of Vell.")
    shelled = [statement(x, "Ruritanian artillery shelled the border town of Vell on Friday, witnesses said.")
               for x in "bc"]
    group_claims([denial, *shelled])
    assert denial.claim == shelled[0].claim and denial.stance == "disputes"


def test_contradicting_claims_are_linked_both_ways() -> None:
    denial = statement("a", "Ruritania had not shelled anywhere in Sylvanian territory, its defence ministry said.")
    shelled = [statement(x, "Ruritanian artillery shelled the Sylvanian town of Vell on Friday, firing forty shells.")
               for x in "bc"]
    claims = {c.id: c for c in group_claims([denial, *shelled])}
    first, second = claims[denial.claim], claims[shelled[0].claim]
    assert first is not second
    assert first.contradicts == [second.id] and second.contradicts == [first.id]
    assert first.status == second.status == "contested"


def test_a_denial_pointing_back_at_the_report_before_it_disputes_that_reports_claim() -> None:
    report = "The Vell Gazette reported on Thursday that the Ruritanian navy sold four tankers of diesel to Sylvania."
    denial = "But the Ruritanian defence ministry dismissed the report on Friday."
    said, denied = quoted_statements("a", "Daily A", report, denial)
    [claim] = group_claims([said, denied])  # the denial names nothing of the sale, yet it is its dispute
    assert denied.claim == said.claim == claim.id and denied.stance == "disputes"
    assert claim.disputed and claim.status == "contested" and "tankers" in claim.summary
    # Other outlets' same denial makes a claim of its own: the two claims contradict each other.
    copies = [*quoted_statements("a", "Daily A", report, denial),
              *(quoted_statements(x, f"Daily {x}", "The Ruritanian defence ministry dismissed the report on Friday.")
                [0] for x in "bc")]
    sale, dismissal = group_claims(copies)
    assert sale.contradicts == [dismissal.id] and dismissal.contradicts == [sale.id]
    assert sale.status == dismissal.status == "contested"


def test_a_denial_naming_the_act_of_its_subject_disputes_another_outlets_statement_of_it() -> None:
    freed, denial = quoted_statements(
        "a", "Daily A", "The twelve sailors were freed on Monday after months of talks.",
        "Information minister Tam Orvell denied that the 12 sailors were exchanged for Vellish prisoners.")
    [told] = quoted_statements("b", "Daily B", "The sailors were exchanged for three Vellish smugglers at the Tarn "
                                               "border crossing, local sources said.")
    claims = {claim.id: claim for claim in group_claims([freed, denial, told])}
    # The minister's denial and the swap another outlet tells are one claim, contested: a reader sees the dispute.
    assert denial.claim == told.claim and denial.stance == "disputes"
    assert claims[told.claim].status == "contested" and claims[told.claim].outlets == ["Daily A", "Daily B"]
    assert claims[freed.claim].status == "single source"  # the release itself nobody denies
    # Another act of the subject ("freed"), or the act of another subject ("the prisoners were exchanged"): no dispute.
    [freed] = quoted_statements("b", "Daily B", "The sailors were freed at the Tarn border crossing on Monday, local "
                                                "sources said.")
    [other] = quoted_statements("c", "Daily C", "The prisoners were exchanged for three Vellish smugglers, local "
                                                "sources said.")
    claims = {claim.id: claim for claim in group_claims([denial, freed, other])}
    assert not any(claim.disputed or claim.contradicts for claim in claims.values())
    assert len({denial.claim, freed.claim, other.claim}) == 3


def test_a_denial_of_the_charges_a_source_named_as_written_made_just_before_disputes_them() -> None:
    charges = "“She threw stones at the soldiers and obstructed them in their duty,” the army said on Monday."
    said, denied = quoted_statements("a", "Daily A", charges, "The head of the Vell Prisoners Club said the charges "
                                                              "were false.")
    assert said.source_name is None  # "the army" is no entity of the article, but a source it cites
    [claim] = group_claims([said, denied])
    assert denied.stance == "disputes" and claim.status == "contested"


def test_a_denial_after_a_sentence_of_no_named_source_refers_to_nothing_sure() -> None:
    # "the report" may be any report: the sentence before it is the outlet's own, told "reportedly".
    said, denied = quoted_statements("a", "Daily A", "The files reportedly list four thousand companies in Vell.",
                                     "But the Ruritanian defence ministry dismissed the report on Friday.")
    assert said.source_name is None
    claims = group_claims([said, denied])
    assert len(claims) == 2 and not any(claim.disputed or claim.contradicts for claim in claims)
    # "It is not the case that…" tells what it denies, after it.
    said, denied = quoted_statements("a", "Daily A", "The Vell Gazette reported that four tankers of diesel were sold.",
                                     "“It is not the case that the Vell canal is closed,” the ministry said.")
    assert denied.stance == "disputes" and len(group_claims([said, denied])) == 2


def test_a_state_denied_in_another_claim_contradicts_it() -> None:
    denial = statement("a", "The Vell orbital station is not out of control and people living under it are not in "
                            "danger, a leading engineer has said amid fears it could fall.")
    # the assertion joins the forecast it runs into, not the denial: the two claims are linked instead
    asserted = statement("b", "The Vell orbital station has been completely out of control for months now, and "
                              "agencies across the world are expecting it to come down in March.")
    forecast = [statement(x, "Agencies across the world are expecting the Vell orbital station to come down in March, "
                             "astronomer Jo Roe said.") for x in "cd"]
    claims = {c.id: c for c in group_claims([denial, asserted, *forecast])}
    first, second = claims[denial.claim], claims[asserted.claim]
    assert first is not second
    assert first.contradicts == [second.id] and second.contradicts == [first.id]
    assert first.status == second.status == "contested"


def test_a_link_denied_contradicts_the_claim_of_that_link_whatever_the_verbs() -> None:
    told = quoted_statements(
        "a", "Daily A",
        "Police in Vell say the bomber had no connections to any foreign militant group.",
        "The Sylvanian Liberation Front has claimed responsibility for the bombing of the Vell ferry terminal, its "
        "spokesman Tam Orvell said.",
        "The harbour board of Vell met on Friday to discuss the ferry timetable.")
    denial, claimed, timetable = told
    claims = {c.id: c for c in group_claims(told)}
    # The denial and the group's claim share no predicate ("had" / "claimed"), yet a reader sees the dispute.
    assert claims[denial.claim].contradicts == [claimed.claim] and claims[claimed.claim].contradicts == [denial.claim]
    assert claims[claimed.claim].status == "contested" and claims[timetable.claim].contradicts == []
    # Police and the group's spokesman at odds in one article: both claims get a page the front page lists.
    assert claimed.source_name == "Tam Orvell"
    assert contradicted_between_sources(claims[denial.claim], claims)
    assert contradicted_between_sources(claims[claimed.claim], claims)
    # A link denied with another named party is no dispute of this group's claim.
    other = quoted_statements(
        "a", "Daily A", "Police in Vell say the bomber had no connections to the Ruritanian Navy.",
        "The Sylvanian Liberation Front has claimed responsibility for the bombing of the Vell ferry terminal.")
    assert not any(c.contradicts for c in group_claims(other))


def test_dismissing_a_partys_argument_contradicts_that_argument_not_the_partys_every_word() -> None:
    told = quoted_statements(
        "a", "Daily A",
        "In a letter to the council, Mayor Jo Roe warned the ferry plan could ruin the harbour of Vell.",
        "Roe wrote in a letter delivered on Tuesday.",
        "But Councillor Ann Lee, the plan's leading backer, dismissed Roe's concerns as unconvincing.")
    warning, letter, dismissal = told
    claims = {c.id: c for c in group_claims(told)}
    assert claims[warning.claim].contradicts == [dismissal.claim] and claims[warning.claim].status == "contested"
    assert claims[dismissal.claim].contradicts == [warning.claim]
    assert claims[letter.claim].contradicts == []  # the letter's sending argues nothing


def test_one_article_telling_a_term_bid_both_ways_contests_both_claims() -> None:
    told = quoted_statements(
        "a", "Daily A",
        "Party insiders tell Daily A they expect Governor Jo Roe to announce she is not running for re-election.",
        "But Roe has been unpredictable, and some close to the governor say she wants to run for another term.",
        "Roe will address the party's county chairs in Vell on Monday evening.")
    refusal, bid, meeting = told
    claims = {c.id: c for c in group_claims(told)}
    # "not running for re-election" / "run for another term" share no negated verb, yet a reader sees the dispute.
    assert claims[refusal.claim].contradicts == [bid.claim] and claims[bid.claim].contradicts == [refusal.claim]
    assert claims[bid.claim].status == "contested" and claims[meeting.claim].contradicts == []
    # A bid only weighed, or another officeholder's, disputes nothing.
    others = quoted_statements(
        "a", "Daily A", "Governor Jo Roe is not running for re-election.",
        "Roe's deputy is juggling whether to run for re-election.",
        "Mayor Ann Lee is running for re-election.")
    assert not any(c.contradicts for c in group_claims(others))


def test_no_one_hurt_contradicts_its_own_articles_count_of_the_injured() -> None:
    told = quoted_statements(
        "a", "Daily A",
        "The police said the two men suffered minor injuries when the barge caught fire at 9pm.",
        "The organiser said the operators believe a canister exploded on the barge.",
        'It added that "no one was injured".')
    count, cause, denial = told
    claims = {c.id: c for c in group_claims(told)}
    assert claims[denial.claim].contradicts == [count.claim] and claims[count.claim].status == "contested"
    assert claims[cause.claim].contradicts == []
    # Narrowed to some ("in the second blast"), it may not be about the two men: no dispute.
    narrowed = quoted_statements(
        "a", "Daily A", "The police said the two men suffered minor injuries when the barge caught fire at 9pm.",
        "No one was injured in the second blast.")
    assert not any(c.contradicts for c in group_claims(narrowed))


def test_a_claim_said_to_come_without_evidence_is_disputed() -> None:
    claimed, unbacked = quoted_statements(
        "a", "Daily A", "The Sylvanian Liberation Front claimed responsibility for the bombing of the Vell ferry "
                        "terminal, saying the bomber had trained in its camps, Reuters reported. The group provided "
                        "no evidence.")
    [claim] = group_claims([claimed, unbacked])
    assert unbacked.claim == claimed.claim and unbacked.stance == "disputes" and claim.status == "contested"
    # After a fact told as such, not as a claim, "no evidence" disputes nothing of it.
    charged, unbacked = quoted_statements(
        "a", "Daily A", "The bomber was charged with murder at Vell magistrates' court on Monday, Reuters reported. "
                        "Police provided no evidence.")
    assert not any(claim.disputed or claim.contradicts for claim in group_claims([charged, unbacked]))


def test_a_negated_word_that_is_not_what_the_other_claim_says_happened_is_no_contradiction() -> None:
    threat = statement("a", "Ruritania has not carried out its threat to fire four shells at the Sylvanian town "
                            "of Vell.")
    fired = [statement(x, "Ruritanian artillery fired four shells at the Sylvanian town of Vell on Friday.")
             for x in "bc"]
    claims = {c.id: c for c in group_claims([threat, *fired])}
    assert claims[threat.claim].contradicts == [] and claims[fired[0].claim].contradicts == []


def test_claim_status() -> None:
    agreed = [statement(x, "The Vell harbour bridge was closed for repairs on Monday, the council said.", f"Outlet {x}")
              for x in "ab"]
    relayed = [statement(x, "The Vell mayor reportedly resigned after the vote on the harbour budget.", f"Outlet {x}")
               for x in "cd"]
    single = statement("e", "The Vell harbour board met in private on Thursday to discuss the budget.", "Outlet e")
    claims = {c.id: c for c in group_claims([*agreed, *relayed, single])}
    assert claims[agreed[0].claim].status == "agreed"
    assert claims[relayed[0].claim].status == "reported only"
    assert claims[single.claim].status == "single source"


def test_outlets_sharing_only_the_storys_names_and_a_word_are_related_reports_not_agreed() -> None:
    # Six outlets, each naming the story's club and cup: those names tell nothing of which fact a statement gives.
    told = {
        "a": "Vellmouth Rovers won the Kessel Cup final after a late goal from their captain.",
        "b": "Vellmouth Rovers fans celebrated the Kessel Cup final in the streets until dawn.",
        "c": "Vellmouth Rovers striker Tomas Brill scored twice in the second half of the Kessel Cup final.",
        "d": "Tomas Brill scored twice in the second half as Vellmouth Rovers took the Kessel Cup.",
        "e": "Vellmouth Rovers last reached the Kessel Cup final in 1987, losing to Harlow.",
        "f": "The Kessel Cup trophy was handed to the Vellmouth Rovers manager by the league chairman.",
    }
    found = {x: statement(x, text, f"Outlet {x}") for x, text in told.items()}
    claims = {c.id: c for c in group_claims(list(found.values()))}
    won, reached = found["a"].claim, found["e"].claim
    assert won == reached  # grouped as one claim (the grouping's recall is not this rule's business) …
    assert claims[won].status == "related reports"  # … but a win and a past final are no fact two outlets agree on
    assert found["c"].claim == found["d"].claim and claims[found["c"].claim].status == "agreed"  # the same two goals


def test_one_act_told_of_two_named_subjects_is_not_agreed(tmp_path: Path) -> None:
    told = {
        "vell": "Overnight, Ruritanian bank Vellbank announced that it would ban cryptocurrency transactions using its "
                 "credit cards.",
        "ost": "On Friday, Ostmark Trust and the Bank of Norland said they would bar customers from using credit "
                  "cards to purchase cryptocurrencies; Kessel Bank followed suit on Monday.",
        "vellgroup": "On Monday Vellbank Group and Tarn Money banned customers from using their credit cards to buy "
                "cryptocurrency, amid fears the banks could be liable if prices collapse.",
    }

    def status(*names: str) -> str:
        seeds = tmp_path / "-".join(names)
        seeds.mkdir()
        for number, name in enumerate(names):
            (seeds / f"daily{name}-com__{number}.txt").write_text(f"Banks and cryptocurrency\n\n{told[name]}\n",
                                                                  encoding="utf-8")
        [claim] = analyse(seeds, None, seeds, log=lambda message: None).claims
        return claim.status

    # Vellbank's ban and Ostmark Trust's: one act, two banks, two facts; grouped, they are no fact the outlets agree on.
    assert status("vell", "ost") == "related reports"
    assert status("ost", "vellgroup") == "related reports"
    assert status("vell", "vellgroup") == "agreed"  # Vellbank's ban, told by two outlets


def test_outlets_sharing_the_storys_names_and_one_verb_are_related_reports_not_agreed() -> None:
    # Three outlets, one article each, all naming the story's people (Jo Roe, Ann Lee) and town (Vellport).
    told = {
        "a": ["Jo Roe was heading to Dunmore on Monday to campaign for the harbour levy and to meet Ann Lee.",
              "Members of Jo Roe's own party have been trying to deal with the trouble she has caused in Vellport.",
              "Jo Roe resigned from the Vellport council on Friday."],
        "b": ["Ann Lee is heading back to Vellport for the weekend.",
              "Jo Roe tried to put to rest questions about her health, Ann Lee said in Vellport.",
              "Jo Roe has resigned her Vellport council seat."],
        "c": ["Jo Roe and Ann Lee met in Vellport on Sunday."],
    }
    found = {}
    for outlet, texts in told.items():
        for number, text in enumerate(texts):
            found[outlet, number] = statement(f"{outlet}{number}", text, f"Outlet {outlet}")
            found[outlet, number].article = outlet  # each outlet's statements are of its one article
    claims = {c.id: c for c in group_claims(list(found.values()))}

    def status(outlet: str, number: int) -> str:
        return claims[found[outlet, number].claim].status

    # Grouped (the grouping is not this rule's business), but each pair shares only the story's names and "heading"
    # or "try": two people's trips, two things tried, no fact two outlets agree on.
    assert found["a", 0].claim == found["b", 0].claim and status("a", 0) == "related reports"
    assert found["a", 1].claim == found["b", 1].claim and status("a", 1) == "related reports"
    # One resignation in each outlet's own words: agreed.
    assert found["a", 2].claim == found["b", 2].claim and status("a", 2) == "agreed"


def quoted_statements(article_id: str, outlet: str, *paragraphs: str) -> list[Statement]:
    text = article(article_id, *paragraphs, outlet=outlet)
    mentions = find_mentions(text)
    return find_statements(text, find_quotes(text, mentions), mentions)


def test_a_line_every_outlet_only_quotes_is_quoted_not_agreed() -> None:
    line = "The harbour of Vell will be rebuilt in stone within three years"
    a = quoted_statements("a", "Outlet a", f"“{line},” Mayor Jane Doe told the council on Monday.")
    b = quoted_statements("b", "Outlet b", "Mayor Jane Doe spoke to the council.", f"“{line},” she said.")
    told = quoted_statements("c", "Outlet c", f"{line}, the council decided on Monday.")
    said = [s for s in [*a, *b] if line in s.text]
    assert len(said) == 2 and all(s.quoted for s in said) and not told[0].quoted
    claims = {c.id: c for c in group_claims(said)}
    assert claims[said[0].claim].status == "quoted"
    # One outlet telling it in its own words makes it agreed.
    claims = {c.id: c for c in group_claims([*said, *told])}
    assert said[0].claim == told[0].claim and claims[told[0].claim].status == "agreed"


def test_a_dated_past_act_and_an_act_to_come_of_other_people_never_share_a_claim() -> None:
    past = "Sheriff Jo Roe endorsed Ann Lee in 2008, choosing her over fellow Vellian Bo Stark."
    future = "It remains to be seen how much an endorsement from Sheriff Jo Roe will help Cy Dunn in the state."
    assert _conflict(*_told_twice([("a", past), ("b", future)]))
    # One act told at one time by both, or undated, is left to the other checks.
    for other in ("Sheriff Jo Roe endorsed Ann Lee for the Vell race in 2008.",
                  "An endorsement from Sheriff Jo Roe helped Ann Lee in the state."):
        assert not _conflict(*_told_twice([("a", past), ("b", other)])), other


def test_a_caption_line_with_a_participle_and_no_finite_verb_is_no_statement() -> None:
    told = "The Vell depot burned down on Monday night, the council said."
    for caption in ("Fire crews arriving at the scene of the blaze in Vell",
                    "Firefighters tackling the blaze at the Vell depot on Monday morning"):
        assert [s.text for s in quoted_statements("a", "Outlet a", told, caption)] == [told], caption
    # A sentence with a finite verb, or ending on its full stop, is kept.
    # Nor a headline's verb in "-s" before its object or after the participle.
    for kept in ("Fire crews arriving at the scene found the depot ablaze", "Fire crews were arriving at the depot",
                 "Vell council admits wasting public money on the depot", "Jo Roe admits lying to the Vell council",
                 "Truck driver shouting at crowds kills two in Vell",
                 "Jo Roe, who lives nearby, said: “Fire crews arriving at the depot saved the houses.”"):
        assert [s.text for s in quoted_statements("a", "Outlet a", told, kept)][1:] == [kept], kept


def test_a_sentence_quoting_a_phrase_is_the_outlets_own_words() -> None:
    [found] = quoted_statements("a", "Outlet a", 'Mayor Jane Doe said the old harbour of Vell had "rotted for '
                                                 'decades" and would be rebuilt in stone within three years.')
    assert not found.quoted


def test_a_denial_that_is_the_whole_claim_does_not_contest_it() -> None:
    denial = statement("a", "The company denied that the Vell harbour dam had failed.", "Outlet a")
    [claim] = group_claims([denial])
    assert denial.stance == "disputes" and not claim.disputed and claim.status == "single source"


def test_two_articles_of_one_outlet_are_one_source() -> None:
    # A span of time is of anything.
    assert _claim_count("Vellmark is holding a three-day festival of the poet's life.",
                        "I have been sick for three days and want to make it to the festival.") == 2
    # A figure the other does not give: more than a restatement of the one they share.
    assert _claim_count("In addition to the 21 hostages, a 20-month-old boy born to one of them was freed, it said.",
                        "The governor said he welcomed the release of the 21 hostages before boarding a plane.") == 2
    same_outlet = [statement(x, "The Vell harbour bridge was closed for repairs on Monday, the council said.",
                             "The Vell Gazette") for x in "ab"]
    unknown = [statement(x, "The Vell ferry service was suspended after the storm on Sunday night.") for x in "cd"]
    claims = {c.id: c for c in group_claims([*same_outlet, *unknown])}
    bridge, ferry = claims[same_outlet[0].claim], claims[unknown[0].claim]
    assert len(bridge.statements) == 2 and bridge.outlets == ["The Vell Gazette"]
    assert bridge.status == "single source"
    # Articles whose outlet is unknown may all come from one outlet: they never count as several that agree.
    assert len(ferry.statements) == 2 and ferry.status == "single source"


# --- sources are entities ------------------------------------------------------------


def found_with_mentions(*paragraphs: str) -> list[Statement]:
    text = article("a", *paragraphs)
    return find_statements(text, find_quotes(text, find_mentions(text)), find_mentions(text))


def test_a_source_is_an_entity_a_group_of_people_as_written_or_nothing() -> None:
    found = found_with_mentions(
        "But critics said the Vell harbour budget had been cut by a third on Monday.",
        "It is scheduled that the Vell harbour bridge will reopen on Friday, officials said.",
        "Francesca Grifo of the Union of Concerned Scientists said the rules were weakened in May.",
    )
    assert [s.source_name for s in found] == ["critics", "officials", "Francesca Grifo"]


def test_a_person_named_as_an_owner_is_not_the_source_of_their_spokesmans_words() -> None:
    found = found_with_mentions(
        "Mayor Ilse Varga's spokesman Tom Berg said on Thursday that the harbour failures warrant an inquiry.",
        "Mayor Ilse Varga's spokesman said on Friday that the harbour bridge would reopen in March.",
        # A possessive split from its name, as some feeds write it.
        "Asked about it, Mayor Ilse Varga 's spokesman Tom Berg said on Monday that the ferry needs a new hull.",
    )
    assert [s.source_name for s in found] == ["Tom Berg", None, "Tom Berg"]


def test_a_statement_that_comes_before_its_source_never_gives_its_own_names_as_the_source() -> None:
    found = found_with_mentions(
        "The United Nations welcomed the release of 82 students held by the Vell Front, said a spokesperson on Monday.",
        "The harbour bridge was closed by the Vell Port Authority, officials said.",
        "Engineers were still looking for the cause of the fire, Ilse Varga, director of the Vell Port Authority, "
        "said at a news conference.",
    )
    assert [s.source_name for s in found] == [None, "officials", "Ilse Varga"]


def test_a_relative_clause_before_the_verb_is_no_source() -> None:
    sentence = ("The harbour files, to which the Vell Gazette does not have access, have revealed four decades "
                "of work for wealthy clients.")
    assert find_source(sentence) is None
    assert find_source("Vell Foods, which lost its deal with Porto Mills, said profits fell.") == "Vell Foods"
    # a statement whose verb has no "-ed" comes first: the words after it name the source
    assert find_source("Ilse Varga never made the harbour decisions, her lawyer said.") == "her lawyer"


def test_a_phrase_opening_the_statement_does_not_hide_a_source_named_after_it() -> None:
    sentence = ("As well as the mayor's brother, the files named two members of the port board, Ilse Varga and "
                "Tom Berg, reported the Vell Gazette, which took part in the investigation.")
    assert find_source(sentence) == "the Vell Gazette"


@pytest.mark.parametrize(("sentence", "source"), [
    ("Before the harbour vote, a full test of the bridge is expected next week, Varga said.", "Varga"),
    ("Winds of 20 knots were reported at the harbour, Tom Berg said on Monday.", "Tom Berg"),
    ("The girls were freed around 5:30 a.m. on Thursday, the port board said.", "the port board"),
])
def test_a_source_closing_the_sentence_is_its_source_whatever_cue_the_statement_holds(sentence: str,
                                                                                      source: str) -> None:
    assert find_source(sentence) == source


def test_a_closing_he_said_defers_to_a_subject_named_with_its_own_verb() -> None:
    assert find_source("Ilse Varga said the bridge was shut when he arrived, he said.") == "Ilse Varga"


def test_a_government_body_is_sourced_as_the_country_it_speaks_for() -> None:
    found = found_with_mentions(
        "Germany condemned the missile launch over the sea on Monday, its foreign ministry said.",
        "France condemned the missile launch over the sea on Monday, the French foreign ministry said.",
        "The launch over the sea was condemned on Monday, the country's foreign ministry said.",
    )
    assert [s.source_name for s in found] == ["Germany", "France", None]
    assert found[0].text.startswith("Germany condemned")


def test_a_place_named_inside_a_longer_name_is_not_that_name() -> None:
    found = found_with_mentions(
        "Japan protested the launch of the missile on Tuesday morning.",
        "The missile fell into the Sea of Japan on Tuesday morning, officials said.",
        "Japanese officials said the military did not attempt to shoot down the missile.",
    )
    assert found[-1].source_name == "Japan"


def test_a_surname_source_is_named_as_the_article_names_the_person() -> None:
    found = found_with_mentions(
        "The Nets appointed Billy King as general manager of the club on Tuesday.",
        "King said the club had signed three new players over the summer.",
    )
    assert found[-1].source_name == "Billy King"


def test_a_chambers_head_word_as_source_is_not_another_body_ending_in_it() -> None:
    # basil: "the House" (the chamber) was widened to the "White House" the same article names, a wrong source.
    found = found_with_mentions(
        "The White House said on Monday that the president would veto the spending bill.",
        "The House said on Tuesday that the spending bill would pass with a large majority.",
    )
    assert found[-1].source_name == "House"
    found = found_with_mentions(
        "The U.S. House met on Monday to debate the spending bill for the coming year.",
        "The House said on Tuesday that the spending bill would pass with a large majority.",
    )
    assert found[-1].source_name == "U.S. House"


def test_a_platform_before_an_account_noun_is_not_the_source() -> None:
    # events costa_rica plane crash: "Her LinkedIn profile said she was based in …" is hers, not LinkedIn's.
    found = found_with_mentions(
        "Ilse Varga worked for the Vell travel agency for more than twenty years.",
        "Her Facebook profile said she was based in Salt Lake City, Utah, with her family.",
        "Facebook said on Monday that it had removed the posts from its site.",
    )
    assert [s.source_name for s in found[-2:]] == [None, "Facebook"]


def test_statements_inside_a_known_speakers_quote_share_the_speaker() -> None:
    found = found_with_mentions(
        '"The bridge was closed on Monday after engineers found cracks in two pillars," Mayor Ilse Varga '
        "said on Tuesday.",
    )
    assert found and found[0].source_name == "Ilse Varga"


def test_a_full_name_described_as_one_of_many_is_the_source_not_the_body_in_the_description() -> None:
    found = found_with_mentions(
        "Ilse Varga, a renowned glaciologist from Vell University, suggested in 2016 that the Tarn ice shelf had "
        "cracked in two places.",
    )
    assert [s.source_name for s in found] == ["Ilse Varga"]


def test_a_quote_running_on_into_a_paragraph_covers_its_words_there_only() -> None:
    found = found_with_mentions(
        'Ilse Varga, a passenger, said: "We came out of the tunnel far too fast and the carriage tipped over. '
        '"People had broken legs and cuts.',
        "\u201cThere was glass everywhere on the floor of the carriage.\u201d Police have arrested a 42-year-old man "
        "from Vell on suspicion of manslaughter after the crash.",
    )
    [arrest] = [s for s in found if "arrested" in s.text]
    [glass] = [s for s in found if "glass" in s.text]
    assert glass.source_name == "Ilse Varga" and glass.quoted
    assert arrest.source_name is None and not arrest.quoted


# --- titles --------------------------------------------------------------------------


@pytest.mark.parametrize("pronoun", [
    "It’s been sent to a lasting orbit around the sun on Tuesday.",
    "We've sent the Vell car to a lasting orbit around the sun.",
    "This was the first launch of the Vell car to a lasting orbit around the sun.",
])
def test_a_title_prefers_a_named_subject_to_a_contracted_or_demonstrative_pronoun(pronoun: str) -> None:
    named = "The Vell car was sent to a lasting orbit around the sun on Tuesday, far beyond the Vell station."
    assert summarise([statement("a", pronoun), statement("b", named)]).startswith("The Vell car")


def test_a_pronoun_subject_in_a_title_is_resolved_to_the_person_named() -> None:
    text = article("a", "Senator Ilse Varga visited the Vell harbour on Monday with the port board.",
                   "She said the harbour bridge will be closed for repairs until the end of March next year.")
    found = find_statements(text, [], find_mentions(text))
    again = statement("b", "The harbour bridge will be closed for repairs until the end of March next year, "
                           "the council said.")
    repairs = [s for s in found if "repairs" in s.text]
    [claim] = [c for c in group_claims([*repairs, again]) if len(c.statements) == 2]
    assert not claim.summary.lower().startswith(("she ", "he "))


@pytest.mark.parametrize(("paragraphs", "referent"), [
    # the last person named, in the fullest form the article gives
    (["Senator Ilse Varga visited the Vell harbour on Monday.", "Varga spoke to the port board.",
      "She closed the harbour bridge for repairs until the end of March."], "Ilse Varga"),
    # named as an owner: the sentence was about her song
    (["The harbour choir's new song knocked Ilse Varga's Harbour Lights off the top of the chart.",
      "She recently married the drummer of the Vell Rovers band and was nominated for two awards."], None),
    # a man's given name for "she"
    (["Senator Tom Varga visited the Vell harbour on Monday with the port board.",
      "She closed the harbour bridge for repairs until the end of March."], None),
    # one family name, two people: left as written
    (["Ilse Varga and her father, Tom Varga, visited the Vell harbour on Monday.",
      "Varga has made headlines in the past for her protests at the harbour.",
      "She is from Vell, a village of about 600 people on the northern coast."], "Varga"),
])
def test_whom_an_opening_he_or_she_names(paragraphs: list[str], referent: str | None) -> None:
    text = article("a", *paragraphs)
    [last] = [s for s in find_statements(text, [], find_mentions(text)) if s.paragraph == len(paragraphs) - 1]
    assert last.referent == referent


def test_a_pronoun_opening_a_speakers_quoted_words_is_left_to_the_speaker() -> None:
    # "He" in Ilse Varga's words is whom she speaks of, not Ilse Varga, the last person the article named.
    said = quoted_statements("a", "Outlet a", "Senator Ilse Varga spoke at the harbour on Monday.",
                             "“He tried to close the Vell harbour bridge for repairs without asking the council,” "
                             "Ilse Varga said.")
    again = quoted_statements("b", "Outlet b", "Senator Ilse Varga spoke at the harbour.",
                              "“He tried to close the Vell harbour bridge for repairs without asking the council,” "
                              "she said.")
    pair = [s for s in [*said, *again] if "tried" in s.text]
    [claim] = [c for c in group_claims(pair) if len(c.statements) == 2]
    assert pair[0].referent is None
    assert claim.summary.startswith("Ilse Varga: “He tried to close")


def test_a_quote_the_quotes_stage_leaves_unattributed_is_not_given_to_the_last_person_named() -> None:
    found = quoted_statements("a", "Outlet a", "Tom Hale, the singer's cousin, was shot dead in Vell on Tuesday.",
                              "She also wrote, “Never thought that would be the last time I saw you smile by the sea.”")
    [wrote] = [s for s in found if "smile" in s.text]
    assert wrote.quoted and wrote.source_name is None


def test_a_transcript_turn_is_its_speakers_statement_without_the_label() -> None:
    text = article(
        "a",
        "Ari Shapiro talks with correspondent Vivienne Walt in Nice.",
        "SHAPIRO: What can you tell us about the scene on the promenade tonight?",
        "WALT: The truck was laden with weapons and grenades when the police stopped it near the beach.",
        "SHAPIRO: And the driver?",
    )
    mentions = find_mentions(text)
    found = find_statements(text, find_quotes(text, mentions), mentions)
    [laden] = [s for s in found if "laden" in s.text]
    again = statement("b", "The truck was laden with weapons and grenades when police stopped it near the beach.")
    [claim] = [c for c in group_claims([laden, again]) if len(c.statements) == 2]
    assert laden.source_name == "Vivienne Walt"
    assert "WALT" not in claim.summary


# --- figures that compare like with like ----------------------------------------------


def test_figures_carry_what_they_count() -> None:
    figures = parse_figures("At least 12 people were killed and 249 injured, and ten houses were destroyed.")
    assert [f.counted for f in figures] == ["killed", "injured", "house destroyed"]


def test_the_nearest_verb_says_what_a_figure_counts_and_people_are_people() -> None:
    figures = parse_figures("The storm hit the coast, injuring dozens and destroying hundreds of buildings.")
    assert [f.counted for f in figures] == ["injured", "building destroyed"]
    assert [f.counted for f in parse_figures("Dozens of villagers were injured in the blast.")] == ["injured"]


def test_ages_codes_and_spaced_decimals_are_no_counts() -> None:
    for text in ("A 66-year-old woman was struck outside the store.", "Mara Lind, 20, was found guilty.",
                 "The coach of the 76ers resigned.", "A magnitude-6. 1 earthquake struck the coast."):
        assert parse_figures(text) == [], text


def test_a_rising_toll_is_an_update_and_rival_counts_disagree() -> None:
    def told(article_id: str, text: str, when: str) -> Statement:
        return Statement(article=article_id, paragraph=0, text=text, figures=parse_figures(text, when))

    monday = told("a", "the toll rose to 12 killed", "Monday")
    tuesday = told("b", "the toll rose to 20 killed", "Tuesday")
    injured = told("c", "249 were injured", "Tuesday")
    claim = Claim(id="c", summary="s", statements=[monday, tuesday, injured])
    assert not figure_disagreement(claim)  # 12 on Monday, 20 on Tuesday: an update; 249 injured: another count
    claim.statements.append(told("d", "the toll rose to 15 killed", "Tuesday"))
    assert figure_disagreement(claim)  # 20 and 15 killed, both on Tuesday


def _told(article_id: str, text: str, when: str | None = None) -> Statement:
    return Statement(article=article_id, paragraph=0, text=text, figures=parse_figures(text, when))


def _disagree(*statements: Statement) -> bool:
    return figure_disagreement(Claim(id="c", summary="s", statements=list(statements)))


def test_differing_ages_of_one_person_disagree() -> None:
    told = _told("a", "The boy is 4 years old, his aunt told reporters.")
    compound = [_told(x, "The 3-year-old boy climbed into the moat at Vell zoo.") for x in "bc"]
    assert _disagree(told, *compound)
    assert not _disagree(_told("a", "The boy is three years old."), *compound)  # one age, in words or digits
    # Ages of two beings, and one statement giving two ages, are no rivals.
    assert not _disagree(_told("a", "A 17-year-old gorilla was shot at Vell zoo."), *compound)
    assert not _disagree(_told("a", "The boy is 4 years old and his 3-year-old boy cousin too."), *compound)
    assert parse_figures("The boy is 4 years old.") == []  # no count of the story: nothing to join or chart by


def test_margins_and_changes_are_not_totals_and_never_disagree() -> None:
    clear = _told("a", "Lindqvist, 19 points clear of Moreau in the title race, will seal it if he wins.")
    trails = _told("b", "Moreau trails Lindqvist by 19 points with one race remaining.")
    needs = _told("c", "Lindqvist can take the title if he scores seven points more than Moreau.")
    after = _told("d", "Lindqvist finished second, which leaves him with a 12-point lead.")
    gained = _told("e", "The main index gained 45 points on the day.")
    assert all(f.relative for s in (clear, trails, needs, after, gained) for f in s.figures)
    assert not _disagree(clear, trails, needs, after, gained)
    # Totals of one thing still disagree, and a score line is no margin.
    assert _disagree(_told("a", "Lindqvist has 280 points."), _told("b", "Lindqvist has 300 points."))
    poll = _told("a", "Clinton leads Trump by 46 percent to 42 percent, the poll found.")
    assert [f.relative for f in poll.figures] == [False, False]


def test_spans_of_time_and_ordinals_are_no_rival_counts() -> None:
    two = _told("a", "In his two seasons in the sport he has thrilled and frustrated.")
    eight = _told("b", "He left the team after eight seasons.")
    assert [f.unit for f in two.figures + eight.figures] == ["season", "season"]
    assert not _disagree(two, eight)
    assert not _disagree(_told("a", "Just six laps later, he crashed."), _told("b", "Seven laps later he crashed."))
    assert parse_figures("The safety car came out on lap 13 when he crashed.") == []
    assert parse_figures("The four-time world champion spun off.") == []
    assert [f.value for f in parse_figures("Twenty-one students were freed.")] == [21]


def test_figures_for_different_dates_are_no_rivals() -> None:
    later = _told("a", "The rebels freed 82 hostages on Monday.", "Monday")
    earlier = _told("b", "The rebels freed 21 hostages on Thursday.", "Thursday")
    undated = _told("c", "The rebels have freed 21 hostages.")
    assert not _disagree(later, earlier) and not _disagree(later, undated)
    assert _disagree(later, _told("d", "The rebels freed 60 hostages on Monday.", "Monday"))


def test_a_toll_the_story_says_is_rising_is_updated_not_contradicted() -> None:
    rising = _told("a", "The death toll rose to 84 overnight.")
    earlier = _told("b", "The president said 77 people died.")
    assert not _disagree(rising, earlier)
    quote = _told("a", "Against the dollar, the currency was trading at 105.28 yen.")
    assert not _disagree(quote, _told("b", "The dollar fell against the currency, to 104.16 yen."))
    assert _disagree(_told("a", "Twelve people died in the blast."), _told("b", "Fifteen people died in the blast."))


def test_people_counted_by_nationality_are_a_part_of_a_toll_not_its_rival() -> None:
    all_killed = _told("a", "The ferry fire killed 12 people on Sunday.")
    nationals = _told("b", "Relatives are mourning the deaths of 10 Norwegians in the ferry fire.")
    assert [f.unit for f in nationals.figures] == ["Norwegians"]
    assert not _disagree(all_killed, nationals)
    assert _disagree(nationals, _told("c", "The ferry fire killed 7 Norwegians."))


def test_the_size_a_compound_gives_is_no_count_of_its_parts() -> None:
    named = _told("a", "The files named two members of the port board, which rules the harbour.")
    board = _told("b", "The files named the chair of the port board, the seven-member body that rules the harbour.")
    assert not _disagree(named, board)
    assert _disagree(board, _told("c", "The port board, the nine-member body that rules the harbour, met."))
    [gorilla] = parse_figures("A 450-pound gorilla escaped from the zoo.")
    assert gorilla.unit == "pound"  # a weight, not money


def test_figures_of_different_parts_or_directions_are_no_rivals() -> None:
    pairs = [("The rocket has three booster cores.", "The rocket's two side cores land."),
             ("The case involves 25 defendants.", "Five other defendants were fined."),
             ("Two of the boosters flew before.", "The rocket has three boosters."),
             ("It fell 735 miles east of the cape.", "They fell 155 miles west of it."),
             ("Each must pay 1 million Egyptian pounds each.", "He must pay two million pounds to the judges.")]
    assert not [pair for pair in pairs if _disagree(_told("a", pair[0]), _told("b", pair[1]))]
    assert [f.unit for f in parse_figures("Like the Falcon 9's first stage, the boosters will unfurl fins.")] == []
    assert _disagree(_told("a", "The rocket has three boosters."), _told("b", "The rocket has five boosters."))


def test_a_qualifier_written_with_hyphens_still_bounds_the_figure() -> None:
    [more] = parse_figures("The more-than 11 million files were leaked to a newspaper.")
    assert (more.qualifier, more.low, more.high) == ("more than", 11_000_000, None)
    assert not _disagree(_told("a", "The more-than 11 million files were leaked."),
                         _told("b", "Reporters obtained 11.5 million files from the firm."))


@pytest.mark.parametrize(("text", "qualifier", "low", "high"), [
    ("Vellcoin fell below $6,000 on Monday.", "fewer than", None, 6000),
    ("Vellcoin briefly posted sub-6000 on the Tarn exchange.", "fewer than", None, 6000),
    ("The town's population peaked above 9,000 in the 1960s.", "more than", 9000, None),
])
def test_below_above_and_sub_bound_a_figure(text: str, qualifier: str, low: float | None, high: float | None) -> None:
    [figure] = parse_figures(text)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


def test_a_conjunction_after_a_number_is_no_unit() -> None:
    [figure] = parse_figures("Vellcoin is currently at 6117 but still looks fragile.")
    assert figure.unit is None


def _one_measure_reports() -> list[Statement]:
    texts = (("coin-a", "Vellcoin prices plunged to a 12-week low below $6,000 this morning, amid a continued sell-off "
                        "in the crypto market.", "vell.example"),
             ("coin-a", "Prices on the Tarn Vellcoin Index fell as low as $5,967.34 at 07:59 UTC, the lowest level "
                        "since Nov. 13.", "vell.example"),
             ("coin-b", "The price of vellcoin yo-yoed wildly again on Tuesday, falling 14% to $5,920 before bouncing "
                        "back to $7,265, up nearly 6% on the previous day.", "tarn.example"))
    return [statement for number, (id_, text, outlet) in enumerate(texts)
            for statement in find_statements(Article(id=id_, source_file=f"{id_}.txt", title=id_,
                                                     paragraphs=["Markets fell again."] * number + [text],
                                                     outlet=outlet), [], [])
            if "$" in statement.text]


def test_outlets_giving_one_price_in_their_own_words_tell_one_claim() -> None:
    # One low, told by two outlets: a bound ("below $6,000") and values within it ($5,967.34, $5,920), the same
    # subject and the same fall. The second outlet's sentence shares little else with the first's.
    found = _one_measure_reports()
    assert len(found) == 3
    [claim] = [claim for claim in group_claims(found) if len(claim.statements) > 1]
    assert len(claim.statements) == 3 and len(claim.outlets) == 2
    assert not claim.disagreement


def test_a_price_far_from_anothers_is_another_fact() -> None:
    found = _one_measure_reports()[:2] + find_statements(Article(
        id="coin-c", source_file="coin-c.txt", title="coin-c", outlet="tarn.example",
        paragraphs=["The price of vellcoin fell 40% to $3,100 in March before bouncing back."]), [], [])
    claims = group_claims(found)
    assert [len(claim.statements) for claim in claims if "$3,100" in claim.statements[0].text] == [1]


def test_a_vague_amount_disagrees_only_with_figures_well_outside_it() -> None:
    dozens = _told("a", "Dozens more were injured in the harbour blast.")
    assert not _disagree(dozens, _told("b", "More than 100 others were injured in the harbour blast."))
    assert _disagree(dozens, _told("b", "More than 400 others were injured in the harbour blast."))


def test_figures_of_one_article_never_disagree() -> None:
    charged = _told("a", "The regulator charged two executives of the fund.")
    settled = _told("a", "Three other executives agreed settlements.")
    assert not _disagree(charged, settled)
    assert _disagree(charged, _told("b", "The regulator charged three executives of the fund."))


def test_a_statement_counting_a_whole_and_its_part_disagrees_with_no_one() -> None:
    def told(article_id: str, text: str) -> Statement:
        return Statement(article=article_id, paragraph=0, text=text, figures=parse_figures(text))

    whole_and_part = told("a", "Three gorillas were in the enclosure but the two female gorillas were called out.")
    part = told("b", "Two gorillas were also in the enclosure.")
    assert [f.counted for f in whole_and_part.figures] == ["gorilla", "gorilla"]
    assert not figure_disagreement(Claim(id="c", summary="s", statements=[whole_and_part, part]))
    rival = told("c", "Five gorillas were in the enclosure.")
    assert figure_disagreement(Claim(id="c", summary="s", statements=[part, rival]))


def test_a_contraction_negates_like_the_words_it_stands_for() -> None:
    written_out = "Officials said tranquilizing the animal would not have knocked it out immediately."
    contracted = "Officials said tranquilizing the animal wouldn’t have knocked it out immediately."
    assert negated_terms(written_out) == negated_terms(contracted) == negated_terms(contracted.replace("’", "'"))
    assert negated_terms(contracted)
    assert stance_of("The ministry didn't deny that troops were sent.") != "disputes"
    assert stance_of("The ministry did not deny that troops were sent.") != "disputes"


@pytest.mark.parametrize(("failed", "plain"), [
    ("The Vell-2 satellite failed to enter its orbit.", "The Vell-2 satellite did not enter its orbit."),
    ("The ferry was unable to land its passengers at Vell.", "The ferry did not land its passengers at Vell."),
    ("The ferry did not manage to land its passengers at Vell.", "The ferry did not land its passengers at Vell."),
    ("UN sanctions are failing to keep the regime in line.", "UN sanctions are not keeping the regime in line."),
])
def test_a_failed_act_is_negated_as_the_act_not_done(failed: str, plain: str) -> None:
    assert negated_terms(failed) == negated_terms(plain)
    assert negated_terms(failed)


@pytest.mark.parametrize("sentence", [
    "The ferry captain never failed to greet his passengers at Vell.",
    "The ferry captain did not fail to greet his passengers at Vell.",
    # A gerund is the charge or the prospect told of, not an act the sentence tells did not happen.
    "Critics accused the council of failing to repair the Vell bridge.",
    "The prospect of failing to find agreement is coming into focus in Vell.",
])
def test_a_failure_negated_or_only_charged_negates_nothing(sentence: str) -> None:
    assert not is_negated(sentence)


def test_a_failed_act_is_no_agreement_with_the_act_done_and_a_failed_denial_denies_nothing() -> None:
    entered = [statement(x, "The Vell-2 weather satellite entered its intended orbit on Tuesday, the space agency "
                            "said.") for x in "ab"]
    failed = statement("c", "The Vell-2 weather satellite failed to enter its intended orbit on Tuesday, the space "
                            "agency said.")
    group_claims([*entered, failed])
    assert failed.stance == "disputes"
    assert stance_of("The ministry failed to deny that troops were sent.") != "disputes"


@pytest.mark.parametrize(("framed", "done"), [
    ("The Vell-2 satellite failed to reach orbit on Tuesday.", "The Vell-2 satellite reached orbit on Tuesday."),
    ("The ferry was unable to land its passengers at Vell.", "The ferry landed its passengers at Vell."),
    ("The ferry did not manage to land its passengers at Vell.", "The ferry landed its passengers at Vell."),
])
def test_the_act_a_failure_or_a_success_tells_is_the_verb_after_to(framed: str, done: str) -> None:
    assert claims_module.main_predicate(framed) == claims_module.main_predicate(done)


@pytest.mark.parametrize(("told", "denied"), [
    ("The Vell-2 weather satellite reached orbit on Tuesday, the state news agency said.",
     "The Vell-2 weather satellite failed to reach orbit on Tuesday, US officials said."),
    ("The Vell-2 weather satellite reached orbit on Tuesday, the state news agency said.",
     "The Vell-2 weather satellite did not reach orbit on Tuesday, US officials said."),
    ("The ferry landed its passengers at Vell harbour on Monday.",
     "The ferry was unable to land its passengers at Vell harbour on Monday."),
    ("The Vell council approved the harbour budget on Monday.",
     "The Vell council did not approve the harbour budget on Monday, the mayor's office said."),
    ("The object Norland launched from Vell on Sunday was a satellite, state media said.",
     "The object Norland launched from Vell on Sunday was not a satellite, US officials said."),
])
def test_one_outlet_denying_the_act_another_tells_is_a_dispute_not_an_agreement(told: str, denied: str) -> None:
    [claim] = group_claims([statement("a", told, outlet="one.example"), statement("b", denied, outlet="two.example")])
    assert claim.status == "contested"
    assert [s.stance for s in claim.statements if s.negated] == ["disputes"]
    assert all(s.stance != "disputes" for s in claim.statements if not s.negated)


@pytest.mark.parametrize(("told", "negated"), [
    # No one says the trains derailed: nothing is denied.
    ("Two trains collided near Vell station on Monday, injuring 40 people.",
     "The two trains collided near Vell station on Monday but did not derail, officials said."),
    # Two acts: that sanctions will not work, and that the minister is working for a diplomatic solution.
    ("“We are working to mobilise world opinion for a diplomatic solution on the Vell peninsula,” the minister said.",
     "He noted that the launch proves sanctions will not work, and that the Vell peninsula needs a diplomatic "
     "solution."),
    # One line both outlets quote, its negation inside the quotation marks of one of them.
    ("The Vell savings, she said, “do not cut a single guaranteed pension benefit.”",
     "“The Vell savings his ad attacks do not cut a single guaranteed pension benefit,” Roe said."),
])
def test_a_tie_whose_negation_denies_nothing_the_other_outlet_tells_is_no_dispute(told: str, negated: str) -> None:
    [claim] = group_claims([statement("a", told, outlet="one.example"), statement("b", negated, outlet="two.example")])
    assert all(s.stance != "disputes" for s in claim.statements)
    assert claim.status != "contested"


def test_ecbplus_dev_event_chains() -> None:
    """ECB+ dev (issue 9, item 7): statements of the same event in two documents share a
    claim, chain sentences yield statements, joined statements share an event, titles are
    sentences and sources entities. Bars: the figures measured when set, minus a margin."""
    module = _eval_module()
    folder = module.corpora_folder(None) / "ecbplus-dev"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    scores = module.evaluate_ecb(folder)
    assert scores.recall >= 0.70
    assert scores.coverage >= 0.95
    assert scores.purity >= 0.95
    assert sum(map(module.is_fragment, scores.titles)) <= 0.06 * len(scores.titles)
    assert all(ok for _, ok in scores.sources)


def _found(article_: Article) -> list[Statement]:
    mentions = find_mentions(article_)
    return find_statements(article_, find_quotes(article_, mentions), mentions)


def test_a_capital_acting_for_its_government_is_its_country() -> None:
    """"Damascus had sent 2,000 engineers" is Syria's act: its count sits with the other
    counts of Syrian engineers (metonymy), not with the Jordanian farmers'."""
    capital = article("a", "Syria and Jordan have long quarrelled over the water of the river.",
                      "Officials said on Monday that Damascus had sent 2,000 engineers to the region.")
    country = article("b", "Around 5,000 Syrian engineers are now working in the region, the ministry said.")
    other = article("c", "The ministry said 400 Jordanian farmers had left the region since the spring.")
    sent, working, left = (next(s for s in _found(a) if figure in s.text)
                           for a, figure in ((capital, "2,000"), (country, "5,000"), (other, "400")))
    group_claims([sent, working, left])
    assert sent.claim == working.claim != left.claim


@pytest.mark.parametrize("sentence", [
    "The Damascus Film Festival said it had sent 2,000 tickets to schools in the region.",  # part of a name
    "Damascus is a city of 2,000 engineers with schools in the region.",  # the city itself
    "Officials said the visitors had flown to Damascus with 2,000 engineers for the region.",  # no subject
])
def test_a_capital_that_is_no_government_stays_a_city(sentence: str) -> None:
    capital = article("a", "Syria and Jordan have long quarrelled over the water of the river.", sentence)
    found = [s for s in _found(capital) if "Damascus" in s.text]
    assert found and all("syria" not in s.comparison.whole.terms for s in found)


def test_declining_to_confirm_is_compared_by_what_is_declined() -> None:
    """"X refrained from confirming Y" disputes Y: it sits in Y's claim, as a dispute."""
    a = statement("a", "Freedonian engineers have been sent to the Sylvanian border region, officials said.")
    b = statement("b", "However, Deputy Press Secretary Anna Holm refrained from confirming the presence of "
                       "Freedonian engineers in the Sylvanian border region, stating, “It is likely that they are "
                       "moving in that direction, but I do not have more details just yet.”")
    others = [statement(f"o{i}", text) for i, text in enumerate([
        "The council approved a new budget for the harbour on Monday.",
        "Anna Holm said the ministry is moving its offices to the capital.",
        "Rain flooded three streets in the old town overnight, stating the obvious.",
        "The engineers said they do not have more details on the bridge yet."])]
    group_claims([a, b, *others])
    assert a.claim == b.claim and b.stance == "disputes"
    assert claim_clause("However, Anna Holm refrained from confirming the presence of Freedonian engineers in the "
                        "region.") == "the presence of Freedonian engineers in the region."
    # What was asked about is the claim too: "assessment that Y" (a possessive before it).
    assert claim_clause("Asked to confirm Rutte’s assessment that the engineers had left, Holm said, “It is "
                        "likely.”").startswith("the engineers had left")


def test_a_quotation_after_said_that_is_what_was_said() -> None:
    # The quotation is blanked while the attribution is found: its spaces were taken for those after "that".
    assert claim_clause('The council added that "no one was injured".') == '"no one was injured".'
    assert claim_clause("Jo Roe said that “the Vell bridge will reopen” in May.") \
        == "“the Vell bridge will reopen” in May."
    assert is_negated('The council added that "no one was injured".')


def test_different_acts_of_one_politician_are_different_claims() -> None:
    """Two reports that share only who acted ("Opposition leader Marta Kowalczyk") and the
    prime minister tell two facts; the same letter told twice is one. A name of several words
    is one shared person, not several shared words."""
    letter = statement("a", "Opposition leader Marta Kowalczyk has written to Prime Minister Jan Novak demanding "
                            "an explanation of the new rules on e-mail retention.")
    again = statement("b", "Marta Kowalczyk wrote to Jan Novak to demand an explanation of the e-mail retention rules.")
    accused = statement("c", "Opposition leader Marta Kowalczyk has accused Prime Minister Jan Novak of performing "
                             "U-turns over rules on using force against burglars.")
    others = [statement(f"o{i}", text) for i, text in enumerate([
        "The council approved a new budget for the harbour on Monday.",
        "Rain flooded three streets in the old town overnight.",
        "Prime Minister Jan Novak opened a new bridge over the river on Friday.",
        "Marta Kowalczyk was first elected to parliament in 2005.",
        "Police said burglars had broken into three shops in the high street.",
        "The e-mail service was down for most of Tuesday, the company said."])]
    group_claims([letter, again, accused, *others])
    assert letter.claim == again.claim != accused.claim


# --- titles without the attribution that follows the statement ---------------------------


def title_of(text: str) -> str:
    return group_claims([statement("a", text)])[0].summary


def test_lines_of_a_song_or_a_fixture_list_are_no_statements_but_listed_facts_are() -> None:
    text = article("a", "The harbour choir sang on Sunday night to a crowd of two thousand people.",
                   "Harbour lights, you knew just what I was there for", "You heard me saying a prayer for",
                   "Someone I really could care for", "Vell Rovers v Porto Town", "Harbour United v Vell Athletic",
                   "The council said the concert raised $40,000 for the lifeboat station.",
                   "- Pledged $2.3m to rebuild the quay wall", "- Raised the harbour fees by 30%",
                   "- Appointed a new port director")
    found = {s.paragraph for s in find_statements(text, [], find_mentions(text))}
    assert found & {1, 2, 3, 4, 5} == set()
    assert {0, 6, 7, 8} <= found


@pytest.mark.parametrize("sentence", [
    "Through a spokesperson, Roe denied ever threatening the union and said that he thought it was “a fair deal.”",
    "Sam Lee, chairman of the Harbour Workers Club, which speaks for dockers in the port, said the charges were false.",
])
def test_a_title_is_never_only_what_comes_before_the_attribution(sentence: str) -> None:
    title = title_of(sentence)
    assert title not in ("Through a spokesperson", "Sam Lee, chairman of the Harbour Workers Club, which speaks for "
                         "dockers in the port")
    assert "said" in title


def test_a_title_keeps_the_verb_whose_object_is_no_clause() -> None:
    # "suggested a plot", and when: no statement that a plot put anyone anywhere
    sentence = "The ministry suggested a foreign plot after the leaks put a friend of the mayor at the top of the port."
    assert title_of(sentence).startswith("The ministry suggested a foreign plot")
    assert title_of("The mayor said the harbour bridge would reopen after repairs in May.") == (
        "The harbour bridge would reopen after repairs in May")


@pytest.mark.parametrize(("sentence", "title"), [
    # inverted, the speaker and a role after the verb
    ("The harbour bridge was closed for repairs on Monday, said Ilse Varga, a spokeswoman for the regional "
     "harbour and port authority of Vell.", "The harbour bridge was closed for repairs on Monday"),
    # a source relayed by "citing"
    ("Investigators have taken over the harbour fire inquiry, according to Vell Radio, citing the prosecutor's "
     "office.", "Investigators have taken over the harbour fire inquiry"),
    # ... a body named after the determiner or a possessive, after a date the saying verb's own
    ("The harbour board will hold its first open vote in May, the Vell agency reported September 26, citing the "
     "country's Central Harbour Commission.", "The harbour board will hold its first open vote in May"),
    ("The ferry will be ready to sail from August, the Porto Daily said, citing the Vell Maritime Administration.",
     "The ferry will be ready to sail from August"),
    # "Y, reported X, adding that Z": the statement is Y, not what follows the verb
    ("The council treated the harbour fire as arson, reported Vell media, adding that the night guard was hurt.",
     "The council treated the harbour fire as arson"),
    # ... after a statement whose verb is written into its subject
    ("\u201cThere's no way to describe what we saw at the harbour,\u201d said Ilse Varga.",
     "There's no way to describe what we saw at the harbour"),
    ("\u201cI am leaving the harbour board with my head up,\u201d Varga told reporters by the quay.",
     "I am leaving the harbour board with my head up"),
    # a pronoun and its verb after a quotation
    ("\u201cThe harbour is damaged, but it will reopen stronger than before,\u201d he said.",
     "The harbour is damaged, but it will reopen stronger than before"),
    ("The harbour board will win its case in the Supreme Court, he predicted.",
     "The harbour board will win its case in the Supreme Court"),
    # the attribution before a colon that opens the quote, whatever verb comes before it
    ("Asked if he thought the fire was arson, Varga said: \u201cThe harbour board knows how best to find "
     "out who set it.\u201d", "The harbour board knows how best to find out who set it"),
    # a wire's dateline or bare credit opening the story
    ("(VNS) A small plane crashed into a hillside near the harbour on Sunday, killing nine people.",
     "A small plane crashed into a hillside near the harbour on Sunday, killing nine people"),
    ("(VNS) - The harbour board made a final offer of $12 million for the ferry company on Monday.",
     "The harbour board made a final offer of $12 million for the ferry company on Monday"),
    ("VELL/PORTO, Aug 30 (VNS) - The harbour board condemned the strike as an outrageous act.",
     "The harbour board condemned the strike as an outrageous act"),
    ("VELL, Dec 29 (Harbour News Foundation) - The harbour board is setting up a quiet zone for the festival.",
     "The harbour board is setting up a quiet zone for the festival"),
    # a speaker with a long role between the quotation and the verb, and more after it
    ("\u201cThe harbour fire is being treated as suspicious at this point,\u201d Ilse Varga, chief of the "
     "Vell Harbour Fire Department, told the newspaper, adding nothing suggests a motive.",
     "The harbour fire is being treated as suspicious at this point"),
])
def test_a_title_drops_the_attribution_after_the_statement(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


def test_an_attribution_inside_the_speakers_quoted_title_is_dropped() -> None:
    text = article("a", "Mayor Ilse Varga spoke to Vell Radio on Tuesday evening about the harbour fire.",
                   "\u201cWe cannot deny that the fire was arson,\u201d Varga said in a radio address.")
    mentions = find_mentions(text)
    [arson] = [s for s in find_statements(text, find_quotes(text, mentions), mentions) if "arson" in s.text]
    assert group_claims([arson])[0].summary == "Ilse Varga: \u201cWe cannot deny that the fire was arson\u201d"


@pytest.mark.parametrize(("quoted", "title"), [
    # the speaker named by a verb of concluding or going on, after the closing mark
    ("\u201cBut I don\u2019t think the fire was any worse than what the board has said,\u201d she concluded.",
     "Ilse Varga: \u201cI don\u2019t think the fire was any worse than what the board has said\u201d"),
    ("\u201cI wouldn\u2019t use that language about the harbour,\u201d the mayor continued.",
     "Ilse Varga: \u201cI wouldn\u2019t use that language about the harbour\u201d"),
    # a sentence opening inside the quote the sentence before opened: its words are quoted up to the closing mark
    ("\u201cThe fire spread in minutes. He certainly was at risk,\" Varga tells Vell Radio.",
     "Ilse Varga: \u201cHe certainly was at risk\u201d"),
])
def test_a_quoted_title_leaves_the_attribution_outside_its_marks(quoted: str, title: str) -> None:
    text = article("a", "Mayor Ilse Varga spoke to Vell Radio on Tuesday evening about the harbour fire.", quoted)
    mentions = find_mentions(text)
    last = [s for s in find_statements(text, find_quotes(text, mentions), mentions) if s.paragraph == 1][-1]
    assert last.quoted and last.source_name == "Ilse Varga"
    assert group_claims([last])[0].summary == title


@pytest.mark.parametrize(("sentence", "title"), [
    # the outlet's words for hers, with a few of her own in marks: no quote around the outlet's words
    ("She says they looked \u201cyoung and well organised.\u201d",
     "Ilse Varga says they looked \u201cyoung and well organised\u201d"),
    # her own words after "she said": not inside another pair of marks
    ("She said, \u201cThey looked young and well organised.\u201d",
     "Ilse Varga said, \u201cThey looked young and well organised\u201d"),
])
def test_a_speakers_he_says_title_names_the_speaker_rather_than_quoting_the_outlets_words(sentence: str,
                                                                                          title: str) -> None:
    text = article("a", "Police chief Ilse Varga spoke to Vell Radio on Tuesday about the harbour attackers.", sentence)
    mentions = find_mentions(text)
    [looked] = [s for s in find_statements(text, find_quotes(text, mentions), mentions) if "looked" in s.text]
    assert group_claims([looked])[0].summary == title


@pytest.mark.parametrize(("sentence", "kept"), [
    # what follows the verb is a second statement, not who said it
    ("As for the fire at the harbour, the director told the Gazette it was the mayor's idea.", "mayor's idea"),
    # the words before "said" are the speaker and a relative clause: no statement of their own
    ("The fitter, who suffered a badly bruised shoulder, said the carriages slid for ten seconds.",
     "carriages slid"),
    # "citing" a reason, not a source
    ("The port board closed the harbour bridge to all traffic on Monday, citing falling stones.",
     "citing falling stones"),
    # ... a reason naming a place after a few words
    ("The port board closed the harbour bridge to all traffic, citing the political upheaval in Vell this week.",
     "citing the political upheaval in Vell"),
])
def test_a_title_keeps_words_that_are_no_attribution(sentence: str, kept: str) -> None:
    assert kept in title_of(sentence)


def test_a_statement_relayed_citing_a_named_body_after_a_date_joins_its_restatement() -> None:
    # "X reported September 26, citing the country's …": the saying verb's date and source, not what was said.
    relayed = statement("a", "For the first time in Harnland's history, its parliamentary elections will have two "
                             "parties, the Vell agency reported September 26, citing the country's Central "
                             "Election Commission.")
    told = statement("b", "Parliamentary elections in Harnland will be held with two parties for the first time in "
                          "the country's history, the commission said.")
    assert claim_clause(relayed.text).startswith("For the first time")
    group_claims([relayed, told])
    assert relayed.claim == told.claim


def test_how_a_source_said_it_before_that_is_not_what_was_said() -> None:
    # "said in a statement posted on … that Y": Y is what was said, however long the way it was said.
    posted = statement("a", "The harbour board said in a statement posted on its Facebook page that the Tarn ferry "
                            "would stop sailing in May.")
    told = statement("b", "Ilse Varga told the Gazette in an interview on Monday that the Tarn ferry would stop "
                          "sailing in May.")
    other = statement("c", "The harbour board said in a statement posted on its Facebook page that the night guard "
                           "had been dismissed.")
    assert claim_clause(posted.text) == "the Tarn ferry would stop sailing in May."
    assert claim_clause(told.text) == "the Tarn ferry would stop sailing in May."
    group_claims([posted, told, other])
    assert posted.claim == told.claim != other.claim


def test_an_inverted_attribution_after_the_statement_is_not_what_was_said() -> None:
    # "Y, said X, a spokesman for Z": the two sentences share only who said them.
    shot = statement("a", "Guards shot and wounded the gunman at the gate, said Tomas Vell, a spokesman for the "
                          "Ostrian Interior Ministry.")
    victims = statement("b", "“There are many victims in the square,” said Tomas Vell, a spokesman for the Ostrian "
                             "Interior Ministry, on local radio.")
    assert claim_clause(shot.text).startswith("Guards shot")
    group_claims([shot, victims])
    assert shot.claim != victims.claim


def test_statements_sharing_only_one_persons_name_stay_apart() -> None:
    # "Governor Reyes" is one person: sharing the name alone tells nothing of what happened.
    briefed = statement("a", "Governor Reyes has been briefed on the flooding in the valley towns.")
    met = statement("b", "But they were together last month at the summit in Porto - Governor Reyes and Governor "
                         "Brandt - where trade was one of the topics.")
    group_claims([briefed, met])
    assert briefed.claim != met.claim


def test_a_hyphenated_participle_is_no_event_a_denial_can_dispute() -> None:
    # "the so-called Harbour Files" names the leak; "it shouldn't be called the Harbour Files"
    # denies nothing that happened.
    leak = statement("a", "Ministers were named in the leak of documents dubbed the so-called Harbour Files.")
    named = statement("b", "Several ministers were named in the leaked documents, the so-called Harbour Files.")
    name = statement("c", "From a banking view, it shouldn't be called the Harbour Files, the adviser said.")
    group = [leak, named, name]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert name.stance != "disputes"


def test_a_purpose_clause_is_no_fact_of_its_own() -> None:
    # "…, and to avoid paying taxes" tells what shell firms are used for, not that a fund avoided tax.
    fund = statement("a", "Minister Harlow's father ran an offshore fund that avoided paying taxes in Ostria for "
                          "thirty years.")
    used = statement("b", "But shell firms are used in some cases by wealthy clients to hide money and deals, and to "
                          "avoid paying taxes.")
    group_claims([fund, used])
    assert fund.claim != used.claim


def test_a_name_given_to_a_thing_is_no_fact_of_its_own() -> None:
    # "… -- the so-called Harbour Files" names the leak; another sentence naming it tells another fact.
    targeted = statement("a", "Several bankers said they were unfairly targeted as regulators vowed new inquiries "
                              "after the leak of nine million records -- the so-called Harbour Files.")
    called = statement("b", "“From a lawyer's view, it shouldn't be called the Harbour Files.”")
    group_claims([targeted, called])
    assert targeted.claim != called.claim


@pytest.mark.parametrize(("sentence", "title"), [
    ("Jo Roe, an insider, tweeted that the 'back of the Vell phone will change a lot.",
     "The back of the Vell phone will change a lot"),
    ("The club said the 'final offer' from the players' union was rejected on Monday.",
     "The 'final offer' from the players' union was rejected on Monday"),
    ("The club said the long wait 'til next season ended with its win of '08 on Monday.",
     "The long wait 'til next season ended with its win of '08 on Monday"),
])
def test_a_title_drops_a_single_quotation_mark_left_open(sentence: str, title: str) -> None:
    assert title_of(sentence) == title


def test_outlets_running_one_agencys_story_are_one_source() -> None:
    texts = {"a": "VELL (AP) — The harbour bridge of Vell was closed for repairs on Monday, the council said.",
             "b": "VELL (AP) — The harbour bridge of Vell was closed for repairs on Monday, the council said.",
             "c": "The harbour bridge of Vell was closed for repairs on Monday, the council said."}
    def told(article_id: str, outlet: str) -> Statement:
        text = article(article_id, texts[article_id], outlet=outlet)
        text.wire = "Associated Press" if "(AP)" in texts[article_id] else None  # as the reader finds it
        [found] = find_statements(text, [], [])
        return found

    wire_copies = [told("a", "Daily A"), told("b", "Daily B")]
    assert {s.wire for s in wire_copies} == {"Associated Press"}
    [claim] = group_claims(wire_copies)
    assert claim.outlets == ["Daily A", "Daily B"] and claim.status == "single source"
    [claim] = group_claims([*wire_copies, told("c", "Daily C")])
    assert claim.status == "agreed"


@pytest.mark.parametrize(("sentence", "title"), [
    ("Ann Lee also wrote, “Never thought that would be the last time I saw the old harbour!!!”",
     "Ann Lee also wrote, “Never thought that would be the last time I saw the old harbour!!!”"),
    ('Ann Lee captioned the video with: "Be grateful for the harbour, man."',
     'Ann Lee captioned the video with: "Be grateful for the harbour, man"'),
    ("Opened in 1931, the bridge was praised by the Vell Courier as an 'elegantly understated boon to the "
     "city's riverfront'.",
     "Opened in 1931, the bridge was praised by the Vell Courier as an 'elegantly understated boon to the "
     "city's riverfront'"),
])
def test_a_title_ending_in_a_quote_keeps_its_quotation_marks(sentence: str, title: str) -> None:
    [claim] = group_claims(find_statements(article("a", sentence), [], []))
    assert claim.summary == title


COPIED_STORY = ("Vell council closed the harbour bridge on Monday for urgent repairs to its northern span.\n\n"
                "Engineers found cracks in two steel girders during a routine inspection last week.\n\n"
                "The ferry between Vell and Harnwick will run every twenty minutes until the bridge reopens.\n\n"
                "The council expects the repairs to take about three months and to cost four million pounds.\n")


def test_outlets_running_one_text_without_an_agencys_credit_are_one_source(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dailya-com__1.txt").write_text("Bridge shut for repairs\n\n" + COPIED_STORY, encoding="utf-8")
    (seeds / "dailyb-com__2.txt").write_text(
        "Vell bridge closes\n\nAdvertisement\n\n" + COPIED_STORY + "\nDrivers face long queues, residents said.\n",
        encoding="utf-8")
    (seeds / "dailyc-com__3.txt").write_text(
        "Cracks close Vell bridge\n\nInspectors discovered cracks in two steel girders of the Vell bridge last "
        "week, and the council closed it on Monday.\n", encoding="utf-8")
    dossier = analyse(seeds, None, tmp_path, log=lambda message: None)
    copies = {article.outlet: article.copy_of for article in dossier.articles}
    assert copies["dailya.com"] == copies["dailyb.com"] is not None and copies["dailyc.com"] is None
    [told_twice] = [c for c in dossier.claims if "three months" in c.summary]
    assert told_twice.outlets == ["dailya.com", "dailyb.com"] and told_twice.status == "single source"


def test_one_outlets_sentence_another_ran_with_a_word_changed_is_one_source() -> None:
    # Fifteen words and more alike in the outlets' own voice are one text, whatever each changed at its start.
    def told(article_id: str, outlet: str, text: str) -> Statement:
        return Statement(article=article_id, paragraph=0, text=text, stance="asserts", outlet=outlet)

    taken = [told("a", "Daily A", "A car laden with explosives apparently started the attack at the compound's "
                                  "outer wall, followed by gunfire and an explosion inside the hotel."),
             told("b", "Daily B", "A suicide car bomb apparently started the attack at the compound's outer wall, "
                                  "followed by gunfire and an explosion inside the hotel.")]
    claim = Claim(id="c", summary="s", statements=taken)
    assert len(claim.sources) == 1 and claim.status == "single source"
    own = told("c", "Daily C", "The attack began with a car bomb at the outer wall; gunmen then stormed the hotel.")
    assert Claim(id="c", summary="s", statements=[*taken, own]).status == "agreed"
    # Outlets quoting one speaker's words share them by quoting, not by copying.
    quoting = [told("a", "Daily A", "The mayor said the attackers had been “sent with a mission to destroy the "
                                    "consulate general and kill whoever they found there” on Thursday."),
               told("b", "Daily B", "Officials said gunmen were “sent with a mission to destroy the consulate "
                                    "general and kill whoever they found there”.")]
    assert len(Claim(id="c", summary="s", statements=quoting).sources) == 2
    # Nor does relaying one release: each keeps the release's words without marks.
    relaying = [told("a", "Daily A", "The zoo said the gorilla exhibit would remain closed until further notice while "
                                     "keepers review the barrier at the enclosure."),
                told("b", "Daily B", "Officials said that the gorilla exhibit would remain closed until further notice "
                                     "while keepers review the barrier at the enclosure.")]
    for statement in relaying:
        statement.source_name = statement.text.split(" said")[0]
    assert len(Claim(id="c", summary="s", statements=relaying).sources) == 2


def test_outlets_quoting_one_speakers_words_are_no_copies() -> None:
    def copies(texts: dict[str, list[str]]) -> list[list[str]]:
        return outlets.copies({article: outlets.copy_sentences(paragraphs) for article, paragraphs in texts.items()})

    statement = ("“The bridge will stay closed until every girder has been checked by our engineers,” the mayor said.\n"
                 "We have asked the ferry company to run every twenty minutes until the bridge reopens, she added.\n"
                 "“Nobody will cross a bridge that we cannot vouch for with our own engineers,” she said.\n")
    texts = {"a": ["Vell shut its harbour bridge on Monday.", *statement.splitlines()],
             "b": ["The harbour bridge of Vell was closed for urgent repairs.", *statement.splitlines()]}
    assert copies(texts) == []
    assert copies({"a": COPIED_STORY.split("\n\n"), "b": COPIED_STORY.split("\n\n")}) == [["a", "b"]]
    # An edited copy, its sentences glued where scraping lost the space: two of its three sentences are the story's.
    edited = ["VELL: Vell council closed the harbour bridge on Monday for urgent repairs to its northern span."
              "Engineers found cracks in two steel girders during a routine inspection last week."
              "The ferry between Vell and Harnwick will run every twenty minutes until the bridge reopens."]
    assert copies({"a": COPIED_STORY.split("\n\n"), "c": edited}) == [["a", "c"]]


def _copies(texts: dict[str, list[str]]) -> list[list[str]]:
    return outlets.copies({article: outlets.copy_sentences(paragraphs) for article, paragraphs in texts.items()})


MATCH_REPORT = ["VELLTOWN — The Vell Rovers beat the Harnwick Gulls 31-7 on Sunday to win the V.F.L. title for the "
                "third time in four seasons.",
                "Jo Roe threw for 240 yards and three touchdowns as the Rovers led 21-0 at halftime after two early "
                "turnovers by the Gulls.",
                "The Gulls lost their sixth straight game and finished the season with two wins in twelve games.",
                "Ann Lee added a 40-yard scoring run late in the third quarter before the rookie Tom Fay caught a "
                "12-yard pass in the fourth."]


def test_a_lightly_edited_copy_of_a_story_is_its_copy() -> None:
    """One outlet's edit of another's text, one word changed in every sentence ("led by 21-0", "VFL" for "V.F.L.",
    "the backup"), shares no whole sentence with it but is still one story's text."""
    edited = ["VELLTOWN — The Vell Rovers beat the Harnwick Gulls 31-7 on Sunday to win the VFL title for the third "
              "time in four seasons.",
              "Jo Roe threw for 240 yards and three touchdowns as the Rovers led by 21-0 at halftime after two early "
              "turnovers by the Gulls.",
              "The Gulls lost their sixth straight game and ended the season with two wins in twelve games.",
              "Ann Lee added a 40-yard scoring run late in the third quarter before the backup Tom Fay caught a "
              "12-yard pass in the fourth."]
    assert _copies({"a": MATCH_REPORT, "b": edited}) == [["a", "b"]]


def test_an_outlets_dotted_abbreviation_reads_as_anothers_plain_one() -> None:
    dotted = "Despite missing Jo Roe, the V.F.L.’s leading receiver, the Rovers won by ten points in Harnwick."
    assert outlets.copy_sentences([dotted]) == outlets.copy_sentences([dotted.replace("V.F.L.", "VFL")])


def test_outlets_sharing_a_lede_and_a_release_paragraph_in_their_own_reports_are_no_copies() -> None:
    """Two reports that open alike and both print the league's statement, each otherwise in its own words, are two
    outlets' accounts: most of neither is the other's text."""
    lede = MATCH_REPORT[0]
    release = ("The league said the final drew the largest crowd in its history, with more than forty thousand fans "
               "filling the harbour stadium and another two million watching on television across the region.")
    first = [lede, release,
             "Roe was sharp from the opening drive, finding three different receivers for scores before the break.",
             "The visitors never recovered from two fumbles deep in their own half during the first quarter.",
             "Coach Bo Ash has now won three titles since taking over the Rovers before the 2019 season."]
    second = [lede, release,
              "Harnwick arrived without their starting quarterback, who broke a wrist in practice on Thursday.",
              "Rain fell throughout the second half and both sides struggled to hold on to the ball.",
              "The Gulls will start next season under a new owner after the sale of the club in the spring."]
    assert _copies({"a": first, "b": second}) == []


def test_a_line_opening_in_a_quote_with_a_long_attribution_after_it_is_quoted() -> None:
    line = "Together, the seeds and the eggs can make a small garden on the Moon"
    a = quoted_statements("a", "Outlet a", "“The container will carry seeds and silkworm eggs to the lander. "
                          f"{line},” Jo Roe, chief designer of the container, told the Vell Morning Post on Monday.")
    b = quoted_statements("b", "Outlet b", f"“{line},” said Jo Roe, the designer.")
    pair = [s for s in [*a, *b] if "garden" in s.text]
    assert all(s.quoted for s in pair)
    [claim] = [c for c in group_claims(pair) if len(c.statements) == 2]
    assert claim.status == "quoted"


def test_a_line_every_outlet_quotes_or_relays_from_one_speaker_is_quoted_not_agreed() -> None:
    quoted = quoted_statements("a", "Outlet a", "“The harbour of Vell will be rebuilt in stone within three years,” "
                               "Mayor Jane Doe told the council on Monday.")
    relayed = quoted_statements("b", "Outlet b", "Mayor Jane Doe said the harbour of Vell will be rebuilt in stone "
                                "within three years.")
    other = quoted_statements("c", "Outlet c", "Engineer Tom Hale said the harbour of Vell will be rebuilt in stone "
                              "within three years.")
    pick = [s for s in [*quoted, *relayed, *other] if "harbour" in s.text]
    [one] = [c for c in group_claims(pick[:2]) if len(c.statements) == 2]
    assert one.status == "quoted"
    [two] = [c for c in group_claims(pick) if len(c.statements) == 3]
    assert two.status == "agreed"  # two sources say it


def test_an_article_naming_nothing_the_others_name_is_pointed_out(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, outlet in enumerate(("vellpost", "harnwicktimes", "portogazette")):
        (seeds / f"{outlet}-com__{n}.txt").write_text(
            f"Vell bridge shut\n\nMayor Ilse Varga closed the Vell harbour bridge on Monday, day {n} of the "
            "repairs.\n", encoding="utf-8")
    (seeds / "promo-com__9.txt").write_text(
        "Celebrating 125 years\n\nThe Tarnford Echo has served Tarnford readers since 1892. Look back at its "
        "history each day this year.\n", encoding="utf-8")
    messages: list[str] = []
    analyse(seeds, None, tmp_path, log=messages.append)
    assert [m for m in messages if "name no one" in m] == [
        "note: 1 of 4 articles name no one and nothing another article names (seeds/promo-com__9.txt): are they "
        "about this story? (move one out of the seeds folder to leave it out)"]


def test_statements_of_happenings_that_undo_each_other_are_two_facts() -> None:
    lost = statement("a", "Contact was lost with Vell's first weather satellite, Vellsat-1, shortly after its launch.")
    found = statement("b", "Vell Space confirmed on Friday that it had re-established contact with Vell's first "
                           "weather satellite.")
    again = statement("c", "Ground control lost contact with Vell's first weather satellite after its launch.")
    claims = group_claims([lost, found, again])
    assert {s.article for c in claims for s in c.statements if "b" in {t.article for t in c.statements}} == {"b"}
    assert any({s.article for s in c.statements} == {"a", "c"} for c in claims)


def test_outlets_each_running_two_agencies_copies_have_two_sources_between_them() -> None:
    def told(article_id: str, outlet: str, wire: str) -> Statement:
        found = statement(article_id, "The harbour bridge of Vell was closed for repairs on Monday, the council said.",
                          outlet=outlet)
        found.wire = wire
        return found

    copies = [told("a", "Daily A", "Associated Press"), told("b", "Daily A", "Reuters"),
              told("c", "Daily B", "Associated Press"), told("d", "Daily B", "Reuters")]
    [claim] = group_claims(copies)
    assert len(claim.sources) == 2 and claim.status == "agreed"
    [one] = group_claims([told("e", "Daily A", "Associated Press"), statement(
        "f", "The harbour bridge of Vell was closed for repairs on Monday, the council said.", outlet="Daily A")])
    assert len(one.sources) == 1  # one outlet's own article and its agency copy: one outlet's word
    # A text two outlets share with no agency credited may be one of them's own: its other articles are of it.
    closed = "The harbour bridge of Vell was closed for repairs on Monday, the council said."
    own, copy, other = (statement(n, closed, outlet=outlet)
                        for n, outlet in (("g", "Daily A"), ("h", "Daily A"), ("i", "Daily C")))
    copy.copy_of = other.copy_of = "h"
    [shared] = group_claims([own, copy, other])
    assert len(shared.sources) == 1


def _quoted_statements(article_id: str, text: str) -> list[Statement]:
    found = article(article_id, text)
    mentions = find_mentions(found)
    return find_statements(found, find_quotes(found, mentions), mentions)


@pytest.mark.parametrize("first, second", [
    ("“People were lying dead on the seafront and others were running over the bodies,” said Ann Vell, a student "
     "from Arlen.",
     "“I saw the bodies of the dead lying on the seafront and people running,” Tom Arle, a tourist, told the Ledger."),
    ("“The fireworks had finished when we saw people running and screaming,” said Ann Vell, a student from Arlen.",
     "“I thought it was fireworks, but then all these people were running and screaming,” Tom Arle, a tourist, told "
     "the Ledger."),
])
def test_two_witnesses_quoted_words_are_two_claims(first: str, second: str) -> None:
    # Two people's own accounts share what anyone saw ("people running", "bodies"): each is a claim of its own.
    [one], [other] = _quoted_statements("a", first), _quoted_statements("b", second)
    assert one.quoted and other.quoted
    group_claims([one, other])
    assert one.claim != other.claim


def test_two_speakers_quoted_words_alike_are_still_two_claims() -> None:
    # Two fans' words share all their terms ("game", "ups and downs"), yet each is that fan's to say.
    [one] = _quoted_statements("a", "\u201cThe game had all the ups and downs,\u201d said Ann Vell, a student from "
                                    "Arlen.")
    [other] = _quoted_statements("b", "\u201cIt was a game of ups and downs,\u201d Tom Arle said.")
    group_claims([one, other])
    assert one.claim != other.claim


def test_a_speaker_the_quotes_stage_found_keeps_two_quotes_apart() -> None:
    # The quote's speaker is known only once the quotes stage named it (the same quote elsewhere names her): grouping
    # is told, and two speakers' words about one impeachment are two claims, not one quoted claim.
    unnamed = Statement(article="a", paragraph=0, quoted=True,
                        text="And I said, \u2018Baby, they don\u2019t, because we\u2019re gonna go in there and "
                             "we\u2019re gonna impeach the governor.\u2019\u201d")
    named = Statement(article="b", paragraph=0, quoted=True, source="tom-arle", source_name="Tom Arle",
                      text="And Ann said, We\u2019re not looking to impeach the governor.\u201d")
    group_claims([unnamed, named], ["ann-vell", None])
    assert unnamed.claim != named.claim
    group_claims([unnamed, named])
    assert unnamed.claim == named.claim  # not known to be two speakers: the words alone decide


def test_no_claim_of_a_basil_story_holds_two_speakers_quoted_words() -> None:
    # basil-dev 2019_86e6e27d: a congresswoman's vow to impeach the president (her speaker known from the same quote
    # in another outlet) and the president's account of what the House speaker told him share "impeach": two
    # speakers' words, never one quoted claim.
    story = corpus("basil-dev") / "articles" / "2019_86e6e27d"
    dossier = analyse(story, None, story.parent, log=lambda _: None)
    for claim in dossier.claims:
        assert len({s.source for s in claim.statements if s.quoted and s.source}) <= 1, claim.summary


def test_one_witness_quoted_twice_is_one_claim() -> None:
    [one] = _quoted_statements("a", "“People were lying dead on the seafront and others were running over the "
                                    "bodies,” said Ann Vell, a student from Arlen.")
    [again] = _quoted_statements("b", "“I saw the bodies of the dead lying on the seafront and people running,” Ann "
                                      "Vell, a student, told the Ledger.")
    group_claims([one, again])
    assert one.claim == again.claim


def test_quoted_sources_compare_by_entity_once_named() -> None:
    # A build names each source's entity before grouping: "Ann Vell" and "Vell" quoted are one witness.
    [one] = _quoted_statements("a", "“People were lying dead on the seafront and others were running over the "
                                    "bodies,” said Ann Vell, a student from Arlen.")
    [other] = _quoted_statements("b", "“I saw the bodies of the dead lying on the seafront and people running,” Tom "
                                      "Arle, a tourist, told the Ledger.")
    one.source = other.source = "ann-vell"
    group_claims([one, other])
    assert one.claim == other.claim


def test_one_quote_credited_to_two_sources_is_one_claim() -> None:
    # The same words, credited to an officer by one outlet and to his force by another: one quote relayed, one claim.
    [officer] = _quoted_statements("a", "He said: “Sadly we can say there has been some loss of life,” Inspector Ann "
                                        "Vell said.")
    [force] = _quoted_statements("b", "“A number of people have been taken to hospital with injuries and sadly we "
                                      "can say there has been some loss of life,” the Arlen Police said.")
    assert officer.quoted and force.quoted and officer.source_name != force.source_name
    group_claims([officer, force])
    assert officer.claim == force.claim


def test_tells_happening_is_cached_by_the_word() -> None:
    """``_tells_happening`` is cached: each word keeps its own answer."""
    assert _tells_happening("vetoed")
    assert not _tells_happening("table")
    assert _tells_happening("vetoed")


def test_a_subhead_is_no_statement() -> None:
    text = Article(id="a", source_file="a.txt", title="Plane crashes",
                   paragraphs=["A small plane crashed on Sunday in Vell, officials said.",
                               "Crews found burning wreckage in wooded area",
                               "The ministry posted images of the wreckage."], subheads=[1])
    assert [s.paragraph for s in find_statements(text, [], [])] == [0, 2]


# --- one predicate, other holders or other days (issue 9) ------------------------------

_NAMING = ["Ministers of Ostland and Vestria met Senator Roe and Senator Lee in Arlen on Monday.",
           "The board said that Ostland and Vestria would send observers, as would Roe and Lee."]


def _joined(first: str, second: str) -> bool:
    a, b = statement("a", first), statement("b", second)
    others = [statement(f"o{i}", text) for i, text in enumerate([*_THIN_OTHERS, *_NAMING])]
    group_claims([a, b, *others])
    return a.claim == b.claim


def test_one_predicate_told_of_different_named_holders_stays_apart() -> None:
    # One country's state of emergency and another's, one senator's trip and another's: the fact is each holder's.
    assert not _joined("Ostland has been in a state of emergency since November 2015.",
                       "Vestria has been in a state of emergency since November.")
    assert not _joined("Senator Roe is heading to Ohio for a rally with the union leaders.",
                       "Senator Lee is heading to Detroit for a rally with the union leaders.")
    # The same holder, once with a title; or each named in the other: one fact.
    assert _joined("Ostland has been in a state of emergency since November 2015.",
                   "Ostland has been in a state of emergency since November.")
    assert _joined("Senator Lee met Senator Roe in Arlen to discuss the union rally in Ohio.",
                   "Roe met Lee in Arlen to discuss the union rally in Ohio.")


def _quoted_by(text: str, source: str) -> Statement:
    found = statement("b", text)
    found.quoted, found.source_name = True, source
    return found


def _joined_to(first: str, second: Statement) -> bool:
    a = statement("a", first)
    others = [statement(f"o{i}", text) for i, text in enumerate([*_THIN_OTHERS, *_NAMING])]
    group_claims([a, second, *others])
    return a.claim == second.claim


def test_acts_of_different_named_actors_stay_apart() -> None:
    # Two people's acts of one kind, whatever figures and words they share (issue 9, reviews 14 and 15).
    assert not _joined("Ann Lee had a 48-yard run to get the Vells to the Rovers 18-yard line in the second quarter.",
                       "Jo Roe made a 48-yard field goal to put the Vells ahead against the Rovers in the second "
                       "quarter.")
    assert not _joined_to("Senator Ann Lee offered her thoughts and prayers to the victims of the Arlen ferry crash.",
                          _quoted_by("“Terrible accident in Arlen,” Jo Roe said, “my thoughts and prayers are with "
                                     "the victims of the ferry crash.”", "Jo Roe"))
    # One actor, named in both: one fact.
    assert _joined("Ann Lee had a 48-yard run to get the Vells to the Rovers 18-yard line in the second quarter.",
                   "Lee had a 48-yard run in the second quarter that got the Vells to the Rovers 18-yard line.")
    assert _joined_to("Senator Ann Lee offered her thoughts and prayers to the victims of the Arlen ferry crash.",
                      _quoted_by("“My thoughts and prayers are with the victims of the Arlen ferry crash,” Senator Lee "
                                 "said.", "Ann Lee"))


def test_a_quote_acts_for_its_speaker_only_in_the_first_person_of_a_clause() -> None:
    speaker = _quoted_by("“My thoughts are with the families,” Jo Roe said.", "Jo Roe")
    told_of = _quoted_by("“He was here to be near his daughter, and we long for each other,” Jo Roe said.", "Jo Roe")
    actors = [_actors(_prepared(s)) for s in (speaker, told_of)]
    assert actors == [frozenset({"roe"}), frozenset()]


def test_a_clause_opening_on_a_demonstrative_or_relative_subject_joins_only_a_restatement_or_a_figure() -> None:
    # What "these" or "which" stands for is the sentence before's: a product name and a light verb are no shared fact.
    update = "The change came with a Vell phone update to use the phone's Vell Vision chip, which speeds up photos."
    assert not _joined("These aren't the only updates coming to the Vell phone this month.", update)
    assert not _joined("Which is where the Vell Vision chip comes in.", update)
    # A figure both give says which fact it is.
    assert _joined("Which would be a 40 percent premium over the price Arlen was trading at, Vellcorp said.",
                   "Those $30 offers are a 40% premium over the Arlen closing price.")


def test_an_inquiry_into_whether_something_happened_is_no_account_that_it_did() -> None:
    inquiry = ("Harbour police said they were investigating whether the pilot of the Vell ferry fell asleep, "
               "alongside other factors.")
    assert not _joined(inquiry, "Ann Lee said her son had told her it looked like the pilot had fallen asleep.")
    assert _joined(inquiry, "Harbour police are probing whether the pilot of the Vell ferry fell asleep at the helm.")


def test_an_inquiry_beside_a_main_clause_leaves_its_fact_told() -> None:
    # The main clause tells the boat rammed into the wall, which the other tells too; the inquiry is only beside it.
    assert _joined("The harbour police spokesman said at least one boat packed with explosives had been driven into "
                   "the high outer wall surrounding the pier, but authorities were investigating if a second boat had "
                   "been involved.",
                   "A boat packed with explosives was rammed into the high outer wall surrounding the pier in Vell.")


def test_an_open_question_shares_no_fact_with_another_question_or_its_answer() -> None:
    # Two things not known (issue 9, reviewer26: Daily Mail ¶18 and RT ¶6 of the Chrissy Teigen flight) share that
    # each is open, not what is asked; a question is no account of its answer, asked or said to be unknown.
    assert not _joined("It was unclear if other passengers were with her.",
                       "It is still unclear how the passenger managed to get on the flight.")
    unclear = "It is unclear whether the pilot of the Vell ferry fell asleep."
    assert not _joined(unclear, "The pilot of the Vell ferry fell asleep at the helm, police said.")
    assert not _joined("Senator Ann Lee, a Democrat of Ostland, asked whether the harbour savings were part of the "
                       "Vell budget.", "The council said the harbour savings were part of the Vell budget it passed in "
                                       "March.")
    # The same question, however worded, is one.
    assert _joined(unclear, "It is still unclear whether the pilot of the Vell ferry fell asleep at the helm.")


def test_what_is_usual_is_no_account_of_what_happened() -> None:
    # Issue 9, reviewer26: NYT ¶3 of the Chrissy Teigen flight joined Daily Mail ¶14 as related reports.
    assert not _joined("It may seem outrageous, but it is surprisingly common for planes to return to their point of "
                       "origin midway through a flight, analysts said.",
                       "Authorities said the flight's return to its point of origin was because of a mix-up.")


def test_a_name_and_the_word_it_describes_are_who_not_what() -> None:
    # "The Romney campaign" in both is one participant, not two shared words (issue 9, reviewer26: basil 2012_2ec04201
    # Fox ¶6 / HuffPost ¶4); an owner in -'s is no verb ("campaign's" was the second statement's main verb).
    assert claims_module.main_predicate("the Roe campaign's characterization.") is None
    assert not _joined("The Roe campaign retorted with an ad of its own on Tuesday.",
                       "Fact-checkers and analysts alike have disputed the Roe campaign's characterization.")
    # A word after a preposition is no part of the name's phrase: one act told in two words.
    assert _joined("Jo Roe announced the news on Twitter.",
                   "Roe, 47, shared the news on Twitter and blamed the distance.")
    assert _joined("The Roe campaign retorted with an advert of its own on Tuesday.",
                   "The Roe campaign hit back with an advert.")


def test_what_an_owner_owns_is_no_verb() -> None:
    # "Ostland's voters" is no verb "voters": the verb is "elected". With "comments" read as a verb, two people's
    # judgments of one man's comments were one fact (basil 2010_2b95d2cf, Fox ¶4 / HuffPost ¶7).
    verb = claims_module.main_predicate
    assert verb("Ostland's voters elected a new parliament.") == verb("The voters elected a new parliament.")
    assert not _joined("He called Roe's comments “unacceptable” and “inaccurate.”",
                       "Another major figure, Jo Lee, told the Vell Post that Roe’s comments are “utterly "
                       "irresponsible.”")


def test_a_name_describing_the_subject_or_a_nationality_is_no_holder() -> None:
    assert _holders("Ostland has been in a state") == frozenset({"ostland"})
    assert _holders("Senator Jo Roe, 33, was arrested") == frozenset({"roe"})
    for clause in ("Jo Roe's fortune is", "The European country has been", "Instead, the Vaunt glasses use a laser",
                   "Ukrainian forces launched an attack", "The Finn was fortunate to escape",
                   "Some 3,000 Arlen fans remained in the stands", "Over the years, I’ve had teammates who left"):
        assert _holders(clause) == frozenset(), clause


def test_different_days_for_one_happening_are_no_agreed_fact() -> None:
    assert not _joined("The meeting of the harbour board is on Sunday, the council said.",
                       "The meeting of the harbour board is on Thursday, the council said.")
    assert not _joined("The harbour board of Arlen will meet on 12 March to vote on the ferry timetable.",
                       "The harbour board of Arlen will meet on March 19 to vote on the ferry timetable.")
    assert _joined("The harbour board of Arlen will meet on 12 March to vote on the ferry timetable.",
                   "The harbour board of Arlen will meet on March 12 to vote on the ferry timetable.")
    # A day in one only, or a weekday against a date: nothing to compare.
    assert _joined("The meeting of the harbour board is on Sunday, the council said.",
                   "The meeting of the harbour board is on 12 March, the council said.")


def test_equal_counts_of_different_groups_or_happenings_stay_apart() -> None:
    assert not _joined("At least 12 soldiers were killed in the attack on the Vell border post on Friday.",
                       "At least 12 civilians were injured in the attack on the Vell border post on Friday.")
    assert not _joined("At least 12 soldiers were injured in the attack on the Vell border post on Friday.",
                       "At least 12 civilians were injured in the attack on the Vell border post on Friday.")


def test_the_lines_of_a_ticker_are_no_statements() -> None:
    # A run of lines each opening on a label with a number and a colon; "Day 3", alone after prose, is no ticker.
    ticker = article("a", "Roe won the race in Arlen on Sunday after a late duel with Lee.",
                     "Lap 12: Roe pitted from the lead and rejoined in third place.",
                     "Lap 13: Lee has taken the lead as Roe struggled on cold tyres.",
                     "15:32: Police confirmed that two people were injured near the pit lane.",
                     "Roe said after the race that the team had made the right call.",
                     "Day 3: the organisers said the final would be held in Vell.")
    assert [s.paragraph for s in find_statements(ticker, [], [])] == [0, 4, 5]
    # Without a colon, one label word opening each line; not a common word before a count ("About 300 …").
    laps = article("a", "Lap 14 Roe has a big smash in his car and the safety car is deployed.",
                   "Lap 20 Lee has a huge smash and the race is stopped by the stewards.",
                   "About 300 Vestrians have fled the border town of Vell since Monday.",
                   "About 40 Ostlanders have fled the border town of Vell since Tuesday.")
    assert [s.paragraph for s in find_statements(laps, [], [])] == [2, 3]


def test_undated_counts_of_articles_of_different_days_disagree_unless_one_is_moving() -> None:
    # The days two articles came out are not days their sentences tell of: five and six injured disagree.
    five = _told("a", "Five people were injured when the ferry struck the pier.", "2024-03-04")
    six = _told("b", "Six people were injured when the ferry struck the pier.", "2024-03-05")
    assert _disagree(five, six)
    # A count a sentence tells is moving is updated; a count each sentence dates for its own day is no rival.
    assert not _disagree(five, _told("b", "The number of people injured when the ferry struck rose to six.",
                                     "2024-03-05"))
    assert not _disagree(_told("a", "Five people were injured on Monday when the ferry struck.", "Monday"),
                         _told("b", "Six people were injured on Tuesday when the ferry struck.", "Tuesday"))


def test_differing_figures_a_claim_would_not_show_as_rivals_keep_statements_apart() -> None:
    # Several measures in one sentence (two launches' distance and height), or one distance east of one place and
    # another west of another: told as one claim, they would read as agreed. One value each is a rival estimate.
    pairs = [("The Orsk rocket flew about 3,700 kilometers over Tarnia and reached an altitude of 770 kilometers.",
              "The Orsk rocket flew about 1,700 kilometers over Tarnia and reached an altitude of 341 kilometers."),
             ("The Orsk rocket fell into the sea 735 miles east of Cape Velko, the Tarnian ministry said.",
              "The Orsk rocket fell into the sea 155 miles west of Cape Velko, the Tarnian ministry said.")]
    for first, second in pairs:
        a, b = statement("a", first), statement("b", second)
        group_claims([a, b])
        assert a.claim != b.claim, first
    a = statement("a", "The Orsk rocket flew about 3,700 kilometers over Tarnia before it fell into the sea.")
    b = statement("b", "The Orsk rocket flew about 2,700 kilometers over Tarnia before it fell into the sea.")
    [claim] = group_claims([a, b])
    assert claim.disagreement


def test_one_act_of_two_countries_is_two_claims() -> None:
    # Two governments condemning one launch: each its own claim. A country named in the other clause too may be one
    # exchange, and one country's act told twice is one claim.
    first = "Brazil has condemned the Orsk rocket launch over the Velko strait in the strongest terms."
    a = statement("a", first)
    b = statement("b", "The Government of Argentina condemned the Orsk rocket launch over the Velko strait.")
    c = statement("c", "Brazil strongly condemned the Orsk rocket launch over the Velko strait on Friday.")
    group_claims([a, b, c])
    assert a.claim == c.claim != b.claim
    assert not _other_countries(_subject_countries(first), _subject_countries(
        "Argentina condemned Brazil's rocket launch over the strait."))


@pytest.mark.parametrize(("text", "countries"), [
    ("North Korea fired a missile at South Korea.", {"North Korea", "South Korea"}),  # the longest form at a word
    ("Republic of Korea", {"South Korea"}),
    ("Francesca and Chadwick went to Chad", {"Chad"}),  # whole words only
    ("e.g.France won", set()),  # not after a dot
])
def test_the_countries_a_text_names(text: str, countries: set[str]) -> None:
    assert _countries(text) == countries


def test_statements_naming_different_years_or_days_of_a_month_are_two_events() -> None:
    # A story of one launch recalls the earlier ones in the same words; a year or a date in common keeps them one.
    pairs = [("The Orsk rocket flew over the Tarnian island of Velko in 2009, the Tarnian ministry said.",
              "The Orsk rocket flew over the Tarnian island of Velko in 2017, the Tarnian ministry said.", False),
             ("The Orsk rocket flew over the Tarnian island of Velko on Aug. 29, the Tarnian ministry said.",
              "The Orsk rocket flew over the Tarnian island of Velko on Sept. 15, the Tarnian ministry said.", False),
             ("The Orsk rocket flew over the Tarnian island of Velko in 2009, the Tarnian ministry said.",
              "The Orsk rocket flew over the Tarnian island of Velko in 1998 and 2009, the ministry said.", True)]
    for first, second, joined in pairs:
        a, b = statement("a", first), statement("b", second)
        group_claims([a, b])
        assert (a.claim == b.claim) == joined, second
    assert _when_told("Its army of 2000 troops left in March.") == (frozenset(), frozenset())


def test_a_length_abbreviated_or_spelt_otherwise_is_one_unit() -> None:
    assert {f.unit for f in parse_figures("It fell 1,180 km and then 20 kilometres and 500 metres away.")} == {
        "kilometer", "meter"}
    assert _disagree(_told("a", "The rocket fell 1,180 km east of the cape."),
                     _told("b", "The rocket fell 2,000 kilometres east of the cape."))
    a = statement("a", "The Orsk rocket fell into the sea some 2,000 km east of Cape Velko.")
    b = statement("b", "The Tarnian ministry said the Orsk rocket fell around 2,000 kilometers east of Cape Velko.")
    group_claims([a, b])
    assert a.claim == b.claim


def test_a_length_written_against_its_number_is_a_figure() -> None:
    assert [(f.value, f.unit) for f in parse_figures("It flew 1,700 miles (2,735km) and then 770kms.")] == [
        (1700, "mile"), (2735, "kilometer"), (770, "kilometer")]
    assert parse_figures("The 76ers met at the G20 on IE8.") == []


def test_speeds_and_lengths_written_against_their_number_compare_with_spaced_ones() -> None:
    glued = parse_figures("Winds of 50mph, then 30kmh, hit the 5ft wall.")
    spaced = parse_figures("Winds of 50 mph, then 30 kph, hit the 5 feet of wall.")
    assert [(f.value, f.unit) for f in glued] == [(f.value, f.unit) for f in spaced] == [
        (50, "mph"), (30, "km/h"), (5, "feet")]
    assert [(f.value, f.unit) for f in parse_figures("The 30cm-wide well is deep.")] == [(30, "centimeter")]
    assert _disagree(_told("a", "The storm brought winds of 50mph to Vell."),
                     _told("b", "The storm brought winds of 70 mph to Vell."))


def test_a_length_glued_to_m_or_joined_to_its_dimension_is_one_length_however_written() -> None:
    def lengths(text: str) -> list[tuple[float | None, str | None]]:
        return [(f.value, f.unit) for f in parse_figures(text)]

    assert lengths("The lamb slipped down the 25m dry shaft near Orvel.") == [(25, "meter")]
    assert lengths("The lamb slipped down the 50m-deep shaft near Orvel.") == [(50, "meter")]
    assert lengths("Diggers reached a depth of 12m by noon.") == [(12, "meter")]
    assert lengths("The berg rose 12m above the water line.") == [(12, "meter")]
    assert lengths("The lamb slipped down a 25-metre-deep shaft.") == lengths("The shaft is 25 metres deep.") == [
        (25, "meter")]
    assert lengths("The mast is 90-foot-tall.") == lengths("The mast is 90ft tall.") == [(90, "feet")]
    assert lengths("The pipe is 20cm wide.") == lengths("The pipe measured 20 centimetres wide.") == [
        (20, "centimeter")]
    # "m" after money, or before what millions count, is millions.
    assert lengths("The council spent £6m on the Orvel shaft.") == [(6e6, "GBP")]
    assert lengths("About 6m people live near the Orvel shaft.") == []
    assert _disagree(_told("a", "The lamb slipped down the 25m dry shaft on Friday."),
                     _told("b", "The lamb slipped down the 50m-deep shaft on Friday."))


def test_an_age_in_words_is_an_age_as_in_digits_not_a_count() -> None:
    assert parse_figures("A seven-year-old girl was found near the Orvel shaft.") == []
    assert parse_figures("The girl is seven years old.") == []
    # Rival ages of one girl, spelt either way, disagree; a verb after the age tells no one's age.
    assert _disagree(_told("a", "A seven-year-old girl was found near the shaft."),
                     _told("b", "The girl is eight years old, her aunt said."))
    assert figures.ages("The seven-year-old slipped into the shaft.") == []


def test_a_weight_in_pounds_before_its_noun_is_no_money_with_its_metric_weight_between() -> None:
    [pounds, kilos] = parse_figures("A 400-pound (181-kg) gorilla escaped from the zoo.")
    assert (pounds.value, pounds.unit, kilos.unit) == (400, "pound", "kilogram")


def test_opposite_happenings_are_judged_on_each_statements_own_words() -> None:
    """Each of two happenings that undo each other, told by one statement and not the other: two facts; a statement
    telling both (closed, then opened again) undoes nothing the other tells."""
    closed = _prepared(statement("a", "Tarnford Council closed the harbour bridge to traffic on Monday."))
    opened = _prepared(statement("b", "Tarnford Council opened the harbour bridge to traffic."))
    both = _prepared(statement("c", "Tarnford Council closed the harbour bridge on Monday and opened "
                                                  "it to traffic again on Friday."))
    assert _opposite_events(closed, opened) and _opposite_events(opened, closed)
    assert not _opposite_events(both, closed) and not _opposite_events(closed, both)
    assert not _opposite_events(closed, closed)


@pytest.mark.parametrize("undoing", [
    "Ground control regained contact with the Vellsat weather satellite on Friday.",
    "Ground control reestablished contact with the Vellsat weather satellite on Friday.",
])
def test_opposite_happenings_meet_in_any_written_form(undoing: str) -> None:
    """The table's words are read as the text's are: "regain" stems apart from "regained", "re-establish" is written
    "reestablished" too."""
    lost = _prepared(statement("a", "Ground control lost contact with the Vellsat weather satellite."))
    found = _prepared(statement("b", undoing))
    assert _opposite_events(lost, found) and _opposite_events(found, lost)


def test_grouping_compares_copies_of_the_cached_comparison_and_leaves_it_as_found() -> None:
    """``_prepared`` copies the comparison found with the article: weighing the dossier sets the copy's mass and names
    (and its sides are the copy's parts), never the cached parts a later grouping starts from."""
    found = statement("a", "Tarnford Council closed the harbour bridge on Monday, and divers inspected its pillars.")
    cached = found.comparison
    before = [vars(part).copy() for part in cached.sides]
    prepared = _prepared(found)
    _weigh([prepared])
    assert all(mine is not theirs for mine, theirs in zip(prepared.sides, cached.sides, strict=True))
    assert prepared.sides == (prepared.whole, *prepared.parts) and all(part.mass > 0 for part in prepared.sides)
    assert [vars(part) for part in cached.sides] == before
    first = group_claims([found])[0].id
    assert group_claims([found])[0].id == first


# --- issue 9: joins of different facts, junk figures, titles cut before their point ----------------------------


@pytest.mark.parametrize(("title", "fragment"), [
    ("It's been a hard season for the Vell harbour crew", True),
    ("We’re going to keep the harbour open all winter", True),
    ("I'm leaving the harbour board at the end of March", True),
    ("Roe's harbour board was closed for repairs on Monday", False),
])
def test_a_pronoun_with_a_contracted_verb_opens_a_fragment_title(title: str, fragment: bool) -> None:
    assert _eval_module().is_fragment(title) is fragment


def test_win_loss_records_are_figures_of_their_own_and_different_records_are_different_facts() -> None:
    # "went 9-3" in one season and "went 59-35-1" over a career share a coach and a verb, not a fact.
    assert not _joined("Roe went 9-3 and became the first interim coach to win the Vell award.",
                       "Roe went 59-35-1 as a head coach over five seasons with the Vells.")
    # One record told twice is one fact; a standing in brackets is an aside, not the fact told.
    assert _joined("Roe went 59-35-1 as a head coach over five seasons with the Vells.",
                   "Over five seasons with the Vells, Roe went 59-35-1 as a head coach.")
    assert _joined("The Vells (10-5-1) clinched a playoff spot with a win over the Tarns on Sunday.",
                   "The Vells clinched a playoff spot with a win over the Tarns on Sunday, finishing 11-5-1.")
    # A game's score at one moment is no record: "a 6-3 lead" and "tied at 6-6" may be one moment of one game.
    assert not _records("Roe blew a 6-3 lead in the eighth when Lee tied the game at 6-6.")


def test_an_adjective_between_a_number_and_its_noun_is_no_unit() -> None:
    [voids] = parse_figures("The loss leaves two big voids in the Vell roster.")
    assert voids.unit == "void" and voids.modifiers == ("big",)
    [sources] = parse_figures("Two law enforcement sources told the Vell Times.")
    assert sources.unit == "source"  # a short word before the noun is no unit (lang/en/stance.py SHORT_UNITS)
    [length] = parse_figures("The Vell harbour run is 10 km long.")
    assert length.unit == "kilometer"


@pytest.mark.parametrize("sentence", ['Dr. Ilse Roe told The Vell Athletic, "He was unresponsive, just a disaster."',
                                      'Ilse Roe told the Vell Times: "He was unresponsive, just a disaster."'])
def test_the_attribution_cut_from_a_title_takes_the_whole_name_of_whom_the_speaker_told(sentence: str) -> None:
    assert claim_clause(sentence) == '"He was unresponsive, just a disaster."'
    assert not title_of(sentence).startswith(("Vell", "Athletic", "Times"))


def test_a_span_of_time_is_given_for_no_date() -> None:
    # "three days later" is how long, not a count dated Nov. 15; a count in a dated sentence keeps its date.
    days, released = parse_figures("His tube was removed three days later, and 40 patients were released Nov. 15.",
                                   "Nov. 15")
    assert (days.unit, days.when) == ("day", None)
    assert released.when == "Nov. 15"


def test_things_of_one_kind_named_by_different_numbers_are_different_facts() -> None:
    # Two flights of one airline, two games of one series: the words are alike, the number names what is told of.
    assert not _joined("The two Vell players boarded Flight 3756 from Arlen to Tarnby, operated by Vell Air.",
                       "The two Vell players boarded Flight 1190 from Arlen to Tarnby, operated by Vell Air.")
    assert not _joined("The Vells beat the Tarns in Game 6 of the harbour series on Sunday night.",
                       "The Vells beat the Tarns in Game 7 of the harbour series on Sunday night.")
    # The same number, or a date or a count after a name, names nothing.
    assert _joined("The two Vell players boarded Flight 3756 from Arlen to Tarnby, operated by Vell Air.",
                   "Flight 3756, operated by Vell Air, was boarded by the two Vell players from Arlen to Tarnby.")
    for text in ("The Vell board gave Arlen 10 days to answer.", "Roe was hired by the Vells on Jan. 17, 2013.",
                 "After 15 seasons, Roe left the Vells.", "The Vells were crushed at Tarnby 49-15 on Sunday."):
        assert not _identifiers(text), text


@pytest.mark.parametrize(("first", "second"), [
    ("Vell star running back Ilse Roe, also on Twitter, praised the leadership of Jo Poe and Tom Lee.",
     "They lost running back Ilse Roe in Week 1 and quarterback Jo Poe in Week 7, forcing Tom Lee to change plans."),
    ("Ilse Roe, the first base coach for the Vell Series champions, lost color and became less responsive on stage.",
     "Vell Series first base coach Ilse Roe nearly died and escaped brain damage during the ordeal."),
])
def test_statements_sharing_only_whom_they_tell_of_stay_apart(first: str, second: str) -> None:
    # The same people, described alike, and each its own verb: two things told of them.
    assert not _joined(first, second)


def test_statements_sharing_only_the_storys_names_each_of_another_actor_stay_apart() -> None:
    # Roe and the Democrats are in every article: a school's word on Roe's threat and the Democrats' attack on him
    # share only them, each told of another actor, and are two facts (issue 9).
    texts = ["Last year a Vell school said Roe threatened to strip it of its funding if it did not rescind a job offer"
             " to Democratic leader Ann Lee.",
             "Democrats have been pounding Roe, saying that he needs to step down.",
             "Polls in Tarnby show Roe trailing the Democrats by eight points."]
    assert _claim_count(*texts) == 3


def test_statements_of_one_act_of_the_storys_people_in_other_words_join() -> None:
    # The same couple is the subject of both, though one outlet's subject is a woman alone: one fact.
    statements = _outlets_statements(
        "Ann Lee and Jo Roe have broken up.",
        "Singer Ann Lee announced to her fans on Monday that she and her husband, the actor Jo Roe, had split over the"
        " summer.",
        "Tickets for the Tarnby festival of Ann Lee and Jo Roe sold out within an hour on Friday.")
    group_claims(statements)
    broken_up, announced, tickets = (next(s for s in statements if s.article == f"a{i}") for i in range(3))
    assert broken_up.claim == announced.claim != tickets.claim


def test_statements_sharing_a_described_person_and_what_is_told_of_them_join() -> None:
    assert _joined("Vell running back Ilse Roe signed a new three-year contract with the Tarns on Monday.",
                   "Running back Ilse Roe agreed a new three-year contract with the Tarns on Monday.")


def test_a_title_is_what_was_said_not_the_long_words_before_the_saying_verb() -> None:
    sentence = ("When asked after the awards whether it was a mistake not to offer Ilse Roe a solo spot, Ken Poe, "
                "the longtime producer of the show, said, "
                "\u201cThere\u2019s no way we can really deal with everybody.\u201d")
    assert title_of(sentence) == "There\u2019s no way we can really deal with everybody"
    # A quotation broken by its verb is one: its last part alone is no title.
    broken = ("\u201cWhen they turned on me after the accident at the Vell harbour,\u201d she says, \u201cI went from "
              "being a creative contributor and performer to being like a broken tool.\u201d")
    assert not title_of(broken).startswith("I went")


@pytest.mark.parametrize("sentence", [
    "He said he was planning to stay in the Vell area and that his foundation would keep its work going.",
    "The board said that the harbour bridge is closed and that the ferry will run.",
])
def test_a_title_is_the_first_of_two_clauses_of_reported_speech(sentence: str) -> None:
    assert "and that" not in title_of(sentence)


def test_a_that_which_is_a_pronoun_opens_no_second_clause_of_reported_speech() -> None:
    assert title_of("The harbour board said the port has only one product and that is its ferry service.").endswith(
        "and that is its ferry service")


@pytest.mark.parametrize(("sentence", "opening"), [
    ("Rather the second stage of the Vell rocket is to fire three times to reach the orbit.", "The second stage"),
    ("Rather than wait for the board, the Vell harbour crew closed the bridge on Monday.", "Rather than wait"),
])
def test_a_title_drops_a_leading_rather_but_not_rather_than(sentence: str, opening: str) -> None:
    assert title_of(sentence).startswith(opening)


# --- review 14/15: play-by-play is no speech, a product's number no count ------------------


@pytest.mark.parametrize("sentence", [
    "Jo Roe added a 10-yard touchdown run late in the third quarter.",
    "Lee Doe added two goals in the second half.",
    "The Vell Owls added a field goal to lead 10-3.",
])
def test_added_with_a_noun_object_is_an_act_not_speech(sentence: str) -> None:
    assert find_source(sentence) is None
    assert claim_clause(sentence) == sentence


@pytest.mark.parametrize(("sentence", "source", "clause"), [
    ("Jo Roe added that the plant would close in May.", "Jo Roe", "the plant would close in May."),
    ("Jo Roe added the plant would close in May.", "Jo Roe", "the plant would close in May."),
])
def test_added_with_a_clause_still_reports_speech(sentence: str, source: str, clause: str) -> None:
    assert find_source(sentence) == source
    assert claim_clause(sentence) == clause


def test_two_outlets_telling_a_play_agree_rather_than_quote_the_player() -> None:
    found = []
    for id_, outlet in (("a", "vell.example"), ("b", "tarn.example")):
        text = article(id_, "The Vell Owls beat the Tarn Hawks on Sunday.",
                       "Jo Roe added a 10-yard touchdown run late in the third quarter.", outlet=outlet)
        mentions = find_mentions(text)
        found += [s for s in find_statements(text, find_quotes(text, mentions), mentions) if s.paragraph == 1]
    claims = group_claims(found)
    assert [s.source_name for s in found] == [None, None]
    assert [c.status for c in claims if len(c.statements) == 2] == ["agreed"]


@pytest.mark.parametrize("text", [
    "Acme said the update will reach Zorb 2 users in the coming days.",
    "Owners of the Vell 3 phones can now take sharper photos.",
    "The chip is built into the Zorb 2 and Zorb 2 XL handsets.",
])
def test_a_digit_after_a_product_name_is_part_of_the_name(text: str) -> None:
    assert [f.value for f in parse_figures(text) if f.value in (2, 3)] == []


def _referents(*paragraphs: str) -> list[str | None]:
    text = article("a", *paragraphs)
    mentions = find_mentions(text)
    return [s.referent for s in find_statements(text, find_quotes(text, mentions), mentions)]


@pytest.mark.parametrize("paragraphs", [
    # Two people in the sentence before: "he" may be either.
    ("Tom Vell threw a pass to Sam Lee in the second quarter. He left the game to be evaluated for a concussion.",),
    # The sentence before names no one the article knows as a person: the last one named is further back.
    ("Sam Lee caught two passes early on.",
     "The Owls were sacked again on the next drive. He left the game to be evaluated for a concussion."),
    # The "he" before meant Tom Vell, and that sentence names Sam Lee too.
    ("Tom Vell was sacked on the drive.", "He threw a pass to Sam Lee.", "He left the game to be evaluated."),
])
def test_a_pronoun_is_resolved_only_when_one_person_is_sure(paragraphs: tuple[str, ...]) -> None:
    assert _referents(*paragraphs)[-1] is None


def test_a_pronoun_after_a_sentence_naming_one_person_is_that_person() -> None:
    assert _referents("Sam Lee caught two passes early on. Tom Vell was sacked again on the next drive.",
                      "He left the game to be evaluated for a concussion.")[-1] == "Tom Vell"


def _toll_claim(published: str | None, first: str = "At least five people") -> Claim:
    found = [find_statements(Article(id=id_, source_file=f"{id_}.txt", title=id_, paragraphs=[text], outlet=outlet,
                                     published=published), [], [])[0]
             for id_, text, outlet in (("a", f"{first} are dead after a tram overturned in Vell town.",
                                        "vell.example"),
                                       ("b", "Seven people have died after a tram overturned in Vell town.",
                                        "tarn.example"))]
    [claim] = group_claims(found)
    return claim


def test_undated_tolls_that_differ_are_shown_differing() -> None:
    # No date anywhere: neither count reads as the other's update, so they are not shown as agreeing.
    assert _toll_claim(None, "Five people").disagreement
    # Told the same day, "five" and "seven" differ; "at least five" allows seven: no rival.
    assert _toll_claim("2026-03-02", "Five people").disagreement
    assert not _toll_claim("2026-03-02").disagreement


def test_an_undated_lower_bound_the_other_toll_meets_agrees_with_it() -> None:
    # "At least five" dead is true of seven dead, dated or not.
    assert not _toll_claim(None).disagreement
    assert not _toll_claim(None, "More than five people").disagreement


@pytest.mark.parametrize("published", [None, "2026-03-02"])
def test_a_toll_claim_is_titled_by_its_higher_count_not_a_lower_bound_another_member_exceeds(
        published: str | None) -> None:
    # reviewer35 (croydon_tram_trash): the shorter "At least five people are dead…" titled the claim BBC's "Seven
    # people have died and dozens more…" is in, so the front page showed the lowest toll as what the outlets agree on.
    found = [find_statements(Article(id=id_, source_file=f"{id_}.txt", title=id_, paragraphs=[text], outlet=outlet,
                                     published=published), [], [])[0]
             for id_, text, outlet in (("a", "At least five people are dead after a tram overturned in Vell town.",
                                        "vell.example"),
                                       ("b", "Seven people have died and dozens more have been injured after a tram "
                                             "overturned in Vell town.", "tarn.example"))]
    [claim] = group_claims(found)
    assert claim.summary.startswith("Seven people have died")


def test_a_count_after_a_conjunction_tells_its_own_event() -> None:
    figures = parse_figures("A gunman killed at least 12 people and wounded over 40 at a fair in Vell town.")
    assert [(f.text, f.counted) for f in figures] == [("at least 12", "killed"), ("over 40", "injured")]
    # A conjunction joining two nouns opens no other event: the houses were damaged.
    assert [f.counted for f in parse_figures("About 1,500 houses and buildings were damaged in Vell town.")] == [
        "house damaged"]


@pytest.mark.parametrize(("text", "title"), [
    ("The Vell depot will close at 5 p.m.", "The Vell depot will close at 5 p.m."),
    ('"Terrible accident in Vell," Jo Roe said in a tweet, "my thoughts are with the families".',
     '"Terrible accident in Vell," Jo Roe said in a tweet, "my thoughts are with the families"'),
    ('"Terrible accident in Vell," Jo Roe said in a tweet, "my thoughts and prayers are with the victims and their '
     'families and with everyone in the town of Vell tonight".',
     '"Terrible accident in Vell," Jo Roe said in a tweet, "my thoughts and prayers are with the victims and their '
     'families and with everyone…"'),
])
def test_a_title_keeps_an_abbreviations_stop_and_pairs_its_quotation_marks(text: str, title: str) -> None:
    assert summarise([Statement(article="a", paragraph=0, text=text)]) == title


def test_a_quote_opening_on_a_pronoun_is_titled_as_its_speakers_words() -> None:
    text = 'Jo Roe, who lives near the depot, told the Vell Post: "It happened on a sharp bend near the stop."'
    assert summarise([Statement(article="a", paragraph=0, text=text, source_name="Jo Roe")]) == (
        "Jo Roe: “It happened on a sharp bend near the stop”")


def test_a_pronoun_after_a_sentence_opening_on_the_same_sure_pronoun_is_that_person() -> None:
    assert _referents("Tom Vell lost the fight on Sunday.", "And worse than that, he did not even fight.",
                      "He spent a lot of time on the ropes in the third round.")[-1] == "Tom Vell"


def test_a_colon_spaced_off_its_saying_verb_still_opens_what_was_said() -> None:
    text = 'Asked what he had seen he added : "There was a woman on top of me and she was not moving."'
    assert claim_clause(text) == '"There was a woman on top of me and she was not moving."'


def test_comparison_read_from_the_cache_shares_its_empty_sets_and_keeps_the_rest() -> None:
    """Unpickling makes a new empty frozenset for each field (216 bytes each, most of the cached comparison data): the
    comparison read back holds the one shared empty set instead, and equals what was pickled, filled fields too."""
    import pickle

    found = statement("a", "Tarnford Council closed the harbour bridge on Monday, and divers inspected its pillars.")
    cached = found.comparison
    read = pickle.loads(pickle.dumps(cached, protocol=pickle.HIGHEST_PROTOCOL))
    assert read == cached and read.sides == (read.whole, *read.parts)
    empty = [value for part in (read, *read.sides) for value in vars(part).values()
             if type(value) is frozenset and not value]
    assert empty and all(value is _NONE for value in empty)
    assert read.when is _NONE_PAIR and read.whole.terms == cached.whole.terms and read.whole.terms
    assert read.whole.counts is not cached.whole.counts


def test_a_statements_equal_stem_sets_are_one_object_and_keep_their_values() -> None:
    """``_prepare`` makes equal sets of one statement one object (a one-proposition clause's first stems are its
    terms): less to cache and to read back, the same values."""
    text = "Tarnford Council closed the harbour bridge."
    prepared = _prepare(statement("a", text))
    filled = [value for holder in (prepared, *prepared.sides) for value in vars(holder).values()
              if type(value) is frozenset and value]
    assert prepared.first_stems == prepared.whole.terms
    assert all(one is other for one in filled for other in filled if one == other)
    first = claims_module.propositions(claims_module.claim_clause(text))[0][0]
    assert prepared.first_stems == frozenset(_content_stems(first))


@pytest.mark.parametrize(("sentence", "clause"), [
    # A date written with commas, or a source relayed in an aside, between the verb and "that" is how it was said.
    ("The harbour board said Friday, Dec. 29, 2017, that the ferry would stop running.",
     "the ferry would stop running."),
    ("Jo Roe said this week, citing unnamed officials, that the mill would close.", "the mill would close."),
    # "in a statement" says how, not what: what was said follows it.
    ("The harbour board said in a statement it had received a bid for the ferry.",
     "it had received a bid for the ferry."),
    ('The harbour board said in a statement: "The ferry will stop running."', '"The ferry will stop running."'),
    # "a statement that was posted online" is the statement, not what it said.
    ("The harbour board said in a statement that was posted online it would sell the ferry.",
     "it would sell the ferry."),
])
def test_how_and_when_it_was_said_is_not_the_claim_clause(sentence: str, clause: str) -> None:
    assert claims_module.claim_clause(sentence) == clause


@pytest.mark.parametrize(("text", "unit", "counted"), [
    # A vague amount counts many: an adjective before its noun is not the unit, nor a participle the counted thing.
    ("The valley felt dozens of strong tremors overnight.", "tremor", "tremor"),
    # Pounds a thing weighs are a weight; money stays money.
    ("The bull weighs 900 pounds.", "lb", "lb"),
    ("It was a calf that's over 300 pounds.", "lb", "lb"),
    ("The repair cost 900 pounds.", "GBP", "GBP"),
    # A speed is no distance.
    ("The tram was going at 30 km/h when it left the rails.", "km/h", "km/h"),
    ("The tram was going at 30km/h when it left the rails.", "km/h", "km/h"),
])
def test_the_unit_of_a_figure_is_what_it_counts(text: str, unit: str | None, counted: str) -> None:
    [figure] = parse_figures(text)
    assert (figure.unit, figure.counted) == (unit, counted)


@pytest.mark.parametrize(("text", "units"), [
    # Pounds are a weight or a force where the words around them say so, not pounds sterling.
    ("The Vell rocket will lift 140,000 pounds (63,500kg) of cargo into orbit.", ["lb", "kilogram"]),
    ("Its engines give 5.1 million pounds of thrust at liftoff.", ["lb"]),
    ("The crane can haul up to 62,000 pounds to the top of the tower.", ["lb"]),
    # Money where they say that.
    ("The court ordered him to pay compensation of 182 pounds ($282).", ["GBP", "USD"]),
    ("The council wasted 2 million pounds of taxpayers' money on the bridge.", ["GBP"]),
    # A nation's adjective before them names its pounds; one the table does not know leaves them pounds.
    ("The court fined each of them 30,000 Egyptian pounds ($1,688).", ["EGP", "USD"]),
    ("The bank lent the port 2 million Lebanese pounds.", ["LBP"]),
    ("The ferry was sold for 3 million British pounds.", ["GBP"]),
    ("The ferry was sold for 3 million Vellish pounds.", ["pounds"]),
    # Else either: compared with no money and no weight.
    ("The new engines give the Vell rocket 5.1 million pounds at liftoff.", ["pounds"]),
    # A weight in kilograms however written.
    ("A Vell rocket will carry a 425kg relay satellite.", ["kilogram"]),
])
def test_pounds_are_money_only_with_money_words(text: str, units: list[str]) -> None:
    assert [figure.unit for figure in parse_figures(text)] == units


@pytest.mark.parametrize(("opening", "units"), [
    # An article of a nation whose money is pounds gives its plain pounds of money in that nation's currency.
    ("A Vell court in Egypt sentenced the former minister on Monday.", ["EGP", "USD"]),
    # Of no such nation, pounds sterling; of two, unknown; "sterling" says which whatever the article names.
    ("A Vell court sentenced the former minister on Monday.", ["GBP", "USD"]),
    ("A Vell court in Egypt sentenced a British tourist on Monday.", ["pounds", "USD"]),
])
def test_plain_pounds_of_money_are_those_of_the_nation_the_article_names(opening: str, units: list[str]) -> None:
    article = Article(id="a", source_file="a.txt", title="Vell court", paragraphs=[
        opening, "Five other defendants were fined 30,000 pounds (about $1,700) each."])
    [fined] = [s for s in find_statements(article, [], []) if "fined" in s.text]
    assert [f.unit for f in fined.figures if f.unit != "defendant"] == units
    sterling = Article(id="b", source_file="b.txt", title="Vell court", paragraphs=[
        "A Vell court in Egypt sentenced the minister.", "He was fined 30,000 pounds sterling by the court on Monday."])
    assert [f.unit for s in find_statements(sterling, [], []) for f in s.figures] == ["GBP"]


def _claims_of(texts: list[str]) -> list[list[str]]:
    found = [find_statements(Article(id=f"a{i}", source_file=f"a{i}.txt", title="t", paragraphs=[text],
                                     outlet=f"o{i}.example"), [], [])[0] for i, text in enumerate(texts)]
    return [[statement.text for statement in claim.statements] for claim in group_claims(found)]


def _claims_of_articles(articles: list[list[str]]) -> list[list[str]]:
    found = [statement for i, paragraphs in enumerate(articles)
             for statement in find_statements(Article(id=f"a{i}", source_file=f"a{i}.txt", title="t",
                                                      paragraphs=paragraphs, outlet=f"o{i}.example"), [], [])]
    return [[statement.text for statement in claim.statements] for claim in group_claims(found)]


_SHOT = "Rangers shot and killed a 12-year-old bear that mauled and dragged a hiker who strayed into its den on Sunday."
_KILLED = ("After a young hiker wandered into the bear den on a crowded Sunday at Tarn Park, a ranger team killed the "
           "bear to save the hiker.")


def test_two_outlets_opening_on_one_act_in_their_own_words_tell_one_claim() -> None:
    """Two articles open on the story's event, one act told with two verbs of it ("shot and killed" / "killed") and
    different circumstances: one claim, though their words alone share too little."""
    assert _claims_of_articles([[_SHOT], [_KILLED]]) == [[_SHOT, _KILLED]]
    # Two acts (the mauling, the killing) in two openings stay two claims.
    mauled = "A 12-year-old bear mauled and dragged a hiker who strayed into its den on Sunday, rangers said."
    assert len(_claims_of_articles([[mauled], [_KILLED]])) == 2


def test_one_precise_sum_and_what_it_is_of_told_by_two_outlets_is_one_claim() -> None:
    bill = "A Vell woman says she went online to check her electric bill and was stunned at the amount: more than {}."
    # The same $312 billion and the bill it is of: one fact, however little else the two sentences share.
    assert len(_claims_of(["Jo Roe of Tarn received a bill of more than $312 billion.",
                           bill.format("$312 billion")])) == 1
    # Not a round sum, nor one whose noun the other does not write.
    assert len(_claims_of(["Jo Roe of Tarn received a bill of more than $300 billion.",
                           bill.format("$300 billion")])) == 2
    assert len(_claims_of(["Jo Roe of Tarn was sent an invoice of $312 billion.", bill.format("$312 billion")])) == 2


@pytest.mark.parametrize("text", [
    "If all goes according to plan, the Vell probe will land on the moon next week.",
    "The Vell ferry left the harbour on Monday, according to schedule.",
])
def test_according_to_a_plan_is_no_source_and_no_report(text: str) -> None:
    # A standard kept, told in the outlet's own voice: no source "plan", not relayed at one remove.
    assert find_source(text) is None
    [statement] = find_statements(Article(id="a", source_file="a.txt", title="t", paragraphs=[text]), [], [])
    assert statement.stance == "asserts"
    assert "plan" in claim_clause("The Vell launch did not go according to plan.")


def test_according_to_reports_is_a_report_with_no_source() -> None:
    assert find_source("The Vell ferry sank on Monday, according to local reports.") is None
    assert find_source("The Vell ferry sank on Monday, according to the coastguard.") == "the coastguard"
    [statement] = find_statements(Article(id="a", source_file="a.txt", title="t", paragraphs=[
        "The Vell ferry sank on Monday, according to reports."]), [], [])
    assert statement.stance == "reports"


def test_ages_listed_after_ages_are_no_counts() -> None:
    assert parse_figures("Her sons, ages 7 and 12, were unharmed.") == []
    assert parse_figures("Two girls, aged 11 and 14, were found.")[1:] == []


def test_one_number_of_people_told_under_two_nouns_is_a_restatement() -> None:
    guards, officers = parse_figures("Two guards were hurt."), parse_figures("Two officers were hurt.")
    assert _numbers_match(guards, officers)
    assert not _numbers_match(guards, parse_figures("Three officers were hurt."))


_LEDGER_STORY = ["The leaked ledgers of the Tarvo law office cover forty years of its clients' accounts.",
                 "Prosecutors in three countries opened inquiries into the Tarvo clients on Monday.",
                 "The Tarvo office said it had always followed the rules of every country it worked in.",
                 "Reporters at eleven newspapers spent a year reading the ledgers before publishing.",
                 "Its economy grew faster than any other in the region last year, officials said."]


def test_statements_sharing_only_a_place_of_several_words_stay_apart() -> None:
    # "United Arab Emirates" is one place, not three shared words: where, not what was done there.
    superlative = statement("a", "The United Arab Emirates forms more trusts than anywhere.", outlet="Gazette")
    cousins = statement("b", "The minister's cousins were directors of firms set up in the United Arab Emirates.",
                        outlet="Courier")
    group_claims([superlative, cousins, *(statement(f"c{i}", text) for i, text in enumerate(_LEDGER_STORY))])
    assert superlative.claim != cousins.claim


def test_statements_telling_one_act_in_a_place_of_several_words_stay_together() -> None:
    first = statement("a", "The minister's cousins set up two trading firms in the United Arab Emirates in 2009.",
                      outlet="Gazette")
    second = statement("b", "Two trading firms were set up in the United Arab Emirates by the minister's cousins "
                            "in 2009.", outlet="Courier")
    group_claims([first, second, *(statement(f"c{i}", text) for i, text in enumerate(_LEDGER_STORY))])
    assert first.claim == second.claim


def test_the_main_verb_follows_an_opening_clause() -> None:
    # "When … began, …": the beginning tells when; what each statement tells is after the comma.
    assert claims_module.main_predicate("When the second half began, the Rovers were unstoppable.") is None
    assert claims_module.main_predicate("Just as fans began to doubt them, the Rovers won six games.") == "win"
    scored = statement("a", "When extra time began, the Rovers scored twice.", outlet="Gazette")
    unstoppable = statement("b", "When the second half began, the Rovers were unstoppable.", outlet="Courier")
    group_claims([scored, unstoppable])
    assert scored.claim != unstoppable.claim


def test_grouping_reads_each_statements_time_of_act_and_state_from_its_comparison_data(monkeypatch) -> None:
    """A rebuild's grouping reads what ``_conflict`` and ``_link_contradictions`` ask of one statement (when it tells
    its act, the state it tells with a copula) from the comparison data found with its article, not by parsing its
    text again for each pair: the same verdicts with the parsers gone."""
    past = statement("a", "Sheriff Jo Roe endorsed Ann Lee in 2008, choosing her over fellow Vellian Bo Stark.")
    future = statement("b", "It remains to be seen how much an endorsement from Sheriff Jo Roe will help Cy Dunn "
                            "in the state.")
    denial = statement("c", "The Vell orbital station is not out of control and people living under it are not in "
                            "danger, a leading engineer has said amid fears it could fall.")
    asserted = statement("d", "The Vell orbital station has been completely out of control for months now, and "
                              "agencies across the world are expecting it to come down in March.")
    forecast = [statement(x, "Agencies across the world are expecting the Vell orbital station to come down in March, "
                             "astronomer Jo Roe said.") for x in "ef"]

    def unread(text: str) -> None:
        raise AssertionError(f"parsed again while grouping: {text}")

    patch_stage(monkeypatch, "claims", "_time_of_act", unread)
    patch_stage(monkeypatch, "claims", "_state", unread)
    assert _conflict(_prepared(past), _prepared(future))
    claims = {c.id: c for c in group_claims([past, future, denial, asserted, *forecast])}
    assert past.claim != future.claim
    assert claims[denial.claim].contradicts == [asserted.claim]


def test_a_source_reported_after_the_clause_is_no_subject_of_its_title() -> None:
    """", the state-run Vell Gazette reported" after a clause opening on "It" (the court named before): the title
    leaves the report out; it never makes the newspaper the one that ordered the fines."""
    text = article("a", "A court in Vell convicted 12 traders of fraud on Monday.",
                   "It also ordered seven of the traders, including Jo Roe, to pay 500 dollars each to a union of "
                   "dockers known as the \"Harbour Club,\" state-run Vell Gazette newspaper reported.")
    mentions = find_mentions(text)
    found = find_statements(text, find_quotes(text, mentions), mentions)
    ordered = next(s for s in found if "also ordered" in s.text)
    assert ordered.referent is None
    assert "Gazette" not in summarise([ordered])


def test_one_count_of_things_sent_to_different_places_is_no_shared_fact() -> None:
    # The same small count of one thing, the same country and verb: sent to two places, four probes in all.
    mars = statement("a", "In March, Vellonia's space agency announced plans to launch two probes to Mars, and one "
                          "to Jupiter.")
    far = statement("b", "As per the latest reports, Vellonia will be launching two probes to the lunar far side.")
    group_claims([mars, far])
    assert mars.claim != far.claim
    # Sent to one place, however differently worded, the two still tell one fact.
    again = statement("c", "Vellonia will launch two probes to the far side of the moon next year.")
    group_claims([far, again])
    assert far.claim == again.claim


def test_a_name_and_its_role_running_on_to_the_verb_name_the_source() -> None:
    # The role holds a book's title with a colon and no comma closes it: the source is the person, not the subtitle.
    assert find_source("Jo Roe, space analyst and author of Vell in Orbit: The Long Climb said that "
                       "Vellonians are pushing the frontier with such a hard mission.") == "Jo Roe"
    assert find_source("Jo Roe, a glaciologist from Vell University, said the ice melted.") == "Jo Roe"


def test_statements_sharing_only_a_phrase_naming_one_thing_tell_different_facts() -> None:
    # Each tells something of its own about the programme: no verb, happening or figure in common.
    step = statement("a", "The new rover is the latest step in Vellonia's deep sea exploration programme.")
    others = statement("b", "It is not just the Tarnish who have a programme of deep sea exploration.")
    began = statement("c", "Vellonia's deep sea exploration programme began in 2007 with a simple survey ship.")
    group_claims([step, others, began])
    assert len({step.claim, others.claim, began.claim}) == 3
    # The same phrase and the same year: one fact told twice.
    started = statement("d", "Vellonia started its deep sea exploration programme in 2007 with one survey ship.")
    group_claims([began, started])
    assert began.claim == started.claim


def test_statements_sharing_only_a_phrase_both_quote_report_one_utterance() -> None:
    # The speaker's own words, quoted by both: what both tell is that the speaker said them.
    assert _joined_to("Speaking to a newspaper, Jo Roe called the accident “the biggest regret of my life.”",
                      _quoted_by("Beyond one of the biggest regrets of my career, it is one of the biggest regrets of "
                                 "my life.", "Jo Roe"))
    # Two sentences of one speech, each quoted whole, sharing a phrase: two things said.
    assert not _joined_to("“I am the harbour master of the free city of Vell, but I am also a fisherman's son,” "
                          "Roe said.",
                          _quoted_by("The same boy who got stopped on the old bridge is now the harbour master of the "
                                     "free city of Vell.", "Jo Roe"))


def test_others_tried_with_someone_are_the_same_defendants_however_named() -> None:
    # One verdict told twice: "19 others" and "19 other defendants" count the same people.
    convicted = statement("a", "A Vell court on Saturday convicted former mayor Jo Roe and 19 others of insulting the "
                               "judges, and sentenced them to three years in prison.")
    sentenced = statement("b", "A Vell court sentenced former mayor Jo Roe to three years in prison along with 19 "
                               "other defendants for insulting the judges.")
    group_claims([convicted, sentenced])
    assert convicted.claim == sentenced.claim


def test_a_claims_title_is_an_outlets_own_words_before_a_named_sources_it_relays() -> None:
    own = statement("b", "A gunman shot dead 12 people at an open-air music festival in Vellton on Sunday night, "
                         "the city police said.")
    text = article("c", "The gunman, who killed 12 people in Vellton, acted for the Vell Front, according to a website "
                        "the Vell Front runs.")
    [relayed] = find_statements(text, [], find_mentions(text))
    assert (relayed.stance, relayed.source_name) == ("reports", "Vell Front")
    [claim] = group_claims([own, relayed])
    # The shorter title would tell a reader the outlets agree the gunman acted for the Front.
    assert claim.summary == "A gunman shot dead 12 people at an open-air music festival in Vellton on Sunday night"


def _outlets_statements(*texts: str) -> list[Statement]:
    """Each text one article of its own outlet, read with its mentions and quotes as the build reads it."""
    return [statement for i, text in enumerate(texts)
            for statement in _found(Article(id=f"a{i}", source_file=f"a{i}.txt", title="t", paragraphs=[text],
                                            outlet=f"o{i}.example"))]


def _claim_count(*texts: str) -> int:
    return len(group_claims(_outlets_statements(*texts)))


def test_one_figure_two_outlets_restate_in_their_own_words_is_one_claim() -> None:
    # The same width of the same well, as a diameter and as a width; the same depth, a conversion beside it.
    assert _claim_count("The 25cm-diameter well is too narrow for an adult to climb down.",
                        "The dry well measured just 25 centimetres wide (9.8 inches).") == 1
    assert _claim_count("A farmer said the well was about 60 metres deep.",
                        "The girl fell down a 60-metre-deep well (197 feet) on her uncle's farm.") == 1


def test_one_figure_with_nothing_else_of_what_it_measures_in_common_stays_apart() -> None:
    # Two things 25 centimetres wide; a figure of one well in another figure's sentence; one outlet's two sentences.
    assert _claim_count("The 25cm-diameter well is too narrow for an adult to climb down.",
                        "Thieves cut a hole 25 centimetres wide in the fence.") == 2
    assert _claim_count("The 25cm-diameter well is too narrow for an adult to climb down.",
                        "The dry well measured just 30 centimetres wide (11.8 inches).") == 2
    # A span of time is of anything.
    assert _claim_count("Vellmark is holding a three-day festival of the poet's life.",
                        "I have been sick for three days and want to make it to the festival.") == 2
    # A figure the other does not give: more than a restatement of the one they share.
    assert _claim_count("In addition to the 21 hostages, a 20-month-old boy born to one of them was freed, it said.",
                        "The governor said he welcomed the release of the 21 hostages before boarding a plane.") == 2
    same_outlet = [statement for text in ("The 25cm-diameter well is too narrow for an adult to climb down.",
                                          "The dry well measured just 25 centimetres wide (9.8 inches).")
                   for statement in _found(Article(id=text[:8], source_file="a.txt", title="t", paragraphs=[text],
                                                   outlet="one.example"))]
    assert len(group_claims(same_outlet)) == 2


def test_pair_features_tell_each_rule_apart() -> None:
    # What a learned pair score reads (scripts/train_pairs.py): two flights of two years share all their words, and the
    # year veto alone zeroes their pair score; the features give the words' overlap and name the veto.
    earlier, later = _outlets_statements("The Orsk rocket flew over Tarnia in 2009, alarming its neighbours.",
                                         "The Orsk rocket flew over Tarnia in 2017, alarming its neighbours.")
    found = story_pair_features([earlier, later])(earlier, later)
    assert found.score == 0 and found.part > 0.7 and found.vetoes == {"dated_apart"} and found.kept_apart
    # One flight told twice: the rule score, no veto.
    first, second = _outlets_statements("The Orsk rocket flew over Tarnia on Tuesday, alarming its neighbours.",
                                        "An Orsk rocket flew over Tarnia, alarming its neighbours, on Tuesday.")
    found = story_pair_features([first, second])(first, second)
    assert found.score == found.part > 0.7 and not found.vetoes and not found.kept_apart


def test_statements_sharing_only_places_or_one_persons_name_and_places_stay_apart() -> None:
    # Where the girl fell and where her uncle dug are one place; what each tells is its own: never linked, however
    # many words of the place they share.
    where = "the village of Dunmorrow in Harrowgate County, Tarnshire, Quellmark"
    fell, dug = _outlets_statements(
        f"The girl, named Mira Castell by local media, fell into the deserted well on a farm in {where}.",
        f"Her uncle, Tobin Ashgrove, told a reporter that he only saw a pile of dry mud at the bottom of the well as "
        f"he dug this morning in {where}.")
    prepared = [_prepared(fell), _prepared(dug)]
    assert _pair_score(*prepared, _weigh(prepared)) == 0
    # One article's two sentences of one woman of one town: a bill, and a way of putting it.
    statements = _found(Article(id="a", source_file="a.txt", title="t", paragraphs=[
        "Mira Castell of Dunmorrow, Harrowgate, received a bill of more than $2,000 for the rescue.",
        "Well, Mira Castell of Dunmorrow, Harrowgate, was in that boat."]))
    assert len(group_claims(statements)) == 2
    # A count of one kind of thing in both is more than where: one fact.
    assert len(group_claims(_found(Article(id="a", source_file="a.txt", title="t", paragraphs=[
        "The US economy added 412,000 jobs in October, far more than Wall Street expectations.",
        "The 412,000 new jobs added to payrolls in October were twice the figure Wall Street economists had forecast."
    ])))) == 1
    # Places and a word of what happened in common ("investigations", no title here): linked as ever.
    announced, vowed = _outlets_statements(
        "Germany, Spain and the Netherlands have announced investigations into revelations in the leaked files.",
        "However, Britain, Spain, Germany and Mexico have vowed investigations for possible tax evasion.")
    prepared = [_prepared(announced), _prepared(vowed)]
    assert _pair_score(*prepared, _weigh(prepared)) > 0
    # Sharing where and what happened there still joins.
    assert _claim_count("The girl fell into the deserted well in the village of Dunmorrow in Harrowgate County.",
                        "A girl has fallen into a deserted well in the village of Dunmorrow, Harrowgate County.") == 1


def test_statements_sharing_only_an_occasions_name_stay_apart() -> None:
    # When both happened, and nothing of what: the ferry's landing and the crew's celebrating are two facts.
    landed, celebrate = _outlets_statements(
        "The ferry docked in Vellport at 9:15 a.m. on New Year's Eve.",
        "Its passengers will have the rare chance of celebrating New Year's Eve twice.")
    prepared = [_prepared(landed), _prepared(celebrate)]
    assert _pair_score(*prepared, _weigh(prepared)) == 0
    # The occasion and what happened on it in common: one fact.
    assert _claim_count("The ferry docked in Vellport on New Year's Eve after a stormy crossing.",
                        "On New Year's Eve the ferry docked in Vellport, after a stormy crossing.") == 1


def test_statements_sharing_only_the_game_a_score_names_stay_apart() -> None:
    # Two acts after one game, among a town's other news: telling the squad, and retiring. The game is when.
    statements = _outlets_statements(
        "He told his squad after the 31-28 victory over the Harnwick Otters.",
        "The council approved a new budget for the harbour on Tuesday.",
        "Flooding closed three roads near the river bridge overnight.",
        "A new bakery opened in the market square last week.",
        "Orrin retired after a 31-28 win over the Harnwick Otters.")
    group_claims(statements)
    told, retired = statements[0], statements[-1]
    assert told.claim != retired.claim
    # The same act after the game, told by two outlets: still one fact.
    assert _claim_count("He told his squad after the 31-28 victory over the Harnwick Otters.",
                        "Orrin told the squad after a 31-28 win over the Harnwick Otters.") == 1


def test_a_title_is_not_an_outlets_reading_of_what_a_speaker_referred_to() -> None:
    """One outlet narrates the speech ("then turned to the council, apparently referring to…"), the others tell the
    audit it points at: the title is the audit, not what only that outlet says the mayor did."""
    texts = ["Mayor Lund then turned to the council, apparently referring to its audit of the harbour fund.",
             "The council's auditors examined the harbour fund as part of a wider inquiry into spending by the city of "
             "Vell over several years.",
             "Last spring the harbour fund was audited by the council during an inquiry into whether officials broke "
             "the rules on grants."]
    outlets = ["Vell Post", "Tarn Times", "Harbour News"]
    statements = [statement(article, text, outlet=outlet)
                  for article, text, outlet in zip("abc", texts, outlets, strict=True)]
    title = summarise(statements)
    assert "harbour fund" in title
    assert not title.startswith("Mayor Lund")


def test_a_name_inside_quoted_words_is_no_referent_and_a_quoted_he_is_someone_else() -> None:
    # A person only named inside the speaker's quoted words is not whom the next "he" means: the speaker is.
    assert _referents("Governor Tom Vell spoke on the radio on Monday.",
                      "In January, he said dealers with names like “Ace Marlow, Smoothie (and) Duke” were to blame.",
                      "He later said that he had misspoken.")[-1] == "Tom Vell"
    # The one person named beside quoted words about a "he" speaks of someone: the next "he" is not them.
    assert _referents("The gunman lived in Vell for two years.",
                      "“He seemed normal, other than that he lived by gambling,” Pat Roe, a former neighbour, "
                      "told Vell Today.",
                      "He was a regular at the Vell casino, where gamblers folded bills into the hands of bookies.",
                      )[-1] is None


# --- a fact told in a relative clause about a name -------------------------------------


def test_a_fact_told_in_passing_about_a_name_is_a_statement_of_its_own() -> None:
    """One outlet tells the plea only in a clause about the woman it names; another tells it alone: one claim, titled
    with a sentence a reader can take alone, and the claim page gives the outlet's own words."""
    told_in_passing = quoted_statements("a", "Vell Post", "On Monday the governor said he felt sorry for Ann Lee, who "
                                        "pleaded guilty on Friday to lying to the harbour inquiry.")
    told_alone = quoted_statements("b", "Tarn Times",
                                   "Ann Lee pleaded guilty on Friday to lying to the harbour inquiry.")
    [passing] = [s for s in told_in_passing if s.written]
    assert passing.text == "Ann Lee pleaded guilty on Friday to lying to the harbour inquiry."
    assert passing.written == "Ann Lee, who pleaded guilty on Friday to lying to the harbour inquiry"
    assert passing.stance == "asserts" and passing.source_name is None  # the outlet's own voice, not the governor's
    claims = {c.id: c for c in group_claims([*told_in_passing, *told_alone])}
    plea = claims[passing.claim]
    assert told_alone[0] in plea.statements and "who" not in plea.summary.split()


@pytest.mark.parametrize("sentence", [
    "Jo Roe, who was a senator for twelve years, has joined the board of Vell Bank.",  # a state, no act
    "Jo Roe, who said the harbour deal was done, has left the city of Vell.",  # speech, someone's word
    "The son of Jo Roe, who was arrested on Monday, spoke to reporters outside the Vell court.",  # whose son?
    "Ann Lee and Jo Roe, who were married for five years, have sold their house in Vell.",  # the pair, not Roe
    "On Monday the mayor of Vell told reporters that “Jo Roe, who fled the city last year, owes us money” and left.",
    "Jo Roe, who fled the city on Monday, Ann Lee and two other councillors face charges in Vell.",  # cut mid-list
])
def test_no_statement_from_a_relative_clause_that_tells_no_act_of_the_name(sentence: str) -> None:
    assert [s.text for s in quoted_statements("a", "Vell Post", sentence)] == [sentence]  # the sentence alone



def test_a_sentence_and_the_clause_restated_from_it_are_two_claims() -> None:
    """The clause's words are the sentence's too: joined, the claim that she announced her retirement would list the
    sentence telling she will testify."""
    found = quoted_statements("a", "Vell Post",
                              "The report comes as the former chief of Vell Bank, Ann Lee, who announced her "
                              "retirement last month, will testify before the harbour council on Tuesday.")
    [sentence, clause] = found
    assert clause.text == "Ann Lee announced her retirement last month."
    group_claims(found)
    assert sentence.claim != clause.claim


def test_a_denial_after_a_sentence_with_a_restated_clause_disputes_the_sentence() -> None:
    found = quoted_statements("a", "Vell Post", "Vell police said on Tuesday that the harbour master Ann Lee, who fled "
                              "the city on Monday, had stolen the harbour funds.", "Lee's lawyer denied the claims.")
    [police, fled, denial] = found
    assert fled.written and denial.stance == "disputes"
    group_claims(found)
    assert denial.claim == police.claim  # what the police said, not that she fled


def test_a_belief_the_writer_marks_false_disputes_its_clause_and_keeps_its_frame_in_the_title() -> None:
    sentence = ("The mayor was upset because she mistakenly believed Tom Hale had leaked the harbour report, and so "
                "she closed the office.")
    assert stance_of(sentence) == "disputes"
    [claim] = group_claims([statement("a", sentence, "Outlet a")])
    assert "mistakenly believed Tom Hale had leaked the harbour report" in claim.summary
    assert stance_of("The mayor believed Tom Hale had leaked the harbour report.") != "disputes"


def test_a_short_quoted_phrase_one_fact_tells_inside_another_does_not_join_them() -> None:
    seeking = statement("a", "She said she will be seeking “pastoral guidance” from her family.", "Outlet a")
    inside = statement("b", "Mr. Hale said many councillors were still deciding whether or not Ms. Doe’s apology and "
                            "promise to seek “pastoral guidance” had eased their concerns about the mayor.", "Outlet b")
    again = statement("c", "She said she was seeking “pastoral guidance” from her family after the vote.", "Outlet c")
    group_claims([seeking, inside, again])
    assert seeking.claim == again.claim != inside.claim


# --- one person's act in other words ----------------------------------------------------


def test_a_he_telling_a_named_persons_act_meets_that_persons_own_words_of_it() -> None:
    # One outlet reports the mayor's word with "he", another quotes him: one claim, carried by both outlets.
    reported = quoted_statements("a", "Vell Post", "Mayor Tom Berg said on Wednesday that he has no plans to resign.",
                                 "The harbour works will go on, the council said.")
    quoted = quoted_statements("b", "Vell Gazette", "“I will not resign,” Mr. Berg told reporters after the vote.",
                               "The council met on Wednesday.")
    # A third says he may resign, a fourth that he resigned: told another way, those are other facts.
    may = quoted_statements("c", "Vell Herald", "Mayor Tom Berg said on Tuesday that he may resign.")
    done = quoted_statements("d", "Vell Times", "Mayor Tom Berg resigned on Thursday after the vote.")
    found = reported + quoted + may + done
    claims = {claim.id: claim for claim in group_claims(found)}
    plans, words = reported[0], quoted[0]
    assert plans.claim == words.claim and claims[plans.claim].outlets == ["Vell Gazette", "Vell Post"]
    assert plans.claim not in (may[0].claim, done[0].claim) and words.claim not in (may[0].claim, done[0].claim)


def test_a_two_word_verb_of_a_word_family_meets_the_family() -> None:
    # "stepped down" is "resigned" in other words, "was laid off" is "was fired": each pair shares only a name besides.
    stepped = statement("a", "Harbour master Ann Lee stepped down on Monday.", "Vell Post")
    resigned = statement("b", "Ann Lee resigned on Monday, the council said.", "Vell Gazette")
    laid_off = statement("c", "Ferry captain Tom Berg was laid off on Friday.", "Vell Post")
    fired = statement("d", "Tom Berg was fired on Friday, his union said.", "Vell Gazette")
    group_claims([stepped, resigned, laid_off, fired])
    assert stepped.claim == resigned.claim != laid_off.claim == fired.claim


def test_a_light_verb_and_its_event_noun_tell_the_nouns_act() -> None:
    # "received a life sentence" is "was sentenced", "made an arrest" is "arrested" (issue 9: ECB+ chains left split):
    # the two are compared by the act, and the light verb tells none of its own.
    terms, verb = claims_module.word_terms, claims_module.main_predicate
    assert terms("Tom Berg received a life sentence.") == terms("Tom Berg was sentenced to life.")
    assert terms("Gunmen carried out a raid on the harbour.") == terms("Gunmen raided the harbour.")
    assert terms("Voters in Vell cast ballots.") == terms("Voters in Vell voted.")
    assert terms("Voters in Vell went to the polls.") == terms("Voters in Vell voted.")
    assert "poll" in terms("Polls show Vell voters going to Tarn.")  # opinion polls: no vote told
    assert verb("Vell police made an arrest on Monday.") == verb("Vell police arrested a man on Monday.")
    assert verb("No arrests have been made, Vell police said.") == verb("Vell police arrested a man on Monday.")
    assert verb("The council held a vote on the ferries.") == verb("The council voted on the ferries.")
    # Not where the verb with that noun tells another act: a probe launched may be a spacecraft, an offer taken was
    # accepted, and "made to request" has no noun after its verb.
    assert "launch" in terms("Ostland launched a space probe.")
    assert verb("The union took the offer on Monday.") != verb("The company offered the union a deal.")
    assert terms("He was made to request a transfer.") == {"request", "transfer"}


def test_a_software_fix_issued_is_released_not_a_problem() -> None:
    # "issued" is "released", not the noun "issue" (a problem): two outlets' words for one fix meet (issue 9, ECB+).
    assert _joined("Vellsoft issued an emergency update to plug a hole in the Harbour browser.",
                   "Vellsoft released an emergency patch to fix a flaw in the Harbour browser.")
    assert claims_module.word_terms("voted to override the veto") == claims_module.word_terms(
        "voted to overrule the veto")


def test_synonyms_of_an_act_in_general_english_meet() -> None:
    # Outlets tell one happening in other words: a building "destroyed" or "razed" is "demolished", a browser "bug"
    # is a "flaw" fixed by a "patch", attacks that "escalate" "increase", a team "beaten" was "defeated" (issue 9,
    # ECB+: each pair a synonym or a direct hypernym in WordNet).
    terms = claims_module.word_terms
    assert terms("Fire destroyed the old Vellport creamery.") == terms("Fire demolished the old Vellport creamery.")
    assert terms("Fire razed the old Vellport creamery.") == terms("Fire destroyed the old Vellport creamery.")
    assert terms("Vellsoft fixes a Harbour browser bug.") == terms("Vellsoft patches a Harbour browser flaw.")
    assert terms("Attacks on the Harbour browser escalated.") == terms("Attacks on the Harbour browser increased.")
    assert terms("The Vells were beaten by the Rovers.") == terms("The Vells were defeated by the Rovers.")
    assert terms("The Rovers beat the Vells.") == terms("The Rovers defeated the Vells.")


def test_the_forms_of_a_verb_the_stemmer_cuts_short_meet_its_base() -> None:
    # The stemmer makes "sued" and "suing" into "su", which "sue" never meets: one lawsuit told in two tenses.
    terms = claims_module.word_terms
    assert terms("The Vell ferry company sued the harbour board.") == terms(
        "The Vell ferry company will sue the harbour board.")
    assert terms("The Vell ferry company is suing the harbour board.") == terms(
        "The Vell ferry company sues the harbour board.")


def test_a_word_family_takes_its_members_forms_not_every_word_of_their_stem() -> None:
    # "secure" (obtain) has the stem of "security", "inform" that of "information", "quit" that of "quite": a family
    # stands for its members as a verb or a noun (issue 9: a Security Council read as "obtain" met "received").
    terms = claims_module.word_terms
    assert not terms("The Security Council met on Monday.") & terms("Ostland received oil from Vell.")
    assert not terms("The police station was quite busy.") & terms("Ostland sent troops and quit the talks.")
    assert not terms("The information was widely shared.") & terms("Officials were briefed on a wide crater.")
    # ... and the members' own forms still meet one another.
    assert terms("Ostland secured the oil.") == terms("Ostland received the oil.") == terms("Ostland obtains the oil.")
    assert terms("Troops were stationed in Vell.") == terms("Troops were sent to Vell.")
    assert terms("Jo Roe announced her resignation.") == terms("Jo Roe announced she resigned.")
    assert terms("The mayor was briefed.") == terms("The mayor was informed.")


def test_a_day_in_an_opening_subordinate_clause_is_not_the_acts_day() -> None:
    # "As it promised on Tuesday" dates the promise: the patch issued "today" may be the one another outlet dates
    # Wednesday (issue 9, ECB+). Two days told of the act itself still keep two acts apart.
    assert _joined("As it promised on Tuesday, Vellsoft today issued an emergency patch to plug a hole in the Harbour "
                   "browser.", "Vellsoft on Wednesday issued an emergency patch for the hole in its Harbour browser.")
    assert not _joined("The Vell council closed the harbour to ferries on Sunday.",
                       "The Vell council closed the harbour to ferries on Monday.")


def test_one_act_of_one_named_subject_on_someone_else_stays_apart() -> None:
    # "Her" is another woman the second article tells of: Vell holding someone is not one fact.
    assert not _joined("Ostland has held Ana Roe since arresting her three days after she was filmed punching a "
                       "soldier.", "Her husband, Tam Poe, said Ostland was holding her for political reasons.")
    assert _joined("Ostland has held Ana Roe since arresting her three days after she was filmed punching a soldier.",
                   "Ostland has been holding Ana Roe in a military prison since her arrest.")


def test_a_campaign_an_aide_or_an_unnamed_source_is_the_source_not_the_person_it_names() -> None:
    # What a campaign or an unnamed source says is theirs: not the outlet's own telling, nor the candidate's word.
    said = _found(article("a", "Senator Jo Roe unveiled her budget plan in Vell on Monday.",
                          "As the fight over the ferries went on, the Lee campaign said that Ms. Roe's plan would end "
                          "the ferry service.",
                          "A Roe campaign aide said the plan would keep every ferry running.",
                          "Two law enforcement sources told the Vell Post the brothers had booked separate flights.",
                          "The source of the anger was an alleged talk between the two coaches."))
    sources = {s.text.split()[1]: s.source_name for s in said}
    assert sources == {"the": "the Lee campaign", "Roe": "A Roe campaign aide", "law": "Two law enforcement sources",
                       "source": None, "Jo": None}


def test_a_name_modifying_the_source_a_conceded_saying_or_a_tweet_in_the_predicate_is_no_source() -> None:
    said = _found(article("a", "Vell Harbour television station KVEL said that the police had questioned the crew.",
                          "Singer Jo Roe and her husband, Tom Lee, were aboard and she live-tweeted the delay.",
                          "The mayor's budget assumes the same ferry savings as the old plan, even though Ana Varga "
                          "and Mr. Lee have said those cuts would hurt the islands."))
    assert [s.source_name for s in said] == ["KVEL", None, None]
    # The statement's verb after its aside, and the source named after the verb at the end.
    assert find_source("The harbour incident, which has sparked an inquiry, happened when the crew called for help "
                       "when surrounded by Vell Navy boats, reports Vell News.") == "Vell News"


# --- a fact told in a side clause -------------------------------------------------------


def test_a_fact_another_statement_tells_only_in_a_side_clause_does_not_join_it() -> None:
    # The Gazette tells that the mayor posted a message; the letters' release is what it answered, in a side clause.
    posted = statement("a", "Mayor Tom Berg, returning to Vell after a week at his lake house, posted an angry "
                       "message about former aide Ann Lee, apparently in response to letters of Ms. Lee released by "
                       "the harbour board on Friday.", "Vell Gazette")
    released = statement("b", "On Friday, the harbour board released about 300 of Ms. Lee's letters.", "Vell Post")
    # The players' team, between dashes, is who they are: the sentence tells that they boarded a ferry.
    boarded = statement("c", "Jo Roe and Cy Dunn - who both play for the Vell Otters of the Tarn League - boarded a "
                        "ferry to Vell on Sunday.", "Vell Post")
    team = statement("d", "The Vell Otters are in the Tarn League, which is the country's second division.",
                     "Vell Gazette")
    group_claims([posted, released])
    group_claims([boarded, team])
    assert posted.claim != released.claim and boarded.claim != team.claim
    # A main clause telling the other's fact joins it, whatever its side clauses tell.
    resigned = statement("e", "Harbour master Ann Lee, who returned from Tarn on Monday, resigned on Tuesday, days "
                         "after the board released her letters.", "Vell Post")
    again = statement("f", "Ann Lee resigned as harbour master on Tuesday.", "Vell Gazette")
    group_claims([resigned, again])
    assert resigned.claim == again.claim


def test_a_fact_told_a_day_after_in_a_side_clause_with_its_figures_does_not_join_the_sentence() -> None:
    # The Gazette's sentence tells of a petition; the shooting and its 15 minutes, "a day after", are its background.
    petition = statement("a", 'A petition titled "Justice for Kito" had more than 5,000 signatures by Sunday '
                         "afternoon, a day after the 200-kg seal was shot dead about 15 minutes after dragging a "
                         "swimmer.", "Vell Gazette")
    dragged = statement("b", "The 200-kg seal dragged the swimmer for at least 15 minutes.", "Vell Post")
    held = statement("c", "The seal held the swimmer for about 15 minutes before it was shot dead.", "Vell Times")
    group_claims([petition, dragged, held])
    assert petition.claim not in (dragged.claim, held.claim)
    # A main clause with no figure of its own may carry its side clause's as its news.
    hit = statement("d", "It would be a big one-time hit for Vellbank, which had been expected to post fourth-quarter "
                    "net income of $2.07 billion, according to analysts.", "Vell Post")
    expected = statement("e", "Vellbank had been expected to post fourth-quarter net income of $2.07 billion, "
                         "according to analysts.", "Vell Gazette")
    group_claims([hit, expected])
    assert hit.claim == expected.claim


def test_an_aside_between_dashes_after_the_subject_is_no_proposition_of_its_own() -> None:
    told = "The mayor’s harbour plan — backed by the Vell council — would close the old port to fishing boats."
    assert propositions(told) == (("The mayor’s harbour plan would close the old port to fishing boats.", True),
                                  ("The mayor’s harbour plan backed by the Vell council", False))
    a = statement("a", told, "Daily A")
    b = statement("b", "The mayor’s harbour plan would close the old port to fishing boats, the council said.",
                  "Daily B")
    c = statement("c", "A campaign video pointed to the mayor’s harbour plan, which includes changes to the ferry "
                       "timetable.", "Daily C")
    claims = {claim.id: claim for claim in group_claims([a, b, c])}
    # The plan's closing of the port is told by two outlets; the video that points to the plan is another fact.
    assert a.claim == b.claim != c.claim and claims[a.claim].outlets == ["Daily A", "Daily B"]


def test_another_sides_word_quoted_and_negated_as_they_claim_it_disputes_what_tells_it() -> None:
    told = [statement("b", "The Vell council said the mayor’s harbour plan would close the old port to fishing boats.",
                      "Daily B"),
            statement("c", "The mayor’s harbour plan would close the old port to fishing boats, council leaders said "
                           "on Monday.", "Daily C")]
    rebuttal = "Mayor Jo Roe says this is to preserve the old port, not “close” it, as the council claims."
    said = quoted_statements("a", "Daily A", "The plan would give the boats a new quay.", rebuttal)
    claims = {claim.id: claim for claim in group_claims([*said, *told])}
    # The closing the council tells is what the mayor rebuts: a reader sees it contested, not agreed.
    assert claims[told[0].claim].status == "contested" and told[0].claim == told[1].claim
    # The same contrast with nobody's claim rebutted ("as the council claims") disputes nothing.
    contrast = rebuttal.replace(", as the council claims", "")
    said = quoted_statements("a", "Daily A", "The plan would give the boats a new quay.", contrast)
    told = [statement(x, text, f"Daily {x}") for x, text in zip("bc", (s.text for s in told), strict=True)]
    claims = {claim.id: claim for claim in group_claims([*said, *told])}
    assert not any(claim.status == "contested" for claim in claims.values())


def test_a_denial_pointing_back_at_a_negated_charge_or_a_criticism_disputes_it() -> None:
    # What was said before may itself be put in the negative ("could not be impartial"): denying it still disputes it.
    charge, denial = quoted_statements(
        "a", "Daily A", "Lawyers for the family argued that Judge Tam Orvell could not be impartial because his "
                        "brother is a police officer.", "Judge Orvell, speaking to a local radio station, rejected "
                                                        "that notion.")
    [claim] = group_claims([charge, denial])
    assert denial.claim == charge.claim and denial.stance == "disputes" and claim.status == "contested"
    # A criticism or an argument is something said, as a report or a claim is.
    charge, denial = quoted_statements(
        "a", "Daily A", "A spokesman for the Vell Labour Party, Jo Roe, said the mayor was “betting against the "
                        "harbour and rooting for its closure.”", "Council officials dismissed that criticism.")
    [claim] = group_claims([charge, denial])
    assert denial.claim == charge.claim and claim.status == "contested" and "harbour" in claim.summary


def test_what_an_expert_said_opening_on_a_subordinate_clause_is_titled_by_it_not_by_the_attribution() -> None:
    # A front-page brief line read "Dr. Ann Roe, a senior scientist at the Vell Observatory and an expert on lensing,
    # said that while the research…": the attribution, and the fact cut off.
    sentence = ("And Dr. Ann Roe, a senior scientist at the Vell Observatory and an expert on lensing, said that while "
                "the research is “interesting,” there might be other ways to read the data from the telescope.")
    assert title_of(sentence).startswith("While the research is “interesting,” there might be other ways")


@pytest.mark.parametrize(("denial", "source", "shown"), [
    ("Aides to Ms. Lee denied that account.", "Ann Lee", True),
    # no source of its own: the outlet's doubt, not a voice against another
    ("That account was denied.", None, False),
    # the outlet itself, named by a part of its name
    ("The Gazette disputed that account.", "The Gazette", False),
    # a denial naming what it denies may deny something else than the claim tells: not shown
    ("Aides to Ms. Lee denied that the hunting ban had led to a breakdown of trust.", "Ann Lee", False),
    # a hedge: declining to confirm leaves the claim open
    ("Aides to Ms. Lee declined to confirm that account.", "Ann Lee", False),
    # the asserting voice denying what it said is no dispute between two
    ("Mr. Hale later denied that account.", "Tom Hale", False),
])
def test_a_dispute_between_sources_is_one_source_denying_outright_what_another_asserts(
        denial: str, source: str | None, shown: bool) -> None:
    asserted = Statement("a", 1, "Tom Hale said Mayor Ann Lee had cut the budget by half.", "asserts",
                         source="tom-hale", source_name="Tom Hale", outlet="The Vell Gazette")
    entity = {"Ann Lee": "ann-lee", "Tom Hale": "tom-hale"}.get(source or "")
    disputing = Statement("a", 2, denial, "disputes", source=entity, source_name=source, outlet="The Vell Gazette")
    assert disputed_between_sources(Claim("c", "Lee cut the budget", [asserted, disputing])) is shown


def test_no_thing_disputes_only_a_statement_telling_that_it_is() -> None:
    # basil-dev 2018_c6a0e65c: Warner's "There should be no one-on-one meeting…" and the NYT lede that Democrats called
    # for the meeting to be cancelled say the same; the lede was marked a dispute (the only "contested" item).
    warned = [statement(x, "“There should be no one-on-one meeting between the mayor and Governor Lund,” Senator "
                           "Jo Roe said.", f"Daily {x}") for x in "ab"]
    called = statement("c", "Leading councillors called Friday for the mayor to cancel his upcoming meeting with "
                            "Governor Lund of Vell.", "Daily c")
    group = [*warned, called]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert called.stance != "disputes"
    # A statement that the meeting took place still disputes it.
    met = statement("d", "The mayor met Governor Lund one-on-one on Friday.", "Daily d")
    group = [*warned, met]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert met.stance == "disputes"


def test_who_avoided_asking_whether_is_no_account_that_it_is_so() -> None:
    # basil-dev 2018_c6a0e65c: Reed's call to cancel the meeting was one claim, "agreed", with the NYT's report that
    # Republicans steered clear of discussing whether Trump should cancel it.
    called = statement("a", "Sen. Jo Reed, D-Vell, said the mayor should “immediately cancel his meeting.”", "Daily A")
    avoided = statement("b", "But with the exception of Mr. Hale, councillors steered clear of discussing whether "
                             "the mayor should cancel Monday’s meeting in Rona.", "Daily B")
    group_claims([called, avoided])
    assert called.claim != avoided.claim


def test_a_sentence_ending_on_said_and_its_speaker_tells_what_comes_before() -> None:
    # events costa_rica: a claim was titled "Rabbi Jonathan Blake in a statement posted on Facebook" and joined a
    # sentence about another family's Facebook post, though its sentence told that the Steinbergs were congregants.
    sentence = ("Bruce and Irene Holm, and their three children, Zak, Will, and Matt were congregants at the town's "
                "Vell Reform Temple, said Rabbi Jon Lake in a statement posted on Facebook.")
    assert claim_clause(sentence).startswith("Bruce and Irene Holm")
    assert claim_clause("Jo Roe, the mayor, said Vell Council will close the bridge on Monday.") == (
        "Vell Council will close the bridge on Monday.")



def test_seeming_is_no_act_two_statements_share() -> None:
    # events kim_jong_un: Ri Son-gwon's "the rapprochement seemed to be moving ahead" and Nam Sung-wook's forecast that
    # "Kim seems likely to tone down his weapons testing at least ahead of the Olympics" were one claim (the top search
    # hit for "Olympics"): they shared "seem", "ahead" and Kim.
    moving = statement("a", "But the rapprochement seemed to be moving ahead on Wednesday, with Lund welcoming Rona's "
                            "support for his overtures, according to Ari Sonn, the head of the agency that handles "
                            "inter-Vell affairs.", "Daily A")
    forecast = statement("b", "Lund seems likely to tone down his weapons testing at least ahead of the Olympics, said "
                              "Nam Sung-wook, a Vell expert at Rona University.", "Daily B")
    group_claims([moving, forecast])
    assert moving.claim != forecast.claim


def test_a_negation_meeting_only_a_phrase_another_statement_quotes_does_not_dispute_it() -> None:
    # basil-dev 2010_2b95d2cf: the outlets report senators pressing Steele for calling Afghanistan "a war of Obama's
    # choosing"; Kristol's "the war … was not 'a war of Obama's choosing'" disputed their reports (the front page's
    # first "contested" claim). The outlets tell that the words were said, not that they are so.
    told = [statement("a", "Councillors kept up pressure on Mayor Ann Lee on Sunday to explain her claim that the "
                           "Hollin dam fight is a \"war of Vell's choosing\".", "Daily A"),
            statement("b", "Mayor Ann Lee drew fierce criticism on Friday after declaring that the council was on the "
                           "wrong side of history with its fight over the Hollin dam, a fight he called “a war of "
                           "Vell’s choosing.”", "Daily B")]
    denied = statement("c", "Tom Hale said the Hollin dam fight was not a war of Vell’s choosing.", "Daily C")
    group = [*told, denied]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert denied.negated and denied.stance != "disputes"
    # A statement telling it in its own words is disputed.
    found = statement("d", "The Hollin dam fight was a war of Vell’s choosing, the inquiry found.", "Daily D")
    group = [*told, found, denied]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert denied.stance == "disputes"
    # Nor is the negation the title of the claim the others put forward.
    denied.stance = "asserts"
    assert summarise([*told, denied]).startswith("Councillors kept up pressure on Mayor Ann Lee")


def test_opposite_states_of_one_thing_on_one_day_dispute_and_on_two_days_are_news() -> None:
    # events tourist_boat_hits_bridge_in_germany: "The A42 is expected to remain closed on Wednesday" was agreed by
    # three outlets, where the NYT said engineers cleared the bridge to reopen on Wednesday.
    closed = statement("a", "The Vell bridge is expected to remain closed on Wednesday as engineers carry out safety "
                            "checks.", "Daily A")
    shut = statement("b", "The Vell bridge has been closed as a precaution ahead of safety checks by engineers.",
                     "Daily B")
    reopened = statement("c", "The Vell bridge was closed for hours, but engineers cleared it to reopen after safety "
                              "checks on Wednesday.", "Daily C")
    [claim] = group_claims([closed, shut, reopened])
    assert reopened.stance == "disputes" and claim.status == "contested"
    later = statement("c", "The Vell bridge was closed for hours, but engineers cleared it to reopen after safety "
                           "checks on Thursday.", "Daily C")
    [claim] = group_claims([closed, shut, later])
    assert later.stance != "disputes" and claim.status != "contested"


def test_a_source_before_a_participle_clause_between_commas_is_the_source() -> None:
    # basil-dev 2014_ed8c136f: "Mr. McCulloch, speaking to a local radio station, categorically rejected that notion"
    # cited "speaking to a local radio station", no entity, so the denial had no source.
    assert find_source("Mr. Roe, speaking to a local radio station, categorically rejected that notion.") == "Roe"
    assert find_source("Jo Roe, citing security concerns, said the bridge would stay shut.") == "Jo Roe"
    assert find_source("Officials, including the mayor, said the bridge would stay shut.") == "Officials"


def test_a_speakers_words_two_sources_of_one_article_dispute_are_titled_as_theirs() -> None:
    # basil-dev 2019_86e6e27d: the NYT's "And Nancy said, We're not looking to impeach you" is Trump's account, which
    # Pelosi's aides dispute; the dispute's title gave his words without his name.
    story = corpus("basil-dev") / "articles" / "2019_86e6e27d"
    dossier = analyse(story, None, story.parent, log=lambda _: None)
    [disputed] = [claim for claim in dossier.claims if claim.disputed_by_source]
    assert disputed.summary == "Donald J. Trump: “Nancy said, We’re not looking to impeach you”"


def test_a_verb_read_with_the_noun_of_its_idiom_is_another_verb() -> None:
    # "took place" (where the crash was) and "took off" (when the plane left) share "take" only as written (issue 9,
    # review 29: costa DM-Reuters ¶2 with Denver ¶14); two accounts of the take-off still meet.
    took_off = "The plane took off from the Vell Point airstrip at 12:10 p.m. Sunday, bound for the capital Arlen."
    assert not _joined("It took place in the hilly area of Vell Point, which is popular with walkers, in the province "
                       "of Tarnshire, about 230 km west of the capital Arlen.", took_off)
    assert _joined(took_off, "The charter plane took off from Vell Point on Sunday afternoon for the capital, Arlen.")


def test_the_describing_end_of_a_compound_is_no_term() -> None:
    # "Arlen-based Roamers" says where a firm is, not that anyone "was based" anywhere (review 29: costa nyt ¶16 with
    # WaPo-04 ¶2, sharing only "based" and a "City").
    assert not _joined("She was based in Marsh Lake City and had received two degrees from the University of Arlen.",
                       "The families from the Marsh City suburb of Oakby accounted for nine of the dead and were part "
                       "of a tour organized by Arlen-based Roamers.")


def test_a_speaker_set_off_inside_the_sentence_leaves_its_subject() -> None:
    # "This, Kim said, made it impossible…": what was said is "this made it impossible…", not a clause without its
    # subject (review 29: kim nyt ¶10).
    [claim] = group_claims([statement("a", "This, Kim said, made it impossible for Vestria to start a war against "
                                           "Ostland.")])
    assert claim.summary == "This made it impossible for Vestria to start a war against Ostland"
    # A comma after the verb before a new clause's subject, or a quotation, is no aside.
    assert claim_clause("On Friday, Roe said, the plan will go ahead.") == "the plan will go ahead."


def test_how_a_statement_was_posted_and_sent_is_not_what_it_said() -> None:
    # A long "said in a statement posted on … and emailed to …, that" (review 29: costa WaPo-04 ¶8, whose "Facebook"
    # and "posted" drew nyt ¶1's Facebook post into the rabbi's claim).
    [claim] = group_claims([statement("a", "Rabbi Jo Lee of the Oakby Reform Temple in Marsh said in a statement "
                                           "posted on the temple’s Facebook page and emailed to The Vell Post that "
                                           "the Roes were involved in philanthropy and local Jewish groups.")])
    assert claim.summary == "The Roes were involved in philanthropy and local Jewish groups"


def test_a_plan_to_act_is_no_report_that_the_act_happened() -> None:
    # basil-dev 2016_1b96a5db: the NYT's "Congress is set to vote to override President Obama's veto", written before
    # the vote, was listed as asserting "Congress … rejected President Obama's veto" with HuffPost's "the Senate voted
    # Wednesday to override his veto". A plan and the act done are two facts.
    assert not _joined("The Vell council is set to vote to override the mayor's veto of the harbour ferry bill.",
                       "The Vell council voted on Wednesday to override the mayor's veto of the harbour ferry bill.")
    assert not _joined("The Vell council is expected to approve the harbour ferry bill.",
                       "The Vell council approved the harbour ferry bill on Wednesday.")
    # A plan told with the act done after all, or told at one remove, is no mere plan.
    assert _joined("The Vell ferry was scheduled to leave at noon on Sunday but left an hour late.",
                   "The Vell ferry left an hour late on Sunday.")
    assert _joined("Jo Roe plans to sail the Vell ferry to Ostland next month.",
                   "Some reports had claimed Jo Roe's plan to sail the Vell ferry to Ostland next month.")
    # A plan told in a past tense ("was scheduled") is still a plan: it meets another telling of the plan.
    assert _joined("The Vell council is set to vote on the harbour ferry bill on Thursday.",
                   "The Vell council's vote on the harbour ferry bill was scheduled for Thursday.")


def test_whoever_rejects_an_act_rather_than_a_report_is_no_source_of_the_statement() -> None:
    # basil-dev 2016_1b96a5db: Fox's "Congress on Wednesday overwhelmingly rejected President Obama's veto…" was shown
    # "citing Congress": the outlet tells Congress's act, Congress says nothing.
    assert find_source("The Vell council on Wednesday overwhelmingly rejected the mayor's veto of the bill.") is None
    assert find_source("Jo Roe was denied entry to Vell on Monday.") is None
    # Nor is the one named in a clause told after the act ("before Roe announced it").
    assert find_source("Councillors rejected the plan even before Jo Roe announced it.") is None
    # Rejecting a report or a worry voiced, giving a verdict with "as", or going on to say why, is the subject's word.
    assert find_source("The Vell council rejected the claims as false.") == "The Vell council"
    assert find_source("He also dismissed the mayor's repeated concerns about the ferry.") == "He"
    assert find_source("Ostland has rejected calls for a ceasefire.") == "Ostland"
    assert find_source("The Vell party dismissed Mr. Roe, who spoke on Friday, as a failure.") == "The Vell party"
    assert find_source("The court rejected the appeal, saying it was filed too late.") == "The court"


def test_an_alleged_thing_after_the_verb_leaves_the_act_the_outlets_own_telling() -> None:
    # basil-dev 2016_1b96a5db: HuffPost's "the Senate voted Wednesday to override his veto of a bill to let 9/11
    # victims sue Saudi Arabia for its alleged role in the terrorist attacks" was listed as *reported*: "alleged"
    # qualifies the role, not the vote.
    assert stance_of("The Vell senate voted on Wednesday to let the families sue Ostland for its alleged role in the "
                     "harbour bombing.") == "asserts"
    assert stance_of("Police arrested the alleged gunman on Monday.") == "asserts"
    # The alleged thing as the subject, or the act itself alleged, is a report.
    assert stance_of("The alleged bribe was paid in May.") == "reports"
    assert stance_of("Jo Roe allegedly paid the bribe in May.") == "reports"
    assert stance_of("Jo Roe is alleged to have paid the bribe in May.") == "reports"


def test_two_outlets_leading_on_the_toll_of_one_shooting_share_its_claim() -> None:
    # events las_vegas_shooting: RT's "At least 59 are dead and more than 500 were injured during the massacre at a
    # music festival in Las Vegas" is the toll RT's other article and China Daily lead on ("At least 59 people were
    # killed, and 527 were injured in a mass shooting…"), not a claim of its own beside theirs.
    story = corpus("events") / "articles" / "las_vegas_shooting"
    dossier = analyse(story, None, story.parent, log=lambda _: None)
    toll_of = {s.article: s.claim for s in dossier.statements if s.paragraph == 0 and s.figures}
    assert toll_of["rt-com-666122ed40"] == toll_of["rt-com-f9b3d11d4b"] == toll_of["chinadaily-com-cn-f2c5201fb4"]


def _claims_with_speakers(articles: list[list[str]]) -> list[list[str]]:
    """The claims of the articles' statements, found with their mentions and quotes, as a build finds them."""
    found = []
    for i, paragraphs in enumerate(articles):
        article = Article(id=f"a{i}", source_file=f"a{i}.txt", title="t", paragraphs=paragraphs,
                          outlet=f"o{i}.example")
        mentions = find_mentions(article)
        found += find_statements(article, find_quotes(article, mentions), mentions)
    return [[statement.text for statement in claim.statements] for claim in group_claims(found)]


def test_one_countrys_state_is_no_claim_with_another_leaders_act_on_a_state_of_its_own() -> None:
    """"Tunisia has been in a state of emergency" is Tunisia's; a president recommending that an existing state of
    emergency be extended tells of his own country's, however many words ("state of emergency", "November 2015")
    the two share."""
    tunisia = "Tunisia has been in a state of emergency since November 2015."
    extended = ("President Jo Roe recommended that an existing state of emergency, put in place in the wake of the "
                "Vell attacks in November 2015 and due to expire later this month, be extended by three months.")
    assert _claims_of_articles([[tunisia], [extended]]) == [[tunisia], [extended]]


def test_a_transcripts_speaker_label_is_no_word_of_what_is_told() -> None:
    """The "HOST" of a transcript's label "ANN LEE, HOST:" is who speaks: no claim with "France had hosted the
    tournament"."""
    dead = ("ANN LEE, HOST: Scores of people are dead after a truck plowed into a crowd along a boardwalk in Vell, "
            "France.")
    hosted = "France had hosted the tournament, and the entire country had been on high alert."
    assert _claims_of_articles([[dead], [hosted]]) == [[dead], [hosted]]


def test_two_witnesses_accounts_are_two_claims_though_one_is_told_in_reported_speech() -> None:
    """A witness said to say what he saw and another witness's quoted words share the bodies in the street, but they
    are two people's accounts, as two quotes of two people are."""
    seen = ("Witness Tony Molina said he saw bodies of the dead lying in the street, covered in blue tarps and marked "
            "so emergency vehicles didn't run over them.")
    lying = "“People were lying on the streets dead and people were running over the bodies,” Serwah said."
    claims = _claims_with_speakers([[seen], ["Esther Serwah was on the promenade with her friends.", lying]])
    assert [seen] in claims and [lying] in claims


def test_whom_a_message_is_addressed_to_is_no_word_of_what_it_tells() -> None:
    """"Dear Vell residents, the driver …" addresses the residents: no claim with "The driver was a Vell resident"."""
    resident = "The driver was a Vell resident, according to the Vell Matin newspaper."
    tweet = ("\"Dear Vell residents, the driver of a truck appears to have made dozens of deaths,\" Mayor Jo Roe wrote "
             "on Twitter.")
    assert _claims_with_speakers([[resident], [tweet]]) == [[resident], [tweet]]


def test_a_toll_told_past_an_aside_shares_the_claim_of_the_running_count() -> None:
    # events truck_attack_in_nice: The Sun's "At least 84 people, including 10 children, were killed by a suspected ISIS
    # fanatic who ploughed a 25-tonne truck into crowds of people celebrating Bastille Day" is the toll NPR leads on
    # ("At least 60 people were killed after a truck drove through a crowd celebrating Bastille Day"): one claim, whose
    # figures show the count rising, not a claim of its own beside it.
    story = corpus("events") / "articles" / "truck_attack_in_nice"
    dossier = analyse(story, None, story.parent, log=lambda _: None)
    claim_of = {s.text.split(",")[0]: s.claim for s in dossier.statements if s.paragraph == 0}
    npr = "At least 60 people were killed after a truck drove through a crowd celebrating Bastille Day."
    assert claim_of["At least 84 people"] == claim_of[npr]


def test_a_negation_inside_what_was_foretold_disputes_nothing() -> None:
    # events cubs_win_championship: the legend "Sianis proclaimed the Cubs would never win" and the quoted telegram
    # were read as the claim's negated side, and a fan's father who "never got to see them win" (a negation the
    # relative clause hides) as a dispute of them: one of the front page's two false "What is contested".
    foretold = [statement("a", "According to legend, Jo Marr was so outraged he proclaimed the Vell Owls would never "
                               "win another Harbour Cup.", "Daily A"),
                statement("b", "Jo Marr vowed the Vell Owls would never win another Harbour Cup final.", "Daily B")]
    father = statement("c", "His father, who was also an Owls fan never got to see them win a Harbour Cup.", "Daily C")
    group = [*foretold, father]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert father.stance != "disputes"


def test_a_quoted_curse_addressed_to_you_does_not_dispute_the_curse() -> None:
    # events cubs_win_championship: the telegram "You are never going to win a World Series again…" disputed "The
    # Cubs … had a curse placed on them … that they would never win the series again".
    cursed = [statement(x, f"The Vell Owls, who last won the Harbour Cup in 1908, had a curse placed on them by the "
                           f"tavern owner Jo Marr in {year} that they would never win the cup again.", f"Daily {x}")
              for x, year in (("a", 1945), ("b", 1946))]
    telegram = statement("c", "“You are never going to win a Harbour Cup again because you insulted my goat.”",
                         "Daily C")
    group = [*cursed, telegram]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert telegram.negated and telegram.stance != "disputes"


def test_a_negation_of_another_subject_disputes_nothing() -> None:
    # events cubs_win_championship: "His father … never got to see them win a World Series", a negation told of a
    # fan's father, was the dispute of a claim about the Cubs. A driver's team-mate who "did not win" the race
    # disputes no statement that the driver won it; the driver's own "did not win" does.
    won = [statement(x, "Tom Reyes won the Vell Grand Prix on Sunday, his first win of the season.", f"Daily {x}")
           for x in "ab"]
    other = statement("c", "His team-mate Jo Marr did not win the Vell Grand Prix on Sunday.", "Daily C")
    group = [*won, other]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert other.negated and other.stance != "disputes"
    lost = statement("d", "Tom Reyes did not win the Vell Grand Prix on Sunday.", "Daily D")
    group = [*won, lost]
    _mark_disputes(group, [_prepare(s) for s in group])
    assert lost.stance == "disputes"


def test_the_storys_own_words_and_one_more_join_no_two_facts() -> None:
    # Six outlets on one cup final, each telling "Hawks" and "Northern Cup" in every sentence: the story's own words,
    # which say what it is about, not which of its facts a sentence tells. The fans' good behaviour and the coach's
    # words share them and "fans" only: two facts.
    story = [
        ["The Harbor Hawks won the Northern Cup on Sunday, beating the Vell Rovers 3-2 in the final.",
         "The Hawks had lost the Northern Cup final in each of the three seasons before.",
         "Hawks captain Ilsa Marr lifted the Northern Cup to a roar from the stands."],
        ["The Harbor Hawks won the Northern Cup on Sunday for the first time in 52 years.",
         "Mara Quell scored twice as the Hawks came from behind to win the Northern Cup.",
         "The Hawks last won the Northern Cup when their coach was a boy."],
        ["Thousands of Hawks fans celebrated the Northern Cup in the streets of the port.",
         "The Hawks trailed the Rovers for most of the Northern Cup final before Mara Quell scored twice.",
         "Police said the Hawks fans were peaceful as they marked the Northern Cup win."],
        ["Hawks coach Tobin Ashe said the Northern Cup belonged to the fans.",
         "Ashe took over the Hawks two years ago with the Northern Cup as his goal.",
         "The Hawks will parade the Northern Cup through Harbor City on Tuesday."],
        ["The Hawks needed extra time to win the Northern Cup after a rain delay.",
         "Rain had soaked the pitch before the Hawks and the Rovers met in the Northern Cup final.",
         "Hawks goalkeeper Per Lund saved a penalty to keep the Northern Cup final level."],
        ["Mara Quell was named the best player of the Northern Cup final as the Hawks won.",
         "Quell has scored in every Northern Cup game the Hawks played this season.",
         "The Hawks had not reached a Northern Cup final since 1998."],
    ]
    statements = [statement for i, paragraphs in enumerate(story) for statement in _found(
        Article(id=f"a{i}", source_file=f"a{i}.txt", title="t", paragraphs=paragraphs, outlet=f"o{i}.example"))]
    group_claims(statements)
    claim_of = {statement.text[:20]: statement.claim for statement in statements}
    assert claim_of["Police said the Hawk"] != claim_of["Hawks coach Tobin As"]
    # Told in just the story's words, its central fact is still one claim of two outlets.
    central = [statement for statement in statements if statement.text.startswith("The Harbor Hawks won")]
    assert len(central) == 2 and central[0].claim == central[1].claim


def test_near_equal_counts_of_people_affected_are_one_count_revised() -> None:
    # Three outlets count the people a breach reached with three nouns, in words too unlike to be grouped, and two
    # figures: one count, revised upward, which the claim shows.
    first = _told("a", "Credit agency Vantor said on Thursday that a hack of its website may have affected 43 million "
                       "consumers in the United States.")
    total = _told("b", "Vantor said Monday that an additional 1.5 million Americans may have been affected by the "
                       "massive security breach of its systems, bringing the total to 44.5 million people who had "
                       "their personal information exposed.")
    customers = _told("c", "A total of 43million US customers were exposed between May and July.")
    britons = _told("d", "Vantor said fewer than 400,000 UK consumers were affected by the hack of its website.")
    assert [f.counted for s in (first, total, customers) for f in s.figures] == ["affected"] * 4
    assert total.figures[1].running  # "bringing the total to": the count so far, an update
    found = group_claims([first, total, customers, britons])
    together = next(claim for claim in found if first in claim.statements)
    assert total in together.statements and customers in together.statements
    assert britons not in together.statements  # another country's count, far from the others: apart


def test_a_count_of_people_affected_raised_to_a_number_joins_the_count_it_revises_and_titles_it() -> None:
    # events hack_equifax_breach: The New York Times' "the number of Americans whose personal information was
    # potentially exposed to 145.5 million, some 2.5 million more than it had previously disclosed" is the count of
    # people affected the other outlets give (143 million), revised: not whom a thing was shown to, and its "2.5 million
    # more" a difference of that count, not a count of Americans the others leave out.
    first = _told("a", "Vantor said on Thursday that a breach of its systems may have affected 43 million consumers "
                       "in the United States.")
    revised = _told("b", "The company increased its estimate of the number of Americans whose personal information "
                         "was exposed in the breach to 44.5 million, some 1.5 million more than it had previously "
                         "disclosed.")
    customers = _told("c", "A total of 43million US customers were exposed between May and July.")
    assert [f.counted for f in revised.figures] == ["affected", "affected"]
    found = group_claims([first, revised, customers])
    assert len(found) == 1 and {s.article for s in found[0].statements} == {"a", "b", "c"}
    assert "44.5 million" in found[0].summary  # the count revised, not the first count, is the claim's title


def test_the_outlets_tolls_of_one_crash_are_one_claim_whatever_else_each_counts() -> None:
    # croydon_tram_trash: the Evening Standard's "Several people died and dozens were injured…" gives no count the
    # USA Today's "seven people were killed…" changes (it leaves the injured out), and the Guardian's "a tram, believed
    # to have been going too fast, crashed" is the outlet's own toll, not a belief reported: one toll, one claim.
    texts = [
        ("bbc", "Seven people have died and dozens more have been injured after a tram overturned in Vellby."),
        ("ind", "At least five people are dead after a tram overturned in Vellby, south Ostland."),
        ("std", "Several people died and dozens were injured after a tram derailed and overturned in Vellby."),
        ("dm", "At least seven people were killed when a tram sped round a sharp bend and derailed during the morning "
               "rush hour."),
        ("nyt", "At least seven people were killed and dozens more were injured when a tram derailed near Vellby on "
                "Wednesday, the police said."),
        ("gdn", "At least seven people have been killed and more than 50 taken to hospital after a tram, believed to "
                "have been going too fast, crashed in south Vellby on Wednesday morning."),
        ("usa", "A least seven people were killed Wednesday when a two-car tram jumped the rails on a sharp curve in "
                "south Vellby and flipped on its side."),
    ]
    found = group_claims([_told(article, text) for article, text in texts])
    assert [sorted(s.article for s in claim.statements) for claim in found] == [sorted(a for a, _ in texts)]
    assert claim_clause(texts[5][1]) == texts[5][1]


def test_a_toll_both_tell_joins_though_one_also_counts_the_dead_the_other_tells_uncounted() -> None:
    """Both count the injured alike ("dozens"); one also counts the dead, which the other tells without a number: the
    fuller report of one tally, one claim. A count the other tells only without a number stays its own fact."""
    fuller = "An earthquake struck Vell province on Tuesday, killing at least five people and injuring dozens."
    shorter = ("Dozens of villagers were injured on Tuesday when an earthquake struck Vell province, killing residents "
               "in their homes.")
    assert _claims_of([fuller, shorter]) == [[fuller, shorter]]
    counted = "Ostland sent 3,000 engineers to Vell on Monday to repair the dam."
    uncounted = "Ostland sent engineers to Vell on Monday to repair the dam."
    assert _claims_of([counted, uncounted]) == [[counted], [uncounted]]


def test_a_figure_or_a_country_is_found_only_where_written_as_a_whole_word() -> None:
    # "A$5" and "$50" are other figures; "$5." is the one written alone (characters 8 to 10).
    assert list(whole_word_spans("A$5 $50 $5.", "$5")) == [(8, 10)]
    # "Nigeria" is another country; "Niger's" is Niger (an apostrophe is no letter): characters 4-9 and 29-34.
    assert list(whole_word_spans("the Niger Delta and Nigeria, Niger's", "Niger")) == [(4, 9), (29, 34)]
    assert list(whole_word_spans("Nigerian", "Niger")) == []
