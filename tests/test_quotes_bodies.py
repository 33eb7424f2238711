"""Bodies in quotes: a body's name in marks is no quote, and a body named by a description ("the agency") or in
apposition to "organisers" is the one the article names; "the company" with no company named by that noun is the one
the article is about (made-up text)."""

from __future__ import annotations

import re

from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote


def quotes_with_names(*paragraphs: str) -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_a_bodys_name_in_marks_after_a_body_is_no_quote() -> None:
    assert quotes_with_names(
        "Vell told the United Nations “Committee on the Peaceful Uses of Outer Space” in May that it would watch "
        "the craft closely."
    ) == []


def test_the_body_noun_resolves_to_the_one_body_named_before() -> None:
    quotes = quotes_with_names(
        "The Acme Corporation, a non-profit group that builds satellites in Vell, tracked the falling craft.",
        "The non-profit group said: “The chance that anyone is hurt by the debris is very small.”",
    )
    assert [q.speaker_name for q in quotes] == ["Acme Corporation"]


def test_according_to_the_agency_resolves_to_the_agency_named_before() -> None:
    quotes = quotes_with_names(
        "The Vell Space Agency photographed the broken ice shelf from a plane last week.",
        "The ice looks artificial, but, according to the space agency, it is “the bluest of ice in the sea.”",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Space Agency"]


def test_a_body_noun_said_of_any_body_needs_the_bodys_own_description() -> None:
    quotes = quotes_with_names(
        "The Acme Corporation tracked the falling craft for weeks.",
        "The non-profit group said: “The chance that anyone is hurt by the debris is very small.”",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_the_body_noun_stays_unknown_when_two_bodies_could_be_meant() -> None:
    quotes = quotes_with_names(
        "The Acme Corporation and the Bolt Corporation both tracked the falling craft for weeks.",
        "The company said: “The chance that anyone is hurt by the debris is very small.”",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_the_house_is_not_the_white_house() -> None:
    quotes = quotes_with_names(
        "The White House sent the bill to Congress on Monday.",
        "“We will not vote on it this week,” the House said in a statement.",
    )
    assert [q.speaker_name for q in quotes] != ["White House"]


def test_it_said_after_a_body_that_reported() -> None:
    quotes = quotes_with_names(
        "The Acme Corporation, a non-profit group that does research for the state, said the craft would "
        "burn up, according to a post on its website.",
        "“It is suspected that control of the craft was lost and will not be regained,” it said.",
    )
    assert [q.speaker_name for q in quotes] == ["Acme Corporation"]


def test_it_said_after_a_body_quoted_just_before_is_that_body() -> None:
    quotes = quotes_with_names(
        "The Vellish Foreign Ministry on Friday denied the claims made by the opposition.",
        "“These claims are baseless and made for political reasons alone,” the ministry said.",
        "It said: “We will not comment further on the matter at this stage of the process.”",
    )
    assert [q.speaker_name for q in quotes] == ["Vellish Foreign Ministry", "Vellish Foreign Ministry"]
    # Another body named between: "it" may be that one.
    quotes = quotes_with_names(
        "The Vellish Foreign Ministry on Friday denied the claims made by the opposition.",
        "“These claims are baseless and made for political reasons alone,” the ministry said.",
        "When the Vellby Gazette ran a profile of the minister in 2000, it said he had “served in the navy.”",
    )
    assert quotes[1].speaker_name is None


def test_the_company_after_a_body_quoted_just_before_is_that_body() -> None:
    quotes = quotes_with_names(
        "“The two side cores will return to land at the landing zones in Florida,” Vell Rocket Works confirmed.",
        "“The center core will attempt to land on the droneship in the Atlantic Ocean,” the company added.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Rocket Works", "Vell Rocket Works"]
    # Not a body whose name says it is of another kind: the police are no company.
    quotes = quotes_with_names(
        "“The two men were arrested at the scene on Monday,” the Vell Police said.",
        "“We are looking into the matter and will report on it soon,” the company said.",
    )
    assert quotes[1].speaker_name is None


def test_an_organisers_name_in_apposition_is_the_speaker() -> None:
    quotes = quotes_with_names(
        "The event organisers, It's Time for Vell, said on Facebook: “A canister exploded on the barge.”",
    )
    assert [(q.speaker_name, q.speaker_role) for q in quotes] == [("It's Time for Vell", "event organisers")]


def test_it_said_stays_unknown_when_the_sentence_before_reports_no_body() -> None:
    quotes = quotes_with_names(
        "The Acme Corporation built the craft. The craft fell into the sea on Monday.",
        "“It is suspected that control of the craft was lost and will not be regained,” it said.",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_speech_verbs_intimate_portray_and_retaliate_attribute() -> None:
    intimated, portrayed, retaliated, _ = quotes_with_names(
        "Jo Roe is a senator from Vell.",
        "Jo Roe has intimated that Ann Lee's “diagnoses” are wrong.",
        "On Monday, Jo Roe tried to turn the tables, portraying Ann Lee as hypocritical because she had accepted "
        "“about two million dollars” from banks.",
        "“Vell will always be Vell,” an angry Jo Roe retaliated. “It never gives up on its ideals.”",
    )
    assert [q.speaker_name for q in (intimated, portrayed, retaliated)] == ["Jo Roe", "Jo Roe", "Jo Roe"]


def test_a_person_in_apposition_to_a_group_stays_a_person() -> None:
    [quote] = quotes_with_names("A member of the group, Jo Roe, said: “A canister exploded on the barge.”")
    assert quote.speaker_role != "group"


def test_the_airline_is_the_one_airline_though_its_name_was_read_cut_short() -> None:
    # "Vell Airways" read out of "All Vell Airways" at the sentence's start is no second airline.
    quotes = quotes_with_names(
        "All Vell Airways flight 175 took off at 11:36am on Tuesday, but was back eight hours later.",
        "According to All Vell Airways, the passenger had boarded the wrong flight.",
        "“The crew became aware that one of the passengers boarded the incorrect flight,” the airline said in a "
        "statement.",
    )
    assert [q.speaker_name for q in quotes] == ["All Vell Airways"]


def test_the_airline_is_the_body_the_sentences_before_are_about() -> None:
    # Two airlines named: "the airline" is the one the sentence before has for its subject; not a body whose name
    # only opens the subject ("Norland police"), nor one the sentence names after its subject.
    about_vell = quotes_with_names(
        "Ana Roe saw a Bolt Airlines crew turn two girls away from a Vell Airways flight on Sunday.",
        "In a statement on Monday, Vell Airways did not apologize for its rule. It explained the rule again.",
        "“To our regular customers, your leggings are welcome,” the airline said.",
    )
    police_first = quotes_with_names(
        "Ana Roe saw a Bolt Airlines crew turn two girls away from a Vell Airways flight on Sunday.",
        "Norland police would not comment and deferred to the airline.",
        "“To our regular customers, your leggings are welcome,” the airline said.",
    )
    reported_last = quotes_with_names(
        "Ana Roe saw a Bolt Airlines crew turn two girls away from a Vell Airways flight on Sunday.",
        "Flight 12 was carrying 226 passengers, Vell Airways said.",
        "“To our regular customers, your leggings are welcome,” the airline said.",
    )
    assert [q.speaker_name for q in about_vell + police_first + reported_last] == ["Vell Airways", None, None]


def test_the_singer_is_the_person_the_sentences_before_are_about() -> None:
    # "The singer", "the Vell athlete": a description the article gives no one as a role is the person who is the
    # subject of the nearest sentence before that names anyone; unknown when that sentence's subject is someone the
    # name is no part of ("Team member Jo Poe said …").
    singer = quotes_with_names(
        "Simon Roe said earlier this year that the band were not trying to change their sound. “We wouldn't want "
        "to lose our older fans,” the singer said."
    )
    athlete = quotes_with_names(
        "Ana Roe is confident of winning a medal at next week's indoor championships in Vell.",
        "The 22-year-old finished fourth in the hurdles in Norland. “It was definitely a learning curve,” said the "
        "Vell athlete.",
    )
    champion = quotes_with_names(
        "Ana Roe is confident of winning a medal at next week's indoor championships in Vell.",
        "Team member Jo Poe said the team would understand if Roe stayed home. “It would be fantastic to have her "
        "in the team,” said the cross-country champion.",
    )
    assert [q.speaker_name for q in singer + athlete + champion] == ["Simon Roe", "Ana Roe", None]


def test_the_zoo_is_the_one_zoo_named_before() -> None:
    # "The zoo said": the one zoo the article names, though its noun also stands alone capitalised ("the Zoo's").
    quotes = quotes_with_names(
        "A boy fell into the gorilla enclosure at the Vell Zoo on Saturday.",
        "The zoo said in a statement that the boy “fell into the exhibit's moat.” The Zoo's keepers were praised.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Zoo"]


def test_an_unnamed_spokesman_of_a_named_body_speaks_for_it() -> None:
    # "A Nato spokesman said", as "a spokesman for Nato": the body's words; a spokesman the article names stays
    # that person.
    unnamed = quotes_with_names(
        "A truck bomb hit the Acme Corporation offices in Vell on Thursday, Acme Corporation said.",
        "An Acme Corporation spokesman said there was “massive damage” to the building.",
    )
    named = quotes_with_names(
        "Acme Corporation spokesman Jo Roe said the offices were closed.",
        "An Acme Corporation spokesman said there was “massive damage” to the building.",
    )
    assert [q.speaker_name for q in unnamed + named] == ["Acme Corporation", "Jo Roe"]


def test_a_ministry_described_by_its_countrys_adjective_speaks() -> None:
    quotes = quotes_with_names(
        "Gunmen attacked the German consulate in Tarnby on Thursday night.",
        "All consulate staff were “safe and unhurt,” the German foreign ministry said.",
        "“We are sending a team to bring them home,” a German foreign ministry spokesman said.",
    )
    assert [q.speaker_name for q in quotes] == ["German foreign ministry", "German foreign ministry"]


def test_they_after_organisers_named_in_apposition_are_the_organisers() -> None:
    quotes = quotes_with_names(
        "The event organisers, Time for Tarnby, said on Facebook that a canister had exploded, setting off "
        "“multiple detonations”.",
        "What should have been a 12-minute display was “pushed into four and a half,” they said.",
        "But overall, the night “went pretty well”, they said.",
    )
    assert [q.speaker_name for q in quotes] == ["Time for Tarnby"] * 3
    # Someone named between: "they" may be them.
    quotes = quotes_with_names(
        "The event organisers, Time for Tarnby, said on Facebook that a canister had exploded, setting off "
        "“multiple detonations”.",
        "Police officer Jo Roe and her colleague Al Poe cleared the beach.",
        "The display was “pushed into four and a half minutes,” they said.",
    )
    assert [q.speaker_name for q in quotes][1:] == [None]


def test_it_said_on_a_platform_is_the_body_the_sentence_before_reports() -> None:
    quotes = quotes_with_names(
        "The animal rights group Friends of the Vell Apes said there is a problem with zoos. It said on Twitter "
        "that the shooting was the latest proof that “even under the best circumstances, captivity is never "
        "acceptable for gorillas.”",
    )
    assert [q.speaker_name for q in quotes] == ["Friends of the Vell Apes"]


def test_the_statement_said_is_who_the_sentence_before_said_it_in_a_statement() -> None:
    quotes = quotes_with_names(
        "In a statement, Acme spokeswoman Lena Marsh said their guide on the flight was Ann Pell, of Vellby.",
        "“Aboard the flight were nine Acme guests and two crew members,” the statement said.",
    )
    assert [q.speaker_name for q in quotes] == ["Lena Marsh"]
    # One who reports that another put out a statement: the statement is not the reporter's.
    quotes = quotes_with_names(
        "The Vellby Times said Lena Marsh provided a written statement in response to its questions.",
        "“Aboard the flight were nine Acme guests and two crew members,” the statement said.",
    )
    assert [q.speaker_name for q in quotes] == [None]
    # A body named in the phrase of those who sent the letter did not send it.
    quotes = quotes_with_names(
        "Every former secretary of the Vell Home Office sent a letter to the council on Thursday.",
        "“Staff should not have to rely on charity,” the letter said.",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_the_statement_said_is_its_author_named_by_or_beside_it_before() -> None:
    # The author after the text: "a statement issued by …", "a report from …".
    quotes = quotes_with_names(
        "The probe is in a polar orbit, said a statement issued by the Vell Space Agency on Monday.",
        "The launch marks “an epochal event for the science of the country,” the statement said.",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Space Agency"]
    # An inverted report: "…, said Rabbi Jo Roe in a statement".
    quotes = quotes_with_names(
        "The couple were members of the temple, said Rabbi Ezra Pell in a statement posted online.",
        "“This tragedy hits our community very hard, and we mourn them all,” the statement said.",
    )
    assert [q.speaker_name for q in quotes] == ["Ezra Pell"]
    # A short name in brackets between the author and its verb.
    quotes = quotes_with_names(
        "A jet returned to Vellby on Tuesday, Bolt Airways (BA) said in a statement.",
        "“The crew learned that one passenger had boarded the wrong flight,” the statement said.",
    )
    assert [q.speaker_name for q in quotes] == ["Bolt Airways"]
    # Not a text written to someone, nor one only reported on: the words are no one's the sentence names.
    quotes = quotes_with_names(
        "The Vellby Times printed a letter to Mayor Ezra Pell on Tuesday.",
        "“Staff should not have to rely on charity,” the letter said.",
    )
    assert [q.speaker_name for q in quotes] == [None]
    # Who made a text public did not write it: the club released the player's letter.
    quotes = quotes_with_names(
        "Ezra Pell announced his retirement after 15 seasons on Tuesday in an open letter released by the Vell Rovers.",
        "“Over the years, I asked teammates how they knew it was time to walk away,” the letter began.",
    )
    assert quotes[0].speaker_name != "Vell Rovers"


def test_the_same_text_going_on_keeps_its_author() -> None:
    quotes = quotes_with_names(
        "The state news agency VNA released a report on Saturday about the weapons programme.",
        "“Do not expect any change in its policy,” the report read.",
        "“Its power can neither be undermined nor be stamped out by anyone,” the report continued.",
    )
    assert [q.speaker_name for q in quotes] == ["VNA", "VNA"]
    # Two spokesmen may be of two bodies: only a text goes on.
    quotes = quotes_with_names(
        "“The line will reopen on Monday,” a spokesman for Vell Rail said.",
        "“We are looking into the matter,” the spokesman for the police said.",
    )
    assert quotes[1].speaker_name != "Vell Rail"


def test_a_bodys_own_statement_is_the_bodys() -> None:
    quotes = quotes_with_names(
        "Acme Corporation, a tour company, said its guide was on the flight.",
        "“Our thoughts and prayers are with the families of everyone aboard,” the company’s statement said.",
    )
    assert [q.speaker_name for q in quotes] == ["Acme Corporation"]


def test_the_statements_author_is_found_again_without_compiling_its_patterns_again(monkeypatch) -> None:
    # Its patterns hold the 2,000 reporting verbs, slow to make; re's own cache of 512 patterns lets them go between
    # two articles that need them (purged here, as after 512 others), so they are kept apart from it.
    paragraphs = ("In a statement, Acme spokeswoman Lena Marsh said their guide on the flight was Ann Pell, of Vellby.",
                  "“Aboard the flight were nine Acme guests and two crew members,” the statement said.")
    assert [q.speaker_name for q in quotes_with_names(*paragraphs)] == ["Lena Marsh"]
    re.purge()
    compiled: list[str] = []
    compile_pattern = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda pattern, flags=0: compiled.append(pattern) or compile_pattern(
        pattern, flags))
    assert [q.speaker_name for q in quotes_with_names(*paragraphs)] == ["Lena Marsh"]
    assert [len(pattern) for pattern in compiled if len(pattern) > 10_000] == []


_ACME_HEADLINE = "Data of a million Acme customers stolen"
_ACME_LEAD = "Credit agency Acme said on Thursday that a breach of its systems may have exposed a million customers."


def quotes_under(title: str, *paragraphs: str) -> list[Quote]:
    page = Article(id="a", source_file="a.txt", title=title, paragraphs=list(paragraphs))
    return find_quotes(page, find_mentions(page))


def test_the_company_is_the_one_company_the_article_is_about() -> None:
    quotes = quotes_under(
        _ACME_HEADLINE,
        _ACME_LEAD,
        "The company, which keeps credit data for lenders, said in a statement that it “acted immediately” to stop "
        "the breach.",
        "“Criminals exploited a flaw in a website to reach certain files,” the statement said.",
        "Acme said it would write to every customer affected.",
        "Shares of the company fell five per cent after hours, CNBC noted.",
        "The company said that the files of “about 200,000 customers” were taken.",
    )
    # (a news outlet named since is who reported it, no other company "the company" may be)
    assert [q.speaker_name for q in quotes] == ["Acme", "Acme", "Acme"]
    # Another company named since the article last named its own: "the firm" may be either.
    quotes = quotes_under(
        _ACME_HEADLINE,
        _ACME_LEAD,
        "Acme said it would write to every customer affected.",
        "Shares in Bolt Industries, a rival, rose.",
        "The firm said: “We are sorry.”",
    )
    assert [q.speaker_name for q in quotes] == [None]


def test_it_added_after_the_firm_said_is_the_firm() -> None:
    quotes = quotes_under(
        _ACME_HEADLINE,
        _ACME_LEAD,
        "Acme said it would write to every customer affected.",
        "The firm said on Friday that the files of 20,000 customers were stolen.",
        "It added: “We will write to them all.”",
    )
    assert [q.speaker_name for q in quotes] == ["Acme"]


def test_a_bodys_spokesperson_speaks_for_it() -> None:
    quotes = quotes_under(_ACME_HEADLINE, _ACME_LEAD, "Acme's spokesperson called it “the March event.”")
    assert [q.speaker_name for q in quotes] == ["Acme"]
