"""Quotes stage: find direct quotes, attribute them, group them across articles.

The stage works in three steps, each a few functions below:

1. *Marks* — pair the quotation marks of each paragraph into quoted spans. Straight marks are
   told apart as opening or closing from the characters around them, so a stray mark closes
   nothing and opens nothing past its paragraph. A quote left open at the end of a paragraph
   continues only if the next paragraph reopens it (news style), or if it opens a quoted block whose
   next paragraphs hold no mark until one closes it; otherwise it ends there.
2. *Attribution* — read the words around each span (the rest of its sentence before and after
   the marks) for a reporting verb and its subject, then turn that subject into a name and a
   role using only what the article itself says (fuller names, "Secretary General Mark Rutte",
   the last person named for "he"). Spans nobody is said to have said, that are short or read
   like a title, are scare quotes or titles and are dropped.
3. *Groups* — the same quote in several articles, found through an inverted index of word
   shingles so the work stays near-linear in the number of quotes.

Its modules, each importing only from those above it:

- ``spans``: What every step of the quotes stage shares: a quoted span, a speaker and an attribution as the steps
  pass them on, what an article says about its people (``_ArticleNames``), the quotation marks, and the sentences
  around a span (where the sentence holding a quote begins and ends, its words before and after it).
- ``marks``: Step 1, marks: pair the quotation marks of each paragraph into quoted spans.
- ``subjects``: Step 2, attribution: the words of a sentence as noun phrases and subjects.
- ``names``: Names, roles and pronouns, as the article itself gives them: the people it names (``_collect_names``),
  their fuller names and roles ("Secretary General Mark Rutte", "Leahy, a spokesman"), who is named first, and a
  name's clean form.
- ``speakers``: Who a speaker's words name (``_resolve``): a name, a role or a pronoun bound to the person the
  article named last or in the sentences before; a body and who speaks for it; the reporter of a quote; the subject
  of a sentence and its reporting verbs; what the dossier's entities tell about a speaker (``can_be_speaker``,
  ``person_gender``).
- ``before``: The attribution patterns before the quote: the sentence's words up to the opening mark ("Roe said",
  "according to Roe", "a statement from the ministry").
- ``after``: The attribution patterns after the quote: the sentence's words from the closing mark on ('"…," Roe
  said', '"…" by Tom Lee, a professor').
- ``attribution``: Step 2, attribution: the patterns of a quote whose own sentence names nobody ("carried", "label",
  "context": the speaker of the paragraph or sentence before, a transcript's label), and the table that applies
  every pattern (``ATTRIBUTION_TABLE``, in the order of ``lang.en.speech``) to what is read around one quote
  (``_Context``).
- ``model``: Step 2b, the speaker model: the candidates who may have said a quote (names near it, or the one the
  rules chose), their features, and the trained logistic regression (``models/speaker.json``) that chooses among
  them and names nobody when unsure.
- ``scare``: Scare quotes and titles: spans nobody is said to have said, that are short or read like a title or a
  name, are dropped.
- ``stage``: The quotes stage for one article (``find_quotes``): each quote with the candidates who may have said it
  (``speaker_candidates``), the speaker model's choice among them, and the person a pronoun points back to.
- ``corrections``: Corrections by hand (``content/quotes.yml``) and the review list of quotes whose speaker is in
  doubt.
- ``groups``: Step 3, groups: the same quote in several articles, found through an inverted index of word shingles
  so the work stays near-linear in the number of quotes; the wordings a group's page shows.
"""

from .corrections import apply_corrections, load_corrections, review_list
from .groups import group_quotes, settle_group_speakers
from .speakers import can_be_speaker, contradicts_pronoun, person_gender
from .stage import find_quotes

__all__ = [
    "apply_corrections",
    "can_be_speaker",
    "contradicts_pronoun",
    "find_quotes",
    "group_quotes",
    "load_corrections",
    "person_gender",
    "review_list",
    "settle_group_speakers",
]
