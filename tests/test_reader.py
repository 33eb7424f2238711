"""The reading and cleaning stage, on small composed pages and on real corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dossier.entities import find_mentions
from dossier.pipeline import undated_articles, unknown_outlets
from dossier.quotes import find_quotes
from dossier.reader import MAX_BYTES, load_sources, read_article, read_folder
from dossier.structure import Article, Note, slugify

REPO = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("DOSSIER_CORPORA") or Path(__file__).resolve().parents[2] / "shared" / "corpora")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def read(tmp_path: Path, text: str, name: str = "page.txt"):
    return read_article(write(tmp_path, name, text), tmp_path)


def corpus(name: str) -> Path:
    folder = CORPORA / name
    if not folder.is_dir():
        pytest.skip(f"shared corpus {folder} not present")
    return folder


# ---------------------------------------------------------------- cleaning


def test_wordpress_page_keeps_only_the_story(tmp_path):
    article = read(
        tmp_path,
        "Council approves new cycle lanes\n\n"
        "Staff Reporter\n3 min read\n\n"
        "The city council voted on Tuesday to build four new cycle lanes.\n\n"
        "Work will start in the spring, the council said.\n\n"
        "Tags: transport, council\nShare this:\nTweet\nFacebook\nLike this:\nLike Loading...\n\n"
        "2 comments\n\nMary said: great news for the city, finally somebody listens to cyclists.\n",
    )
    assert article.title == "Council approves new cycle lanes"
    assert article.author == "Staff Reporter"
    assert article.paragraphs == [
        "The city council voted on Tuesday to build four new cycle lanes.",
        "Work will start in the spring, the council said.",
    ]


def test_news_site_furniture_and_captions(tmp_path):
    article = read(
        tmp_path,
        "Storm closes harbour\n"
        "Image copyright Reuters Image caption Waves broke over the sea wall on Sunday\n"
        "The harbour was closed on Sunday after waves damaged the sea wall.\n"
        "Advertisement Continue reading the main story\n"
        "MOST READ IN NEWS SIN CITY How a resort became a haven PORN DEATHS Star reveals ‘unbearable’ pressures\n"
        "Related Stories 'WORST YET TO COME' Leader mocks claims\n"
        "Read more: Five storms that changed the coast\n"
        "Fishing boats were moved inland. (AP Photo/Jane Roe)\n"
        "Photo: Boats lined up on the quay\n"
        "AP:Associated Press Crowds watched from the cliff\n"
        "Reuters The lifeboat crew rescued two walkers\n"
        "EPA A coastguard helicopter hovers over the bay\n"
        "FILE - In this Sept. 30, 2016, file photo, the harbour master poses at the quay. The harbour was closed "
        "on Sunday. The master said repairs would take a week. " + "Waves broke over the wall. " * 12
        + "(AP Photo/Jane Roe, File)\n"
        "EPA Administrator Jane Roe said the sea wall would be rebuilt.\n"
        "Photos: Storm on the coast Waves hit the pier. Hide Caption 1 of 2 Photos: Storm on the coast A crane "
        "lifted a boat. Hide Caption 2 of 2\n"
        "Skip Twitter post by @harbourmaster Harbour closed until further notice. "
        "— Harbour Office (@harbourmaster) March 3, 2024 Report\n"
        "The harbour master said repairs would take a week.\n"
        "Copyright 2024 The Coast Courier. All rights reserved.\n",
    )
    assert article.paragraphs == [
        "The harbour was closed on Sunday after waves damaged the sea wall.",
        "EPA Administrator Jane Roe said the sea wall would be rebuilt.",
        "“Harbour closed until further notice.” — Harbour Office (@harbourmaster) March 3, 2024",
        "The harbour master said repairs would take a week.",
    ]
    assert article.captions == [
        "Waves broke over the sea wall on Sunday",
        "Fishing boats were moved inland. (AP Photo/Jane Roe)",
        "Boats lined up on the quay",
        "Crowds watched from the cliff",
        "The lifeboat crew rescued two walkers",
        "A coastguard helicopter hovers over the bay",
        "FILE - In this Sept. 30, 2016, file photo, the harbour master poses at the quay. The harbour was closed "
        "on Sunday. The master said repairs would take a week. " + "Waves broke over the wall. " * 12
        + "(AP Photo/Jane Roe, File)",
        "Storm on the coast Waves hit the pier.",
        "Storm on the coast A crane lifted a boat.",
    ]
    assert article.outlet == "The Coast Courier"


def test_newsletter_paywall_and_comment_form(tmp_path):
    article = read(
        tmp_path,
        "Why the river flooded\n\n"
        "Heavy rain upstream raised the river by two metres overnight.\n\n"
        "Engineers say the old levee was not built for it.\n\n"
        "Author\n\n"
        "Discover more from The River Letter\n\n"
        "Subscribe to get the latest posts sent to your email.\n\n"
        "One thought on “Why the river flooded”\n\n"
        "I live by the river and this is exactly what happened to our street last night.\n\n"
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Subscribe now to keep reading and get access to the full archive.\n\nContinue reading\n",
    )
    assert article.outlet == "The River Letter"
    assert article.paragraphs == [
        "Heavy rain upstream raised the river by two metres overnight.",
        "Engineers say the old levee was not built for it.",
    ]


def test_staff_credits_are_shown_apart_from_the_text(tmp_path):
    article = read(
        tmp_path,
        "Port reopens after storm\n\n"
        "The port reopened on Monday, its director Ana Ruiz said.\n\n"
        "(Additional reporting by Jo Park in Lima; Editing by Sam Lee and Kim Ode)\n\n"
        "The Associated Press contributed to this report.\n",
    )
    assert article.paragraphs == ["The port reopened on Monday, its director Ana Ruiz said."]
    assert article.credits == [
        "Additional reporting by Jo Park in Lima; Editing by Sam Lee and Kim Ode",
        "The Associated Press contributed to this report.",
    ]


def test_a_link_to_another_article_between_paragraphs_is_furniture(tmp_path):
    article = read(
        tmp_path,
        "Halftime show review\n\nThe singer opened with a new song.\n\n"
        "Man of the Woods review – failed fusion of rural rhythms Read more\n\n"
        "He closed with an old hit. Fans who want to know more can read more\n",
    )
    assert article.paragraphs == [
        "The singer opened with a new song.",
        "He closed with an old hit. Fans who want to know more can read more",
    ]


def test_another_articles_headline_in_brackets_is_a_link_not_text_but_an_editors_note_stays(tmp_path):
    article = read(
        tmp_path,
        "Schoolgirls freed\n\n[Editor's note: An earlier version misspelled a name.]\n\n"
        "The girls were freed on Thursday.\n\n[Graphic: The toll of the group's attacks on civilians]\n\n"
        "[ How the talks began ]\n\nThey met the vice president.\n",
    )
    assert article.paragraphs == [
        "[Editor's note: An earlier version misspelled a name.]",
        "The girls were freed on Thursday.",
        "They met the vice president.",
    ]


def test_a_sign_up_box_a_photo_credit_a_slideshow_teaser_and_story_highlights_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Race stopped\n\nGet daily updates directly to your inbox + Subscribe Thank you for subscribing! "
        "Invalid Email\n\nThe race was stopped twice.\n\n(Image: Getty Images)\n\n"
        "Cars ranked Tue, March 22 Sport ranks the new cars Play slideshow Getty Images 1 of 11\n\n"
        "Story highlights Four hours into the race, the cars returned to the pits\n\n"
        "Tom Reyes celebrates after the Vell Cubs win the cup (Getty)\n\n"
        "Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT THE RACE Cars 1st | 2:30 The cars "
        "raced. (Dec. 15) AP 1 of 41 Last VideoNext Video\n\n"
        "He said the inbox of the team was full.\n",
    )
    assert article.paragraphs == ["The race was stopped twice.", "He said the inbox of the team was full."]


def test_related_headlines_share_bars_embed_signatures_and_image_credits_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "More: Why the port of Harnwick lost its night crossings\n\n"
        "A post shared by Jane Roe (@jane.roe) on Feb 4, 2018 at 9:50pm PST\n\n"
        "Harbour chart image via Shutterstock\n\n"
        "More crossings are planned for the spring.\n\n"
        "Read or Share this story: https://example.com/2abc\n\n"
        "\u2014 With assistance by Sam Lee\n\n"
        "Information from: The Harnwick Courier, http://www.example.com\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday.", "More crossings are planned for the spring."]
    assert article.credits == ["\u2014 With assistance by Sam Lee", "Information from: The Harnwick Courier, http://www.example.com"]


def test_video_playlists_tip_lines_follow_prompts_and_print_footers_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "JUST WATCHED Why ferries stop at night Replay More Videos ... MUST WATCH Why ferries stop at night 01:26\n\n"
        "We pay for your stories! Do you have a story for our news team? Email us at tips@example.com\n\n"
        "Craving even more? Like us on Facebook or Follow us on Twitter.\n\n"
        "Join the conversation See the latest news and share your comments with us on Facebook and Twitter.\n\n"
        "Order Reprints | Today's Paper | Subscribe A version of this article appears in print on Page A 14.\n\n"
        "Trending Right Now:\n\n"
        "The union said its members would follow the new rota.\n",
    )
    assert article.paragraphs == [
        "The ferry strike ended on Friday.", "The union said its members would follow the new rota."]


def test_related_headlines_reporter_follow_prompts_and_widget_headers_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "Related Why Did the Harnwick Ferry Stop? The Night Crossings Explained\n\n"
        "Continue reading…\n\nScroll for video\n\nHarnwick Top Deals:\n\nUK news in pictures\n\n"
        "Follow Courier reporter Sam Lee on Twitter: @samlee\n\n"
        "Related problems with the rota were settled too.\n",
    )
    assert article.paragraphs == [
        "The ferry strike ended on Friday.", "Related problems with the rota were settled too."]


def test_teasers_for_other_stories_run_into_one_line_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday, the NATIONAL UNION OF SEAFARERS said.\n\n"
        "HARBOUR HORROR Crane falls on the quay SIN CITY How Vell became a party town "
        "FERRY FURY Can Harnwick's new boats beat the old ones?\n\n"
        "More crossings are planned for the spring.\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday, the NATIONAL UNION OF SEAFARERS said.",
                                  "More crossings are planned for the spring."]


def test_links_to_other_articles_at_the_end_and_newsletter_prompts_are_furniture(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "The Morning Tide is a new daily newsletter from the Courier. Who knows what you'll miss if you don't "
        "Subscribe.\n\nHave a suggestion on how we can improve The Morning Tide? Send us a note.\n\n"
        "Do you have a story for the Courier news team? Email us at tips@example.com\n\n"
        "More crossings are planned for the spring.\n\nThe union said the deal would hold.\n\n"
        "Read more:\n\nThe port of Harnwick lost its night crossings. Here is why.\n\n"
        "A ferry captain’s last voyage\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday.", "More crossings are planned for the spring.",
                                  "The union said the deal would hold."]


def test_a_wire_credit_closing_the_last_paragraph_is_a_credit(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "The union said the deal would hold. (Editing by Jo Roe; Please credit the Harbour Foundation. Visit "
        "example.org to see more stories.)\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday.", "The union said the deal would hold."]
    assert article.credits == ["Editing by Jo Roe; Please credit the Harbour Foundation. Visit example.org to see "
                               "more stories."]


def test_a_page_of_only_a_links_disclaimer_has_no_article_text(tmp_path):
    write(tmp_path, "a.txt", "Harnwick News\n\nExternal links are provided for reference purposes. Harnwick News is "
                             "not responsible for the content of external Internet sites.\n\n"
                             "Copyright © 2018 Harnwick News.\n")
    write(tmp_path, "b.txt", "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
                             "The BBC is not responsible for the content of external sites.\n")
    articles, skipped = read_folder(tmp_path, tmp_path)
    assert [(s.path, s.reason) for s in skipped] == [("a.txt", "no article text after removing page furniture")]
    assert articles[0].paragraphs == ["The ferry strike ended on Friday."]


def test_a_photo_gallery_and_a_photographer_credit_are_captions_but_a_numbered_tweet_stays_whole(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\nThe ferry strike ended on Friday.\n\n"
        "3 show all Ferry strike in pictures\n\n"
        "1/3 29 November 2017 Crowds gather at the quay Rex Features\n\n"
        "2/3 28 November 2017 A ferry leaves the harbour at dawn\n\n"
        "3/3 27 November 2017 Dockers vote on the offer Jane Roe\n\n"
        "The union's leader spent the holiday at home. Sam Lee/Getty Images\n\n"
        "1/2 Today we handed the keys back to the port. \u2014 Harnwick Dockers (@hdockers) October 13, 2016\n\n"
        "The results of round 2 show all parties level.\n",
    )
    # the tweet's "1/2" numbers a thread, not a gallery's photo: the tweet stays whole, in its place
    assert article.paragraphs == [
        "The ferry strike ended on Friday.",
        "\u201c1/2 Today we handed the keys back to the port.\u201d \u2014 Harnwick Dockers (@hdockers) "
        "October 13, 2016",
        "The results of round 2 show all parties level."]
    captions = " ".join(article.captions)
    assert "2/3" not in captions and "A ferry leaves the harbour at dawn" in captions


def test_a_short_unpunctuated_line_opening_with_a_broadcasters_credit_is_a_caption(tmp_path):
    article = read(
        tmp_path,
        "Tram derails\n\nA tram derailed on Wednesday.\n\n"
        "BBC Police have confirmed a man from Harnwick has been arrested following the incident\n\n"
        "BBC News spoke to a number of passengers on Monday morning about the crash, and most of them said the "
        "tram was going fast as it took the bend near the station and that they had been thrown off their feet\n\n"
        "PA Sport reflects on the week.\n",
    )
    assert "Police have confirmed a man from Harnwick has been arrested following the incident" in article.captions
    assert article.paragraphs[0] == "A tram derailed on Wednesday."
    assert [p[:12] for p in article.paragraphs[1:]] == ["BBC News spo", "PA Sport ref"]


def test_a_caption_ending_in_an_agency_and_photographer_is_no_paragraph(tmp_path):
    article = read(
        tmp_path,
        "Teen charged\n\nThe court charged the teen on Monday.\n\n"
        "The teen speaks to her lawyer at Vell Prison, January 1, 2018. REUTERS/Ann Lee\n\n"
        "The hearing resumes on Friday, said the court's director, Ann Lee/Vell.\n\n"
        "This photo released by Vell's Public Safety Ministry shows the prison gate, Sunday, Dec. 31, 2017.\n\n"
        "This image, taken by a drone, shows the prison gate open on Sunday.\n",
    )
    assert article.paragraphs == ["The court charged the teen on Monday.",
                                  "The hearing resumes on Friday, said the court's director, Ann Lee/Vell.",
                                  "This image, taken by a drone, shows the prison gate open on Sunday."]
    assert article.captions == ["The teen speaks to her lawyer at Vell Prison, January 1, 2018. REUTERS/Ann Lee",
                                "This photo released by Vell's Public Safety Ministry shows the prison gate, "
                                "Sunday, Dec. 31, 2017."]


def test_the_headline_again_with_its_update_date_is_header_furniture(tmp_path):
    article = read(
        tmp_path,
        "Scores killed as truck rams crowd\n\n"
        "Scores killed as truck rams crowd Updated: 2016-07-15 13:14 By Agencies(Vell Daily)\n\n"
        "Nearly 80 people were killed on Thursday, the prosecutor said.\n",
    )
    assert article.published == "2016-07-15"
    assert article.paragraphs == ["Nearly 80 people were killed on Thursday, the prosecutor said."]


def test_a_header_date_line_ending_in_a_wire_credit_dates_the_article(tmp_path):
    # "(Wire)" after the date is the agency's credit: the line is the page's header, not a photo caption.
    article = read(
        tmp_path,
        "Truck rams into crowd, dozens dead\n\n"
        "Truck rams into crowd, dozens dead Updated: 2016-07-15 06:50 (Xinhua)\n\n"
        "PARIS - A truck rammed into a crowd, killing dozens, local media reported early Friday.\n",
    )
    assert article.published == "2016-07-15"
    assert article.captions == []


def test_a_sentence_about_research_is_no_credit(tmp_path):
    article = read(tmp_path, "Study\n\nResearch by the university found that sleep matters (a lot).\n")
    assert article.paragraphs == ["Research by the university found that sleep matters (a lot)."]
    assert article.credits == []


def test_donation_appeal_is_removed(tmp_path):
    article = read(
        tmp_path,
        "Mayor resigns\n"
        "The mayor resigned on Friday after a week of protests.\n"
        "A Message from The Valley Gazette:\n"
        "Dear readers,\n"
        "Independent reporting is under threat. Please support us with a monthly gift.\n"
        "Remind me later.\n"
        "Her deputy will take over until an election in May.\n",
    )
    assert article.outlet == "The Valley Gazette"
    assert article.paragraphs == [
        "The mayor resigned on Friday after a week of protests.",
        "Her deputy will take over until an election in May.",
    ]


def test_appeal_at_end_without_dismiss_button(tmp_path):
    article = read(
        tmp_path,
        "Bridge reopens\nThe bridge reopened to traffic on Monday morning after repairs.\n"
        "Dear readers,\nWe rely on you. If you can, make a donation today so we can keep going.\n"
        "Thank you for your support.\n",
    )
    assert article.paragraphs == ["The bridge reopened to traffic on Monday morning after repairs."]


def test_an_embedded_tweet_stays_in_its_place_as_the_words_of_whoever_signs_it(tmp_path):
    # A tweet is the tweeter's words, not the outlet's: in the text where the page shows it, in quotation marks and
    # signed, so that it is read as a quote of its author; its photo's link is the embed's, no word of it.
    article = read(
        tmp_path,
        "Launch delayed\nThe launch was delayed by a day because of high winds.\n"
        "BREAKING: launch scrubbed for today pic.twitter.com/abc123XYZ\n"
        "— Space Desk (@spacedesk) May 4, 2024\n"
        "A new window opens on Tuesday.\n",
    )
    assert article.paragraphs == [
        "The launch was delayed by a day because of high winds.",
        "“BREAKING: launch scrubbed for today” — Space Desk (@spacedesk) May 4, 2024",
        "A new window opens on Tuesday.",
    ]
    assert article.captions == []


def test_a_story_of_reactions_keeps_its_tweets_and_who_posted_each(tmp_path):
    # A story told in the posts it gathers ("This was how fans reacted.") keeps them, each its author's words; the
    # words a tweet quotes are set in single marks inside its own.
    article = read(
        tmp_path,
        "Vell fans react to the title\n\nThe Vell Rovers won the league on Sunday.\n\n"
        "This was how fans reacted.\n\n"
        "The ghosts can go home now. — Jo Roe (@joroe) May 2, 2018\n\n"
        'The screen at the ground reads: "Champions." pic.twitter.com/AbC123 — Vell Sport (@vellsport) May 2, 2018\n\n'
        "Plane taking off. Let's go Rovers!!!! — Ann Lee (@annlee) May 2, 2018\n",
    )
    assert article.paragraphs == [
        "The Vell Rovers won the league on Sunday.",
        "This was how fans reacted.",
        "“The ghosts can go home now.” — Jo Roe (@joroe) May 2, 2018",
        "“The screen at the ground reads: ‘Champions.’” — Vell Sport (@vellsport) May 2, 2018",
        "“Plane taking off. Let's go Rovers!!!!” — Ann Lee (@annlee) May 2, 2018",
    ]
    assert article.captions == []
    quotes = find_quotes(article, find_mentions(article))
    assert [(q.paragraph, q.speaker_name) for q in quotes] == [(2, "Jo Roe"), (3, "Vell Sport"), (4, "Ann Lee")]


def test_a_tweet_the_text_already_quotes_or_a_sites_headline_and_link_is_set_apart(tmp_path):
    # The text quoting the tweet tells it: the embed under it is a copy, shown apart, as is a site's post promoting
    # a story (a headline, no sentence, and its link); two tweets the page ran into one line are two.
    article = read(
        tmp_path,
        "Vell bridge reopens\n\n"
        "“The bridge is open at last and the first bus crossed it at noon,” the mayor, Jo Roe, tweeted.\n\n"
        "The bridge is open at last and the first bus crossed it at noon! — Jo Roe (@joroe) May 2, 2018\n\n"
        "Ferry sinks off Vell (VIDEO) https://t.co/AbC123 — Vell News (@vellnews) May 2, 2018\n\n"
        "Stuck on the bridge for an hour — Ann Lee (@annlee) May 2, 2018 Moving at last. — Ann Lee (@annlee) May 2, "
        "2018\n\n"
        "Traffic was light by the evening.\n",
    )
    assert article.paragraphs == [
        "“The bridge is open at last and the first bus crossed it at noon,” the mayor, Jo Roe, tweeted.",
        "“Stuck on the bridge for an hour” — Ann Lee (@annlee) May 2, 2018",
        "“Moving at last.” — Ann Lee (@annlee) May 2, 2018",
        "Traffic was light by the evening.",
    ]
    assert article.captions == [
        "Ferry sinks off Vell (VIDEO) https://t.co/AbC123 — Vell News (@vellnews) May 2, 2018",
        "The bridge is open at last and the first bus crossed it at noon! — Jo Roe (@joroe) May 2, 2018",
    ]


def test_a_galleries_player_and_a_browsers_notice_for_an_embed_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n"
        "Your browser does not support iframes.\n\n"
        "1 of 26 Full Screen Autoplay Close Skip Ad × Vell bridge View Photos The bridge reopened. Caption The first "
        "bus crossed. Jo Roe/AP Buy Photo Wait 1 second to continue.\n\n"
        "The first bus crossed at noon.\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday.", "The first bus crossed at noon."]


def test_text_is_verbatim_but_whitespace_normalised(tmp_path):
    article = read(
        tmp_path,
        "Headline\n\nShe said   “it’s <fine> &amp; done”\u00a0 \t today.\u200b\n",
    )
    assert article.paragraphs == ["She said “it’s <fine> &amp; done” today."]


def test_hard_wrapped_lines_are_joined(tmp_path):
    article = read(
        tmp_path,
        "Headline\n\nThe committee met for six hours and\nagreed on a budget for next year.\n\nSecond paragraph.\n",
    )
    assert article.paragraphs == [
        "The committee met for six hours and agreed on a budget for next year.",
        "Second paragraph.",
    ]


# ---------------------------------------------------------------- title, date, byline


def test_title_derived_when_first_line_is_body(tmp_path):
    first = (
        "The regional health authority said on Wednesday that waiting times for routine surgery "
        "had fallen for the third month in a row, the longest run of improvements since 2019."
    )
    article = read(tmp_path, first + "\nHospitals added weekend clinics.\n")
    assert article.paragraphs[0] == first
    assert article.title.endswith("…")
    assert article.title.startswith("The regional health authority said on Wednesday")
    assert len(article.title.split()) <= 12


def test_question_headline_is_kept(tmp_path):
    article = read(tmp_path, "Is the housing market about to turn?\nPrices rose again in June.\n")
    assert article.title == "Is the housing market about to turn?"
    assert article.paragraphs == ["Prices rose again in June."]


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Last updated on October 28th, 2024 at 06:09 pm", "2024-10-28"),
        ("Published 3 March 2024", "2024-03-03"),
        ("Oct. 28, 2024", "2024-10-28"),
        ("Posted: Tuesday, 5 November 2024 14:02 GMT", "2024-11-05"),
        ("Updated 2024-01-09", "2024-01-09"),
        ("PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013", "2013-03-12"),
    ],
)
def test_dateline(tmp_path, line, iso):
    article = read(tmp_path, f"Headline\n{line}\nThe body of the story is here.\n")
    assert article.published == iso
    assert article.paragraphs == ["The body of the story is here."]


def test_date_in_body_sentence_is_not_the_publication_date(tmp_path):
    article = read(tmp_path, "Headline\nThe treaty was signed on March 3, 2024, in Geneva.\n")
    assert article.published is None
    assert article.paragraphs == ["The treaty was signed on March 3, 2024, in Geneva."]


@pytest.mark.parametrize(
    "line, name",
    [("By Jane Doe", "Jane Doe"), ("Author: Omar al Farouk", "Omar al Farouk"), ("By Li Wei | Oct 2, 2023", "Li Wei")],
)
def test_byline(tmp_path, line, name):
    article = read(tmp_path, f"Headline\n{line}\nThe body of the story is here.\n")
    assert article.author == name
    assert article.paragraphs == ["The body of the story is here."]


def test_short_line_after_title_without_furniture_stays(tmp_path):
    # A venue or subhead is not a byline unless it sits among page furniture.
    article = read(tmp_path, "Rovers v United\n\nRiverside Park\n\nRovers host United tonight.\n")
    assert article.author is None
    assert article.paragraphs == ["Riverside Park", "Rovers host United tonight."]


def test_markdown_front_matter(tmp_path):
    article = read(
        tmp_path,
        "---\ntitle: Rail strike called off\noutlet: The Daily Example\n"
        "url: https://example.org/news/rail\npublished: 2024-05-06\nauthor: Sam Lee\n---\n\n"
        "Unions called off the strike\nafter a late offer.\n\nTrains will run as normal.\n",
        name="rail.md",
    )
    assert (article.title, article.outlet, article.source_url) == (
        "Rail strike called off",
        "The Daily Example",
        "https://example.org/news/rail",
    )
    assert (article.published, article.author) == ("2024-05-06", "Sam Lee")
    assert article.paragraphs == ["Unions called off the strike after a late offer.", "Trains will run as normal."]


def test_sources_file_by_glob_and_by_domain(tmp_path):
    sources_file = write(
        tmp_path,
        "sources.yml",
        "outlets:\n  Example Wire:\n    domains: [example.net]\nfiles:\n  'wire_*.txt': Example Wire\n",
    )
    sources = load_sources(sources_file)
    write(tmp_path, "wire_1.txt", "Headline one\nFirst story body.\n")
    write(tmp_path, "x.md", "---\ntitle: T\nurl: https://www.news.example.net/a\n---\nSecond story body.\n")
    write(tmp_path, "y.txt", "Headline three\nThird story body.\n")
    articles, skipped = read_folder(tmp_path, tmp_path, sources=sources)
    assert skipped == []
    assert [(a.source_file, a.outlet) for a in articles] == [
        ("wire_1.txt", "Example Wire"),
        ("x.md", "Example Wire"),
        ("y.txt", None),
    ]
    assert load_sources(tmp_path / "missing.yml") == {"outlets": {}, "files": {}, "dates": {}, "notes": []}


def test_sources_dates_an_article_without_a_date_of_its_own_by_the_first_matching_glob(tmp_path):
    sources_file = write(
        tmp_path,
        "sources.yml",
        "dates:\n  'harbour-day2-*.txt': 3 May 2024\n  'harbour-*': 2024-05-02\n  'quay-*': May 2024\n"
        "  'q*': 2024-05-09\n  'odd.txt': 2024-02-30\n",
    )
    sources = load_sources(sources_file)
    assert sources["dates"] == {"harbour-day2-*.txt": "2024-05-03", "harbour-*": "2024-05-02", "quay-*": None,
                                "q*": "2024-05-09", "odd.txt": None}
    first, odd = sources["notes"]
    # A value that is no full date is named with its glob; an impossible one does not refuse the whole file.
    assert "'quay-*'" not in first and '"quay-*"' in first and "'May 2024'" in first and "YYYY-MM-DD" in first
    assert '"odd.txt"' in odd and "2024-02-30" in odd
    body = "The harbour wall was repaired over the weekend, the council said.\n"
    write(tmp_path, "harbour-day1-a.txt", "Harbour wall repaired\n" + body)
    write(tmp_path, "harbour-day2-b.txt", "Harbour reopens\n" + body.replace("repaired", "mended"))
    write(tmp_path, "harbour-day3-c.txt", "Harbour busy\n\n7 May 2024\n\n" + body.replace("repaired", "fixed"))
    front = "---\ntitle: Quay\npublished: 2024-05-08\n---\n"
    write(tmp_path, "harbour-day4-d.md", front + body.replace("wall", "quay"))
    write(tmp_path, "quay-e.txt", "Quay shut\n" + body.replace("harbour", "quay"))
    articles, skipped = read_folder(tmp_path, tmp_path, sources=sources)
    assert skipped == []
    assert [(a.source_file, a.published) for a in articles] == [
        ("harbour-day1-a.txt", "2024-05-02"),
        ("harbour-day2-b.txt", "2024-05-03"),
        # The article's own dateline or front matter always wins over sources.yml.
        ("harbour-day3-c.txt", "2024-05-07"),
        ("harbour-day4-d.md", "2024-05-08"),
        # The first matching glob's value is no date: the file stays undated rather than take a later glob's.
        ("quay-e.txt", None),
    ]


def test_sources_dates_that_are_no_table_date_nothing_and_say_so(tmp_path):
    sources = load_sources(write(tmp_path, "sources.yml", "dates:\n  - 2024-05-03\n"))
    assert sources["dates"] == {}
    [note] = sources["notes"]
    assert "dates:" in note and "file-name globs" in note


# ---------------------------------------------------------------- encodings


def test_mojibake_is_repaired_without_touching_quotes(tmp_path):
    article = read(
        tmp_path,
        "Headline\nItโ€™s a deal, he said.\nThe minister’s “final” offer wasnâ€™t accepted.\n",
    )
    assert article.paragraphs == ["It’s a deal, he said.", "The minister’s “final” offer wasn’t accepted."]


def test_real_thai_text_is_left_alone(tmp_path):
    article = read(tmp_path, "Headline\nThe sign read ภาษาไทย in large letters.\n")
    assert article.paragraphs == ["The sign read ภาษาไทย in large letters."]


def test_legacy_encoding_is_decoded(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Transfer fee\n\nHe joined for £15.8m last season – a club record.\n".encode("cp1252"))
    article = read_article(path, tmp_path)
    assert article.paragraphs == ["He joined for £15.8m last season – a club record."]


# ---------------------------------------------------------------- bad input


def test_bad_files_are_skipped_with_reasons_and_the_rest_read(tmp_path):
    write(tmp_path, "a_good.txt", "Good headline\nA perfectly good article body.\n")
    write(tmp_path, "b_empty.txt", "")
    write(tmp_path, "c_blank.txt", "  \n\n\t \n")
    (tmp_path / "d_binary.txt").write_bytes(bytes(range(256)) * 8)
    with open(tmp_path / "e_huge.txt", "wb") as huge:
        huge.truncate(MAX_BYTES + 1_000_000)  # sparse: costs no disk or time
    write(tmp_path, "f_copy.txt", "Another headline\nA  perfectly good article body!\n")
    write(tmp_path, "g_furniture.txt", "Headline only\nShare this:\nTweet\nLeave a Reply\n")
    (tmp_path / "h_legacy.txt").write_bytes("Price rise\nTickets now cost £40.\n".encode("cp1252"))
    write(tmp_path, "notes.csv", "not,an,article\n")

    articles, skipped = read_folder(tmp_path, tmp_path)

    assert [a.source_file for a in articles] == ["a_good.txt", "h_legacy.txt"]
    reasons = {s.path: s.reason for s in skipped}
    assert set(reasons) == {
        "b_empty.txt",
        "c_blank.txt",
        "d_binary.txt",
        "e_huge.txt",
        "f_copy.txt",
        "g_furniture.txt",
    }
    assert reasons["b_empty.txt"] == reasons["c_blank.txt"] == "empty file"
    assert "binary" in reasons["d_binary.txt"]
    assert "too large" in reasons["e_huge.txt"] and "6.2 MB" in reasons["e_huge.txt"]
    assert reasons["f_copy.txt"] == "duplicate of a_good.txt"
    assert "no article text" in reasons["g_furniture.txt"]


def test_ids_are_unique_and_paths_relative(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    write(folder, "Story One.txt", "A\nFirst body.\n")
    write(folder, "story-one.md", "# B\nSecond body.\n")
    articles, _ = read_folder(folder, tmp_path)
    assert [a.id for a in articles] == ["story-one", "story-one-2"]
    assert articles[1].title == "B"
    assert articles[0].source_file == "seeds/Story One.txt"
    outside, _ = read_folder(folder, tmp_path / "elsewhere")
    assert outside[0].source_file == "Story One.txt"
    assert slugify("  ¿Qué? ", "article") == "que"


# ---------------------------------------------------------------- the seeds and corpora


def test_seeds_read_as_a_reader_sees_them():
    sources = load_sources(REPO / "content" / "sources.yml")
    articles, skipped = read_folder(REPO / "seeds", REPO, sources=sources)
    assert skipped == []
    by_number = {a.id[:3]: a for a in articles}
    assert by_number["000"].title == (
        "NATO Chief Says North Korean Troops Are Helping Regain Territory In Russia's Kursk"
    )
    assert by_number["001"].title == (
        "NATO Secretary General confirms presence of North Korean military in Kursk Oblast"
    )
    assert by_number["002"].title == "NATO Confirms North Korean Troops Deployed to Russia Amid Escalating Tensions"
    assert by_number["004"].title == ("NATO Says North Korean Troops Have Deployed to Russia’s Embattled Kursk Region")
    seed3 = by_number["003"]
    assert seed3.title.startswith("NATO Secretary General Mark Rutte") and seed3.title.endswith("…")
    assert seed3.paragraphs[0].startswith("NATO Secretary General Mark Rutte said Monday")
    assert seed3.paragraphs[-1].startswith("Rutte, a former Dutch prime minister")
    assert seed3.outlet == "The Moscow Times"

    seed4 = by_number["004"]
    assert seed4.outlet == "FreeBase News"
    assert seed4.published == "2024-10-28"
    assert any("It’s part of the hybrid war" in p for p in seed4.paragraphs)
    assert seed4.captions and seed4.captions[0].startswith("Russian President Vladimir Putin meets")
    assert seed4.paragraphs[0].startswith("The North Atlantic Treaty Organization")
    assert by_number["002"].author == "Web Desk"
    assert by_number["002"].paragraphs[-1].startswith("Mark Rutte stated")
    assert not any("pic.twitter.com" in p for p in by_number["000"].paragraphs)
    assert any(p.endswith("” — BRICS News (@BRICSinfo) October 28, 2024") for p in by_number["000"].paragraphs)

    furniture = ("Subscribe", "Leave a", "Dear readers", "Remind me", "TAGGED", "Min Read", "Discover more")
    for article in articles:
        for paragraph in article.paragraphs:
            assert not paragraph.startswith(furniture), (article.id, paragraph)


def test_every_bbc_file_reads():
    folder = corpus("bbc")
    paths = sorted(folder.glob("*.txt"))
    assert len(paths) == 2225
    for path in paths:
        read_article(path, folder.parent)  # raises on any unreadable file
    articles, skipped = read_folder(folder, folder.parent)
    # The dataset repeats some stories under two names; those are the only files left out.
    assert all(s.reason.startswith("duplicate of bbc/") for s in skipped)
    assert len(articles) + len(skipped) == 2225
    legacy = next(a for a in articles if a.source_file == "bbc/sport_199.txt")
    assert any("£15.8m" in p for p in legacy.paragraphs)


def test_events_corpus_furniture_is_removed():
    folder = corpus("events") / "articles"
    seen = 0
    for event in sorted(folder.iterdir()):
        articles, _ = read_folder(event, folder)
        for article in articles:
            seen += 1
            for paragraph in article.paragraphs:
                assert not paragraph.startswith(("Image copyright", "Skip Twitter post", "Advertisement")), (
                    article.source_file,
                    paragraph,
                )
    assert seen > 300


# ---------------------------------------------------------------- outlets, datelines, web pages

PAGES = Path(__file__).parent / "pages"  # small pages written for these tests, in three common layouts


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("fox.txt", "Fox News"), ("nyt.txt", "The New York Times"), ("hpo.txt", "HuffPost"),
     ("cnn.com__123.txt", "CNN"), ("bbc-com__d5d5bbdbf8.txt", "BBC News"), ("edition-cnn-com__9.txt", "CNN"),
     ("foxhole.txt", None), ("000_c2ec78e60757d79e.txt", None),
     # A domain the table does not know names its site; one whose dashes could be dots is not guessed.
     ("harnwickherald-com__7f3a.txt", "harnwickherald.com"), ("vellpost-co-uk__2b.txt", "vellpost.co.uk"),
     ("harnwick-herald-com__7f3a.txt", None), ("harnwickherald-com.txt", None)],
)
def test_outlet_from_the_file_name(tmp_path, name, outlet):
    article = read(tmp_path, "Bridge reopens\n\nThe bridge reopened to traffic on Monday after repairs.\n", name)
    assert article.outlet == outlet


def test_outlet_from_the_folder_name(tmp_path):
    folder = tmp_path / "reuters"
    folder.mkdir()
    article = read_article(write(folder, "123.txt", "Bridge reopens\n\nThe bridge reopened on Monday.\n"), tmp_path)
    assert article.outlet == "Reuters"


def test_curated_sources_name_a_file_before_the_bundled_table(tmp_path):
    write(tmp_path, "sources.yml", 'files:\n  "fox.txt": Fox News Channel\n')
    path = write(tmp_path, "fox.txt", "Bridge reopens\n\nThe bridge reopened to traffic on Monday.\n")
    assert read_article(path, tmp_path, load_sources(tmp_path / "sources.yml")).outlet == "Fox News Channel"


def test_a_source_line_names_the_outlet_and_the_original(tmp_path):
    article = read(tmp_path, "Bridge reopens\n\nThe bridge reopened to traffic on Monday after repairs.\n\n"
                             "Source: https://www.theguardian.com/uk-news/2024/bridge-reopens\n")
    assert article.outlet == "The Guardian"
    assert article.source_url == "https://www.theguardian.com/uk-news/2024/bridge-reopens"
    assert article.paragraphs == ["The bridge reopened to traffic on Monday after repairs."]


def test_a_bare_social_link_is_furniture_not_the_original(tmp_path):
    article = read(tmp_path, "Bridge reopens\n\nThe bridge reopened to traffic on Monday after repairs.\n\n"
                             "Follow us on Facebook:\n\nhttps://www.facebook.com/SomeShow\n")
    assert article.source_url is None and article.outlet is None
    assert "facebook" not in " ".join(article.paragraphs)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [("3 July 2013 Last updated at 13:38 GMT", "2013-07-03"), ("INDONESIA, July 2, 2013", "2013-07-02"),
     ("Last updated on October 28th, 2024 at 06:09 pm", "2024-10-28")],
)
def test_a_dateline_first_is_the_date_not_the_title(tmp_path, dateline, published):
    article = read(tmp_path, f"{dateline}\n\nQuake shakes the coast\n\nA strong earthquake shook the coast "
                             "on Tuesday, officials said.\n")
    assert (article.title, article.published) == ("Quake shakes the coast", published)


def test_yaml_alias_front_matter_is_refused(tmp_path):
    bomb = "---\na: &a [x, x]\nb: [*a, *a]\n---\nText.\n"
    with pytest.raises(ValueError, match="anchors and aliases"):
        read(tmp_path, bomb, "bomb.md")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("news_article.html",
         {"title": "Storm floods coastal town", "outlet": "Example Daily", "published": "2024-03-05",
          "author": "Jane Doe", "source_url": "https://exampledaily.example.com/news/storm-floods-town",
          "first": "A storm flooded hundreds of homes", "last": "Rescue teams worked through the night"}),
        ("blog_with_comments.html",
         {"title": "Why the bridge vote matters", "outlet": "Riverside Notes", "published": "2024-05-14",
          "author": "Sam Carter", "source_url": "https://riverside-notes.example.org/2024/05/bridge-vote",
          "first": "The council will vote on Thursday", "last": "Engineers estimate the repair"}),
        ("amp_article.html",
         {"title": "Ferry strike halts island crossings", "outlet": "BBC News", "published": "2023-08-09",
          "author": "Morag Reid", "source_url": "https://www.bbc.co.uk/news/uk-ferry-strike-12345",
          "first": "Ferry crossings to the islands", "last": "The operator said it had offered"}),
    ],
)
def test_saved_web_pages_give_the_article_without_the_site(page, expected):
    article = read_article(PAGES / page, PAGES)
    for field in ("title", "outlet", "published", "author", "source_url"):
        assert getattr(article, field) == expected[field], field
    assert article.paragraphs[0].startswith(expected["first"])
    assert article.paragraphs[-1].startswith(expected["last"])
    text = " ".join(article.paragraphs)
    for furniture in ("cookies", "Accept all", "Most read", "Leave a Reply", "Totally agree", "Recent posts",
                      "Share on", "Copyright", "Privacy Policy", "Menu"):
        assert furniture not in text, furniture


def test_a_web_page_with_too_many_tags_is_refused_unparsed(tmp_path):
    page = "<html><body>" + "<p>Row.</p>" * 30_000 + "</body></html>"
    with pytest.raises(ValueError, match="tags"):
        read(tmp_path, page, "dump.html")


def test_a_list_items_bullet_is_layout_not_text(tmp_path):
    article = read(
        tmp_path,
        "Storm closes harbour\n\n"
        "What we know so far:\n\n"
        "• The harbour master said repairs would take a week.\n\n"
        "• Fishing boats were moved inland on Sunday.\n",
    )
    assert article.paragraphs[-2:] == [
        "The harbour master said repairs would take a week.",
        "Fishing boats were moved inland on Sunday.",
    ]


def test_a_copyright_notice_late_in_the_page_ends_the_article(tmp_path):
    article = read(
        tmp_path,
        "Storm closes harbour\n\n"
        "The harbour was closed on Sunday after waves damaged the sea wall.\n\n"
        "The harbour master said repairs would take a week.\n\n"
        "Copyright © 2024 The Coast Courier. All rights reserved.\n\n"
        "Transcripts are created on a rush deadline by a contractor and may be revised in the future.\n",
    )
    assert article.paragraphs == [
        "The harbour was closed on Sunday after waves damaged the sea wall.",
        "The harbour master said repairs would take a week.",
    ]


def test_the_build_names_the_articles_whose_outlet_is_unknown_and_how_to_name_it() -> None:
    articles = [Article(f"a{n}", f"seeds/site{n}-com__{n}.txt", "T", ["p"], outlet=None) for n in range(7)]
    articles.append(Article("b", "seeds/b.txt", "T", ["p"], outlet="Daily B"))
    [note] = unknown_outlets(articles)
    assert note.startswith("7 of 8 articles have no known outlet (seeds/site0-com__0.txt,")
    assert "seeds/site4-com__4.txt, …)" in note and "site5" not in note and "sources.yml" in note
    assert unknown_outlets(articles[-1:]) == []


def test_the_build_names_the_articles_without_a_date_which_the_timeline_cannot_place() -> None:
    articles = [Article("a", "seeds/a.txt", "T", ["p"]),
                Article("b", "seeds/b.txt", "T", ["p"], published="2024-05-03")]
    note, fix = undated_articles(articles)
    assert note.startswith("1 of 2 articles have no date (seeds/a.txt): the timeline cannot place them")
    # It ends with the one place to date them all, and a line ready to paste there.
    assert "under dates: in the story's content/sources.yml" in fix and '"a.txt": YYYY-MM-DD' in fix
    assert undated_articles(articles[1:]) == []


def test_labels_subscription_prompts_update_notes_tweets_gallery_teasers_and_the_headline_again(tmp_path):
    article = read(
        tmp_path,
        "Harnwick ferry strike ends after three days\n\n"
        "Updated | The ferry strike ended on Friday.\n\n"
        "HARNWICK NEWS Harnwick ferry strike ends after three days\n\n"
        "Keep up with this story and more by subscribing now\n\n"
        "Harbour views: the ten best quays of the coast Our pick of the summer's walks 1 / 10\n\n"
        "Dock workers' pay deal agreed Ten things to know 1 / 22 DOCKS The new rota\n\n"
        "Ferry drivers in Vell went on strike too https://t.co/AbC123 \u2014 Vell News (@vellnews) May 2, 2018\n\n"
        "The union said the deal would hold.\n\n"
        "Update: This article has been updated with new information from the union.\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday.", "The union said the deal would hold."]
    assert article.notes == [Note("Update", "This article has been updated with new information from the union.")]
    assert any("Ferry drivers in Vell" in caption for caption in article.captions)


def test_a_ratio_and_a_lead_the_headline_repeats_stay_in_the_text_and_a_correction_is_a_note(tmp_path):
    article = read(
        tmp_path,
        "The ferry strike ended on Friday, and 1 / 3 of the crossings ran\n\n"
        "VELL — The ferry strike ended on Friday, and 1 / 3 of the crossings ran.\n\n"
        "Correction: An earlier version of this article misstated the day the strike ended.\n",
    )
    # The lead that the headline repeats word for word stays.
    assert article.paragraphs == ["VELL — The ferry strike ended on Friday, and 1 / 3 of the crossings ran."]
    assert article.notes == [Note("Correction",
                                  "An earlier version of this article misstated the day the strike ended.")]


@pytest.mark.parametrize(("text", "wire"), [
    ("Ferry strike ends\n\nVELL (AP) — The ferry strike ended on Friday.\n", "Associated Press"),
    ("Ferry strike ends\n\nVELL, May 2 (Reuters) - The ferry strike ended on Friday.\n", "Reuters"),
    ("Ferry strike ends\n\nVELL — The ferry strike ended on Friday.\n\nCopyright 2018 The Associated Press. All "
     "rights reserved.\n", "Associated Press"),
    ("Ferry strike ends\n\nVELL — The ferry strike ended on Friday (AP) — the union said.\n", None),
    ("Ferry strike ends\n\nThe ferry strike ended on Friday, the Vell (PA) council said.\n", None),
])
def test_the_news_agency_whose_story_an_article_runs(tmp_path, text: str, wire: str | None):
    assert read(tmp_path, text).wire == wire


def test_captions_repeating_the_text_and_boxes_under_a_heading_in_capitals_are_set_apart(tmp_path):
    article = read(
        tmp_path,
        "Harbour bridge closes\n\n"
        "NOT CONTENT WITH FERRIES Vell council closed the harbour bridge on Monday for urgent repairs.\n\n"
        "Opened in 1931, the bridge was praised by the Vell Courier as an 'elegantly understated boon to the "
        "riverfront'\n\n"
        "FERRY FARES TO RISE NEXT YEAR The ferry company may raise its fares by a tenth, its chief said.\n\n"
        "Engineers found cracks in two of its piers last week, the council said.\n\n"
        "Opened in 1931, the bridge was praised by the Vell Courier as an 'elegantly understated boon to the "
        "riverfront'.\n",
    )
    assert article.paragraphs == [
        "NOT CONTENT WITH FERRIES Vell council closed the harbour bridge on Monday for urgent repairs.",
        "Engineers found cracks in two of its piers last week, the council said.",
        "Opened in 1931, the bridge was praised by the Vell Courier as an 'elegantly understated boon to the "
        "riverfront'.",
    ]
    assert any(caption.startswith("Opened in 1931") for caption in article.captions)


def test_a_caption_credited_after_a_quote_an_author_box_and_a_sites_end_mark_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry company said it had found 'unsafe practices' Jo Roe/Reuters\n\n"
        "The ferry strike ended on Friday.\n\n"
        "Email: jroe@example.com; Follow Courier Transport Columnist @jroe on Twitter\n\n"
        "The union said the deal would hold. µ\n",
    )
    assert article.paragraphs == ["The ferry strike ended on Friday.", "The union said the deal would hold."]
    assert "The ferry company said it had found 'unsafe practices' Jo Roe/Reuters" in article.captions


@pytest.mark.parametrize(("title", "headline"), [
    ("Ferry strike ends - Harnwick Herald - Channel 4 and 5", "Ferry strike ends"),
    ("Ferry strike ends | Harnwick Herald", "Ferry strike ends"),
    ("Harnwick Herald reporter wins award", "Harnwick Herald reporter wins award"),
    ("Ferry strike ends - but the union warns of more", "Ferry strike ends - but the union warns of more"),
])
def test_a_headline_loses_the_site_name_its_page_title_ends_with(tmp_path, title: str, headline: str):
    write(tmp_path, "sources.yml", 'files:\n  "page.txt": Harnwick Herald\n')
    path = write(tmp_path, "page.txt", f"{title}\n\nThe ferry strike ended on Friday.\n")
    assert read_article(path, tmp_path, load_sources(tmp_path / "sources.yml")).title == headline


def test_an_agencys_copyright_names_whose_copy_a_site_runs_not_the_site(tmp_path):
    text = ("Ferry strike ends\n\nVELL — The ferry strike ended on Friday.\n\n"
            "Copyright 2018 The Associated Press. All rights reserved.\n")
    copy = read(tmp_path, text, name="vellpost-com__1a2b.txt")
    assert (copy.outlet, copy.wire) == ("vellpost.com", "Associated Press")
    # With nothing else naming the site, the agency is the outlet, as before.
    assert (read(tmp_path, text).outlet, read(tmp_path, text).wire) == ("The Associated Press", "Associated Press")
    own = read(tmp_path, text.replace("The Associated Press", "Vell Post Ltd"), name="vellpost-com__1a2b.txt")
    assert (own.outlet, own.wire) == ("Vell Post Ltd", None)


def test_captions_noting_where_a_photo_was_taken_pull_quotes_and_a_slideshow_button_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Harbour bridge closes\n\n"
        "Vell council closed the harbour bridge on Monday for urgent repairs, the mayor said.\n\n"
        "Shut: Vell's harbour bridge may not reopen until the spring, engineers warned; seen in May\n\n"
        "The old bridge is pictured, in 1931\n\n"
        "“Nobody will cross a bridge that we cannot vouch for with our own engineers,” said Mayor Ann Lee.\n\n"
        "Slideshow (2 Images)\n\n"
        "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.\n\n"
        "© REUTERS/ Jo Roe The harbour bridge of Vell is seen closed on Monday.\n\n"
        "Nobody will cross a bridge that we cannot vouch for Ann Lee, Vell mayor\n\n"
        "Ferries will run every twenty minutes until it reopens. Pictured, the ferry pier.\n\n"
        "Engineers found cracks in two of its piers last week, the council said.\n",
    )
    assert article.paragraphs == [
        "Vell council closed the harbour bridge on Monday for urgent repairs, the mayor said.",
        "“Nobody will cross a bridge that we cannot vouch for with our own engineers,” said Mayor Ann Lee.",
        "Engineers found cracks in two of its piers last week, the council said.",
    ]
    assert len(article.captions) == 5


def test_the_same_text_from_another_outlet_is_kept_as_its_copy(tmp_path):
    body = "Vell council closed the harbour bridge on Monday for urgent repairs to its northern span.\n"
    write(tmp_path, "vellpost-com__1.txt", "Bridge shut\n" + body)
    write(tmp_path, "vellpost-com__2.txt", "Bridge shut for repairs\n" + body)
    write(tmp_path, "harnwicktimes-com__3.txt", "Bridge shut\n" + body)
    articles, skipped = read_folder(tmp_path, tmp_path)
    assert [a.outlet for a in articles] == ["harnwicktimes.com", "vellpost.com"]
    assert [(s.path, s.reason) for s in skipped] == [("vellpost-com__2.txt", "duplicate of vellpost-com__1.txt")]


def test_a_page_of_photo_captions_only_is_skipped_saying_so(tmp_path):
    write(tmp_path, "gallery.txt", "Bridge in pictures\n\nPhotos: The harbour bridge of Vell at dawn\n\n"
          "Photos: Engineers inspect the northern span\n\nShare this:\n")
    _, skipped = read_folder(tmp_path, tmp_path)
    assert [s.reason for s in skipped] == ["no article text: all it has beside page furniture is 2 photo captions"]


def test_captions_credited_to_a_rights_holder_or_to_whom_they_show_a_box_run_into_a_line_and_helpers_are_not_text(
        tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "Vellco Vellco runs ferries to 40 islands and more than 12 ports\n\n"
        "VPA or licensors It is feared many islanders ran out of fuel during the strike\n\n"
        "Handout - Getty Pickets gathered at the harbour gates on the first day\n\n"
        "Screenshot: “vellferries-tickets.com”\n\n"
        "Stuck on an island? Here's what to do THE ferries will run a late service. Travel Editor Jo Roe explains: "
        "CLAIM YOUR REFUND NOW Ask the ferry company for your fare back.\n\n"
        "Check us out on Facebook:\n\n"
        "The company said fares would not rise this year. “We owe the islands that much,” its chief said. "
        "—With Jo Roe and Ann Doe\n",
    )
    assert article.paragraphs == [
        "The ferry strike in Vell ended on Friday after three weeks, the union said.",
        "The company said fares would not rise this year. “We owe the islands that much,” its chief said.",
    ]
    assert article.captions == [
        "Vellco runs ferries to 40 islands and more than 12 ports",
        "It is feared many islanders ran out of fuel during the strike",
        "Pickets gathered at the harbour gates on the first day",
        "“vellferries-tickets.com”",
    ]
    assert article.credits == ["—With Jo Roe and Ann Doe"]


def test_two_single_marks_typed_for_one_read_as_the_mark_they_close(tmp_path):
    article = read(
        tmp_path,
        "Ferry scam warning\n\n"
        "'If it sounds too good to be true, it probably is,'' Jo Roe said. 'Never wire money to a stranger.''\n\n"
        "'Felt we should say so, \"How's the ferry?''' wrote Roe, who called it a ''ghost boat.'''\n\n"
        "The union issued a \"travel advisory'' on Friday.\n",
    )
    assert article.paragraphs == [
        "'If it sounds too good to be true, it probably is,' Jo Roe said. 'Never wire money to a stranger.'",
        "'Felt we should say so, \"How's the ferry?\"' wrote Roe, who called it a \"ghost boat.\"'",
        "The union issued a \"travel advisory\" on Friday.",
    ]


def test_an_unpunctuated_caption_saying_again_what_a_paragraph_says_is_a_caption(tmp_path):
    article = read(
        tmp_path,
        "Ferry firm hacked\n\n"
        "Vellco said on Friday that hackers may have reached the records of 40,000 islanders.\n\n"
        "Following the news, Vellco shares dropped four per cent in late trading\n\n"
        "Shares of the ferry company dropped more than four per cent during late trading, the Courier noted.\n\n"
        "The harbour master will testify before the island council starting Tuesday\n\n"
        "Meanwhile, the harbour master is testifying before the island council.\n\n"
        "Islanders were told to watch their bank accounts closely for the next few weeks\n\n"
        "The company said it would write to every customer.\n",
    )
    assert article.paragraphs == [
        "Vellco said on Friday that hackers may have reached the records of 40,000 islanders.",
        "Shares of the ferry company dropped more than four per cent during late trading, the Courier noted.",
        "Meanwhile, the harbour master is testifying before the island council.",
        # Unpunctuated, but no paragraph says it: it stays.
        "Islanders were told to watch their bank accounts closely for the next few weeks",
        "The company said it would write to every customer.",
    ]
    assert article.captions == [
        "Following the news, Vellco shares dropped four per cent in late trading",
        "The harbour master will testify before the island council starting Tuesday",
    ]


def test_a_credit_in_capitals_with_a_bullet_a_file_credit_and_a_caption_with_two_credits_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "VELL — The ferry strike ended on Friday after three weeks, the union said.\n\n"
        "VELL HARBOUR TRUST•GETTY Ferry fares: Jo Roe said the fares would stay the same\n\n"
        "Ann Doe/PortImage via Getty Images, FILE\n\n"
        "Pickets cheer at the harbour gates in Vell, Friday, May 3, 2019. (Jo Roe/Pool via AP) (Photo: AP)\n\n"
        "The first ferry left at dawn on Saturday.\n",
    )
    assert article.paragraphs == [
        "VELL — The ferry strike ended on Friday after three weeks, the union said.",
        "The first ferry left at dawn on Saturday.",
    ]
    assert len(article.captions) == 2


def test_an_embedded_instagram_or_facebook_post_with_its_signature_is_set_apart(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "Back on the water A post shared by Jo Roe (ferry fan) (@joroe) on May 3, 2019 at 9:56pm PDT\n\n"
        "To all our islanders: the boats sail again tomorrow. Posted by Vell Ferries on Friday, 3 May 2019\n\n"
        "The first ferry left at dawn on Saturday, posted by the harbour master on time.\n",
    )
    assert article.paragraphs == [
        "The ferry strike in Vell ended on Friday after three weeks, the union said.",
        "The first ferry left at dawn on Saturday, posted by the harbour master on time.",
    ]
    assert len(article.captions) == 2


def test_captions_credited_to_a_photographer_and_agency_a_supplier_a_web_address_or_closed_by_an_agency(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "VELL — The ferry strike ended on Friday after three weeks, the union said.\n\n"
        "Jo Roe / Reuters The union's leader speaks to strikers at the harbour gates on Friday.\n\n"
        "Vellpix / portimages A picket warms his hands by a brazier at the gates\n\n"
        "vellpictures.co.uk Strikers cheer as the first ferry sails\n\n"
        "Pickets gather at the harbour gates in Vell on Friday. AFP\n\n"
        "The first ferry left at dawn on Saturday.\n",
    )
    assert article.paragraphs == [
        "VELL — The ferry strike ended on Friday after three weeks, the union said.",
        "The first ferry left at dawn on Saturday.",
    ]
    assert len(article.captions) == 4


def test_a_subhead_in_capitals_after_a_full_stop_and_a_line_a_long_paragraph_covers_stay_text(tmp_path):
    long = ("Vell council met on Monday. HOW THE STRIKE BEGAN The ferry strike began in May when the union asked for a "
            "rise and the firm refused, and it spread from the harbour to the island depots, where drivers, "
            "mechanics, cooks and cleaners joined it within a week, the union said.")
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        f"{long}\n\n"
        "Drivers and mechanics joined the strike within a week of its start in May\n\n"
        "The first ferry left at dawn on Saturday.\n",
    )
    assert article.paragraphs[1:] == [
        long, "Drivers and mechanics joined the strike within a week of its start in May",
        "The first ferry left at dawn on Saturday.",
    ]


def test_a_name_repeating_its_first_word_is_no_credit(tmp_path):
    article = read(
        tmp_path,
        "Council elects chair\n\nThe island council of Vell elected its chair on Friday.\n\n"
        "Arno Arno-Vell will chair the island council from next year\n\nShe thanked the council.\n",
    )
    assert article.paragraphs[1] == "Arno Arno-Vell will chair the island council from next year"


def test_an_unpunctuated_caption_saying_where_someone_is_in_the_photo_is_a_caption(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "Union leader Jo Roe (left) and the harbour master shake hands at the gates on Friday\n\n"
        "Strikers are seen cheering as the first ferry leaves the harbour at dawn\n\n"
        "A picture taken on Saturday shows the first ferry leaving the harbour\n\n"
        "Jo Roe (left) of the union said the deal would hold.\n\n"
        "The union's leader was seen as the winner of the dispute by most islanders\n",
    )
    assert article.paragraphs == [
        "The ferry strike in Vell ended on Friday after three weeks, the union said.",
        "Jo Roe (left) of the union said the deal would hold.",
        "The union's leader was seen as the winner of the dispute by most islanders",
    ]
    assert len(article.captions) == 3


def test_another_storys_headline_after_more_or_also_read_is_not_text_though_it_asks_or_counts(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "More: Ferry fares? 2019 will tell, says the union\n\n"
        "ALSO READ: Vell council fines its ferry firm $1.5 million for delays\n\n"
        "The first ferry left at dawn on Saturday.\n",
    )
    assert article.paragraphs == [
        "The ferry strike in Vell ended on Friday after three weeks, the union said.",
        "The first ferry left at dawn on Saturday.",
    ]


def test_captions_without_a_full_stop_two_in_a_row_are_captions_but_a_list_a_colon_introduces_stays(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "Union members celebrate on the quay after the vote to end the strike on Friday night\n\n"
        "The first ferry of the morning leaves the harbour as islanders wave from the pier\n\n"
        "The company said its fares would not rise this year.\n\n"
        "The union listed what it had won:\n\n"
        "A pay rise of one tenth for every crew member from the first of next month on\n\n"
        "Two more days of leave a year for the crews of the night ferries to the islands\n\n"
        "The first ferry left at dawn on Saturday.\n\n"
        "Its captain said the crossing was calm.\n\n"
        "Islanders said they had missed the ferries.\n",
    )
    assert article.paragraphs == [
        "The ferry strike in Vell ended on Friday after three weeks, the union said.",
        "The company said its fares would not rise this year.",
        "The union listed what it had won:",
        "A pay rise of one tenth for every crew member from the first of next month on",
        "Two more days of leave a year for the crews of the night ferries to the islands",
        "The first ferry left at dawn on Saturday.",
        "Its captain said the crossing was calm.",
        "Islanders said they had missed the ferries.",
    ]
    assert len(article.captions) == 2


def test_a_page_whose_paragraphs_mostly_lack_a_full_stop_keeps_them(tmp_path):
    lines = ["The ferry strike in Vell ended on Friday after three weeks of talks, the union said",
             "Union members voted to end the strike on Friday night after the company raised its offer",
             "The first ferry of the morning left the harbour at dawn with two hundred islanders aboard",
             "The company said its fares would not rise this year."]
    article = read(tmp_path, "Ferry strike ends\n\n" + "\n\n".join(lines) + "\n")
    assert article.paragraphs == lines


def test_captions_closed_by_a_bracketed_copyright_or_labelled_credit_are_set_apart(tmp_path):
    article = read(
        tmp_path,
        "Vell fair opens\n\n"
        "Visitors look at a display in Vell on Monday. [Photo by Jo Roe/Daily Paper]\n\n"
        "The fair opened on Monday with 300 stands, its organisers said.\n\n"
        "Ann Lee holds a lantern at the gate ©Jo Roe (AFP/File)\n\n"
        "A steward guides a visitor (Jo Roe/AP/PA)\n\n"
        "Ann Lee, the fair's director, at the opening.CreditJo Roe/Reuters\n\n"
        "Ann Lee Photographer: Jo Roe/Daily Paper\n\n"
        "It runs until Sunday, said its director, Ann Lee (Vell/Roe).\n",
    )
    assert article.paragraphs == ["The fair opened on Monday with 300 stands, its organisers said.",
                                  "It runs until Sunday, said its director, Ann Lee (Vell/Roe)."]
    assert len(article.captions) == 5


def test_a_helpline_box_in_any_language_is_not_the_story_but_a_story_about_a_helpline_is(tmp_path):
    article = read(
        tmp_path,
        "Vell app faces questions\n\n"
        "The lifeline, 0800 111 222, took 300 calls last month, the charity said.\n\n"
        "\"If you need help, the hotline is open 24/7,\" Roe said.\n\n"
        "If you are having thoughts of suicide, call the Vell Lifeline on 0800 111 222.\n\n"
        "Wenn ihr mit jemandem sprechen wollt, erreicht ihr die Vell Seelsorge unter 0800/111 0 111.\n\n"
        "Samaritans: 116 123\n",
    )
    assert article.paragraphs == ["The lifeline, 0800 111 222, took 300 calls last month, the charity said.",
                                  "\"If you need help, the hotline is open 24/7,\" Roe said."]


def test_a_transcripts_label_with_a_role_on_its_own_line_opens_the_turn_it_names(tmp_path):
    article = read(
        tmp_path,
        "Crowds in Vell\n\nCrowds gathered in Vell on Friday.\n\nJO ROE, HOST:\n\n"
        "Crowds gathered in Vell tonight. We are joined by Ann Lee.\n\nANN LEE, BYLINE: Good to be with you, Jo.\n\n"
        "ROCKET STATS:\n\nThe rocket is 70 metres tall.\n",
    )
    assert article.paragraphs == ["Crowds gathered in Vell on Friday.",
                                  "JO ROE, HOST: Crowds gathered in Vell tonight. We are joined by Ann Lee.",
                                  "ANN LEE, BYLINE: Good to be with you, Jo.", "ROCKET STATS:",
                                  "The rocket is 70 metres tall."]


def test_a_video_players_close_button_a_wires_promotion_and_a_sites_footer_are_not_the_story(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\n"
        "CLOSE Jo Roe says the bridge is safe again. (Feb. 4) AP\n\n"
        "The Vell bridge reopened on Monday after repairs, the council said.\n\n"
        "CLOSE TO HOME Residents cheered as the first bus crossed.\n\n"
        "Reuters 84 people crossed in the first hour\n\n"
        "Contact the writers at jo.roe@example.com\n\n"
        "For more Vell coverage: http://example.com/vell and http://example.com/news\n\n"
        "(Vell Daily 07/15/2016 page1)\n\n"
        "Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, multimedia "
        "information, etc) published in this site belongs to Vell Daily Information Co. Without written authorization "
        "from Vell Daily Information Co, such content shall not be republished or used in any form.\n\n"
        "License for publishing multimedia online 0108263\n\n"
        "Registration Number: 130349\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday after repairs, the council said.",
                                  "CLOSE TO HOME Residents cheered as the first bus crossed."]
    assert article.captions == ["Jo Roe says the bridge is safe again. (Feb. 4) AP",
                                "84 people crossed in the first hour"]
    article = read(tmp_path, "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n"
                   "License for publishing multimedia online 0108263\n\nRegistration Number: 130349\n\n"
                   "The first bus crossed at noon.\n")
    assert article.paragraphs == ["The Vell bridge reopened on Monday.", "The first bus crossed at noon."]


def test_an_embedded_tweet_signed_on_its_line_is_text_with_or_without_its_link_a_fragment_a_caption(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n"
        "Bridge is open at last! — Jo Roe (@joroe) February 5, 2018\n\n"
        "Мост открыт. pic.twitter.com/AbC123 — Ann Lee (@annlee) 14 сентября 2017 г.\n\n"
        "The first bus crossed at noon.\n",
    )
    # the second is two words: too few to be a tweet of the text rather than a fragment the page cut
    assert article.paragraphs == ["The Vell bridge reopened on Monday.",
                                  "“Bridge is open at last!” — Jo Roe (@joroe) February 5, 2018",
                                  "The first bus crossed at noon."]
    assert article.captions == ["Мост открыт. pic.twitter.com/AbC123 — Ann Lee (@annlee) 14 сентября 2017 г."]


def test_an_embeds_credit_a_players_label_and_a_byline_with_the_sites_address_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nJo Roe, VellNews.ca\n\nNow Playing:\n\nThe Vell bridge reopened on Monday.\n\n"
        "Ann Lee YouTube\n\nThe first bus crossed at noon.\n\nVNN Map\n\nfa\n\nla\n\nThe mayor was on it.\n",
    )
    assert article.author == "Jo Roe"
    assert article.paragraphs == ["The Vell bridge reopened on Monday.", "The first bus crossed at noon.",
                                  "The mayor was on it."]


def test_a_courtesy_credit_a_row_of_agencies_and_a_click_to_read_promotion_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n(Courtesy of Vell Zoo)\n\n"
        "Reuters - Ap - Afp\n\nCelebrating 125 years of the Vell Daily! Click to read today's story.\n\n"
        "Signing up is easy – just click here and fill in the form.\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday.",
                                  "Signing up is easy – just click here and fill in the form."]


def test_a_wire_caption_dated_before_its_photo_or_credited_via_an_agency_is_a_caption(tmp_path):
    article = read(
        tmp_path,
        "Vell rocket rolls out\n\n"
        "This Dec. 28, 2017 photo made available by Vell Space shows the rocket on its pad\n\n"
        "The rocket rolled out on Monday.\n\n"
        "The rocket stands on its pad. It will lift 60 tonnes. (Vell Space via AP) (Associated Press)\n",
    )
    assert article.paragraphs == ["The rocket rolled out on Monday."]
    assert len(article.captions) == 2


def test_a_sign_up_form_an_authors_box_with_their_address_and_a_spaced_photo_credit_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nVN News Email Enter your email address Please enter an email address\n\n"
        "The Vell bridge reopened on Monday.\n\n"
        "The bridge at dawn, in Vell, on Sunday.Jo Roe / Vell Press Agency\n\n"
        "The first bus crossed at noon.\n\n"
        "Ann Lee is a writer in Vell. She is the author of a book on bridges. ann.lee@example.com\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday.", "The first bus crossed at noon."]
    assert article.captions == ["The bridge at dawn, in Vell, on Sunday.Jo Roe / Vell Press Agency"]


def test_where_a_syndicated_article_first_ran_is_a_credit_and_a_tip_line_an_archive_menu_are_not_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n"
        "This is a breaking news story, more follows...\n\n"
        "Archives Archives Select Month January 2018 December 2017\n\n"
        "The first bus crossed at noon.\n\n"
        "Got a story? email news@example.com or call us direct on 0200 000 0000.\n\n"
        "Read the original article on Vell Daily. Follow Vell Daily on Facebook. Copyright 2018.\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday.", "The first bus crossed at noon."]
    assert article.credits == [
        "Read the original article on Vell Daily. Follow Vell Daily on Facebook. Copyright 2018."]


def test_a_described_still_from_a_video_is_a_caption_but_a_sentence_about_a_still_is_text(tmp_path):
    article = read(
        tmp_path,
        "Vell bridge reopens\n\nThe Vell bridge reopened on Monday.\n\n"
        "Grab from a video obtained via Vell TV shows the first bus on the bridge\n\n"
        "Police released a still from the camera. It shows a van.\n",
    )
    assert article.paragraphs == ["The Vell bridge reopened on Monday.",
                                  "Police released a still from the camera. It shows a van."]
    assert article.captions == ["Grab from a video obtained via Vell TV shows the first bus on the bridge"]


def test_additional_reporting_without_brackets_is_a_credit(tmp_path):
    # on a line of its own, and closing the last paragraph
    article = read(
        tmp_path,
        "Ferry strike ends\n\n"
        "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
        "Additional reporting from agencies\n\n"
        "The season is streaming now on Vellflix. Additional reporting by Ann Doe.\n",
    )
    assert article.paragraphs == ["The ferry strike in Vell ended on Friday after three weeks, the union said.",
                                  "The season is streaming now on Vellflix."]
    assert article.credits == ["Additional reporting from agencies", "Additional reporting by Ann Doe"]


# ---------------------------------------------------------------- review 9: page furniture in the body


def test_a_contributor_credit_closing_a_post_is_a_credit(tmp_path):
    article = read(tmp_path, "Ferry delayed\n\nThe ferry to Vell was delayed by fog on Monday.\n\n"
                             "The operator said it would sail on Tuesday.\n\nJo Roe contributed to this post.\n")
    assert article.paragraphs == ["The ferry to Vell was delayed by fog on Monday.",
                                  "The operator said it would sail on Tuesday."]
    assert article.credits == ["Jo Roe contributed to this post."]


def test_a_search_results_page_is_no_article(tmp_path):
    write(tmp_path, "a.txt", "Vell Radio Search : Vell Radio\n\n... the council said it would ... on the harbour\n\n"
                             "a fire. ... the crews were there on Monday ...\n\n... and the ferry ... in Vell ...\n")
    write(tmp_path, "b.txt", "Ferry delayed\n\n... the operator said on Monday that the ferry was late ...\n\n"
                             "... a storm closed the harbour ... on Tuesday, officials said ...\n\n"
                             "Crews ... cleared the quay ...\n")
    articles, skipped = read_folder(tmp_path, tmp_path)
    assert articles == []
    assert [(s.path, s.reason) for s in skipped] == [("a.txt", "a search results page, not an article"),
                                                     ("b.txt", "a search results page, not an article")]


def test_a_page_of_menu_lines_and_headings_is_no_article_but_a_short_story_is(tmp_path):
    write(tmp_path, "a.txt", "Vell Academy\n\nVELL EXAM SERIES – 2018 (Total 47 Tests)\n\nVELL MONTHLY MAGAZINES\n\n"
                             "Vell Exam Series – 2018 (Offline – Classroom)\n")
    # One sentence without its full stop, and one headline-like sentence with it: short, but stories.
    write(tmp_path, "b.txt", "Gunman kills 12\n\nA gunman killed 12 people at a concert in Vell, firing from a hotel\n")
    write(tmp_path, "c.txt", "Vell Bears fire coach\n\nVELL, Ill. — Vell Bears fire coach Jo Roe after 5-11 season.\n")
    articles, skipped = read_folder(tmp_path, tmp_path)
    assert [a.source_file for a in articles] == ["b.txt", "c.txt"]
    assert [(s.path, s.reason) for s in skipped] == [
        ("a.txt", "no sentence of text, only headings or menu lines: a site's page, not an article")]


def test_a_promotion_with_airtimes_is_furniture(tmp_path):
    article = read(tmp_path, "Storm hits coast\n\nA storm hit the coast of Vell on Friday, officials said.\n\n"
                             "Vell TV Special -- Storm Watch: Inside the Coast Vell TV takes you to the harbour. "
                             "Watch the documentary on Vell TV: 10 p.m. ET, Friday September 15\n\n"
                             "11 a.m. JST. Saturday, September 16\n\n12 p.m. AEST Saturday, September 16\n\n"
                             "Special report -- Storm Watch, airs at 11 a.m. JST / 12 p.m. AEST\n\n"
                             "The harbour was closed until Monday, the port said.\n")
    assert article.paragraphs == ["A storm hit the coast of Vell on Friday, officials said.",
                                  "The harbour was closed until Monday, the port said."]


def test_story_highlights_before_the_dateline_are_set_apart(tmp_path):
    article = read(tmp_path, "Plane crashes in Vell\n\nStory highlights Winds forced the plane to change course\n\n"
                             "The plane was a small turboprop operated by Acme Air\n\n"
                             "(VNN) A small plane crashed on Sunday in Vell, killing 12 people, officials said.\n\n"
                             "The pilots also died in the crash, the president said.\n")
    assert article.paragraphs == ["(VNN) A small plane crashed on Sunday in Vell, killing 12 people, officials said.",
                                  "The pilots also died in the crash, the president said."]
    assert article.highlights == ["Winds forced the plane to change course",
                                  "The plane was a small turboprop operated by Acme Air"]


def test_a_file_photo_caption_is_a_caption(tmp_path):
    article = read(tmp_path, "Rocket tested\n\nVell tested a rocket on Monday, officials said.\n\n"
                             "Why did the crews not stop the rocket in August and May? (file photo)\n\n"
                             "The test was the third this year, the ministry said.\n")
    assert article.captions == ["Why did the crews not stop the rocket in August and May? (file photo)"]


def test_a_subhead_stays_but_is_marked(tmp_path):
    article = read(tmp_path, "Plane crashes in Vell\n\nA small plane crashed on Sunday in Vell, officials said.\n\n"
                             "Images show burning wreckage in wooded area\n\n"
                             "The ministry posted images of the wreckage on Sunday.\n\n"
                             "Crews searched the area on Monday, the police said.\n")
    assert article.paragraphs[1] == "Images show burning wreckage in wooded area"
    assert article.subheads == [1]


def test_a_quotation_mark_spaced_apart_from_its_words_is_set_against_them(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, the coastguard said.\n\n"
                             '"I work there," he said. " And my daughter. My daughter."\n\n'
                             '"We were lucky to get out, " said Jo Roe, a passenger.\n\n'
                             '"The crew did well, "said Ann Doe, who was on board.\n\n'
                             # A quotation of two paragraphs run into one line: the last mark closes it.
                             'Jo Roe said: "We are lucky. "The crew came fast and got us all out. " The ferry will be '
                             'raised in May.\n')
    assert article.paragraphs[1:] == ['"I work there," he said. "And my daughter. My daughter."',
                                      '"We were lucky to get out," said Jo Roe, a passenger.',
                                      '"The crew did well," said Ann Doe, who was on board.',
                                      'Jo Roe said: "We are lucky. "The crew came fast and got us all out." The ferry '
                                      'will be raised in May.']


def test_a_line_closing_on_is_or_was_after_a_question_word_is_a_subhead_but_one_broken_after_was_is_text(tmp_path):
    # "how good the crew are" and "where the ferry was" close their clauses: lines set apart, as a caption is; the page
    # broke "The captain said the ferry was" before its next word, a sentence of the text.
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, the coastguard said.\n\n"
                             "Jo Roe talks about how good the lifeboat crew are\n\n"
                             "All forty passengers were rescued, the coastguard said.\n\n"
                             "The harbour master had no idea where the ferry was\n\n"
                             "Divers searched the bay on Tuesday.\n\n"
                             "The captain said the ferry was\n\n"
                             "The ferry will be raised in May.\n")
    assert article.subheads == [1, 3]
    assert 5 not in article.subheads


def test_a_video_teaser_between_paragraphs_is_set_apart_and_a_headline_is_no_statement(tmp_path):
    article = read(tmp_path, "Rocket flies over Vell\n\n"
                             "A rocket flew over the island of Vell on Friday, officials said.\n\n"
                             "Student shares the moment he was woken by sirens in his dormitory on the island\n\n"
                             "Residents were told to take shelter, the council said.\n\n"
                             "Acme tests its new rocket engine that could fly three hundred miles\n\n"
                             "Crews searched the coast for debris on Saturday.\n\n"
                             "The council said in May it would build new shelters for the island\n\n"
                             "Debris was found on the beach, the police said.\n\n"
                             "The search ended in the evening. (Courtesy of Jo Roe)\n\n"
                             "The council will meet on Monday.\n")
    assert article.captions == ["The search ended in the evening. (Courtesy of Jo Roe)",
                                "Student shares the moment he was woken by sirens in his dormitory on the island"]
    assert article.paragraphs[2] == "Acme tests its new rocket engine that could fly three hundred miles"
    assert article.paragraphs[4] == "The council said in May it would build new shelters for the island"
    assert article.subheads == [2]


def test_a_dated_present_tense_caption_is_a_caption_but_a_dated_plan_stays(tmp_path):
    article = read(tmp_path, "Rocket tested\n\nVell tested a rocket on Monday, officials said.\n\n"
                             "A rocket is fired during a drill at a base in Vell on March 3, 2017.\n\n"
                             "The plant is expected to close on May 1, 2018.\n\n"
                             "The test was the third this year, the ministry said.\n")
    assert article.captions == ["A rocket is fired during a drill at a base in Vell on March 3, 2017."]
    assert "The plant is expected to close on May 1, 2018." in article.paragraphs


def test_a_story_whose_sentences_trail_off_is_no_search_page(tmp_path):
    article = read(tmp_path, "Ferry delayed\n\nThe captain said the crew tried and tried ...\n\n"
                             "A passenger said the ferry was late, very late ...\n\nThe ferry sailed on Tuesday.\n")
    assert len(article.paragraphs) == 3


def test_a_follow_a_topic_button_is_furniture(tmp_path):
    article = read(tmp_path, "Snow closes roads\n\nSnow closed the roads of Vell on Monday.\n\nInterested in Snow? Add "
                             "Snow as an interest to stay up to date on the latest Snow news, video, and analysis from "
                             "Vell News. Add Interest\n\nThe council said the roads would reopen on Tuesday.\n")
    assert article.paragraphs == ["Snow closed the roads of Vell on Monday.",
                                  "The council said the roads would reopen on Tuesday."]


# ---------------------------------------------------------------- review 10: teasers without a video word, credits


def test_a_run_of_short_headlines_between_paragraphs_is_a_teaser_but_a_lone_subhead_stays(tmp_path):
    article = read(tmp_path, "Plane lands in Vell\n\n"
                             "A plane landed safely in Vell on Friday after losing a wheel, the airline said.\n\n"
                             "It circled the airport for an hour.\n\nThe pilot then brought it down on the grass.\n\n"
                             "Mum shares the moment the plane landed\n\n"
                             "The island's five hidden beaches\n\n"
                             "All passengers were unharmed, the airline said.\n\n"
                             "Ann Doe, 34, was on board with her son\n\nCrews at the 'Vell Express'\n\n"
                             "The airline will look into the wheel, it said.\n\n"
                             "Crews at the airport\n\n"
                             "Fire crews stood by on the runway as the plane came in.\n")
    assert article.paragraphs == [
        "A plane landed safely in Vell on Friday after losing a wheel, the airline said.",
        "It circled the airport for an hour.",
        "The pilot then brought it down on the grass.",
        "All passengers were unharmed, the airline said.",
        "The airline will look into the wheel, it said.",
        "Crews at the airport",
        "Fire crews stood by on the runway as the plane came in.",
    ]
    assert article.subheads == [5]


def test_a_run_of_short_lines_a_colon_introduces_a_tables_rows_and_a_sentence_without_its_stop_stay(tmp_path):
    article = read(tmp_path, "Council votes\n\nThe council of Vell voted on three plans on Monday. They were:\n\n"
                             "A new ferry quay\n\nA bridge to the island\n\n"
                             "The mayor said both would be built by 2030.\n\n"
                             "The cup draw was made on Monday.\n\nVell v Roe\n\nDoe Town v Poe\n\n"
                             "The ties are played in May.\n\n"
                             "Also, the ferry will now sail on Sundays in summer\n\nNew timetable\n\n"
                             "The buses run hourly.\n\nFinally, a new quay opens in June\n\nNew quay\n\n"
                             "The timetable is online.\n")
    for line in ("A new ferry quay", "A bridge to the island", "Vell v Roe", "Doe Town v Poe",
                 "Also, the ferry will now sail on Sundays in summer", "New timetable",
                 "Finally, a new quay opens in June"):
        assert line in article.paragraphs


def test_unbracketed_credit_lines_are_credits(tmp_path):
    article = read(tmp_path, "Ferry strike ends\n\n"
                             "The ferry strike in Vell ended on Friday after three weeks, the union said.\n\n"
                             "Reporting by Jo Roe; editing by Lee Poe\n\n"
                             "— Ann Doe contributed reporting\n\n"
                             "VNN contributed to this report.\n\nLee Poe contributed from Vell.\n")
    assert article.paragraphs == ["The ferry strike in Vell ended on Friday after three weeks, the union said."]
    assert article.credits == ["Reporting by Jo Roe; editing by Lee Poe", "— Ann Doe contributed reporting",
                               "VNN contributed to this report.", "Lee Poe contributed from Vell."]
    # A sentence of the text that reads like one stays.
    article = read(tmp_path, "Port reopens\n\nThe port of Vell reopened on Monday.\n\n"
                             "Reporting by the council showed the damage.\n\nVell contributed from Roe.\n")
    assert article.credits == []


def test_a_list_of_teasers_longer_than_the_text_is_set_apart_but_lines_closing_the_text_stay(tmp_path):
    teasers = ["Vell mayor opens new harbour", "Ferry firm posts record loss", "Inside the island's oldest inn",
               "Roe unveils plans for a bridge", "Storm season starts early this year"]
    article = read(tmp_path, "Ferry sails again\n\nThe ferry to Vell sailed again on Monday, the operator said.\n\n"
                             "It had been stopped by a strike for three weeks.\n\n"
                             + "\n\n".join(teasers) + "\n\nHow well do you know Vell?\n\n"
                             "The choir sang its old song at the quay\n\nWithout a boat of our own\n\n"
                             "Without a sail in the wind\n")
    assert article.captions == teasers
    assert article.paragraphs[-3:] == ["The choir sang its old song at the quay", "Without a boat of our own",
                                       "Without a sail in the wind"]


def test_a_backtick_opening_a_quote_is_a_quote_mark_and_a_closing_mark_glued_on_is_set_off(tmp_path):
    article = read(tmp_path, "`Sea rings’ seen from space\n\n"
                             "The journal `Sea Letters' printed the study of the 'sea-rings'that spin off Vell.\n\n"
                             "'I don't know why they spin,' Jo O'Hara said of the 'rock'n'roll' rings.\n")
    assert article.title == "‘Sea rings’ seen from space"
    assert article.paragraphs == [
        "The journal 'Sea Letters' printed the study of the 'sea-rings' that spin off Vell.",
        "'I don't know why they spin,' Jo O'Hara said of the 'rock'n'roll' rings."]
    assert read(tmp_path, "Rings\n\nThe paper ``Sea rings'' was printed on Monday.\n").paragraphs == [
        'The paper "Sea rings" was printed on Monday.']
    # Backticks around a word, as code is written, stay as typed.
    assert read(tmp_path, "Rings\n\nThe `rings` tool was run on Monday.\n").paragraphs == [
        "The `rings` tool was run on Monday."]


def test_a_subscription_notice_is_furniture_and_a_page_of_nothing_else_is_skipped(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    write(folder, "notice.txt", "Boats sail past Vell\n\n"
                                "Sorry, this postcode is not in the area we deliver to with this subscription.\n\n"
                                "Enter another zip code, or sign up for full digital access.\n")
    write(folder, "story.txt", "Boats sail past Vell\n\nAlready a subscriber? Log in to read on.\n\n"
                               "Forty boats sailed past Vell on Monday, the harbour said.\n\n"
                               "Subscribe for unlimited digital access to Vell News.\n")
    articles, skipped = read_folder(folder, tmp_path)
    assert [a.paragraphs for a in articles] == [["Forty boats sailed past Vell on Monday, the harbour said."]]
    assert [s.path for s in skipped] == ["seeds/notice.txt"]
    assert "subscription" in skipped[0].reason
    # The story's own sentences about subscriptions stay.
    article = read(tmp_path, "Phone firm grows\n\nSubscribers to the Vell phone service rose to a million.\n\n"
                             "Sorry, said the firm, the subscription price will rise in May.\n")
    assert len(article.paragraphs) == 2


def test_a_paragraph_another_holds_word_for_word_is_set_apart(tmp_path):
    article = read(tmp_path, "Rings at sea\n\n"
                             "The 'sea rings' were seen in the bay off Vell and in the north, by measuring the sea "
                             "from satellites over two years.\n\n"
                             "They move east at speed, the team said.\n\n"
                             "The 'sea rings' were seen in the bay off Vell and in the north.\n\n"
                             "Well, they did.\n\nThey move east.\n")
    assert article.paragraphs == [
        "The 'sea rings' were seen in the bay off Vell and in the north, by measuring the sea from satellites over "
        "two years.", "They move east at speed, the team said.", "Well, they did.", "They move east."]
    assert article.captions == ["The 'sea rings' were seen in the bay off Vell and in the north."]


def test_a_pull_quote_repeating_the_texts_quotes_is_set_apart(tmp_path):
    article = read(tmp_path, "Coach retires\n\n"
                             "'The cheers you hear are for the team... I will miss the fans.' Roe said\n\n"
                             "Vell coach Jo Roe retired on Monday after ten years with the club.\n\n"
                             "'The cheers you hear are for the team,' Roe said.\n\n"
                             "'The cheers you hear are for the team,' the three-time coach of the season said\n\n"
                             "'I will miss the fans. I will miss the old ground on a cold night.'\n\n"
                             "The club will name a new coach in May.\n")
    assert article.paragraphs == [
        "Vell coach Jo Roe retired on Monday after ten years with the club.",
        "'The cheers you hear are for the team,' Roe said.",
        "'I will miss the fans. I will miss the old ground on a cold night.'",
        "The club will name a new coach in May."]
    assert article.captions == [
        "'The cheers you hear are for the team... I will miss the fans.' Roe said",
        "'The cheers you hear are for the team,' the three-time coach of the season said"]


def test_a_short_line_another_holds_stays_unless_it_is_a_pull_quote(tmp_path):
    article = read(tmp_path, "Team named\n\nVell named its team for the games on Monday.\n\n800m\n\n"
                             "K Roe (Vell and Poe Athletic Club).\n\n1500m\n\n"
                             "J Doe (Poe AC), K Roe (Vell and Poe Athletic Club).\n\n'We ran for our lives'\n\n"
                             "\"We all knew we ran for our lives that day,\" Doe said.\n")
    assert "K Roe (Vell and Poe Athletic Club)." in article.paragraphs
    assert article.captions == ["'We ran for our lives'"]


def test_a_sentence_a_box_under_a_heading_in_capitals_holds_stays(tmp_path):
    sentence = "The rings were seen by satellite over the bay near Vell on Monday."
    article = read(tmp_path, f"Rings at sea\n\n{sentence}\n\nThey move east, the team said.\n\n"
                             f"SEA RINGS They spin in pairs. {sentence}\n\nThe team will look again in May.\n")
    assert sentence in article.paragraphs


def test_a_run_of_summary_lines_above_the_text_is_highlights(tmp_path):
    article = read(tmp_path, "Ferry sails again\n\n"
                             "Crowds cheered the ferry on its first trip since the strike ended\n\n"
                             "The crew waved flags from the deck as it left the quay at Vell\n\n"
                             "The ferry to Vell sailed again on Monday after a three-week strike.\n\n"
                             "It carried 300 people, the operator said.\n")
    assert article.highlights == ["Crowds cheered the ferry on its first trip since the strike ended",
                                  "The crew waved flags from the deck as it left the quay at Vell"]
    assert article.paragraphs[0] == "The ferry to Vell sailed again on Monday after a three-week strike."
    # One line above the text (a standfirst) stays its first paragraph.
    article = read(tmp_path, "Ferry sails again\n\n"
                             "Crowds cheered the ferry on its first trip since the strike ended\n\n"
                             "The ferry to Vell sailed again on Monday after a three-week strike.\n")
    assert article.highlights == []
    # A match's box of short lines is no summary.
    article = read(tmp_path, "Cup tie\n\nVell Park\n\nTuesday, 1 March\n\n2000 GMT\n\n"
                             "Vell host Roe in the cup on Tuesday night.\n")
    assert article.highlights == []


def test_a_headline_between_paragraphs_repeating_the_text_is_a_caption(tmp_path):
    article = read(tmp_path, "Roe has a son\n\nThe singer Jo Roe has had a baby boy.\n\n"
                             "Roe and her husband welcomed their son on December 31, the couple said.\n\n"
                             "Jo Roe welcomed a baby boy named Lee on New Year's Eve\n\n"
                             "Roe shared a picture of Lee and wrote: \"Best gift to ring in the New Year.\"\n\n"
                             "The couple already have two daughters.\n\n"
                             "The Vell Council has opened a help desk with a phone number: 0800 111 222\n\n"
                             "It is open all week.\n")
    assert article.captions == ["Jo Roe welcomed a baby boy named Lee on New Year's Eve"]
    # A line of the text that lost its full stop, saying what the rest does not, stays.
    assert "The Vell Council has opened a help desk with a phone number: 0800 111 222" in article.paragraphs


@pytest.mark.parametrize(
    ("lede", "written"),
    [
        ("AT least two people were hurt when the Vell bridge fell on Monday.", "At least two people were hurt"),
        ("A MAN has been held after the Vell bridge fell on Monday.", "A man has been held"),
        ("US forces said the Vell bridge fell on Monday.", "US forces said"),
        ("NASA said the Vell bridge fell on Monday.", "NASA said"),
    ],
)
def test_a_lede_set_in_capitals_is_written_as_a_sentence_opens_acronyms_kept(
        tmp_path: Path, lede: str, written: str) -> None:
    # A standfirst without a full stop may come first: the lede is the first paragraph to end a sentence.
    article = read(tmp_path, f"Bridge falls\n\nDozens more were stuck in traffic for hours\n\n{lede}\n\n"
                             "THE END of the report is here.\n")
    assert article.paragraphs[1].startswith(written)
    assert article.paragraphs[2].startswith("THE END")


# ---------------------------------------------------------------- reviews 11-13: widgets, series titles, fact boxes


def test_a_map_or_embed_label_in_small_letters_before_its_caption_is_no_paragraph(tmp_path):
    article = read(tmp_path, "Blast in Vell\n\nA bomb went off near the port of Vell on Friday, police said.\n\n"
                             "google The blast took place near the port in the south of the city\n\n"
                             "Crews searched the harbour for hours.\n\n"
                             "embed The mayor posted a picture of the harbour.\n\n"
                             "of Vell ran the fastest race of the year with her best time\n\n"
                             "The council will meet on Monday.\n")
    assert article.captions == ["The blast took place near the port in the south of the city",
                                "The mayor posted a picture of the harbour."]
    # A line the page broke before its first word, in small letters, is the text's.
    assert "of Vell ran the fastest race of the year with her best time" in article.paragraphs


def test_a_title_labelled_before_a_colon_between_paragraphs_is_set_apart_but_a_broken_sentence_stays(tmp_path):
    article = read(tmp_path, "Blast in Vell\n\nA bomb went off near the port of Vell on Friday, police said.\n\n"
                             "Some of the wounded are in a critical condition, he added.\n\n"
                             "Vellia: Between Hope and Fear\n\n"
                             "Crews searched the harbour for hours.\n\n"
                             "Images show burning wreckage in the harbour\n\n"
                             "The ministry posted images of the harbour.\n\n"
                             "After the success of Roe: The Movie, the cat\n\n"
                             "The council will meet on Monday.\n\n"
                             "Update: the council has put off the meeting to Friday\n\n"
                             "The port reopened on Sunday.\n")
    assert article.captions == ["Vellia: Between Hope and Fear"]
    assert article.paragraphs[3:5] == ["Images show burning wreckage in the harbour",
                                       "The ministry posted images of the harbour."]
    assert article.subheads == [3, 5, 7]
    # Two such lines or more are the text's own headings.
    listed = read(tmp_path, "Storms in Vell\n\nStorms hit the island of Vell on Friday, police said.\n\n"
                            "Here are the worst hit towns:\n\nPort Vell: 32 hurt\n\n"
                            "The harbour wall fell in the night.\n\nRoe Hall: 12 hurt\n\n"
                            "The roof of the hall fell in on Friday.\n", name="listed.txt")
    assert listed.captions == []
    assert listed.subheads == [4]


@pytest.mark.parametrize(("first", "caption"), [
    ("Jo Roe at the ceremony in Vell on Monday", True),
    ("Ann Lee Doe with her trophy after the final", True),
    # A standfirst says what happened.
    ("Jo Roe in Vell has resigned after the vote", False),
    ("Ministers in Vell vote to close the port", False),
    ("Jo Roe at the ceremony in Vell accepted the prize", False),
])
def test_a_photo_caption_without_a_verb_over_the_lede_is_a_caption(tmp_path, first: str, caption: bool):
    article = read(tmp_path, f"Prize for Roe\n\n{first}\n\nJo Roe won the Vell prize on Monday, the jury said.\n\n"
                             "She gave the money to the port's school.\n")
    assert (first in article.captions, first in article.paragraphs) == (caption, not caption)


@pytest.mark.parametrize("heading", ["What We Know", "Fast facts:", "AT A GLANCE"])
def test_a_fact_box_heading_is_no_paragraph_its_short_lines_are_highlights_and_its_sentences_stay(tmp_path, heading):
    top = read(tmp_path, f"Storm hits Vell\n\n{heading}\n\nThe storm hit at 3am\n\nTwo people were hurt\n\n"
                         "A storm hit the island of Vell on Friday, police said, and crews worked all night.\n\n"
                         "Roads reopened on Sunday.\n", name="top.txt")
    assert top.paragraphs == ["A storm hit the island of Vell on Friday, police said, and crews worked all night.",
                              "Roads reopened on Sunday."]
    assert top.highlights == ["The storm hit at 3am", "Two people were hurt"]
    inside = read(tmp_path, f"Storm hits Vell\n\nA storm hit the island of Vell on Friday, police said.\n\n"
                            f"Roads reopened on Sunday.\n\n{heading}\n\nThe storm hit at 3am.\n\n"
                            "Two people were hurt.\n", name="inside.txt")
    assert inside.paragraphs == ["A storm hit the island of Vell on Friday, police said.", "Roads reopened on Sunday.",
                                 "The storm hit at 3am.", "Two people were hurt."]


def test_a_run_of_photo_captions_closing_the_text_is_set_apart(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\n"
                             "A ferry sank off the island of Vell on Monday, the coastguard said.\n\n"
                             "Twelve people were taken to hospital, and the captain was arrested.\n\n"
                             "Jo Roe, who was on board, said the boat had tilted before it went down.\n\n"
                             "Rescue crews at the harbour after the ferry sank off Vell, south of the port.\n\n"
                             "Lifeboats arriving at the harbour\n\n"
                             "Mayor of Vell Ann Doe talking to reporters near the harbour, after the ferry sank.\n\n"
                             "Divers close to the wreck of the ferry\n")
    assert article.paragraphs == ["A ferry sank off the island of Vell on Monday, the coastguard said.",
                                  "Twelve people were taken to hospital, and the captain was arrested.",
                                  "Jo Roe, who was on board, said the boat had tilted before it went down."]
    assert "Lifeboats arriving at the harbour" in article.captions
    # Sentences of the text in the present tense closing it stay: they say what happens.
    present = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday.\n\n"
                             "What happens next\n\nDivers in the bay search the wreck each morning.\n\n"
                             "Salvage at the wreck\n\n"
                             "Ferries from Vell run again on Friday.\n\nInquiries into the sinking begin in May.\n",
                   name="present.txt")
    assert present.paragraphs[-4:] == ["Divers in the bay search the wreck each morning.", "Salvage at the wreck",
                                       "Ferries from Vell run again on Friday.",
                                       "Inquiries into the sinking begin in May."]


def test_a_video_teaser_with_its_time_stamp_and_length_is_no_paragraph(tmp_path):
    article = read(tmp_path, "Vellcoin soars\n\n"
                             "Vellcoin just soared more than 30% 11:03 AM ET Fri, 29 Dec 2017 | 00:40\n\n"
                             "Vellcoin rose 50 percent on Friday to a record high, an exchange said.\n\n"
                             "It ended last year below one cent.\n")
    assert article.paragraphs == ["Vellcoin rose 50 percent on Friday to a record high, an exchange said.",
                                  "It ended last year below one cent."]


def test_a_call_for_witnesses_with_a_form_and_an_amendment_note_are_no_paragraphs(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                             "The captain was arrested.\n\n"
                             "If you saw the sinking, or have any information you'd like to share, you can fill in the "
                             "form below – anonymously if you prefer.\n\n"
                             "This article was amended on 3 May 2016 to correct the name of the ferry.\n\n"
                             "Correction: May 4, 2016\n\n"
                             "Because of an editing error, an earlier version of this post gave the wrong port.\n\n"
                             "CORRECTION: This article originally said the ferry sank on Sunday.\n")
    assert article.paragraphs == ["A ferry sank off the island of Vell on Monday, police said.",
                                  "The captain was arrested."]
    assert article.notes == [
        Note("Correction", "This article was amended on 3 May 2016 to correct the name of the ferry."),
        Note("Correction",
             "May 4, 2016. Because of an editing error, an earlier version of this post gave the wrong port."),
        Note("Correction", "This article originally said the ferry sank on Sunday.")]
    # A police appeal the story reports stays.
    appeal = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                            "Police asked anyone who saw the sinking to call them on 101.\n", name="appeal.txt")
    assert appeal.paragraphs[-1] == "Police asked anyone who saw the sinking to call them on 101."


def test_promotions_of_the_outlets_other_content_are_no_paragraphs(tmp_path):
    article = read(tmp_path, "Vell wins\n\nVell beat Roe 3-0 on Sunday, the league said.\n\n"
                             "Live updates on Vell ferry sinking\n\n"
                             "Jo Roe scored twice in the first half.\n\n"
                             "Ann Doe, Vell Coach, on the cup final\n\n"
                             "The crowd of 30,000 was a record.\n\nBackground Music on Vellbox\n\n"
                             "The stadium played music at half time.\n\n"
                             "Virtual reality 101: Vellnet tells you everything you need to know about VR.\n\n"
                             "Vellnet Magazine: Check out a sample of the stories in Vellnet's newsstand edition.\n\n"
                             "UP NEXT\n\nRovers: Host the Vells on Sunday.\n\nVell: Visit Roe Town on Saturday.\n")
    assert article.paragraphs == ["Vell beat Roe 3-0 on Sunday, the league said.",
                                  "Jo Roe scored twice in the first half.", "The crowd of 30,000 was a record.",
                                  "Background Music on Vellbox", "The stadium played music at half time."]
    # A subhead naming a feature is no video's headline.
    assert article.subheads == [3]


def test_an_embedded_tweets_first_line_goes_with_its_signed_line(tmp_path):
    article = read(tmp_path, "Meteor over Vell\n\nA meteor lit up the sky over Vell on Tuesday night.\n\n"
                             "Watchers saw a green glow for a few seconds.\n\n"
                             "Bright green sky!!\n\n"
                             "Amazing — Jo Roe (@joroe12) December 27, 2017\n\n"
                             "The society received 200 reports, it said.\n")
    assert article.paragraphs == ["A meteor lit up the sky over Vell on Tuesday night.",
                                  "Watchers saw a green glow for a few seconds.",
                                  "“Bright green sky!! Amazing” — Jo Roe (@joroe12) December 27, 2017",
                                  "The society received 200 reports, it said."]


def test_an_unrelated_gallery_is_no_caption_of_the_article(tmp_path):
    gallery = "\n\n".join(f"{k}/4 {k} May 2017 Crowds gather in the square of Roe Town {k}" for k in range(1, 5))
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                             "The captain was arrested.\n\nWorld news in pictures\n\n"
                             f"4 show all World news in pictures\n\n{gallery}\n")
    assert article.captions == []
    related = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                             "The captain was arrested.\n\n"
                             f"4 show all Ferry sinks off Vell\n\n{gallery}\n", name="related.txt")
    assert len(related.captions) == 4



def test_a_broadcasts_coming_up_over_its_transcript_turns_is_no_fixture_box(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                             "Coming up\n\nROE: We sailed at dawn and the sea was calm.\n\n"
                             "DOE: Then the engine stopped.\n")
    assert article.paragraphs[-2:] == ["ROE: We sailed at dawn and the sea was calm.", "DOE: Then the engine stopped."]


# ---------------------------------------------------------------- author boxes, site notices, untitled articles


def test_an_article_that_is_only_an_author_box_is_skipped(tmp_path):
    write(tmp_path, "bio.txt", "Ferry prices fall again\n\nJo Roe is a writer at Vell Daily. He covers ferries and "
                               "the ports of the north coast. Follow him on Twitter @joroe.\n")
    write(tmp_path, "story.txt", "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, police said.\n")
    articles, skipped = read_folder(tmp_path, tmp_path)
    assert [a.source_file for a in articles] == ["story.txt"]
    assert [s.path for s in skipped] == ["bio.txt"]
    assert "author" in skipped[0].reason


@pytest.mark.parametrize("bio", [
    "Jo Roe is Vell Daily's senior correspondent covering ports and shipping. Read her other columns and follow her "
    "on Twitter @joroe.",
    "Jo Roe is a ferry enthusiast living in Vell. His passion for the sea made him one of the island's best-known "
    "writers.",
    "Jo Roe is a Reporter for Vell News. Follow her on Twitter at @joroe.",
])
def test_an_author_box_first_or_last_is_set_apart(tmp_path, bio):
    story = ["A ferry sank off the island of Vell on Monday, police said.", "The captain was arrested on Tuesday."]
    first = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join([bio, *story]) + "\n", name="first.txt")
    last = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join([*story, bio]) + "\n", name="last.txt")
    assert first.paragraphs == story
    assert last.paragraphs == story
    assert bio in first.credits and bio in last.credits


def test_a_news_sentence_about_a_reporter_is_no_author_box(tmp_path):
    lede = "Jo Roe is a reporter who was arrested in Vell on Monday, her newspaper said."
    article = read(tmp_path, f"Reporter held in Vell\n\n{lede}\n\nShe covers the ports for the Vell Daily.\n")
    assert article.paragraphs == [lede, "She covers the ports for the Vell Daily."]


def test_an_untitled_article_is_not_titled_by_its_dateline(tmp_path):
    lede = ("VELLTOWN — Representative Jo Roe, a Republican of Vell who has served two terms in Congress, said on "
            "Friday that she would run for the leadership of the party after its defeat in the spring.")
    article = read(tmp_path, f"{lede}\n\nHer supporters cheered.\n")
    assert not article.title.startswith("VELLTOWN")
    assert article.title.startswith("Representative Jo Roe said on Friday")
    assert len(article.title.split()) <= 12
    assert article.paragraphs[0] == lede


def test_an_author_box_names_the_author(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off the island of Vell on Monday, police said.\n\n"
                             "Jo Roe is a Reporter for Vell News. Follow her on Twitter at @joroe.\n")
    assert article.author == "Jo Roe"


@pytest.mark.parametrize("notice", [
    "The leader in ferry news, Vell Daily is an independent media outlet that strives for the highest journalistic "
    "standards. Interested in offering your expertise? Contact us.",
    "Disclaimer: This article should not be taken as, and is not intended to provide, investment advice.",
    "Disclosure: The author holds shares in Vell Ferries.",
    "Dieser Artikel enthält Affiliate-Links.",
])
def test_a_site_notice_at_the_end_is_dropped(tmp_path, notice):
    story = ["A ferry sank off the island of Vell on Monday, police said.", "The captain was arrested on Tuesday."]
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join([*story, notice]) + "\n")
    assert article.paragraphs == story


def test_a_qa_widget_is_dropped(tmp_path):
    story = ["A ferry sank off the island of Vell on Monday, police said.", "The captain was arrested on Tuesday."]
    widget = "Q&A What is a ferry and is it safe? Show Hide A ferry is a boat that carries people. It is mostly safe."
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join([story[0], widget, story[1]]) + "\n")
    assert article.paragraphs == story


def test_a_sites_box_about_itself_at_the_end_is_dropped(tmp_path):
    story = ["A ferry sank off the island of Vell on Monday, police said.", "The captain was arrested on Tuesday.",
             "About Face", "The company said it would change its routes."]
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(story) + "\n\nAbout Vell Daily\n\n"
                   "Vell Daily was founded in 2001 and reports on the ports of the north coast.\n")
    assert article.paragraphs == story
    subhead = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(story[:2]) + "\n\nAbout Town\n\n"
                   "The company said it would change its routes.\n", name="subhead.txt")
    assert subhead.paragraphs[-1] == "The company said it would change its routes."


@pytest.mark.parametrize("where", ["first", "last"])
def test_an_author_and_outlet_over_a_time_stamp_is_the_byline(tmp_path, where):
    story = ["A ferry sank off Vell on Monday, police said.", "The captain was arrested."]
    byline = "Jo Roe, Vell News • Updated 1123 GMT (1923 HKT) February 5, 2018"
    lines = [byline, *story] if where == "first" else [*story, byline]
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(lines) + "\n")
    assert article.paragraphs == story
    assert (article.author, article.published) == ("Jo Roe", "2018-02-05")


def test_a_numbered_tweet_under_the_paragraph_that_reports_it_is_set_apart(tmp_path):
    tweet = "2/2 This is why we urge everyone to stay off the ferries."
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, police said.\n\n"
                             f"The charity said on Twitter that ferries were unsafe.\n\n{tweet}\n\n"
                             "The captain was arrested.\n")
    assert tweet in article.captions
    assert article.paragraphs[-1] == "The captain was arrested."
    score = "2/2 Vell won both of its matches this week."
    other = read(tmp_path, "Vell wins\n\nVell beat Roe on Monday, the league said.\n\n"
                           f"{score}\n\nThe coach was pleased.\n", name="other.txt")
    assert score in other.paragraphs


def test_a_caption_credited_to_a_social_account_is_set_apart(tmp_path):
    caption = 'Fans said the fence was low and "anyone could climb it"'
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, police said.\n\n"
                             f"Twitter / @joroe {caption}\n\nThe captain was arrested.\n")
    assert article.captions == [caption]
    assert article.paragraphs == ["A ferry sank off Vell on Monday, police said.", "The captain was arrested."]


def test_a_line_in_another_language_closing_an_english_text_is_dropped(tmp_path):
    story = ["A ferry sank off Vell on Monday, police said.", "Passengers swam ashore in under an hour."]
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(story) +
                   "\n\nHier erfahrt ihr bei vell.de, wie ihr Tickets kaufen könnt.\n")
    assert article.paragraphs == story


def test_a_header_line_running_the_headline_into_a_rating_and_a_player_label_is_no_paragraph(tmp_path):
    title = "Vell Ferry review: a slow but pleasant crossing of the bay"
    header = f"Ferries {title} 3 / 5 stars The old boat sailed on time Play Video 0:53 The ferry at sea – video"
    story = ["The ferry left Vell at nine on Monday.", "It reached Roe Town two hours later."]
    article = read(tmp_path, f"{title}\n\n{header}\n\n" + "\n\n".join(story) + "\n")
    assert article.paragraphs == story
    assert article.highlights == ["3 / 5 stars The old boat sailed on time Play Video 0:53 The ferry at sea – video"]
    lede = f"{title} was the verdict of the island's paper on Monday."
    kept = read(tmp_path, f"{title}\n\n{lede}\n\n" + "\n\n".join(story) + "\n", name="kept.txt")
    assert kept.paragraphs == [lede, *story]


def test_a_caption_closing_on_a_labelled_photographer_for_a_paper_is_set_apart(tmp_path):
    caption = "Passengers wait at the quay on Monday. Photograph: Jo Roe for the Vell Daily"
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, police said.\n\n"
                             f"{caption}\n\nThe captain was arrested.\n")
    assert caption in article.captions


def test_a_short_sentence_opening_on_a_date_with_a_slash_is_no_photo_credit(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nA ferry sank off Vell on Monday, police said.\n\n"
                             "9/11 families said the same.\n\nJo Roe/Reuters\n\nThe port closed.\n")
    assert article.paragraphs == ["A ferry sank off Vell on Monday, police said.", "9/11 families said the same.",
                                  "The port closed."]


STORY = ["A ferry sank off Vell on Monday, police said.", "Passengers swam ashore in under an hour."]


@pytest.mark.parametrize("glued", [False, True])
def test_a_syndication_line_is_a_credit_that_dates_the_article_and_names_where_it_first_ran(tmp_path, glued):
    credit = ("Ferry sinks off Vell originally appeared on Vellnews.com on Mon, 1 Jan 2018 at 10:05:01 EDT. "
              "Please see our terms for use of feeds.")
    lines = [STORY[0], f"{STORY[1]} {credit}"] if glued else [*STORY, credit]
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(lines) + "\n")
    assert article.paragraphs == STORY
    assert article.credits == [credit]
    assert (article.published, article.wire) == ("2018-01-01", "vellnews.com")
    video = "The video first appeared on Vellnet on Monday."
    other = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join([*STORY, video]) + "\n", name="other.txt")
    assert (other.paragraphs, other.credits, other.wire) == ([*STORY, video], [], None)


def test_a_time_stamp_without_a_colon_dates_the_article(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\nUpdated 1123 GMT (1923 HKT) February 5, 2018\n\n"
                   + "\n\n".join(STORY) + "\n")
    assert (article.paragraphs, article.published) == (STORY, "2018-02-05")


def test_a_wire_credit_closing_the_text_goes_to_the_credits(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(STORY) + "\n\nReuters\n")
    assert (article.paragraphs, article.credits) == (STORY, ["Reuters"])
    photo = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\nReuters\n\n".join(STORY) + "\n", name="photo.txt")
    assert (photo.paragraphs, photo.credits) == (STORY, [])


def test_a_pull_quote_closing_on_its_speaker_and_body_is_set_apart(tmp_path):
    pull = "We have watched the ferry every day and expect it to sail again in spring Jo Roe, Vell Harbour Board"
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + f"{STORY[0]}\n\n{pull}\n\n{STORY[1]}\n")
    assert article.paragraphs == STORY
    assert pull in article.captions


def test_a_sentence_of_the_text_cut_for_a_pull_quote_is_set_apart(tmp_path):
    pull = "this is not the first time a ferry this old, or older, has sunk off the island"
    text = ("And this is certainly not the first time a ferry this old, or even older, has sunk off the island. "
            "In 2011 the Roe Star went down in a storm with its crew of nine, and the navy raised it a year later.")
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + f"{STORY[0]}\n\n{pull}\n\n{STORY[1]}\n\n{text}\n")
    assert article.paragraphs == [*STORY, text]
    assert pull in article.captions


def test_an_unrelated_gallery_under_a_plus_show_all_header_is_dropped(tmp_path):
    name = "Vell's finest pictures of the harbour"
    items = [f"{k}/4 Lighthouse number {k} The old lighthouse of Poe Point at dawn in winter" for k in range(1, 5)]
    article = read(tmp_path, "Ferry sinks off Vell harbour\n\n" + f"{STORY[0]}\n\n{name}\n\n+ show all {name}\n\n"
                   + "\n\n".join(items) + f"\n\n{STORY[1]}\n")
    assert (article.paragraphs, article.captions) == (STORY, [])


# A gallery run into paragraphs after the story, each photo's caption under the gallery's title again (own words).
TITLED_GALLERY = [
    "Old Town Market at 500 The first stalls Traders sold fish and salt on the square from 1520. Few had a roof.",
    "Old Town Market at 500 Fire and rebuilding A fire in 1780 burned half the square. The guilds built new halls.",
    "Old Town Market at 500 The market today About 200 traders sell food and crafts there every Saturday.",
    "Old Town Market at 500 Music on the square Bands play by the fountain on summer evenings. Author: Sam Lee / ab",
]
# The story's short lines stay: a list of names, a one-line quote, paragraphs opening alike that go on in small letters
# or in quote marks.
FERRY_STORY = ["A passenger ferry struck a pier in Vell harbour on Tuesday evening, police said.",
               "Three passengers were taken to hospital:", "Jo Roe, 34", "Ann Doe, 51", "Lee Poe, 28",
               "“It shook like a drum,” one passenger said.",
               "All three ferries of the line were built in Vell in 1990.",
               "All three ferries of the line were checked in May.",
               "All three ferries of the line stay in port this week.",
               "“We have to look at every ship. Every one.”", "“We have to know why. Now.”", "“We have to act.”",
               "The harbour reopens on Thursday."]


def test_a_gallery_titled_on_each_caption_after_the_story_is_dropped_but_the_storys_short_lines_stay(tmp_path):
    article = read(tmp_path, "Ferry hits pier in Vell harbour\n\n" + "\n\n".join(FERRY_STORY + TITLED_GALLERY) + "\n")
    assert (article.paragraphs, article.captions) == (FERRY_STORY, [])
    # A gallery of the story's own is its photos' captions, each without the gallery's title.
    own = [item.replace("Old Town Market at 500", "Vell harbour ferry crash") for item in TITLED_GALLERY]
    related = read(tmp_path, "Ferry hits pier in Vell harbour\n\n" + "\n\n".join(FERRY_STORY + own) + "\n",
                   name="related.txt")
    assert related.paragraphs == FERRY_STORY
    assert related.captions[0] == "The first stalls Traders sold fish and salt on the square from 1520. Few had a roof."


def test_a_shop_widgets_items_are_dropped(tmp_path):
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + "\n\n".join(STORY) + "\n\nVell Top Deals:\n\n"
                   "Anyone who sails should own this $13 accessory There's a $48 camera with the best lens\n\n"
                   "Trending Right Now:\n\nHow to get a $29 ticket for the ferry right now New boats show the same "
                   "design\n\nThe captain was arrested.\n")
    assert (article.paragraphs, article.captions) == ([*STORY, "The captain was arrested."], [])


@pytest.mark.parametrize("kicker", ["THE SUNKEN FERRY", "WHY DID IT SINK?"])
def test_a_fact_box_under_its_kicker_is_set_apart_in_the_captions(tmp_path, kicker):
    box = f"{kicker} The hull was cracked by a rock. Divers found the crack on Tuesday."
    article = read(tmp_path, "Ferry sinks off Vell\n\n" + f"{STORY[0]}\n\n{box}\n\n{STORY[1]}\n")
    assert (article.paragraphs, article.captions) == (STORY, [box])


def test_a_long_list_of_links_closing_the_text_is_set_apart_but_nominees_and_a_verse_stay(tmp_path):
    text = ("Ferry sails again\n\nThe ferry to Vell sailed again on Monday, the operator said.\n\n"
            "It had been stopped by a strike for three weeks.\n\n")
    links = ["The mayor of Vell opens a new harbour for the ferries", "Ferry firm Acme posts its biggest ever loss",
             "Jo Roe is selling her boat to the Vell museum", "Here's How Acme Plans to Sail to Poe",
             "Storm season starts early on the coast of Vell", "Acme wants Vell to help name its new ferry"]
    article = read(tmp_path, text + "Inside the island's oldest inn\n\nRoe unveils plans for a bridge\n\n"
                                    "How well do you know Vell?\n\n" + "\n\n".join(links) + "\n")
    assert article.paragraphs == ["The ferry to Vell sailed again on Monday, the operator said.",
                                  "It had been stopped by a strike for three weeks."]
    assert article.captions[-len(links) - 1:] == ["How well do you know Vell?", *links]
    # A list of nominees, or a song's verse, closing the text is the text's.
    nominees = ["Jo Roe (The Vell Show, VTV)", "Ann Doe and Lee Poe (Harbour Nights, VTV Two)",
                "Kit Moe (Poe Bay, Channel Five)", "The Vell Show (Acme Productions, VTV)",
                "Harbour Nights (Doe Films, VTV Two)"]
    verse = ["We sail at dawn when the tide is high", "Without a boat of our own", "The gulls cry over the grey sea",
             "We row until the night comes down", "Without a sail in the wind"]
    for closing in (nominees, verse):
        assert read(tmp_path, text + "\n\n".join(closing) + "\n").paragraphs[-len(closing):] == closing


def test_a_fact_box_of_labelled_figures_under_a_heading_in_capitals_is_set_apart(tmp_path):
    box = ("THE VELL FERRY Length: 90 metres (295 feet) Beam: 16 metres (52 feet) Decks: 4 Crew: 12 Passengers: 800 "
           "Cars carried: 120 Top speed: 20 knots (37 km/h) Built: 1998 in Poe")
    article = read(tmp_path, "Ferry sails again\n\nThe ferry to Vell sailed again on Monday, the operator said.\n\n"
                             f"{box}\n\nIt had been stopped by a strike for three weeks.\n")
    assert box not in article.paragraphs
    assert box in article.captions
    # A box's heading over a sentence that holds a label stays the text's.
    kept = "VELL FERRY NEWS Crew: the twelve sailors went back to work on Monday, with a rise."
    assert kept in read(tmp_path, "Ferry sails again\n\nThe ferry to Vell sailed again on Monday.\n\n"
                                  f"{kept}\n\nIt had been stopped by a strike.\n").paragraphs


def test_a_caption_under_a_one_word_label_repeating_the_text_is_set_apart_but_a_note_stays(tmp_path):
    text = ("Ferry sinks\n\nThe Vell Star ferry sank off the island on Monday, hours after leaving port.\n\n"
            "Divers found the wreck of the ferry near the harbour wall on Tuesday.\n\n")
    caption = "Wreck: The Vell Star ferry was seen leaving port on Monday. Divers found its wreck near the harbour."
    article = read(tmp_path, text + caption + "\n\nThe crew of twelve were rescued by a fishing boat.\n")
    assert caption not in article.paragraphs
    assert caption in article.captions
    # A note under its label, or a line that reports what someone said, is the text's.
    for kept in ("Update: The Vell Star ferry wreck was found near the harbour on Tuesday.",
                 "Aftermath: The Vell Star ferry wreck lies near the harbour, divers said on Tuesday."):
        assert kept in read(tmp_path, text + kept + "\n\nThe crew were rescued.\n").paragraphs


# ---------------------------------------------------------------- review 21: an agency's caption, a correction notice


def test_an_agency_caption_dated_after_its_place_is_set_apart_and_the_text_it_repeats_stays(tmp_path):
    said = "The ferry will sail again in June, when a new crew will take it north to the island of Roe."
    caption = f"The Vell Star ferry leaves the harbour at Poe Quay in Vell, Westland July 2, 2017. {said}"
    text = "Ferry to sail again\n\nThe Vell Star ferry is to return to service, its owner said.\n\n"
    article = read(tmp_path, f"{text}{said}\n\nIt was laid up for two years after a fire on board.\n\n{caption}\n\n"
                             "The owner said the new crew had trained for six months.\n")
    # The caption that says the text's sentence again is set apart; the text's sentence stays where it was.
    assert article.paragraphs[1] == said
    assert caption in article.captions and caption not in article.paragraphs
    # The text writes a date after a word in small letters or a weekday, and a dateline is a few words: they stay.
    for kept in ("The Vell Star ferry first sailed from Vell to the island of Roe on July 2, 2017.",
                 "The new timetable for the ferry will be in the ports May 4, 2018.",
                 "The Vell Star ferry was last seen leaving the port of Vell on Sunday, Dec. 31, 2017.",
                 "VELL, Westland, July 2, 2017. The ferry will sail again in June.",
                 "THE HARBOUR BOARD'S NOTICES TO THE FERRY CREWS OF AUGUST 21, 1996."):
        assert kept in read(tmp_path, f"{text}{kept}\n\nIt was laid up for two years.\n").paragraphs


def test_a_correction_notice_is_a_note_under_its_label_not_a_credit(tmp_path):
    text = "Ferry sails again\n\nThe Vell Star ferry sailed again on Monday, its owner said.\n\n"
    article = read(tmp_path, f"{text}Reporting by Jo Roe; Editing by Ann Doe\n\nCORRECTION: This article "
                             "originally said the ferry sailed from Poe. It sailed from Vell.\n")
    assert article.paragraphs == ["The Vell Star ferry sailed again on Monday, its owner said."]
    assert article.credits == ["Reporting by Jo Roe; Editing by Ann Doe"]
    assert article.notes == [Note("Correction", "This article originally said the ferry sailed from Poe. It sailed "
                                                "from Vell.")]
    # A line that introduces the correction and its dated heading are one note with it; an update is a note of its own.
    revised = read(tmp_path, f"{text}This post has been revised to reflect the following correction:\n\n"
                             "Correction: May 4, 2016\n\n"
                             "Because of an editing error, an earlier version of this post gave the wrong port.\n\n"
                             "This post has been updated.\n")
    assert revised.paragraphs == ["The Vell Star ferry sailed again on Monday, its owner said."]
    assert revised.notes == [
        Note("Correction", "This post has been revised to reflect the following correction: May 4, 2016. Because of an "
                           "editing error, an earlier version of this post gave the wrong port."),
        Note("Update", "This post has been updated.")]
    assert revised.credits == []


def test_a_caption_closing_on_its_photos_credit_is_a_caption_but_a_sentence_about_a_photo_is_text(tmp_path):
    article = read(
        tmp_path,
        "Ferry crew freed\n\n"
        "The twelve crew of the Vell Star were freed on Thursday after talks, the ministry said.\n\n"
        "Some of the freed crew appear Thursday in Poe, Vellia, in a photo obtained exclusively by VNN.\n\n"
        "The ship was seen in satellite photos released by the coastguard on Monday, though its crew was not.\n",
    )
    assert article.paragraphs == [
        "The twelve crew of the Vell Star were freed on Thursday after talks, the ministry said.",
        "The ship was seen in satellite photos released by the coastguard on Monday, though its crew was not.",
    ]
    assert article.captions == [
        "Some of the freed crew appear Thursday in Poe, Vellia, in a photo obtained exclusively by VNN."]


def test_an_unpunctuated_caption_reporting_what_the_text_tells_is_a_caption_but_a_new_report_stays(tmp_path):
    # The caption under a coach's tweet says again what the text tells, over several paragraphs (the coach, the tweet,
    # its words): set apart. A line reporting what the text does not say is the text's, its full stop lost.
    article = read(
        tmp_path,
        "Players put off ferry\n\n"
        "Two Vell Rovers players were put off a Vellco ferry on Sunday after a steward accused them of theft.\n\n"
        "Rovers head coach Jo Roe took to Twitter to share his frustration after the incident.\n\n"
        "'Sensitivity training, please,' wrote Roe, and fans tweeted their support.\n\n"
        "Rovers coach Jo Roe tweeted that Vellco needs 'sensitivity training' for stewards\n\n"
        "Vellco said it was looking into what happened on the crossing.\n\n"
        "The harbour board said in May it would review every complaint about the ferry company\n\n"
        "The players flew home later that evening.\n",
    )
    assert article.captions == [
        "Rovers coach Jo Roe tweeted that Vellco needs 'sensitivity training' for stewards"]
    assert "The harbour board said in May it would review every complaint about the ferry company" in article.paragraphs


def test_a_graphics_numbered_labels_run_into_one_line_are_a_caption_but_a_numbered_list_stays(tmp_path):
    # A map's markers, each label glued to its number and counting up from 1: the graphic's text, not a paragraph.
    # A list the text numbers itself ("1. ") and a figure glued to its unit ("1Mbps") stay the text's.
    article = read(
        tmp_path,
        "Ferry runs aground off Vell\n\n"
        "The Vell Star ran aground on Sunday, the coastguard said.\n\n"
        "1Passengers gathered on the upper deck. 2Lifeboats were lowered here. 3A tug reached the ship at dawn.\n\n"
        "1. Ferries were stopped. 2. Schools were shut. 3. Roads were closed.\n\n"
        "Passengers could upgrade to 1Mbps wifi, 2Mbps later, and 3Mbps on the return crossing.\n",
    )
    assert article.captions == [
        "1Passengers gathered on the upper deck. 2Lifeboats were lowered here. 3A tug reached the ship at dawn."]
    assert article.paragraphs == [
        "The Vell Star ran aground on Sunday, the coastguard said.",
        "1. Ferries were stopped. 2. Schools were shut. 3. Roads were closed.",
        "Passengers could upgrade to 1Mbps wifi, 2Mbps later, and 3Mbps on the return crossing.",
    ]


def test_a_programmes_name_and_date_opening_the_page_dates_it_and_the_heading_after_it_is_the_title(tmp_path):
    article = read(
        tmp_path,
        "Evening With Jo -- October 2, 2017\n\n"
        "Vell ferry strike: what we know so far\n\n"
        "Ferry crews walked out on Monday, the union said.\n",
    )
    assert article.title == "Vell ferry strike: what we know so far"
    assert article.published == "2017-10-02"
    assert article.paragraphs == ["Ferry crews walked out on Monday, the union said."]
    # A headline with a dash and no date stays the title; a date of the page's own header comes first.
    article = read(
        tmp_path,
        "Vell ferry strike -- what we know\n\n"
        "Evening With Jo -- October 2, 2017\n\n"
        "Updated: October 3, 2017\n\n"
        "Ferry crews walked out on Monday, the union said.\n",
    )
    assert article.title == "Vell ferry strike -- what we know"
    assert article.published == "2017-10-03"
    assert article.paragraphs == ["Ferry crews walked out on Monday, the union said."]


def test_a_segments_quoted_headline_credited_after_a_dash_is_a_caption_but_a_quote_the_text_reports_stays(tmp_path):
    # A broadcast page's second segment under its headline: someone's words in marks, a dash, their role; no full stop.
    article = read(
        tmp_path,
        "Vell ferry strike: what we know so far\n\n"
        "Ferry crews walked out on Monday, the union said. Jo Roe has more.\n\n"
        "‘We just have to get the ferries out of the harbour’ – Vell harbour master\n\n"
        "Harbour master Ann Lee joins the show to discuss what the strike means for the island.\n\n"
        "‘We will sail again on Friday’ – the captain promised\n\n"
        "Talks resume on Tuesday.\n",
    )
    assert article.captions == ["‘We just have to get the ferries out of the harbour’ – Vell harbour master"]
    # Whose words they are told with a verb: the text's own line, kept.
    assert article.paragraphs == [
        "Ferry crews walked out on Monday, the union said. Jo Roe has more.",
        "Harbour master Ann Lee joins the show to discuss what the strike means for the island.",
        "‘We will sail again on Friday’ – the captain promised",
        "Talks resume on Tuesday.",
    ]


def test_captions_in_a_row_may_close_on_a_few_words_in_marks_but_a_long_quote_is_the_texts(tmp_path):
    story = ["The Vell Star ran aground off Vell on Sunday, the coastguard said.",
             "Passengers were taken ashore by lifeboat within two hours.",
             "The ferry company said the ship would be towed to port on Monday.",
             "Divers inspected the hull on Sunday evening."]
    captions = ["The Vell Star lies on the rocks off the north coast of Vell after running aground",
                "The captain was unhappy that the Vell crossing went ahead, calling the forecast 'far too calm'"]
    quoted = ("Ann Lee wrote: 'We sailed at dawn and the sea was calm and the crew was ready and nobody on board "
              "expected the rocks there, because the chart showed deep water all the way to the harbour mouth'")
    page = [story[0], story[1], *captions, story[2], quoted, "Jo Roe of the coastguard reacted to the grounding on "
            "Twitter after the rescue", story[3]]
    article = read(tmp_path, "Ferry runs aground off Vell\n\n" + "\n\n".join(page) + "\n")
    assert captions[1] in article.captions
    assert quoted in article.paragraphs


def test_an_agencys_subhead_between_dashes_is_a_subhead(tmp_path):
    article = read(
        tmp_path,
        "Ferry strike ends in Vell\n\n"
        "Ferry crews returned to work on Monday, the union said.\n\n"
        "- 'Not a walkout' -\n\n"
        "The harbour master denied that the crews had been locked out, saying \"this was not a walkout\".\n",
    )
    # The dashes are layout: the page shows the heading alone.
    assert article.paragraphs[1] == "'Not a walkout'"
    assert article.subheads == [1]


def test_a_list_items_marker_is_no_word_of_the_item(tmp_path):
    article = read(
        tmp_path,
        "Vell papers name harbour officials\n\n"
        "The leaked papers name several officials, the Vell Gazette said on Monday.\n\n"
        "-- The harbour master ran an offshore fund that paid no tax for 30 years, the paper said.\n\n"
        "- A ferry company used the law firm to register three shell companies.\n\n"
        "* The mayor's brother held shares in two of them.\n\n"
        "The council said it would open an inquiry.\n",
    )
    assert article.paragraphs[1:4] == [
        "The harbour master ran an offshore fund that paid no tax for 30 years, the paper said.",
        "A ferry company used the law firm to register three shell companies.",
        "The mayor's brother held shares in two of them.",
    ]


def test_a_box_under_a_heading_in_capitals_holding_a_year_is_set_apart(tmp_path):
    box = ("THE CURSE OF THE 2003 VELL ROVERS Jo Roe (middle) became the most famous fan of all after she caught a "
           "ball in the 2003 final. The Rovers lost the game.")
    article = read(tmp_path, "Vell Rovers win the league\n\nThe Vell Rovers won the league on Sunday.\n\n"
                             f"{box}\n\nFans danced in the streets until dawn.\n")
    assert article.paragraphs == ["The Vell Rovers won the league on Sunday.", "Fans danced in the streets until dawn."]
    assert article.captions == [box]


def test_a_race_timeline_under_a_heading_stays_text_though_a_line_lacks_its_full_stop(tmp_path):
    # The first timeline line has no full stop and says again what a paragraph told: it is the timeline's, no caption;
    # the heading in capitals before it is a heading, not a teaser's headline.
    article = read(
        tmp_path,
        "Roe wins a wet Vell Grand Prix\n\n"
        "Jo Roe won the Vell Grand Prix on Sunday after two red flags stopped the race.\n\n"
        "Ann Lee crashed her car on lap 14 and the safety car was deployed for four laps.\n\n"
        "Roe said the conditions had been the hardest of her career.\n\n"
        "TIMELINE\n\n"
        "Lap 14 Ann Lee crashes her car and the safety car is deployed\n\n"
        "Lap 20 The race is red flagged as the rain grows heavier.\n\n"
        "Lap 48 Roe passes Max Doe to take the lead.\n",
    )
    assert article.captions == []
    assert article.paragraphs[-4:] == [
        "TIMELINE",
        "Lap 14 Ann Lee crashes her car and the safety car is deployed",
        "Lap 20 The race is red flagged as the rain grows heavier.",
        "Lap 48 Roe passes Max Doe to take the lead.",
    ]
    assert article.subheads == [3]


def test_the_header_of_another_outlets_links_is_no_paragraph_but_a_speakers_round_up_label_stays(tmp_path):
    article = read(
        tmp_path,
        "Ferry firm hacked\n\n"
        "Vellco said on Friday that hackers may have reached the records of 40,000 islanders.\n\n"
        "More from The Vell Times:\n\n"
        "\"We were on the inside,\" said Jo Roe, who runs the island's new watchdog.\n\n"
        "More from Ann Lee: \"We knew the records were exposed.\"\n",
    )
    assert article.paragraphs == [
        "Vellco said on Friday that hackers may have reached the records of 40,000 islanders.",
        "\"We were on the inside,\" said Jo Roe, who runs the island's new watchdog.",
        "More from Ann Lee: \"We knew the records were exposed.\"",
    ]
