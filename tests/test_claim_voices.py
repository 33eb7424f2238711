"""Claims: whose words a statement is (a speaker's, a document's, the outlet's own) and what its claim's status is."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.claims import cite_quote_speakers, find_statements, group_claims, quoted_speakers
from dossier.claims.detection import _is_outlet
from dossier.claims.sources import find_source
from dossier.claims.statements import apposed_group
from dossier.entities import find_mentions
from dossier.pipeline import analyse
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote, Statement


def statements_of(article_id: str, outlet: str, *paragraphs: str) -> list[Statement]:
    text = Article(id=article_id, source_file=f"{article_id}.txt", title=article_id, paragraphs=list(paragraphs),
                   outlet=outlet)
    mentions = find_mentions(text)
    return find_statements(text, find_quotes(text, mentions), mentions)


def told(article_id: str, outlet: str, text: str, **fields: object) -> Statement:
    found = Statement(article=article_id, paragraph=0, text=text, stance="asserts", outlet=outlet)
    for name, value in fields.items():
        setattr(found, name, value)
    return found


def test_a_paragraph_a_quote_runs_on_into_is_its_speakers_words() -> None:
    found = statements_of(
        "a", "Outlet a",
        "Professor Ilse Varga, who led the survey of the Vell harbour, said: “What we found was a ring of cold "
        "water turning slowly under the harbour of Vell for six months.",
        "“Cold rings almost always drift to the north, but these ones travel south along the harbour wall.",
        "The rings need calm water to form, which is rare in the harbour. I have looked at other harbours of the "
        "coast but I have only seen them in Vell.”")
    last = [s for s in found if s.paragraph == 2]
    assert last and all(s.quoted and s.source_name == "Ilse Varga" for s in last)


def test_first_person_words_outside_marks_are_not_the_outlets() -> None:
    found = statements_of("a", "Outlet a", "The harbour of Vell was surveyed by boat in the spring of last year.",
                          "I have looked at other harbours of the coast but I have only seen these rings in Vell.")
    assert [s.quoted for s in found] == [False, True]


def test_words_one_speaker_is_quoted_saying_are_quoted_not_agreed_though_one_outlet_drops_the_marks() -> None:
    line = "I have looked at other harbours of the coast but I have only seen these rings in Vell"
    quoted = [told(x, f"Outlet {x}", f"“{line},” Varga said.", quoted=True, source_name="Ilse Varga") for x in "ab"]
    [bare] = statements_of("c", "Outlet c", f"{line}.")
    claims = {c.id: c for c in group_claims([*quoted, bare])}
    assert bare.claim == quoted[0].claim and claims[bare.claim].status == "quoted"


def test_a_speakers_line_an_outlet_prints_word_for_word_without_marks_is_still_theirs() -> None:
    line = "The cold rings need an area of calm water to form under the harbour, which itself is quite unusual"
    quoted = [told(x, f"Outlet {x}", f"“{line},” Varga said.", quoted=True, source_name="Ilse Varga") for x in "ab"]
    bare = told("c", "Outlet c", f"{line}.")
    claims = {c.id: c for c in group_claims([*quoted, bare])}
    assert bare.claim == quoted[0].claim and claims[bare.claim].status == "quoted"


def test_a_name_with_its_description_before_said_that_is_the_source() -> None:
    assert find_source("Varga, the lead author of the survey published in the Vell Journal of the Sea, said that "
                       "what they found was a ring of cold water.") == "Varga"


def test_according_to_a_named_person_is_that_persons_word() -> None:
    [found] = statements_of("a", "Outlet a", "The coach left hospital on Friday and his brain is now “perfectly fine,” "
                            "according to Dr. Ilse Varga, the club's head physician.")
    assert found.source_name == "Ilse Varga" and found.stance == "asserts"
    [relayed] = statements_of("b", "Outlet b", "The coach left hospital on Friday, according to several reports.")
    assert relayed.stance == "reports"


def test_a_persons_description_naming_a_body_is_not_the_body() -> None:
    found = statements_of("a", "Outlet a", "Tom Berg announced his retirement from the Vell Rovers on Monday.",
                          "“The tears you see are tears of joy,” the two-time VFL coach of the year said on Monday.")
    assert found[-1].source_name is None


def test_he_after_a_person_named_as_an_owner_is_not_that_person() -> None:
    found = statements_of("a", "Outlet a",
                          "Tom Berg said he decided to retire after Jon Lund's late goal at the Vell stadium on "
                          "Sunday. He told his team after the 3-2 victory over the Harnwick Rovers.")
    assert found[-1].source_name != "Jon Lund"


def test_a_letter_said_is_the_letters_word_not_the_outlets() -> None:
    a = statements_of("a", "Outlet a", "The Vell Music Board was “hopelessly out of touch with the music of today,” "
                      "the letter said.")
    b = statements_of("b", "Outlet b", "The letter added that the Vell Music Board was hopelessly out of touch with "
                      "the music of today.")
    assert all(s.stance == "reports" for s in [*a, *b])
    [claim] = [c for c in group_claims([*a, *b]) if len(c.statements) == 2]
    assert claim.status != "agreed"


def test_an_announcement_outlets_tell_in_their_own_words_is_agreed() -> None:
    a = statements_of("a", "Outlet a", "Tom Berg announced his retirement after 15 seasons as coach of the Vell "
                      "Rovers on Monday.")
    b = statements_of("b", "Outlet b", "Tom Berg announced his retirement on Monday after 15 seasons as coach of the "
                      "Vell Rovers.")
    [claim] = [c for c in group_claims([*a, *b]) if len(c.statements) == 2]
    assert claim.status == "agreed"


def test_outlets_sharing_a_long_sentence_word_for_word_are_one_source_for_it() -> None:
    line = ("The cold rings under the harbour of Vell are cut in half by the sea wall, so divers see the two ends of "
            "each ring at the surface.")
    copies = [told(x, f"Outlet {x}", line) for x in "ab"]
    [claim] = group_claims(copies)
    assert len(claim.sources) == 1 and claim.status == "single source"


def test_a_capitalised_my_or_i_inside_a_sentence_is_a_name_not_a_speaker() -> None:
    found = statements_of("a", "Outlet a", "In May, the Vell regulator shut down My Big Coin, a scheme that took "
                          "$6 million from savers.", "The harbour bridge of Vell was built after World War I was over.")
    assert not any(s.quoted for s in found)


def test_a_straight_mark_opening_after_a_space_is_no_quote_running_on() -> None:
    [found] = statements_of("a", "Outlet a", 'The Vell council rejected the plan, calling it part of what it described '
                            'as " harbourphobia ." The mayor left the meeting early.')[:1]
    assert not found.quoted


def test_according_to_is_a_report_where_the_person_is_not_its_source() -> None:
    for sentence in ("Jo Roe worked as a hostess at the Vell Casino from 2010 to 2013, according to her online "
                     "profile.",
                     "According to the Vell Daily, Jo Roe said to the Harnwick Post that the harbour would close."):
        [found] = statements_of("a", "Outlet a", sentence)
        assert found.stance == "reports", sentence


def test_a_spokesperson_described_speaks_for_the_body() -> None:
    found = statements_of("a", "Outlet a", "The Vell Harbour Board met on Monday.",
                          "The Vell Harbour Board press secretary said the bridge would reopen on Friday.")
    assert found[-1].source_name == "Vell Harbour Board"


def test_the_newsrooms_we_is_the_outlets_own_voice() -> None:
    found = statements_of("a", "Outlet a", "As we have reported, the Vell harbour bridge was closed for repairs.",
                          "Vell Port has announced the details of what we now know is the new ferry timetable.")
    assert not any(s.quoted for s in found)


def test_a_letter_sent_saying_is_the_letters_word() -> None:
    [found] = statements_of("a", "Outlet a", "Twelve harbour pilots sent a letter to the Vell Port Board, saying it "
                            "was “hopelessly out of touch with the ships of today.”")
    assert found.stance == "reports"


def test_a_quote_the_quotes_stage_gives_to_a_body_in_a_persons_description_has_no_source() -> None:
    text = Article(id="a", source_file="a.txt", title="a", outlet="Outlet a", paragraphs=[
        "Tom Berg announced his retirement from the Vell Rovers on Monday.",
        "'The tears you see are tears of joy,' the two-time VFL coach of the year said"])
    mentions = find_mentions(text)
    quotes = find_quotes(text, mentions)
    for quote in quotes:
        quote.speaker_name = "VFL"  # as a quotes stage might name it
    assert find_statements(text, quotes, mentions)[-1].source_name is None


def test_a_shared_long_sentence_with_a_phrase_in_marks_is_still_one_text() -> None:
    copies = [told(x, f"Outlet {x}", "Designed by a Vell firm, the square around the new harbour hall is meant to be "
                   f"a {mark}meeting place{mark} for the people of the town.")
              for x, mark in (("a", "'"), ("b", '"'))]
    [claim] = group_claims(copies)
    assert claim.status == "single source"


def test_according_to_a_named_body_is_its_word_and_according_to_an_outlet_a_report() -> None:
    opening = "The Vell Space Agency launched the Harbour probe in March."
    told = "an area of warm water kept the sea free of ice around the glacier."
    cases = {f"According to the Vell Space Agency, {told}": ("asserts", "Vell Space Agency"),
             f"According to a report by the Vell Space Agency, {told}": ("reports", "Vell Space Agency"),
             f"According to the Vell Times, {told}": ("reports", "Vell Times")}
    # An outlet known by name, a call sign, a name ending in TV, or a name that is part of an outlet's relay a report.
    for body, cited in (("The BBC", "the BBC"), ("KVEL", "KVEL"), ("VellTV", "VellTV"),
                        ("The Vell Matin", "the Vell Matin newspaper"), ("Vell Front", "a Vell Front-affiliated site")):
        found = statements_of("a", "Outlet a", f"{body} sent a crew to Vell in March.",
                              f"According to {cited}, {told}")[-1]
        assert found.stance == "reports", cited
    assert _is_outlet("KVEL") and not _is_outlet("WHO")
    for sentence, (stance, source) in cases.items():
        found = statements_of("a", "Outlet a", opening, sentence)[-1]
        assert (found.stance, found.source_name) == (stance, source), sentence


def test_a_group_with_the_name_it_goes_by_is_the_source() -> None:
    # Before: the name alone was taken as the source, and when it named no entity the outlet's own voice was assumed.
    assert find_source("The event organisers, It's Time for Vell, said on Facebook that a canister had exploded.") \
        == "The event organisers, It's Time for Vell"
    assert apposed_group("The event organisers, It's Time for Vell") == "The event organisers"
    assert apposed_group("Jo Roe, Vell Fest") == "Jo Roe, Vell Fest"
    [found] = statements_of("a", "Outlet a", "The event organisers, It's Time for Vell, said on Facebook that a "
                                             "canister had exploded.")
    assert found.source_name is not None


def test_a_quote_running_past_its_sentence_is_the_speakers_words() -> None:
    # What was said is the quotation, which runs on into the next sentence: the speaker's words, however long the
    # words before it.
    found = statements_of(
        "a", "Outlet a",
        "Speaking at the harbour fair in Vell, the harbour master said last Tuesday: “Small ferries can quickly "
        "become unsafe for passengers and crews. We will check every one of them before the summer.”")
    assert found[0].quoted


def test_a_group_noun_in_the_singular_and_the_plural_is_one_source() -> None:
    line = "believed a gas canister had exploded on the barge, setting off the whole display over the bay of Vell"
    a = told("a", "Outlet a", f"The event organisers said they {line}.", source_name="The event organisers",
             source="The event organisers")
    b = told("b", "Outlet b", f"The organiser said they {line}.", source_name="The organiser", source="The organiser")
    [claim] = [c for c in group_claims([a, b]) if len(c.statements) == 2]
    assert claim.status == "quoted"
    said = statements_of("c", "Outlet c", "The organiser said a gas canister had exploded on the barge in the bay.")
    assert said[-1].source_name == "The organiser"


@pytest.mark.parametrize(("verb", "status"), [
    # Announcing her own run is an act the outlets tell in their own words.
    ("announced", "agreed"),
    # Saying she runs is her word the outlets relay.
    ("said", "quoted"),
])
def test_announcing_ones_own_plan_is_the_outlets_telling_not_a_relayed_line(verb: str, status: str) -> None:
    a = statements_of("a", "Outlet a", f"Senator Ilse Varga {verb} she is running for mayor of Vell in the election "
                      "next year.")
    b = statements_of("b", "Outlet b", f"Ilse Varga {verb} that she will run for mayor of Vell in the election next "
                      "year.")
    [claim] = [c for c in group_claims([*a, *b]) if len(c.statements) == 2]
    assert claim.status == status


def test_a_quote_whose_speaker_the_quotes_stage_names_without_the_middle_initial_cites_the_speaker() -> None:
    text = Article(id="a", source_file="a.txt", title="a", outlet="Outlet a", paragraphs=[
        "Jane R. Doe, the mayor of Vell, spoke to reporters on Monday.",
        "“The harbour bridge will stay closed until every girder is checked,” said Ms. Doe."])
    mentions = find_mentions(text)
    start = text.paragraphs[1].index("The harbour")
    line = Quote(id="a-q1", article="a", paragraph=1, text="The harbour bridge will stay closed until every girder "
                 "is checked,", start=start, end=start + 70, speaker_name="Jane Doe")
    [quoted] = [s for s in find_statements(text, [line], mentions) if s.paragraph == 1]
    assert quoted.source_name == "Jane R. Doe"


def test_a_statement_inside_a_quote_whose_speaker_another_article_names_cites_that_speaker() -> None:
    paragraph = "The company said: “Vellco has worked with the harbour police for many years on safety.”"
    start = paragraph.index("Vellco")
    line = Quote(id="b-q1", article="b", paragraph=0, text=paragraph[start:-2], start=start, end=len(paragraph) - 2,
                 speaker="vellco")  # given by the same quote's group, the article naming no speaker of its own
    inside = told("b", "Outlet b", "Vellco has worked with the harbour police for many years on safety.", quoted=True)
    own = told("b", "Outlet b", "The harbour police opened an inquiry.", quoted=False)
    names = {"vellco": "Vellco"}
    cite_quote_speakers([inside, own], quoted_speakers([inside, own], [line], {"b": [paragraph]}, names), names)
    assert (inside.source, inside.source_name) == ("vellco", "Vellco")
    assert own.source is None and own.source_name is None


def test_one_speakers_short_quote_in_two_articles_is_one_claim() -> None:
    first = told("a", "Outlet a", "“I will not resign,” she said after the meeting, according to the Vell Post.",
                 quoted=True, source_name="Jane Doe")
    second = told("b", "Outlet b", "“I will not resign,” said Ms. Doe, who tried to end questions about her health.",
                  quoted=True, source_name="Jane R. Doe")
    other = told("c", "Outlet c", "“I will not resign,” said Tom Hale, the harbour master, on Friday evening.",
                 quoted=True, source_name="Tom Hale")
    claims = group_claims([first, second, other])
    assert first.claim == second.claim != other.claim and len(claims) == 2


def test_a_line_an_article_prints_without_naming_its_speaker_cites_whom_another_article_names(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    line = "The harbour bridge was closed on Monday after engineers found cracks in two of its girders"
    (seeds / "vellpost-com__1.txt").write_text(
        f"Bridge stays shut\n\n“{line},” Mayor Ilse Varga said on Monday in Vell.\n", encoding="utf-8")
    (seeds / "harnwicktimes-com__2.txt").write_text(
        "Vell bridge shut\n\nA notice was pinned to the door of the Vell town hall on Monday morning. "
        f"“{line}.” Drivers face long queues on the coast road.\n", encoding="utf-8")
    dossier = analyse(seeds, None, tmp_path, log=lambda message: None)
    said = [s for s in dossier.statements if "cracks" in s.text]
    assert len(said) == 2 and all(s.source_name == "Ilse Varga" for s in said)


def test_what_someone_is_expected_to_do_is_no_one_s_word() -> None:
    # "is expected to" is someone unnamed's expectation of Roe, not Roe speaking; "is said to have told" still reports
    # what Roe told.
    assert find_source("Roe is expected to make public more of the report, but lawmakers are demanding all of it.") \
        is None
    assert find_source("Roe is expected to announce that she will run.") is None
    assert find_source("Roe is said to have told friends she would quit.") == "Roe"


def test_a_surname_saying_something_cites_whom_it_names_not_the_one_relative_named_in_full(tmp_path: Path) -> None:
    # "Varga says" is the actress (her uses' pronouns, another report's full name), not "Tomas Varga", the father the
    # profile names once in full: so are the statements it cites her for.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "vellpost-com__1.txt").write_text(
        "The actress speaks\n\nVarga says he introduced her to the studio boss at a dinner in 1994.\n\n"
        "She grew up in Vell; her father, Tomas Varga, is a professor of history.\n\n"
        "Varga says she warned the producer that night.\n\nVarga says that she left the set in tears.\n\n"
        "Varga recalls that her neck was hurt in the crash.\n", encoding="utf-8")
    (seeds / "harnwicktimes-com__2.txt").write_text(
        "Actress accuses producer\n\nThe actress Lena Varga accused the producer on Friday.\n", encoding="utf-8")
    dossier = analyse(seeds, None, tmp_path, log=lambda message: None)
    names = {e.id: e.name for e in dossier.entities}
    warned = [s for s in dossier.statements if "warned the producer" in s.text]
    assert warned and [names.get(s.source) for s in warned] == ["Lena Varga"]


def _sources(tmp_path: Path, *articles: str) -> dict[str, str | None]:
    """Each statement of a story of ``articles`` (a title, then paragraphs, blank lines between) → its source."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n, text in enumerate(articles):
        (seeds / f"{'abc'[n]}.txt").write_text(text, encoding="utf-8")
    dossier = analyse(seeds, None, tmp_path, log=lambda message: None)
    return {s.text: s.source_name for s in dossier.statements}


def test_he_said_is_never_the_woman_named_before_it(tmp_path: Path) -> None:
    sources = _sources(tmp_path, "Director regrets crash\n\nThe director Jack Brennan has said letting Uma Roe drive "
                                 "the car that crashed on the set was a mistake.\n\nHe said he drove the car in one "
                                 "direction to test it, but then asked Roe to drive it the other way.\n\n"
                                 "Roe suffered neck and knee injuries in the crash.\n")
    assert sources["He said he drove the car in one direction to test it, but then asked Roe to drive it the other "
                   "way."] is None


def test_she_said_is_never_the_man_named_before_it(tmp_path: Path) -> None:
    sources = _sources(tmp_path, "Actress speaks out\n\nThe actress Uma Vell says the producer Harvey Roe attacked "
                                 "her in a hotel room.\n\nRoe has denied the claims.\n\nShe said that, years ago, "
                                 "Roe's longtime collaborator, director Jack Brennan, coerced her into driving a car "
                                 "down a dirt road.\n")
    assert sources["She said that, years ago, Roe's longtime collaborator, director Jack Brennan, coerced her into "
                   "driving a car down a dirt road."] is None


def test_a_name_in_someones_quoted_words_is_not_whom_he_said_names(tmp_path: Path) -> None:
    sources = _sources(tmp_path, "Director regrets crash\n\nThe director Jack Brennan said the crash on the set was "
                                 "a mistake.\n\nIn an interview, the director said he heard \"Uma Roe was nervous "
                                 "about the drive\" but none of them thought it was a stunt.\n\nHe said he drove down "
                                 "the road to check it was safe and thought it would be fine.\n")
    assert sources["He said he drove down the road to check it was safe and thought it would be fine."] \
        == "Jack Brennan"
