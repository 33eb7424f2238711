"""Entities stage: find people, organisations and places, and resolve aliases.

Recognition (``find_mentions``) is offline and has two readers. A paragraph is cut into word
tokens and sentences. The statistical tagger (``dossier.models.ner``, a CRF trained on CoNLL-2003)
decides which words are names and of which kind. The rules read the same tokens: runs of
capitalised tokens, split on a title ("Russian Foreign Minister | Sergey Lavrov") and classified by
the place gazetteer, organisation cue words, acronyms, given names and context. ``_reconcile``
joins the two: the tagger's names stand, the rules add titles, region words and the names their
precise cues find, and filters drop what is no name (plural nouns, ordinary words opening a
sentence, Title Case headings, shouted words, party labels).

Demonyms ("North Korean troops", "Russian forces") describe rather than name, so they are not
mentions of the country; ``entity_for_name`` does map a demonym phrase such as "South Korean
intelligence" to the country, for claim sources.

Resolution (``resolve_entities``) merges mentions into entities through buckets keyed by surname,
normalised name, acronym or gazetteer form, never by comparing all pairs. A lone surname or
title joins a full name only when exactly one candidate fits, first in the article and then in the
dossier (a Spanish paternal surname, second-to-last, counts: "Alemán" for "Álvaro Alemán Healy"). A
shorter full name joins the one longer name that extends it ("Ramon Fonseca" / "Ramon Fonseca
Mora", "John Kennedy" / "John F. Kennedy"); middle names spelled out differently never merge
("George H. W. Bush" / "George W. Bush"); of two people of one surname in a report, a man and a
woman, a lone surname joins the one a pronoun after it or a title before it names (or, failing
that, its other uses in the report), and two uses that agree also overrule a report's one full
name of the other gender ("Laci Peterson" ... "Peterson was convicted of murdering his wife"), as do
three to one or more ("her father, Jo Roe" once, and "Roe says she ..." where one "Roe says he ..." means another).
A sports team ("Indianapolis Colts") is also its nickname alone and, in reports about sport, the
place it is named after where the place acts as the team ("Indianapolis (11-4) beat
Jacksonville"), never where it is the place ("in Indianapolis"). Words in capitals that the
article also writes as ordinary words are shouting, not acronyms ("HACKERS", "FALCON HEAVY
LAUNCH"). A lone surname mistyped with two letters swapped ("Klistchko") joins the one person of
its report it fits; other near-misses (one letter off a known surname) are reported to the curator,
not merged. A place under two names ("Aoraki-Mount Cook"), a city spelt one letter off before its
country ("Berne, Switzerland") and a national body named with or without its country ("the U.S.
Fish and Wildlife Service") are one entity each.
The curator's ``content/entities.yml`` (format documented at the top of that file) is applied
last. ``entity_for_name`` resolves a quote's speaker or a claim's source through an
``EntityIndex`` built once per dossier.

Quality is measured by ``scripts/eval_entities.py`` against hand gold in tests/gold/entities/.

Its modules, each importing only from those above it:

- ``tokens``: Tokens: cut a paragraph into word tokens and sentences (a full stop that lost its space, spaced
  initials, possessives, shouted words), the units both readers of names share.
- ``keys``: Resolution, the keys a name is known by: its surface, normalised name, acronym, gazetteer form and a
  person's parts, through which mentions meet in buckets (never by comparing all pairs).
- ``runs``: The rules' reader: runs of capitalised tokens, split on a title ("Russian Foreign Minister | Sergey
  Lavrov") and classified by the place gazetteer, organisation cue words, acronyms, given names and context.
- ``kinds``: Joining the two readers (``_reconcile``): the tagger's names stand, the rules add titles, region words
  and the names their precise cues find, and filters drop what is no name (plural nouns, ordinary words opening a
  sentence, Title Case headings, shouted words, party labels); the kind of each name.
- ``passes``: Passes over an article's names once the two readers are joined: kinds from head words, names
  throughout the article, bodies' openings and endings, names and acronyms the article defines, joined and split
  names, quoted titles, headline parts.
- ``mentions``: Recognition (``find_mentions``): the statistical tagger (``dossier.models.ner``, a CRF trained on
  CoNLL-2003) and the rules read each paragraph's tokens for names of people, organisations and places.
- ``cleanup``: Resolution, before merging: mentions put right (tails restored, sentence openers, phrases the story
  writes in lower case, titles, honorifics and places trimmed).
- ``people``: Resolution of people: a lone surname or title joins the one full name it fits (first in the article,
  then in the dossier); shorter and longer full names, maiden names, and two people of one surname told apart by
  gender.
- ``places``: Resolution of teams and places: a team is also its nickname and, in reports about sport, its place;
  clipped names, towns and their states, names merged by a shared key.
- ``spellings``: Resolution of spellings: misspelt surnames, variant spellings, swapped and dual names, misspelt
  cities and bodies.
- ``bodies``: Resolution of bodies and things: short forms of organisations, employers, national bodies with or
  without their country, owned bodies, acronyms, facilities, products and roles.
- ``curation``: The curator's ``content/entities.yml`` (format documented at the top of that file), applied last.
- ``building``: Resolution, the entities built: each cluster's canonical name and kind, lone names and places the
  dossier does not prove, and the aliases reported to the curator.
- ``lookup``: Looking names up: ``entity_for_name`` resolves a quote's speaker or a claim's source through an
  ``EntityIndex`` built once per dossier; the words resolution reads across the dossier (``article_words``).
- ``resolve``: Resolution (``resolve_entities``): merge a dossier's mentions into entities, step by step.
"""

from .curation import Curation, load_curation
from .lookup import article_words, entity_for_name, unplace_speakers
from .mentions import find_mentions
from .resolve import resolve_entities
from .tokens import sentence_tokens

__all__ = [
    "Curation",
    "article_words",
    "entity_for_name",
    "find_mentions",
    "load_curation",
    "resolve_entities",
    "sentence_tokens",
    "unplace_speakers",
]
