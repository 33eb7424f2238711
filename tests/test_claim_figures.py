"""Figures a reader compares across outlets: times of day, ranges, areas and volumes, prices."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dossier.claims import find_statements, group_claims
from dossier.claims.detection import is_statement
from dossier.claims.figures import claim_figures, counts_told_apart, figure_disagreement, positions_told_apart
from dossier.entities import find_mentions
from dossier.figures import parse_figures, positions
from dossier.quotes import find_quotes
from dossier.structure import Article, Claim, Statement


def _told(article_id: str, text: str, when: str | None = "2026-01-01") -> Statement:
    return Statement(article=article_id, paragraph=0, text=text, figures=parse_figures(text, when))


def _disagree(*statements: Statement) -> bool:
    return figure_disagreement(Claim(id="c", summary="s", statements=list(statements)))


@pytest.mark.parametrize(("text", "value", "counted"), [
    ("The ferry from Vell landed in Portmere at 10:15 a.m. on Sunday.", 615, "arrival (time of day)"),
    ("The ferry from Vell landed in Portmere at 10:15 p.m.", 22 * 60 + 15, "arrival (time of day)"),
    ("The ferry took off from Vell at 22:15 with 80 people on board.", 22 * 60 + 15, "departure (time of day)"),
    ("At 9.45am, the ferry arrived at the pier.", 9 * 60 + 45, "arrival (time of day)"),
    ("The ferry was due to leave Vell at 11:55 pm.", 23 * 60 + 55, "scheduled departure (time of day)"),
])
def test_a_time_of_day_is_a_figure_of_its_event(text: str, value: int, counted: str) -> None:
    [time] = [figure for figure in parse_figures(text) if figure.unit == "time of day"]
    assert (time.value, time.counted) == (value, counted)


def test_a_time_of_no_event_or_of_either_half_of_the_day_is_no_figure() -> None:
    assert parse_figures("The ferry docked at the pier and the crew went ashore at 10:15.") == []  # a.m. or p.m.?
    assert parse_figures("The mayor spoke to the crowd at 10:15 a.m. on Sunday.") == []  # the time of what?


def test_times_of_one_event_told_by_two_outlets_disagree() -> None:
    morning = _told("a", "It landed in Portmere at 10:15 a.m.")
    evening = _told("b", "The ferry landed in Portmere at 10:15 p.m. after a long crossing.")
    early = _told("c", "The ferry from Vell landed in Portmere at 9:45 am.")
    assert _disagree(morning, evening) and _disagree(morning, early)
    assert {row[0].text for row in claim_figures(Claim(id="c", summary="s", statements=[morning, evening]))
            if row[2]} == {"10:15 a.m.", "10:15 p.m."}
    assert not _disagree(morning, _told("d", "The ferry from Vell landed in Portmere at 10:15 am."))


def test_times_of_different_events_or_days_or_a_timetable_are_no_rivals() -> None:
    landed = _told("a", "The ferry landed in Portmere at 10:15 a.m.")
    assert not _disagree(landed, _told("b", "The ferry took off from Vell at 9:45 am."))
    assert not _disagree(_told("a", "The ferry took off from Vell at 12:05 a.m."),
                         _told("b", "The ferry was scheduled to take off from Vell at 11:55 p.m."))
    assert not _disagree(_told("a", "The ferry landed in Portmere at 10:15 a.m. on Sunday."),
                         _told("b", "The ferry landed in Portmere at 9:45 a.m. on Monday."))


def test_a_short_sentence_with_a_verb_and_a_figure_is_a_statement() -> None:
    assert is_statement("It landed in Portmere at 10:15 a.m.")
    assert is_statement("Flight VA12 landed at 22:15.")
    assert not is_statement("Thu, 10 Nov 2011 02:45 PM")
    assert not is_statement("Portmere, 10:15 a.m.")
    assert not is_statement("Vell Hall: 12 killed")  # a line of a list
    assert not is_statement("Roe (5-11, 220) played at Vell State.")  # numbers of no unit


def test_two_outlets_giving_two_times_of_one_landing_make_a_contested_claim() -> None:
    def told(article_id: str, *paragraphs: str) -> list[Statement]:
        return find_statements(Article(id=article_id, source_file=f"{article_id}.txt", title=article_id,
                                       paragraphs=list(paragraphs), outlet=f"Outlet {article_id}"), [], [])

    first = told("a", "Vell Air flight 12 took off from Ostmark at 12:05 a.m. on New Year's Day.",
                 "It landed in Portmere at 10:15 a.m. on New Year's Eve.")
    second = told("b", "Vell Air flight 12 landed in Portmere at 10:15 p.m. on New Year's Eve.")
    claims = group_claims([*first, *second])
    landing, later = first[1], second[0]
    assert landing.claim == later.claim != first[0].claim
    [claim] = [claim for claim in claims if claim.id == landing.claim]
    assert claim.disagreement


@pytest.mark.parametrize(("text", "low", "high", "counted"), [
    ("Roe was arrested four or five times last year.", 4, 5, "time arrested"),
    ("The ferry was late 4-5 times last month.", 4, 5, "time"),
    ("Between 4 and 5 people were hurt in the crash.", 4, 5, "injured"),
    ("Some 10 to 15 people were hurt in the crash.", 8.5, 17.25, "injured"),
])
def test_a_range_is_one_figure_spanning_it(text: str, low: float, high: float, counted: str) -> None:
    [figure] = parse_figures(text)
    assert (figure.value, figure.low, figure.high, figure.counted) == (None, low, high, counted)


def test_a_range_agrees_with_a_figure_inside_it_and_a_change_or_score_is_no_range() -> None:
    assert not _disagree(_told("a", "Roe was arrested four or five times."), _told("b", "Roe was arrested four times."))
    assert _disagree(_told("a", "Roe was arrested four or five times."), _told("b", "Roe was arrested nine times."))
    assert [f.value for f in parse_figures("The toll rose from 40 to 50 people overnight.")] == [40, 50]
    assert [f.text for f in parse_figures("Vell suffered a 2-3 defeat on Sunday.")] == []


@pytest.mark.parametrize(("text", "unit"), [
    ("The council sold an 800-square metre plot.", "square meter"),
    ("The council sold a 1,200 sq m plot.", "square meter"),
    ("The council sold an 800-square-foot flat.", "square feet"),
    ("The fire burnt 300 square miles of forest.", "square mile"),
    ("The lorry dumped 5 cubic metres of sand.", "cubic meter"),
])
def test_square_and_cubic_units_are_areas_and_volumes(text: str, unit: str) -> None:
    [figure] = parse_figures(text)
    assert figure.unit == unit


def test_money_after_a_name_and_a_comma_is_money_not_an_age() -> None:
    [price] = parse_figures("Fans were asked to give the cost of a meal at a Vell-Burger, about $6.50, to charity.")
    assert (price.unit, price.value) == ("USD", 6.5)
    assert parse_figures("Jo Roe, 20, was charged on Sunday.") == []  # an age, as before


def test_a_time_of_day_is_a_detail_a_restatement_without_it_may_leave_out() -> None:
    # Each gives the time of one event only: no rival times, one landing told twice.
    landed = _told("a", "The ferry from Vell landed safely in Portmere at 10:15 a.m. on Sunday after the storm.")
    left = _told("b", "The ferry from Vell left at 6:00 a.m. and landed safely in Portmere on Sunday after the storm.")
    group_claims([landed, left])
    assert landed.claim == left.claim


@pytest.mark.parametrize("text", [
    "Paired up, the eddies travel ten times as fast as a normal eddy.",
    "The new chip runs hundreds of times faster than the old one.",
    "The pair spin up to 20 times the speed of ordinary eddies.",
    "The reservoir is now five times its former size.",
    "Ferries cross to Vell three times a week.",
    "Sales grew ten-fold in a year.",
])
def test_a_ratio_or_a_rate_is_no_figure_of_a_claim(text: str) -> None:
    assert claim_figures(Claim(id="c", summary="s", statements=[_told("a", text)])) == []
    # Still a number two statements of one fact share: "10 times faster" and "20 times faster" are two facts.
    assert all(f.unit is None for f in parse_figures(text))


def _claims_of(*texts: str) -> list[Claim]:
    return group_claims([Statement(article=f"a{n}", paragraph=0, text=text, figures=parse_figures(text))
                         for n, text in enumerate(texts)])


def test_a_ratio_keeps_statements_apart_as_an_amount_does() -> None:
    # Two ratios of two things: two facts.
    assert len(_claims_of(
        "The new chip is said to be up to 10 times faster than current processors.",
        "Data could be sent at one gigabit a second, up to 20 times faster than current networks.")) == 2
    # A ratio one gives and the other does not: how much cheaper is a fact of its own.
    assert len(_claims_of(
        "Vellcorp has launched a scheme to stop the smuggling of cheaper pills, sold to poorer countries, "
        "back into Europe.",
        "Pills supplied to poorer countries are now more than thirty times cheaper than those sold in Europe.")) == 2


def test_how_many_times_something_happened_is_still_a_figure() -> None:
    assert [f.counted for f in parse_figures("Roe was stabbed 12 times in the chest.")] == ["time"]
    assert [f.counted for f in parse_figures("Roe played 40 times as Vell captain.")] == ["time"]


def test_two_ratios_of_one_speed_are_no_rival_figures() -> None:
    # The two outlets compare the eddies to different things: neither tells a count that can be wrong.
    assert not _disagree(_told("a", "Paired up, the eddies travel ten times as fast as a normal eddy."),
                         _told("b", "The paired eddies move about 100 times faster than a current."))


def test_a_range_of_number_words_keeps_both_ends() -> None:
    [across] = parse_figures("The eddies are swirls some tens to hundreds of kilometres across.")
    assert (across.text, across.low, across.high, across.unit) == ("some tens to hundreds", 20, 999, "kilometer")
    [fled] = parse_figures("Hundreds to thousands of people fled the valley.")
    assert (fled.low, fled.high, fled.unit) == (200, 9_999, "people")
    [hurt] = parse_figures("Twenty-five to thirty people were hurt in the crash.")
    assert (hurt.text, hurt.low, hurt.high) == ("Twenty-five to thirty", 25, 30)
    # So a size inside the range is no rival of it.
    assert not _disagree(_told("a", "The eddies are swirls some tens to hundreds of kilometres across."),
                         _told("b", "The eddy was 50 kilometres across."))


@pytest.mark.parametrize(("text", "shown", "low", "high", "unit"), [
    ("Members of the Vell club spent $30,000 to $50,000 on fees.", "$30,000 to $50,000", 30_000, 50_000, "USD"),
    ("The repairs to the Portmere pier cost $4-5 million.", "$4-5 million", 4e6, 5e6, "USD"),
    ("The council paid between £10m and £12m for the land.", "between £10m and £12m", 10e6, 12e6, "GBP"),
    ("The bridge will cost €2 billion to €3 billion.", "€2 billion to €3 billion", 2e9, 3e9, "EUR"),
    ("About 4-5 million people watched the final.", "About 4-5 million", 3.4e6, 5.75e6, "people"),
    ("Two to three hundred people marched through Vell.", "Two to three hundred", 200, 300, "people"),
])
def test_a_range_of_money_or_of_a_scaled_number_is_one_figure_with_both_ends(
        text: str, shown: str, low: float, high: float, unit: str) -> None:
    [figure] = parse_figures(text)
    assert (figure.text, figure.value, figure.unit) == (shown, None, unit)
    assert (figure.low, figure.high) == pytest.approx((low, high))


def test_money_of_a_change_a_list_or_two_scales_is_no_range() -> None:
    assert [f.value for f in parse_figures("The monthly fee rose from its usual £3 to £5.")] == [3, 5]
    assert [f.value for f in parse_figures("Vellcoin dropped more than $11 billion to $106 billion.")] == [11e9, 106e9]
    assert [f.value for f in parse_figures("Seats cost $3,000, $4,000 or $5,000.")] == [3_000, 4_000, 5_000]
    assert [f.value for f in parse_figures("Bids of £30m, £40m or £50m were refused.")] == [30e6, 40e6, 50e6]
    assert [f.value for f in parse_figures("The shop sold it for $500 to $5 million.")] == [500, 5e6]


@pytest.mark.parametrize(("text", "unit"), [
    ("Some of the men spent $30,000 to $50,000 a year on the scheme.", "USD a year"),
    ("Members of the club pay up to $50,000 per year.", "USD a year"),
    ("The cleaners at Vell earn £9 an hour.", "GBP an hour"),
    ("Rent in Portmere is €1,200 a month.", "EUR a month"),
    ("The firm earned $5 million a year ago.", "USD"),
])
def test_a_sum_of_money_per_span_of_time_keeps_the_rate_in_its_unit(text: str, unit: str) -> None:
    [figure] = parse_figures(text)
    assert (figure.unit, figure.counted) == (unit, unit)


def test_a_yearly_sum_is_no_rival_of_a_one_off_sum() -> None:
    assert not _disagree(_told("a", "Some of the men spent $50,000 a year on the scheme."),
                         _told("b", "Some of the men spent $300,000 on the scheme."))
    assert _disagree(_told("a", "Some of the men spent $50,000 a year on the scheme."),
                     _told("b", "Some of the men spent $300,000 a year on the scheme."))


def test_a_range_of_yearly_sums_and_its_upper_end_told_elsewhere_stay_one_claim() -> None:
    def told(article_id: str, text: str) -> Statement:
        [statement] = find_statements(Article(id=article_id, source_file=f"{article_id}.txt", title=article_id,
                                              paragraphs=[text], outlet=f"Outlet {article_id}"), [], [])
        return statement

    ranged = told("a", "This pastime can be dear: some of these men spent $30,000 to $50,000 a year, "
                       "according to police.")
    upper = told("b", "Vell's betting trade has grown right alongside its shipping trade and the town's police have "
                      "said that some men spend up to $50,000 per year on bets.")
    assert [(f.text, f.unit) for f in ranged.figures] == [("$30,000 to $50,000", "USD a year")]
    group_claims([ranged, upper])
    assert ranged.claim == upper.claim


def test_a_figure_is_of_the_date_written_nearest_it_not_of_a_span_bound() -> None:
    seized = "Officials said that on March 3 they seized a ferry that on March 1 carried 80 passengers."
    [carried] = parse_figures(seized, "March 3")  # the build passes a sentence's first date
    assert carried.when == "March 1"
    # So another outlet's count of that day disagrees with it, where the seizure's date had kept the two apart.
    counted = _told("b", "The ferry carried 95 passengers on March 1.", "March 1")
    assert _disagree(_told("a", seized, "March 3"), counted)
    snow = "Another 24 inches fell by Tuesday night, bringing the total since Dec. 23 to 62 inches."
    assert {figure.when for figure in parse_figures(snow, "Tuesday night")} == {"Tuesday night"}


def test_a_short_word_after_a_number_is_no_unit_and_per_cent_is_percent() -> None:
    # "two law enforcement sources" counts sources, not "law"; a British "per cent" is the percent of "5%".
    assert [(f.value, f.unit) for f in parse_figures("Two law enforcement sources told the Vell Post.")] == [
        (2, "source")]
    assert [(f.value, f.unit) for f in parse_figures("Shares fell five per cent on Monday.")] == [
        (f.value, f.unit) for f in parse_figures("Shares fell 5% on Monday.")]
    assert [(f.value, f.unit) for f in parse_figures("The 8.5 ton station fell.")] == [(8.5, "ton")]


def test_the_count_of_who_tells_a_fact_is_no_figure_of_it() -> None:
    [told] = find_statements(Article("a", "seeds/a.txt", "Flights", [
        "Two brothers were booked on separate flights, two law enforcement sources told the Vell Post."]), [], [])
    assert [(f.value, f.unit) for f in told.figures] == [(2, "brother")]


def test_estimates_of_one_force_told_apart_disagree_and_another_group_is_no_second_value() -> None:
    # "another 1,000 troops" are others than the 850: the Vell Times' own count of the base is the 850, so its
    # "about 850" and the Vell Post's "roughly 1,000" of one base's troops are two figures the reader must see.
    times = _told("a", "Ostland, which heads the mission in the north, has about 850 soldiers at a base near Tarn, "
                       "with another 1,000 troops coming from 20 partner countries.")
    assert [f.modifiers for f in times.figures if f.unit == "troops"] == [(), ("other",)]
    post = _told("b", "Roughly 1,000 Ostland service members have remained at a military base near Tarn.")
    assert _disagree(times, post)
    marked = {(s.article, f.text): conflicting
              for f, s, conflicting in claim_figures(Claim(id="c", summary="s", statements=[times, post]))}
    assert marked == {("a", "about 850"): True, ("a", "another 1,000"): False, ("a", "20"): False,
                      ("b", "Roughly 1,000"): True}
    # An estimate the other's "about" takes in is one figure rounded two ways; an addition to a count of something
    # else ("two were killed and a further 12 injured") is no other group.
    assert not _disagree(_told("a", "Ostland has about 900 soldiers at the base near Tarn."), post)
    assert [f.modifiers for f in parse_figures("Two people were killed and a further 12 people were injured.")] == [
        (), ()]


def _counted(article_id: str, paragraph: int, text: str, claim: str) -> Statement:
    return Statement(article=article_id, paragraph=paragraph, text=text, figures=parse_figures(text), claim=claim,
                     outlet=f"Daily {article_id.upper()}")


def test_counts_of_the_injured_told_apart_across_claims_only_when_each_article_counts_them_one_way() -> None:
    told = [_counted("a", 0, "A ferry struck a pier in Vell and 25 people were injured, police said.", "crash"),
            _counted("b", 1, "Police say 27 people are injured.", "police")]
    assert [[(f.value, s.article) for f, s in rows] for rows in counts_told_apart(told)] == [[(25, "a"), (27, "b")]]
    # An article giving two counts of the injured tells a running count or two groups: none of its counts is the one.
    assert counts_told_apart([*told, _counted("b", 2, "Police had earlier said 12 people were injured.", "x")]) == []
    # A count of another year, or deep in an article (another event's, as often), is no count of the story's.
    assert counts_told_apart([told[0], _counted("b", 1, "In 2009, 27 people were injured in Vell.", "y")]) == []
    assert counts_told_apart([told[0], _counted("b", 8, "Police say 27 people are injured.", "y")]) == []
    # Two outlets telling 25 and 27 in one claim: that claim's figures show it (``figure_disagreement``).
    assert counts_told_apart([told[0], replace(told[1], claim="crash")]) == []


def test_a_toll_in_a_clause_describing_a_noun_is_the_outlets_not_the_cited_sources() -> None:
    # "according to the Vell police" cites them for whom the gunman acted with, not for the toll the outlet recalls in
    # passing; the mayor's words are her horror, the fire's toll is the outlet's. Beside a figure of its own ("Twenty
    # people died"), a clause goes on with the ministry's account.
    article = Article("a", "seeds/a.txt", "Fire", [
        "The gunman, who killed 12 people and injured dozens more, acted alone, according to the Vell police.",
        "Mayor Jo Roe said she was horrified by a fire at a Vell hotel that left at least 20 dead.",
        "Twenty people died in the attack, which also wounded 50, the Vell Interior Ministry said."])
    mentions = find_mentions(article)
    told = find_statements(article, find_quotes(article, mentions), mentions)
    figures = {(s.paragraph, s.source_name): [(f.text, f.outlets_own) for f in s.figures] for s in told if s.figures}
    assert figures == {(0, "the Vell police"): [("12", True), ("dozens", True)],
                       (1, "Jo Roe"): [("at least 20", True)],
                       (2, "Vell Interior Ministry"): [("Twenty", False), ("50", False)]}


def test_shares_of_different_measures_do_not_disagree() -> None:
    # "14 per cent larger" and "30 per cent brighter" are two facts of the moon, not two outlets' figures for one.
    larger = _told("a", "The supermoon will look 14 per cent larger than usual.")
    brighter = _told("b", "The supermoon will look 30 percent brighter than usual.")
    assert [f.counted for f in [*larger.figures, *brighter.figures]] == ["percent larger", "percent brighter"]
    assert not _disagree(larger, brighter)


def test_a_share_of_one_measure_is_compared_with_the_same_measure_elsewhere() -> None:
    both = _told("a", "The supermoon will look 14 per cent larger and 30 per cent brighter than usual.")
    bigger = _told("b", "The supermoon will look 7 per cent bigger than usual.")
    assert _disagree(both, bigger)


def test_a_share_of_a_whole_says_of_what() -> None:
    [share] = parse_figures("The senator won 52 percent of the vote.")
    assert share.counted == "percent of vote"


def test_a_part_of_the_dead_in_an_aside_leaves_the_count_of_the_killed() -> None:
    # events truck_attack_in_nice, The Sun ¶0 and the NYT ¶1: the 84 are the killed, the children some of them; the
    # claim's Figures table compares the 84 with the other outlets' counts of the dead.
    sun = parse_figures("At least 84 people, including 10 children, were killed by a suspected ISIS fanatic.")
    assert [(f.text, f.counted) for f in sun] == [("At least 84", "killed"), ("10", "children")]
    [nyt] = parse_figures("Officials and witnesses said at least 84 people, including children, were killed.")
    assert nyt.counted == "killed"
    [arrested] = parse_figures("Twenty-eight people, including a Briton, have been arrested after a global operation.")
    assert arrested.counted == "arrested"


def test_a_noun_written_the_same_in_the_plural_counts_itself() -> None:
    # "three series" counts series, not a "sery"; "two news reports" is no count of "new".
    [series] = parse_figures("The clubs played three series in May.")
    [species] = parse_figures("Scientists found 12 species of frog.")
    assert (series.counted, species.counted) == ("series", "species")


def test_a_possessive_after_a_counted_noun_counts_the_noun() -> None:
    # reviewer34, events hack_equifax_breach, thesun-1f90 p1: "up to 400,000 British people's personal information"
    # counted "people'", with the mark kept; "two of the band's guitarists" counted "band'".
    [people] = parse_figures("The firm admitted that up to 400,000 British people's personal details were leaked.")
    [guitarists] = parse_figures("She referred to the deaths of two of the band's guitarists from overdoses.")
    assert (people.counted, guitarists.counted) == ("people", "guitarist killed")


def test_numbers_count_with_the_nouns_before_them() -> None:
    # reviewer34, thesun-897 p4: "209,000 US credit card numbers" counted "number", beside "182,000 consumers" of
    # another sentence in one claim's Figures table; a reader is told the figure counts card numbers.
    [cards] = parse_figures("Hackers stole 209,000 US credit card numbers and addresses.")
    [lines] = parse_figures("The regulator has barred more than 1,000 premium rate numbers.")
    assert (cards.counted, lines.counted) == ("credit card number", "premium rate number")


def test_a_toll_named_as_the_subject_counts_the_dead_past_a_clause_describing_the_attack() -> None:
    # events truck_attack_in_nice, China Daily p1: "Death toll in Nice attack, in which a man drove a heavy truck into
    # crowds on July 14 ..., rose to 85, Christian Estrosi ... announced" gave a figure counting nothing.
    [nice] = parse_figures("Death toll in Vell attack, in which a man drove a truck into crowds on July 14 in the "
                           "city, rose to 85, Jo Roe, president of the region announced on Thursday.")
    [plain] = parse_figures("The death toll from the attack rose to 85.")
    assert (nice.counted, plain.counted) == ("killed", "killed")
    [residents] = parse_figures("The death toll rose in the city of 40,000 residents.")
    assert residents.counted == "resident"


def test_people_among_the_dead_are_a_part_of_the_toll_not_the_toll() -> None:
    # events truck_attack_in_nice, The Sun p19: "more than 10 children were among the dead" counted the killed, as
    # China Daily's "Death toll … rose to 85" does, and the two were taken for one count told two ways.
    [children] = parse_figures("The regional president confirmed more than 10 children were among the dead.")
    [toll] = parse_figures("The death toll from the attack rose to 85.")
    assert (children.counted, toll.counted) == ("children killed", "killed")


def test_a_number_of_dozens_is_twelve_times_it() -> None:
    # basil 2013_526cabb7, Fox p7: "nearly two-dozen executive actions" was read as 2, counting "dozen".
    [actions] = parse_figures("Obama has signed nearly two-dozen executive actions on guns.")
    [hurt] = parse_figures("Two dozen people were hurt in the blast.")
    assert (actions.value, actions.counted, hurt.value, hurt.counted) == (24, "action", 24, "injured")


def test_a_count_after_another_count_and_its_event_does_not_take_that_event() -> None:
    # croydon_tram_trash, Guardian p1: "Seven people were killed and more than 50 taken to hospital" counted the 50 as
    # killed, a rival of the toll of seven.
    [dead, taken] = parse_figures("Seven people were killed and more than 50 taken to hospital after the crash.")
    [_, injured] = parse_figures("Seven people were killed and more than 50 injured.")
    [_, wounded] = parse_figures("Gunmen killed 12 people and wounded 40.")
    assert (dead.counted, taken.counted, injured.counted, wounded.counted) == ("killed", None, "injured", "injured")


def test_figures_count_the_noun_a_reader_reads_not_an_age_a_pronoun_or_an_adjunct() -> None:
    # croydon_tram_trash: "The tram driver, 42, from Beckenham" (an age), Andy Nias's "30 of us" (counting "us");
    # panama_papers: "more than 100 media groups" (counting "media"), "12 current or former world leaders" (nothing).
    assert parse_figures("The tram driver, 42, from Beckenham, has been arrested.") == []
    [riders] = parse_figures("There were 30 of us on the tram this morning.")
    [groups] = parse_figures("The files were shared with more than 100 media groups.")
    [leaders] = parse_figures("The documents reference 12 current or former world leaders.")
    assert (riders.counted, groups.counted, leaders.counted) == ("people", "group", "leader")
    # bbc tech_389: a share after a name and a comma is no age ("Jo Roe, 20, was…").
    [share] = parse_figures("According to Vell Research, 29% of the people it questioned said they were technophobes.")
    assert share.unit == "percent"


def test_a_distance_from_a_place_is_no_rival_of_how_far_a_thing_went() -> None:
    """events north_Korea_hokkaido_missile: "Figures disagree" set NYT ¶16's "landing about 730 miles off the coast of
    Cape Erimo" against Sun ¶26's "The missile travelled around 1,677 miles": where it came down, and how far it flew.
    Two distances from one place, or two distances flown, still disagree."""
    off = _told("a", "The missile broke into three pieces, landing about 730 miles off the coast of Cape Vell.")
    flew = _told("b", "The missile travelled around 1,677 miles before it broke into three pieces.")
    assert not _disagree(off, flew)
    assert _disagree(off, _told("c", "The missile broke up and landed about 1,200 miles off the coast of Cape Vell."))
    assert _disagree(flew, _told("d", "The missile travelled around 700 miles before it broke into three pieces."))
    assert not _disagree(flew, _told("e", "It came down about 180 kilometres away from Port Tarn."))
    assert [f.counted for f in off.figures if f.unit == "mile"] == ["mile (from a place)"]


@pytest.mark.parametrize(("text", "read"), [
    # The event is the first of the lap's clause: the suspension's lap, not the crash's after it.
    ("The Vell Grand Prix was suspended on lap 20 after Jo Roe crashed out in the rain.", [(20, "stoppage (lap)", ())]),
    ("The race was stopped for a second time in the 28th lap with some drivers furious.",
     [(28, "stoppage (lap)", ("second",))]),
    ("Lap 29 Drivers are left furious as the stewards stop the race with another red flag.",
     [(29, "stoppage (lap)", ("second",))]),
    ("The first stoppage came on lap twelve when Ann Lee spun.", [(12, "stoppage (lap)", ("first",))]),
    # A stage done, not the one it happened in: "after 20 of 71 laps" is the 21st lap's stoppage.
    ("The race was halted after 20 of 71 scheduled laps on Sunday.", [(20, "stoppage (laps completed)", ())]),
    ("The race was red-flagged with 21 of 71 laps completed.", [(21, "stoppage (laps completed)", ())]),
    # The event after the lap when none comes before it in its clause.
    ("Jo Roe brought the safety car out on lap 13 when he smashed his car into the wall.", [(13, "crash (lap)", ())]),
    ("Ann Lee crashed out in the 48th of 71 laps when she was 14th.", [(48, "crash (lap)", ())]),
    # A lap of no event compared, or of an event in another clause, is no figure.
    ("On lap seven the safety car peeled into the pit lane.", []),
    ("Racing resumed at the end of lap 19 but Jo Roe crashed moments later.", []),
    ("He drove the last 15 laps in the rain and crashed twice.", []),
    # A driver's pit stop is no stoppage of the race.
    ("Jo Roe stopped on lap 30 for new tyres, a long stop.", []),
])
def test_the_lap_a_sentence_tells_an_event_happened_on_is_a_figure_of_that_event(
        text: str, read: list[tuple[float, str, tuple[str, ...]]]) -> None:
    assert [(f.value, f.counted, f.modifiers) for f, _ in positions(text)] == read


def _lap(article_id: str, paragraph: int, text: str) -> Statement:
    return Statement(article=article_id, paragraph=paragraph, text=text, outlet=f"Daily {article_id.upper()}")


def _named_in(statement: Statement) -> dict[str, str]:
    return {name: name.lower() for name in ("Roe", "Lee") if name in statement.text}


def test_an_event_told_at_two_laps_by_two_outlets_is_told_apart_only_when_it_is_one_event() -> None:
    second = [_lap("a", 0, "The race was stopped for a second time on lap 28 after heavy rain."),
              _lap("b", 3, "Lap 29 Drivers are left furious as the stewards stop the race with another red flag.")]
    assert [(person, [(f.value, s.article) for f, s in rows]) for person, rows in positions_told_apart(
        second, _named_in)] == [(None, [(28, "a"), (29, "b")])]
    # The first stoppage and the second are two events, whatever laps they are told at.
    first = _lap("c", 1, "The race was suspended on lap 20 after the rain grew heavier.")
    assert positions_told_apart([second[0], first], _named_in) == []
    # Unmarked, a stoppage no earlier than the second's lap is no first one: "stopped on lap 29" is the second told
    # without its "again", not a first stoppage at 29 against another outlet's 20.
    assert positions_told_apart([second[0], first, _lap("d", 2, "The race was stopped on lap 29.")],
                                _named_in) == []
    # A crash is one person's: Roe's on lap 13 and Lee's on lap 14 are two crashes; Roe's told at 13 and 14 is one.
    roe = _lap("a", 1, "Jo Roe crashed on lap 13 at the first corner.")
    assert positions_told_apart([roe, _lap("b", 1, "Ann Lee crashed on lap 14.")], _named_in) == []
    assert [person for person, _ in positions_told_apart([roe, _lap("b", 1, "Lap 14 Jo Roe has a big smash.")],
                                                         _named_in)] == ["roe"]
    # A person named in another clause is not whose crash it is.
    assert positions_told_apart([roe, _lap("b", 1, "A car crashed on lap 14, leaving Jo Roe furious.")],
                                _named_in) == []
    # A sentence naming two people does not say whose crash it is; an outlet telling one event at two laps is left
    # aside (two events, or its own slip), as is another year's race.
    assert positions_told_apart([roe, _lap("b", 1, "Lap 14 Jo Roe and Ann Lee crash.")], _named_in) == []
    assert positions_told_apart([*second, _lap("b", 4, "The race was stopped again on lap 30.")], _named_in) == []
    assert positions_told_apart([second[0], replace(second[1], text=f"In 2015, {second[1].text}")], _named_in) == []


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("The Vell council proposed a 40-60 hour training program for wardens.", 40, 60, "hour"),
    ("Wardens in Vell must take a 40- to 60-hour course.", 40, 60, "hour"),
    ("The ferry firm won a two- to three-year contract from Vell.", 2, 3, "year"),
    ("The Portmere pier will cost $3- to $5-million.", 3e6, 5e6, "USD"),
    ("Repairs to the Portmere pier cost $3-million to $5-million.", 3e6, 5e6, "USD"),
    ("The ferry to Vell is a 4-5 hour trip.", 4, 5, "hour"),
])
def test_a_range_written_as_a_compound_adjective_is_one_figure_of_its_measure(
        text: str, low: float, high: float, unit: str) -> None:
    [figure] = parse_figures(text)
    assert (figure.value, figure.unit) == (None, unit)
    assert (figure.low, figure.high) == pytest.approx((low, high))


@pytest.mark.parametrize("text", [
    "Vell beat Portmere 3-1 on Sunday.",
    "Roe's side went 9-3 in the cup.",
    "The 2015-16 season was the club's best.",
    "A 3 day old calf was found near Vell.",
    "Roe won a third term in Vell.",
    "The ferry sails on the third of March.",
    "Vell fought the Six Day War in 1967.",
])
def test_a_score_a_record_a_season_an_age_or_an_ordinal_is_no_range_or_share(text: str) -> None:
    assert parse_figures(text) == []


def test_a_fraction_of_a_whole_is_a_share_said_roundly() -> None:
    [armed] = parse_figures("Two-thirds of the wardens in Vell are armed.")
    assert (armed.text, armed.unit, armed.counted) == ("Two-thirds", "percent", "percent of wardens")
    assert armed.value == pytest.approx(200 / 3)
    [guarded] = parse_figures("One-half to two-thirds of the schools in Vell have a warden.")
    assert (guarded.text, guarded.value, guarded.counted) == ("One-half to two-thirds", None, "percent of schools")
    # Each end as rounded as "about" allows: 50 × 0.85 and 66.7 × 1.15.
    assert (guarded.low, guarded.high) == pytest.approx((42.5, 230 / 3))
    # "A third" and 30 percent are one share rounded two ways; half of the voters is another share.
    third = _told("a", "A third of voters in Vell backed Roe.")
    assert not _disagree(third, _told("b", "30 percent of voters in Vell backed Roe."))
    assert _disagree(third, _told("b", "50 percent of voters in Vell backed Roe."))
    # A part of one thing measures it ("three quarters of an hour"), quarters after "the" or more than four of them are
    # periods and "a half" after "and" a part of a span: no share of a whole.
    for text in ("The crossing took three quarters of an hour.", "Vell grew after the three quarters of contraction.",
                 "Roe spoke for the first hour and a half of the meeting.", "Vell scored in nine quarters of play."):
        assert "percent" not in [f.unit for f in parse_figures(text)]


def test_a_range_written_with_a_hyphen_and_with_to_makes_one_claim() -> None:
    def told(article_id: str, text: str) -> Statement:
        [statement] = find_statements(Article(id=article_id, source_file=f"{article_id}.txt", title=article_id,
                                              paragraphs=[text], outlet=f"Outlet {article_id}"), [], [])
        return statement

    hyphened = told("a", "Roe, though, did call for a 40-60 hour training program for armed wardens.")
    written = told("b", "The panel proposed a model training program, 40 to 60 hours per person, for wardens in Vell.")
    assert [(f.low, f.high, f.unit) for f in hyphened.figures] == [(40, 60, "hour")]
    group_claims([hyphened, written])
    assert hyphened.claim == written.claim
