"""Claims stage: find statements of fact and group them into claims across outlets.

A *statement* is one sentence of one article (cut by ``sentences.split_sentences``) that
puts a fact forward: reported speech ("South Korean intelligence reported that Pyongyang
had sent 3,000 troops"), a sentence with "according to", a sentence in the outlet's own
voice telling what happened (a verb in a past, perfect or future tense, a figure, a date,
a news event), or a direct quote that asserts something. Questions, demands ("we need
weapons", "NATO calls on Russia to…"), first-person opinion, the outlet about itself and
page furniture (time stamps, appeals) are not statements.

A statement's *source* is an entity the article names (a mention of a person, a body, or a
place standing for its government) or nothing, never a clause: the quote's speaker when
the sentence lies in a quote whose speaker is known, the person "he"/"she" stands for,
the person in "X of Y said", a surname named in full earlier ("King" → "Billy King"); a person described by a role
("the VFL coach of the year said") is no source, not the body the role names; nor is the subject of an act told
with a verb of rejection ("Congress rejected the veto", not "rejected the claims"). A sentence in the first person
outside quotation marks, or in a paragraph a quote runs on into (its opening mark lost), is a speaker's words
(``quoted``), never the outlet's own voice (the newsroom's "as we reported" aside).

Stance — how the sentence presents the fact (cue words are data in ``lang/en/stance.py``):

* ``asserts``: the cited source states it as its own fact or assessment ("Rutte said he
  could confirm…", "the Pentagon estimated…", a direct quote), or the outlet states it in
  its own voice with no source; "according to" a person the article names, with at most a title
  ("according to Dr. Jo Roe"), is that person's word.
* ``reports``: the outlet relays a report or allegation at one remove, without anyone in
  the sentence vouching for it: "according to", "reportedly", "X reported that",
  "X claimed", "alleged", "media outlets report", "the article said", a document's words
  ("the letter added that", "sent a letter …, saying"). A reporting verb in
  an aside ("The ship, which dpa reports was bound for…, hit…") does not count, nor a report word qualifying a noun
  after the verb ("voted to let victims sue Ostland for its alleged role").
* ``disputes``: the sentence denies or contradicts the claim: a denial verb ("denied that"),
  a verb of rejection whose object is a report ("dismissed the reports", not "rejected
  appeals for new leaders"), declining to confirm, a contradicting phrase ("that was never
  the case", "not accurate", "no evidence that", "no such"), or, within a claim, the same
  predicate negated against a majority that puts it forward ("did not see any casualties"
  among "12 killed"; "…but didn't derail" disputes nothing about a collision). A negated
  denial ("did not deny") is not a dispute; nor, within a claim, a denial of something the
  claim does not tell ("disputed claims of bias and called on…"; a denial of an act, "denied that he asked Roe
  to…", must name the act most of the claim's statements tell), nor one among statements
  that deny the same thing (the claim is the denial) or quote that denial ("…were “unequivocally denied”"). A denial
  of doing what the sentence before tells its denier did ("Lee had threatened to end her contract" / "Lee
  denied ever threatening her prospects") disputes it. Claims whose statements put the same predicate
  the opposite way and name the same actors are linked both ways (``Claim.contradicts``); so are, within one
  article, a bid for another term told both ways ("is not running for re-election" / "wants to run for another
  term") and "no one was injured" against a count of the injured.

Each statement carries the figures its sentence gives (``figures.parse_figures``: the range its wording allows,
the unit, what it counts and when); only figures of the same thing are compared, and a running count given for
two different dates is an update.

Grouping (``group_claims``) compares what statements say, not who says it: the clause
after the attribution ("X said (that) Y", "X denied Y" → Y), cut into propositions at
semicolons, dashes and conjunctions, so that a short sentence can match one fact of a long
lead sentence (background clauses, "…, where …", count for less). Words are compared as
Snowball stems mapped onto small families of news synonyms ("deployed"/"sent",
"derogatory"/"disparaging"), weighted by rarity, names more; a name of several words, with its
title ("Tory leader Michael Howard"), is one shared thing, not four shared words, so that two
statements about different acts of one person are not one claim. A capital acting for its
government ("Pyongyang had sent…", "Moscow denied…") is compared as its country too. Two statements score by their
best matching pair of propositions; for counts of the same unit, talking about the same
thing is enough (the topic rule that puts "3,000", "several thousand" and "10,000 North
Korean troops in Russia" in one claim, whose figures then disagree), while different
numbers, or a count against no count, keep statements apart, as do people of different
nationalities ("an Australian climber" / "a New Zealand climber": two people). Two statements with the same
main verb ("has checked into" / "checked into") naming the same participant need share
less: the rest is circumstance (why, when, where from); a statement whose main verb is
negated ("did not reveal why she entered rehab") tells of something else than one without
that verb ("she entered rehab"), and a plan ("Congress is set to vote to override the veto") of the act told done
("the Senate voted to override"). Ages, spans of time and numbers that
are part of a name ("the 76ers") are no counts. Claims are then built by average
link: the two groups most alike on average merge first, only while that average reaches
the bar and none of their members conflict, so no chain of near pairs joins two facts.
In a dossier of many articles, words found in a large share of them (its protagonists
and subject) cannot alone link a pair unless it is a near restatement. Candidate pairs come from an inverted
index of the rarer words, so the work grows with the number of statements, not its square.
When in doubt it keeps claims apart: a false merge would tell readers that outlets
corroborate each other.

Its modules, each importing only from those above it:

- ``terms``: The words a statement is read in, which every step shares: the stage's cue patterns and similarity
  bars, Snowball stems mapped onto small families of news synonyms, the clause after the attribution
  (``claim_clause``), its propositions, their terms and main verb.
- ``detection``: Statement detection: which sentences put a fact forward (``is_statement``), and how
  (``stance_of``): asserted, reported, disputed, denied, negated; the words a negation or a denial governs.
- ``sources``: A statement's source as its sentence writes it (``find_source``): the speaker before a reporting
  verb, "according to", a body's spokesman.
- ``titles``: A claim's summary and title (``summarise``, ``speaker_titled``): the statement that tells it best, cut
  to a clause that stands alone.
- ``prepared``: Grouping, a statement prepared for comparison (``_Prepared``): its parts (whole clause and
  propositions) with their terms, names, happenings, figures and dates.
- ``days``: Grouping, the day an article's lede tells its news happened (``event_day``), whether it tells that news
  as one of a series (``tells_series``), and which of its statements are of that day (``takes_event_day``): in a
  series, two articles' days two days apart or more keep those statements apart.
- ``evidence``: Grouping, what two statements share: the weighted overlap of their terms, and whether their figures
  agree (same count, same measure, comparable bounds).
- ``apart``: Grouping, what keeps two statements apart however many words they share: different acts, times,
  modalities, subjects, countries, dates, records; and the score of two parts (``_part_score``).
- ``pairs``: Grouping, the score of two statements (``_pair_score``): their best pair of parts, raised where one act
  of one subject is told, set to nothing where a veto holds.
- ``statements``: The claims stage for one article (``find_statements``): its statements with their figures, and
  their sources linked to the dossier's entities (``link_sources``): the quote's speaker, the person a pronoun
  points back to, a group, a body.
- ``clusters``: Grouping, statements into claims: candidate pairs from an inverted index of rarer words, average-
  link clusters, the story's own words weighed down; a cluster holding statements of event days apart
  (``apart._event_days_apart``) grouped again into one per day.
- ``joins``: Grouping, claims joined after clustering: the same quote, the same toll, the same count of people
  affected.
- ``disputes``: Stance across claims: denials joined to what they deny, contradictions linked, disputes and opposite
  states marked.
- ``figures``: Figures told apart across claims, and where one claim's figures disagree (``figure_disagreement``,
  ``claim_figures``).
- ``stage``: Grouping a dossier's statements into claims (``group_claims``).
- ``features``: What the pair score of two statements is made of, each rule apart (``PairFeatures``): the inputs of
  a learned pair score, studied by ``scripts/train_pairs.py``.
"""

from .detection import contradicted_between_sources, disputed_between_sources
from .prepared import main_predicate
from .stage import group_claims
from .statements import cite_quote_speakers, find_statements, link_sources, quoted_speakers
from .terms import claim_clause, forget_texts, propositions, word_terms
from .titles import speaker_titled

__all__ = [
    "cite_quote_speakers",
    "claim_clause",
    "contradicted_between_sources",
    "disputed_between_sources",
    "find_statements",
    "forget_texts",
    "group_claims",
    "link_sources",
    "main_predicate",
    "propositions",
    "quoted_speakers",
    "speaker_titled",
    "word_terms",
]
