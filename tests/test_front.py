"""The front page's story in brief: what the headlines tell comes first."""

from __future__ import annotations

from dossier.crossref import Catalog
from dossier.structure import Article, Claim, Dossier, Entity, Figure, Mention, Statement

OUTLETS = {"a": "Daily A", "b": "Daily B", "c": "Daily C"}


def _claim(claim_id: str, summary: str, tellers: str, wire: str | None = None) -> Claim:
    """A claim each of ``tellers`` (article ids) asserts in its second paragraph, in the words of its title."""
    return Claim(claim_id, summary, [Statement(a, 1, f"{summary}.", "asserts", outlet=OUTLETS[a], wire=wire)
                                     for a in tellers])


def _brief(headlines: dict[str, str], claims: list[Claim], **dossier: list) -> list[str]:
    articles = [Article(a, f"seeds/{a}.txt", title, ["Vell, Monday.", "Text."], outlet=OUTLETS[a])
                for a, title in headlines.items()]
    built = Dossier(articles=articles, claims=claims, statements=[s for c in claims for s in c.statements], **dossier)
    return [view.claim.id for view in Catalog(built).main_claims()]


def test_the_brief_leads_with_the_fact_every_headline_tells_though_the_bodies_tell_another_more() -> None:
    headlines = {"a": "Vell dam bursts, 300 homes flooded", "b": "300 homes flooded as dam bursts",
                 "c": "Dam burst floods homes in Vell"}
    rain = _claim("rain", "Heavy rain fell across the county on Sunday", "abc")  # three outlets
    dam = _claim("dam", "The Vell dam burst on Monday, flooding 300 homes", "ab")  # two, what the headlines tell
    assert _brief(headlines, [rain, dam]) == ["dam", "rain"]


def test_the_figure_the_headlines_give_tells_their_fact_in_other_words() -> None:
    headlines = {a: "Vell raises its offer for Tarn to $121 billion" for a in OUTLETS}
    bid = _claim("bid", "Vell's bid is worth $121 billion", "ab")
    for statement in bid.statements:
        statement.figures = [Figure("$121 billion", 121e9, "USD")]
    rain = _claim("rain", "Heavy rain fell across the county on Sunday", "abc")
    assert _brief(headlines, [rain, bid]) == ["bid", "rain"]


def test_a_line_sharing_only_the_storys_names_with_the_headlines_does_not_lead() -> None:
    headlines = {a: "Ann Lee of Vell quits as mayor" for a in OUTLETS}
    quits = _claim("quits", "Ann Lee quit as mayor on Monday", "ab")
    visit = _claim("visit", "Ann Lee opened a bridge in Vell", "ab")  # her name and her town, no fact of the headlines
    rain = _claim("rain", "Heavy rain fell across the county on Sunday", "abc")
    lee = Entity("ann-lee", "Ann Lee", "person", aliases=["Lee"])
    vell = Entity("vell", "Vell", "place")
    mentions = [Mention(a, 0, 0, 4, "Vell", "place", "vell") for a in OUTLETS]
    mentions += [Mention(a, 1, 0, 7, "Ann Lee", "person", "ann-lee") for a in OUTLETS]
    brief = _brief(headlines, [quits, visit, rain], entities=[lee, vell], mentions=mentions)
    assert brief == ["quits", "rain", "visit"]


def test_a_headline_fact_of_one_source_never_leads_over_a_fact_several_sources_tell() -> None:
    headlines = {a: "Vell dam bursts, 300 homes flooded" for a in OUTLETS}
    # Three outlets running one agency's story: one source, however many outlets carry it.
    dam = _claim("dam", "The Vell dam burst on Monday, flooding 300 homes", "abc", wire="Newswire")
    rain = _claim("rain", "Heavy rain fell across the county on Sunday", "ab")
    assert _brief(headlines, [dam, rain]) == ["rain", "dam"]


def test_a_past_years_story_in_the_headlines_words_does_not_lead_over_the_news_more_outlets_tell() -> None:
    # "A boy fell into the bear pit at Tarn zoo in 1996" shares the headlines' words, but tells a year before the
    # story's: background, which follows the news the most outlets tell.
    headlines = {"a": "Boy falls into bear pit at Vell zoo", "b": "Bear shot after boy falls into pit",
                 "c": "Vell zoo bear shot after boy falls into its pit"}
    background = _claim("background", "In 1996 a boy fell into the bear pit at Tarn zoo", "ab")
    closed = _claim("closed", "The bear house will stay closed until further notice", "abc")
    closed.statements[0].text = "The bear house will stay closed until further notice, the 2016 statement said."
    assert _brief(headlines, [background, closed]) == ["closed", "background"]
