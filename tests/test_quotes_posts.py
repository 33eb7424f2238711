"""Quotes: a signed post is its signer's words or no one's; words that only open a sentence or go on with the speaker
before say who speaks, not whose name it is."""

from __future__ import annotations

from dossier.claims import find_statements
from dossier.entities import find_mentions
from dossier.quotes import find_quotes
from dossier.structure import Article, Quote, Statement

COUNCIL = (
    "In a statement issued on Monday, the Vell Coast Council said it will assist “to the extent possible” with any "
    "further investigation into the fire.",
    "On Twitter, the council also said that it “is of the strong view that the public safety is paramount.”",
    "“In relation to the fireworks on New Year’s Eve, Council is of the strong view that public safety is paramount.” "
    "— VellCoastCouncil (@VellCouncil) January 1, 2018",
)


def read(*paragraphs: str) -> tuple[Article, list[Quote]]:
    page = Article(id="a", source_file="a.txt", title="A headline", paragraphs=list(paragraphs))
    return page, find_quotes(page, find_mentions(page))


def test_a_post_signed_in_two_scripts_is_its_signers_not_the_council_quoted_above() -> None:
    _, quotes = read(
        *COUNCIL,
        "“What an experience!! I was on the beach and the boat shooting the fireworks goes on fire.” — Ann Moss "
        "\u200e \u200eآن موس (@AnnMoss) December 31, 2017",
    )
    assert quotes[-1].speaker_name == "Ann Moss"


def test_a_post_whose_signer_cannot_be_read_is_no_ones() -> None:
    _, quotes = read(
        *COUNCIL,
        "“What an experience!! I was on the beach and the boat shooting the fireworks goes on fire.” — "
        "\u200eآن موس (@AnnMoss) December 31, 2017",
    )
    assert quotes[-1].speaker_name is None


def test_a_connective_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    page, quotes = read(
        "President Jo Roe announced new rules on Wednesday. “We must act now,” Roe said.",
        "Roe directed agencies to share records. Plus Roe is nominating Al Lee to run the agency.",
        "“If there is even one life that can be saved, we have an obligation to try,” Roe said.",
    )
    assert not [m.text for m in find_mentions(page) if m.text.startswith("Plus")]
    assert [q.speaker_name for q in quotes] == ["Jo Roe", "Jo Roe"]


def test_a_spokesman_adding_after_a_body_speaks_for_the_body_and_after_a_person_not_for_that_person() -> None:
    _, quotes = read(
        "Vell Transport Police confirmed there had been “some loss of life”.",
        "A spokesman added: “It is too early for us to confirm numbers.”",
    )
    assert [q.speaker_name for q in quotes] == ["Vell Transport Police", "Vell Transport Police"]
    _, quotes = read(
        "Mayor Jo Roe said there had been “some loss of life”.",
        "A spokesman added: “It is too early for us to confirm numbers.”",
    )
    assert quotes[-1].speaker_name != "Jo Roe"


def statements(*paragraphs: str) -> list[Statement]:
    page, quotes = read(*paragraphs)
    return find_statements(page, quotes, find_mentions(page))


def test_he_said_after_a_spokespersons_quote_is_not_the_person_named_before_it() -> None:
    told = statements(
        "“Terrible accident in Vell,” Jo Roe said in a tweet.",
        "A spokesperson from the Vell Transport Police said: “Officers attended alongside the fire brigade.",
        "“Together, we are working to free two people still trapped.”",
        "He said the Vell Transport Police and the rail branch had launched independent investigations.",
    )
    assert [s.source_name for s in told if s.paragraph == 3] == [None]
    # With no one quoted between, "he" is the person named before.
    told = statements(
        "Jo Roe, the mayor of Vell, visited the site on Monday.",
        "He said the Vell Transport Police had launched an investigation into the crash.",
    )
    assert [s.source_name for s in told if s.paragraph == 1] == ["Jo Roe"]


def test_he_after_a_womans_quote_about_him_is_still_the_man_named_before_it() -> None:
    # Her quotes tell of him: "He told her" does not go on with her, whom "he" cannot be.
    told = statements(
        "Ann Vell got to know Harold Rook in the afterglow of her first film.",
        "Things soon went off-kilter in a meeting in his Paris hotel room. “It went right over my head,” she says.",
        "“I didn’t feel threatened,” she recalls. “I thought he was being super idiosyncratic.”",
        "He told her to follow him down a hall so they could keep talking.",
    )
    assert [s.source_name for s in told if s.paragraph == 3] == ["Harold Rook"]


def test_a_post_quoting_words_after_a_speaker_read_from_a_role_is_read_without_error() -> None:
    # A post as the page gives it, its inner quote in double marks, after a paragraph that names its speaker only
    # by a role ("the comedian"): the build reads it and gives the post's words to no one but the signer.
    _, quotes = read(
        "Comedian Jo Roe announced to her followers on Monday that she and her partner, Al Poe, had split.",
        "“I mean not ‘over Christmas,’” the comedian clarified, “that wasn’t the fight that ended it.”",
        "We just live in different countries & it got hard. Felt we should just tell y’all so u stop askin, "
        "“How’s Al/How’s Jo?” — Jo Roe (@JoRoe) February 5, 2018",
    )
    assert quotes
    assert {quote.speaker_name for quote in quotes if "How’s Al" in quote.text} <= {"Jo Roe", None}


FIREBALL = "A bright fireball lit up the sky on Tuesday, the Vell Weather Service said."
OFFICE_POST = "“Our office camera caught the meteor just before 6pm. It certainly surprised us!” — {} December 27, 2017"


def test_a_post_by_a_bodys_office_account_is_the_bodys_words_not_its_towns() -> None:
    # "VWS Gray": the Vell Weather Service's office in Gray, a town; the post is never Gray's with the role "VWS".
    _, quotes = read(FIREBALL, OFFICE_POST.format("VWS Gray (@VWSGray)"))
    assert (quotes[-1].speaker_name, quotes[-1].speaker_role) == ("VWS", None)
    # The article names the body in full only: its initials still say whose account it is.
    _, quotes = read(FIREBALL, OFFICE_POST.format("VWS Boston (@VWSBoston)"))
    assert quotes[-1].speaker_name == "VWS"
