"""Looking names up: ``entity_for_name`` resolves a quote's speaker or a claim's source through an
``EntityIndex`` built once per dossier; the words resolution reads across the dossier (``article_words``).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..entity_data import gazetteer, place_form, translit_key
from ..lang.en.names import (
    FUNCTION_WORDS,
    MONTHS,
    PLACE_IN_NAME_PREPOSITIONS,
    ROLE_NOUNS,
    STATE_NOUNS,
    TITLE_HEADS,
    WEEKDAYS,
)
from ..structure import Article, ArticleWords, Dossier, Entity, Mention, Vocabulary
from .bodies import _role_suffix_lengths
from .building import _LOWER_WORD, _names_after_animals
from .cleanup import _MID_CAPITAL, _without_title_clauses, lower_phrases
from .keys import _name_key, _surface
from .kinds import _reports_sport
from .mentions import find_mentions
from .passes import _located
from .tokens import ORG, OTHER, PERSON, PLACE, _tokenise


class EntityIndex:
    """Names, aliases and titles of a dossier's entities, for resolving speakers and sources."""

    def __init__(self, dossier: Dossier) -> None:
        self.by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.by_role: dict[str, set[str]] = defaultdict(set)
        self.by_role_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.titled: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, a name after a title) -> ids
        self.kinds = {e.id: e.kind for e in dossier.entities}
        for e in dossier.entities:
            for form in [e.name, *e.aliases]:
                self.by_name[_name_key(form)].add(e.id)
            for m in e.mentions:
                self.by_article[(m.article, _name_key(m.text))].add(e.id)
            if e.kind == PERSON and len(e.name.split()) >= 2:
                self.by_surname[translit_key(e.name.split()[-1])].add(e.id)
            for role in e.roles:
                words = role.lower().split()
                for n in _role_suffix_lengths(words):
                    self.by_role[" ".join(words[-n:])].add(e.id)
            for m in e.mentions:
                # A name of two words or more run together with a title before it ("Vell County Prosecutor Jo Roe",
                # one mention): an article naming "Jo Roe" alone means the same entity.
                words = m.text.split()
                for n in range(2, len(words)):
                    if words[-n - 1].lower() in _TITLE_ENDINGS:
                        self.titled[(m.article, _name_key(" ".join(words[-n:])))].add(e.id)
                if m.role:
                    words = m.role.lower().split()
                    for n in range(1, len(words) + 1):
                        self.by_role_article[(m.article, " ".join(words[-n:]))].add(e.id)

    def lookup(self, name: str, article: str) -> str | None:
        key = _name_key(name)
        if not key:
            return None
        for found in (self.by_article.get((article, key)), self.by_name.get(key)):
            if found and len(found) == 1:
                return next(iter(found))
        role = re.sub(r"^(?:the )", "", _surface(name).lower())
        for found in (self.by_role_article.get((article, role)), self.by_role.get(role)):
            if found and len(found) == 1:
                return next(iter(found))
        titled = self.titled.get((article, key))  # "Jo Roe", whom the article named "Vell County Prosecutor Jo Roe"
        if titled and len(titled) == 1:
            return next(iter(titled))
        # A longer phrase: "Russian Foreign Minister Sergei Lavrov", "South Korean intelligence".
        # Read the name as the subject of a sentence, so a short name is not taken for a heading.
        probe = find_mentions(Article(article, "", "", [f"{name} said."]))
        for m in sorted(probe, key=lambda m: (m.kind != PERSON, -len(m.text))):
            if m.text != name:
                found_id = self.lookup(m.text, article)
                if found_id and not self._place_within(found_id, name, m.start) and not self._cut_of(found_id, name,
                                                                                                     m.end):
                    return found_id
        # A name the probe could not read in isolation: "Zelensky's office has once again used".
        for token in _tokenise(name):
            if token.text[0].isupper() and token.text.lower() not in FUNCTION_WORDS:
                for found in (self.by_article.get((article, _name_key(token.text))),
                              self.by_name.get(_name_key(token.text))):
                    if (found and len(found) == 1 and not self._place_within(next(iter(found)), name, token.start)
                            and not self._cut_of(next(iter(found)), name, token.end)):
                        return next(iter(found))
        words = _surface(name).split()
        if len(words) >= 2 or (words and words[0][0].isupper()):
            surname = self.by_surname.get(translit_key(words[-1]))
            if surname and len(surname) == 1:
                return next(iter(surname))
        for n in (2, 1):
            country = gazetteer().demonyms.get(" ".join(words[:n]))
            # "Russian officials" speak for Russia; "the German newspaper" or "a Chinese firm" do not.
            if country and all(w.lower() in STATE_NOUNS for w in words[n:]):
                found = self.by_name.get(_name_key(country))
                if found and len(found) == 1:
                    return next(iter(found))
        return None

    def _cut_of(self, found: str, name: str, end: int) -> bool:
        """Whether ``found``, named by the words of ``name`` up to ``end``, is what a cut of a longer name ``name``
        resolved to: "Democracy" of "Democracy for America", whose name goes on after a linking word (a person's name
        before one is theirs: "Jo Roe of Acme")."""
        return self.kinds.get(found) != PERSON and bool(_NAME_GOES_ON.match(name, end))

    def _place_within(self, found: str, name: str, start: int) -> bool:
        """Whether ``found`` is a place named after a preposition inside the longer ``name`` (at ``start``): where or
        for what the speaker is, not who ("It's Time for Vell", a campaign; "the Weather Service in Vell")."""
        return self.kinds.get(found) == PLACE and bool(_PREPOSITION_ENDING.search(name, 0, start))


# A name going on after a linking word: " for America" of "Democracy for America" (not "and", which joins two names:
# "Britain and the United States").
_NAME_GOES_ON = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
# The words of a title or role, the last of which may end a mention run into the name after it ("Vell County
# Prosecutor Jo Roe").
_TITLE_ENDINGS = frozenset(word.lower() for word in TITLE_HEADS) | frozenset(ROLE_NOUNS)

# A preposition right before a word of a name: "for " of "It's Time for Vell".
_PREPOSITION_ENDING = re.compile(r"\b(?:" + "|".join(sorted(PLACE_IN_NAME_PREPOSITIONS)) + r")\s+$", re.I)

_INDEXES: dict[int, tuple[weakref.ref, int, EntityIndex]] = {}


WORD_OF_LETTERS = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")  # a word of letters only, not part of a hyphenated one


def article_words(paragraphs: list[str]) -> ArticleWords:
    """The words of one article that entity resolution reads across the dossier (``Vocabulary``). Of the words of
    letters, only those in lower case: ``_unplace_common_nouns`` looks up lower-cased one-word names among them."""
    untitled = [_without_title_clauses(p) for p in paragraphs]
    lower = _written({w for p in paragraphs for w in _LOWER_WORD.findall(p)})
    untitled_lower = _written({w for p in untitled for w in _LOWER_WORD.findall(p)})
    return ArticleWords(
        lower=lower,
        # Nearly always the same words: one string, which the cache then keeps once.
        untitled_lower=lower if untitled_lower == lower else untitled_lower,
        inside_capitals=_written({w for p in untitled for w in _MID_CAPITAL.findall(p)}),
        letter_words=_written({w for p in paragraphs for w in WORD_OF_LETTERS.findall(p) if w.islower()}),
        animal_names=_written(_names_after_animals(paragraphs)),
        lower_phrases=lower_phrases(paragraphs),
        sport=_reports_sport(paragraphs))


def _written(words: Iterable[str]) -> str:
    """``words`` as ``ArticleWords`` keeps them: sorted, separated by spaces (none holds a space)."""
    return " ".join(sorted(words))


def _unplace_common_nouns(dossier: Dossier, words: Vocabulary) -> None:
    """A one-word place the gazetteer does not know that some article of the dossier writes in lower case is a
    common noun capitalised as a label ("the Library" of a games console's menu, which another outlet calls "the
    library"): of unknown kind. Each article's mentions saw only that article's lower-case words."""
    places = gazetteer().places
    doubtful = {entity.name.lower(): entity for entity in dossier.entities
                if entity.kind == PLACE and entity.name.isalpha() and entity.name.istitle()
                and entity.name not in places and entity.name.lower() not in FUNCTION_WORDS}
    if not doubtful:
        return
    written = words.letter_words & doubtful.keys()
    for word in sorted(written):
        entity = doubtful[word]
        entity.kind = OTHER
        for mention in entity.mentions:
            mention.kind = OTHER


MIN_LINKED_USES = 2  # of a name's mentions before its other verbatim uses are linked (a name found once may be junk),
# but for a handle ("@Vellbrix"), a name of its own
_NAME_OPENING = re.compile(r"(?<![\w'’-])[A-Z0-9][A-Za-z0-9]*")
_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"(?:^|\s)([\w'’.-]+) $")


def _link_verbatim_names(dossier: Dossier, words: Vocabulary) -> None:
    """Every verbatim use of an entity's name that no mention covers is a mention of it: the tagger read the name in
    one report and missed it in another ("support for Vell-o-Mat Wednesday"). Only a name its entity goes by in at
    least MIN_LINKED_USES mentions, that no other entity goes by, not a person's single name (a surname may be
    another's) nor one word the dossier writes in lower case; and not a use inside a longer capitalised run ("Vell
    Vell-o-Mat Day"), which may be another name. A handle ("@Vellbrix") is the entity of that name, though named
    once. A body's other name of that many mentions is linked likewise ("Islamic State" of the page "ISIS")."""
    names = Counter(name for entity in dossier.entities for name in {entity.name, *entity.aliases})
    by_opening: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    uses: dict[tuple[str, str], int] = {}  # (entity id, name) -> its mentions written as that name
    for entity in dossier.entities:
        written = Counter(m.text for m in entity.mentions)
        # not a place's name, which a body goes by ("Pittsburgh" of the Steelers) but names the place elsewhere
        others = [a for a in entity.aliases
                  if entity.kind == ORG and written[a] >= MIN_LINKED_USES and a not in gazetteer().places]
        for name in (entity.name, *others):
            opening = _NAME_OPENING.match(name)
            uses[entity.id, name] = written[name]
            if (opening and entity.kind != OTHER and names[name] == 1 and written[name]
                    and (" " in name or (entity.kind != PERSON and name.lower() not in words.letter_words))):
                by_opening[opening.group()].append((entity, name))
    if not by_opening:
        return
    covered: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in dossier.mentions:
        covered[m.article, m.paragraph].append(m)
    linked: set[str] = set()
    for article in dossier.articles:
        for index, paragraph in enumerate(article.paragraphs):
            for opening in _NAME_OPENING.finditer(paragraph):
                start = opening.start()
                for entity, name in by_opening.get(opening.group(), ()):
                    end = start + len(name)
                    if (not paragraph.startswith(name, start) or paragraph[end : end + 1].isalnum()
                            or (uses[entity.id, name] < MIN_LINKED_USES and paragraph[start - 1 : start] != "@")
                            or paragraph[end : end + 1] in ("-", "_")
                            or any(m.start < end and start < m.end for m in covered[article.id, index])):
                        continue
                    after = _NEXT_CAPITALISED.match(paragraph, end)
                    before = _PREVIOUS_WORD.search(paragraph, 0, start)
                    if (after and after.group(1) not in WEEKDAYS | MONTHS) or (
                            before and before.group(1)[:1].isupper() and before.group(1).lower() not in FUNCTION_WORDS):
                        continue
                    mention = Mention(article.id, index, start, end, name, entity.kind, entity.id)
                    covered[article.id, index].append(mention)
                    dossier.mentions.append(mention)
                    entity.mentions.append(mention)
                    linked.add(entity.id)
    for entity in dossier.entities:
        if entity.id in linked:
            entity.mentions.sort(key=lambda m: (m.article, m.paragraph, m.start))


def unplace_speakers(dossier: Dossier, speakers: set[str]) -> None:
    """A place the gazetteer does not know, quoted and nowhere used as a place ("Rihanna captioned
    the video: …", a singer the tagger read as a place), is of unknown kind. One the article puts
    somewhere ("at Wrigley Field") stays a place."""
    paragraphs = {article.id: article.paragraphs for article in dossier.articles}
    for entity in dossier.entities:
        if (entity.id in speakers and entity.kind == PLACE and not place_form(entity.name)
                and not any(_located(m, paragraphs[m.article][m.paragraph]) for m in entity.mentions)):
            entity.kind = OTHER
            for mention in entity.mentions:
                mention.kind = OTHER


def entity_for_name(dossier: Dossier, name: str, article: str) -> str | None:
    """The id of the entity a speaker or source name refers to, or None."""
    cached = _INDEXES.get(id(dossier))
    if cached is None or cached[0]() is not dossier or cached[1] != len(dossier.entities):
        cached = (weakref.ref(dossier), len(dossier.entities), EntityIndex(dossier))
        _INDEXES[id(dossier)] = cached
    return cached[2].lookup(name, article)
