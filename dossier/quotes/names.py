"""Names, roles and pronouns, as the article itself gives them: the people it names
(``_collect_names``), their fuller names and roles ("Secretary General Mark Rutte", "Leahy, a spokesman"), who is
named first, and a name's clean form.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

from ..entity_data import given_names, usual_given_name_gender
from ..lang.en import speech
from ..lang.en.names import NICKNAMES, OPENING_CONNECTIVES, PHOTO_CREDITS, SOCIAL_PLATFORMS
from ..structure import Article, Mention
from .spans import _WORD, _ArticleNames
from .subjects import (
    _INITIALS,
    _given_name_gender,
    _is_cap,
    _is_given_name,
    _is_title,
    _persons_name,
    _role_beside_name,
    _split_name,
)

_SPEAKS_FOR_WORDS = "|".join(sorted(map(re.escape, speech.SPEAKS_FOR_ROLE_WORDS)))
_SPEAKS_FOR = re.compile(rf"(?i:\b(?:{_SPEAKS_FOR_WORDS})\s+(?:for|of|to)\b)")  # "spokesman for", "spokeswoman to"


def _speaks_for_a_person(name: str, names: _ArticleNames) -> bool:
    """Whether ``name``, whom a spokesman speaks for, is a person's: a given name and surname, or a surname the
    entities stage takes for a person's."""
    words = name.split()
    return _persons_name(words) or "person" in names.kinds.get(words[-1], set())


def _names_someone_else(words: list[str], names: _ArticleNames) -> bool:
    """Whether the words before a name end, before "and", in another person's name ("Mr. Pavel and the co-author",
    "Ann Lee and", "Edward-Isaac Dovere and", "David and", "Roe and" when the article takes Roe for a person), not in a
    role ("Former prosecutor and", "Secretary of Health and")."""
    if "and" not in words:
        return False
    before = words[: len(words) - words[::-1].index("and") - 1]
    if not before or not _is_cap(before[-1]) or _is_title(before[-1]):
        return False
    if len(before) == 1:
        return _is_given_name(before[0]) or "person" in names.kinds.get(before[0], set())
    # A title before a name ("Mr. Pavel and"), not a qualifier of the role the words begin ("former Housing and
    # Urban Development Secretary").
    titled = _is_title(before[-2]) and before[-2].lower() not in speech.ROLE_QUALIFIERS
    # A given name of two joined by a hyphen is one too: "Edward-Isaac Dovere and".
    given = before[-2].strip(",").split("-")
    return titled or (_is_cap(before[-2]) and all(map(_is_given_name, given)))


# A capitalised word, an initial or an honorific; a run of them with role words between.
_RUN_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sen|Rep|Gov|Gen|Lt|Col)\.|[A-Z][\w'’\-]*)"
# Never from inside a word: "S. Capitol Police" is not a name in "U.S. Capitol Police".
_NAME_RUN = re.compile(
    rf"(?<![\w.])(?:(?:{_RUN_WORD}|of|the|and|{'|'.join(sorted(w for w in speech.ROLE_WORDS if '.' not in w))})\s+)*"
    rf"{_RUN_WORD}"
)
_PARTICLE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(speech.NAME_PARTICLES))})\s+[A-Z]")  # "Mayor Bill de Blasio"
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLE_WORDS = speech.ROLE_WORDS - speech.ROLE_QUALIFIERS  # role words that are a title before a name


def _honorific_before(text: str, begin: int) -> re.Match[str] | None:
    """The honorific ("Mr", "Miss.") and spaces right before ``text[begin]``, if any: searched only where it
    can start (the longest honorific before the spaces), not from the paragraph's start for every name."""
    words_end = begin
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    return _HONORIFIC.search(text, max(0, words_end - len("Miss.") - 1), begin)


def _given_and_surname(words: list[str], body: str) -> list[str]:
    """The "given name + surname" pairs of a headline's capitalised run ("This Is Why Uma Thurman Is Angry":
    "Uma Thurman"), the surname being one the article's text uses."""
    pairs, k = [], 0
    while k + 1 < len(words):
        given, surname = words[k], words[k + 1]
        # Both capitalised, and the given name no word the text writes in lower case ("Will Sanders Come Down?").
        if (given[:1].isupper() and surname[:1].isupper() and _given_name_gender(given) is not None
                and not re.search(rf"\b{re.escape(given.lower())}\b", body)
                and re.search(rf"\b{re.escape(surname)}\b", body)):
            pairs.append(f"{given} {surname}")
            k += 2  # "Hillary Clinton Bill …": the surname is no given name of the next pair
        else:
            k += 1
    return pairs


def _collect_names(article: Article, mentions: list[Mention]) -> _ArticleNames:
    """Every "role + name" and full name the article gives, and where people are mentioned."""
    names = _ArticleNames(text="\n".join(article.paragraphs), paragraphs=article.paragraphs, title=article.title)
    runs: list[tuple[tuple[int, int], str]] = []
    # The title comes first: its names count as said before any paragraph.
    for p, text in [(-1, article.title), *enumerate(article.paragraphs)]:
        for token in _WORD.findall(text):
            names.token_counts[token.strip(".")] += 1
        for match in _NAME_RUN.finditer(text):
            np = re.sub(r"['’]s$", "", match.group(0))
            credit = next((c for c in PHOTO_CREDITS if np.startswith(c + " ")), None)
            if credit and re.search(rf"(?<!{credit} ){re.escape(np[len(credit) + 1 :])}\b", names.text):
                # "Reuters Equifax claimed": a photo credit run into the sentence, before a name the article
                # gives alone ("Equifax said"); not "the Reuters Institute".
                np = np[len(credit) + 1 :]
            first, *rest = np.split(maxsplit=1)
            inverted_verb = first.lower() in speech.REPORTING_VERBS and first.endswith(("ed", "s"))  # "Said Ellis"
            # "wrote on Twitter Christian Estrosi": where the words were posted, then who posted them
            platform = first in SOCIAL_PLATFORMS and bool(rest) and _is_given_name(rest[0].split()[0])
            start = match.start()
            opener = first.lower() in speech.SENTENCE_OPENERS or first.lower() in OPENING_CONNECTIVES
            if rest and (opener or inverted_verb or platform):
                np = rest[0]  # a sentence's capitalised first word: "When PolitiFact says"
                if first.lower() in speech.SUBORDINATORS:
                    # The name is in the clause it opens: "When Poe left, Roe led" is Roe's sentence, not Poe's.
                    start += match.group(0).index(rest[0], len(first))
            name, role = _split_name(np)
            name = _clean_name(name)
            for full in _given_and_surname(np.split(), names.text) if p < 0 else []:
                names.title_names.add(full)
                if full not in names.full_names[full.split()[-1]]:
                    names.full_names[full.split()[-1]].append(full)
            if name is None or len(name.split()) > 4 or (p < 0 and not _named_in_body(name, names.text)):
                continue
            if len(name.split()) >= 2:
                names.full_names[name.split()[-1]].append(name)
            runs.append(((p, start), name))
            if p >= 0:
                begin = match.start() + max(0, match.group(0).rfind(name))
                titled = _honorific_before(text, begin)  # kept: it tells who of a family
                names.runs_by_paragraph[p].append(
                    ((p, begin), begin + len(name), (titled.group(0) if titled else "") + name)
                )
            names.first_named.setdefault(name.split()[-1], (p, start))
            # "President of the United States": the name after "of" is what the role is of, not its holder.
            of_something = role is not None and role.lower().split()[-1] in speech.ROLE_LINKS
            # A title right before a surname holds it too: "President Obama", "Sheriff Arpaio"; not
            # before the start of a name the run cut short at a particle ("Mayor Bill de Blasio").
            cut_short = _PARTICLE_AFTER.match(text, match.end())
            titled = (
                role is not None
                and _is_cap(role.split()[-1])
                and role.lower().split()[-1] in _TITLE_WORDS  # not "Former Mexican"
                and not cut_short
            )
            if (
                role
                and not of_something
                and any(w in speech.ROLE_WORDS for w in role.lower().split())
                and (len(name.split()) >= 2 or titled)
            ):
                names.roles.append((role.lower(), name))
            elif role and any(w in speech.PERSON_NOUNS for w in role.lower().split()):
                names.described.append((role.lower(), name))  # "Billionaire investor Sam Park"
        names.described.extend(_appositions(text))
    # People are those the article introduces with a role; later mentions by surname count too.
    introduced = {name.split()[-1] for _, name in names.roles}
    names.people = [(at, name) for at, name in runs if name.split()[-1] in introduced]
    # A name the tagger could not place where it opens a sentence ("Trump has responded…") is the person the
    # article names by that surname, in full or after a title ("President Trump"); a word the tagger only
    # sometimes reads as a person ("Telegram") stays unplaced.
    persons = {m.text.split()[-1] for m in mentions if m.kind == "person" and (" " in m.text or m.role)}
    reporting: list[tuple[tuple[int, int], str]] = []
    for mention in mentions:
        if (mention.kind == "person" or (mention.kind == "other" and mention.text in persons)) and not _modifies_role(
                mention, article.paragraphs[mention.paragraph]):
            names.people.append(((mention.paragraph, mention.start), mention.text))
        elif mention.kind != "place" and _reporting_person(mention, article.paragraphs[mention.paragraph]):
            reporting.append(((mention.paragraph, mention.start), mention.text))
        if mention.text.split():
            names.kinds[mention.text.split()[-1]].add(mention.kind)
        if mention.kind == "organization":
            names.bodies.append(((mention.paragraph, mention.start), mention.end, mention.text))
    # Someone named before as a person is who "he" or "she" may be already: "Le Pen told CNN" after "Marine Le Pen".
    names.people += [(at, name) for at, name in reporting
                     if not any(pos < at and known.split()[-1] == name.split()[-1] for pos, known in names.people)]
    # A nickname given to someone named before is no one else: "Jo Roe, also known as Dr Gloom, … He said".
    aliases = {a.group(1).split()[-1] for text in article.paragraphs for a in _ALIAS.finditer(text)}
    names.people = sorted((at, name) for at, name in names.people if name.split()[-1] not in aliases)
    _add_first_word_names(names, article, mentions)
    return names


def _named_in_body(name: str, body: str) -> bool:
    """Whether the body writes a headline's name, by its last word capitalised: a headline capitalises every word, so
    "Apologizes" of "Congressman Apologizes for …" is no one's name unless the article names someone so."""
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", body) is not None


def _add_first_word_names(names: _ArticleNames, article: Article, mentions: list[Mention]) -> None:
    """Take a person's first word, written alone, for a person, as a surname is: a family name written first ("Moon
    on Tuesday welcomed …" after "Moon Jae-in", where the entities stage read "Moon" as a place), or a given name no
    dictionary knows. Only where the word is no one's surname here nor a body's name, the article writes it alone and
    the name's last word never, nor in lower case (not "Sun Grid", a product beside "grid computing"), and the
    dictionary gives the first word as no given name, whose holder may be anyone named so."""
    for full in sorted({m.text for m in mentions if m.kind == "person"}):
        words = full.split()
        if (len(words) < 2 or _given_name_gender(words[0]) is not None or not _is_cap(words[0])
                or names.full_names.get(words[0]) or "organization" in names.kinds.get(words[0], ())):
            continue
        written = names.token_counts.get(words[-1], 0)
        if (names.token_counts.get(words[0], 0) > written and not names.token_counts.get(words[-1].lower())
                and written == len(re.findall(rf"\b{re.escape(full)}\b", f"{article.title}\n{names.text}"))):
            names.kinds[words[0]].add("person")


_ALIAS = re.compile(
    rf",\s*(?:{'|'.join(sorted(speech.ALIAS_PHRASES, key=len, reverse=True))})\s+[\"“‘']?"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)


_ROLE_AFTER = re.compile(r"\s+(?:co-)?([a-z]+)\b")


def _modifies_role(mention: Mention, paragraph: str) -> bool:
    """Whether a name only says whose a role is: "the Tesla founder", "a Smith aide" name someone else."""
    after = _ROLE_AFTER.match(paragraph, mention.end)
    return (bool(re.search(r"\b(?:the|a|an)\s+$", paragraph[max(0, mention.start - 6) : mention.start], re.IGNORECASE))
            and after is not None and after.group(1) in speech.ROLE_WORDS)


# "Leahy, a spokesman for Apple," / "Nick Leahy, the company's spokesman": a name, then what they are.
_APPOSITION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+),\s+(?:a|an|the)\s+([\w'’\- ]{1,60}?)(?=[,;:]|\.(?:\s|$)|\s+who\b)"
)
# "billionaire Elon Musk", "Billionaire investor Sam Park": person nouns right before a name, with a count before
# them that tells the role ("triple world champion Jo Roe").
_PERSON_NOUN = rf"(?i:{'|'.join(sorted(speech.PERSON_NOUNS))})"
_DESCRIBED_NAME = re.compile(
    rf"\b((?:{speech.ROLE_COUNT}\s+(?:[a-z]+\s+)?)?{_PERSON_NOUN}(?:\s+{_PERSON_NOUN})?)\s+"
    r"((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)"
)
# "Tom Vell, chairman of the Harbour Committee,", "Jo Roe, Acme's spokeswoman.": a full name, then its role with no
# article (_role_beside_name reads the role).
_BARE_APPOSITION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+),\s+(?!(?:a|an|the)\s)([A-Za-z][\w'’\- ]{1,80}?)"
    r"(?=[,;:]|\.(?:\s|$)|\s+who\b)"
)
# "The Port Authority's spokeswoman, Ann Roe,", "the committee chairman, Tom Vell.": a role, then the full name of whom
# it describes.
_ROLE_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he\s+|\b(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+)((?:[\w'’\-]+\s+){0,3}?[a-z][\w\-]*),\s+"
    r"((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+)(?=[,;]|\.(?:\s|$))"
)
# Its first person noun, in lower-cased text: IGNORECASE makes the alternation slow to try at every word, and few
# paragraphs hold one. Lower-casing keeps every letter IGNORECASE matches but "İ" (longer lower-cased), "ı" and "ſ".
_PERSON_NOUN_LOWER = re.compile(rf"\b(?:{'|'.join(sorted(speech.PERSON_NOUNS))})\s")


def _appositions(text: str) -> list[tuple[str, str]]:
    """(role, name) for each person the text describes by a role noun in apposition, or by a
    person noun before the name."""
    found = []
    for match in _APPOSITION.finditer(text):
        name, role = _split_name(match.group(1))[0], match.group(2).lower()
        # A reporting verb in it is a clause, not a role; but "state" is a role word too ("the State Department
        # spokeswoman").
        if (name and not (set(role.split()) & speech.REPORTING_VERBS - speech.ROLE_WORDS)
                and set(role.split()) & speech.ROLE_NOUNS):
            found.append((role, name))
    for match in [*_BARE_APPOSITION.finditer(text), *_ROLE_BEFORE_NAME.finditer(text)]:
        name_group, role_group = (1, 2) if match.re is _BARE_APPOSITION else (2, 1)
        name, role = _split_name(match.group(name_group))[0], _role_beside_name(match.group(role_group))
        if name and role and len(name.split()) >= 2:
            found.append((role, name))
    lower = text.lower()
    described = len(lower) != len(text) or "ı" in lower or "ſ" in lower or _PERSON_NOUN_LOWER.search(lower)
    for match in _DESCRIBED_NAME.finditer(text) if described else ():
        name = _split_name(match.group(2))[0]
        if name:
            found.append((match.group(1).lower(), name))
    return found


def _role_words(role: str) -> set[str]:
    """The words of a role, without determiners, one word for each role whatever the gender."""
    words = re.sub(r"['’]s\b", "", role.lower()).split()
    words = [speech.ROLE_ABBREVIATIONS.get(w, w) for w in words]
    return {speech.SAME_ROLE.get(w, w) for w in words if w not in speech.DETERMINERS | {"of", "for", "at"}}


def _same_count(held: str, wanted: str) -> bool:
    """Whether a role the article gives someone may be the ``wanted`` one: a role that counts ("four-times champion")
    is not one with another count ("triple world champion" is someone else; "the congressman" may be the same)."""
    counted = set(re.findall(speech.ROLE_COUNT, wanted.lower()))
    held_counted = set(re.findall(speech.ROLE_COUNT, held.lower()))
    return not counted or not held_counted or held_counted == counted


# A role its owner names, in the possessive: "Marovia's president", "the prime minister's spokesperson".
_OWNED_ROLE = re.compile(r"\w['’]s?\s+\S")


def _role_holders(description: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> set[str]:
    """The people the article gives ``role``: "an Apple spokesman" is the one it calls "Apple
    spokesperson Nick Leahy" or "Leahy, a spokesman for Apple"; failing every word of the
    role, the ones it gives the role's noun ("spokesman"); a role that counts ("the four-times champion") only those
    given the same count. A definite description ("the actor") points back, to someone named before ``at``; an
    indefinite one may be named further down, described in the same words."""
    wanted = _role_words(role)
    head = _role_words(role.split()[-1])
    if not head or not head <= speech.HEAD_NOUNS:
        return set()
    roles = names.roles + names.described
    roles = [(r, n) for r, n in roles if not (_role_words(r) - wanted) & speech.SUBORDINATE_ROLE_WORDS]
    roles = [(r, n) for r, n in roles if _same_count(r, role)]
    if description.split()[0].lower() in speech.INDEFINITE_ARTICLES:
        # "a top aide" who is not named is someone new, unless the article describes someone in the same words:
        # not "a top Obama aide", whom it names (the aide of another), nor "a Republican strategist".
        return {n for r, n in roles if _role_words(r) == wanted}
    holders = {n for r, n in roles if wanted <= _role_words(r)}
    if not holders and not _OWNED_ROLE.search(role):
        # Not a role of someone or something named ("Marovia's president", "the minister's spokesperson"): the
        # same noun of another owner is someone else.
        holders = {n for r, n in roles if head <= _role_words(r)}
    if description.split()[0].lower() == "the":
        holders = {n for n in holders if _first_named(names, n, at) < at}
    return holders


_AGE_ROLE = re.compile(r"(\d{1,3})-year-old")


def _of_age(description: str, role: str, names: _ArticleNames) -> set[str]:
    """The people "the 76-year-old" may be: those the article names in full with that age after a comma ("Ann Lee,
    76,", "Ann Lee, aged 76,"); none for "a 76-year-old", someone new."""
    age = _AGE_ROLE.fullmatch(role)
    if age is None or description.split()[0].lower() != "the":
        return set()
    given = re.compile(rf",\s+(?:aged\s+)?{age.group(1)}\b(?!-|\s*(?:per|%))")
    return {
        full
        for fulls in names.full_names.values()
        for full in fulls
        if any(given.match(names.text, m.end()) for m in re.finditer(rf"\b{re.escape(full)}", names.text))
    }


def _first_named(names: _ArticleNames, name: str, at: tuple[int, int]) -> tuple[int, int]:
    """Where the article first names the person (``at`` if nowhere before): a capitalised run that holds two
    names ("actress Jo Roe and Tom Ray") is first naming only its last, so where the entities stage found them
    counts too."""
    last = name.split()[-1]
    found = [pos for pos, n in names.people if n.split()[-1] == last]
    return min([names.first_named.get(last, at), *found])


# A name given as someone's kin: "whose 6-year-old son, James Roe", "her father, Robert Roe", "Roe's wife Ann Roe".
_KIN_BEFORE = re.compile(
    rf"\b(?:his|her|their|whose|[A-Z][\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.KIN_NOUNS))}),?\s+$"
)


@functools.lru_cache(maxsize=4096)  # asked for each candidate of each quote: once per name and article
def _named_only_as_kin(full: str, text: str) -> bool:
    """Whether the article's ``text`` names ``full`` only in passing, as someone's kin ("Mark Roe, whose son, James
    Roe, was killed"): not whom a bare surname means later. Named again, the relative may be whom the article is about
    ("Jo Roe's nephew, Al Roe, …. Al Roe was authorised …")."""
    namings = list(re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w'’-])", text))
    return bool(namings) and all(_KIN_BEFORE.search(text, max(0, m.start() - 60), m.start()) for m in namings)


def _one_person(fulls: set[str]) -> bool:
    """Whether full names of one surname are one person's: one given name, or a nickname and the name it shortens
    ("Donald J. Trump", "Donald Trump"; "Bill Roe", "William Roe")."""
    return len({NICKNAMES.get(f.split()[0], f.split()[0]) for f in fulls}) == 1


def _surname_owner(fulls: set[str], names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Of the people the article names in full with one surname, the one its bare surname at ``at`` stands for, on
    evidence only: the one not named only in passing as another's kin ("Mark Roe, whose son, James Roe, …": "Roe" is
    the father); the only one its text names before it (the other comes later; a headline's misread, "Thwart Roe",
    is no one); the one named last before it in its paragraph or the one before. None without evidence: whose it is
    stays unknown here (the entities stage may still tell, from the whole dossier)."""
    principal = {f for f in fulls if not _named_only_as_kin(f, names.text)} or fulls
    if len(principal) == 1:
        return next(iter(principal))
    before = [(pos, n) for pos, n in names.people if pos[0] >= 0 and pos <= at and n in principal]
    if before and _one_person({n for _, n in before}):
        return before[-1][1]
    nearest = [n for pos, n in before if pos[0] >= at[0] - 1]
    return nearest[-1] if nearest else None


def _fullest(name: str, names: _ArticleNames, at: tuple[int, int], gender: str | None = None) -> str:
    """The fullest form of ``name`` the article gives: "Rutte" -> "Mark Rutte"; of two people who share
    the surname, the one of ``gender`` when it is known ("she" after "Fiorina" is Carly, not Frank)."""
    words = [w for w in name.split() if w.lower() not in speech.HONORIFICS]
    if not words:
        return name
    fulls = {f for f in names.full_names.get(words[-1], []) if set(words) <= set(f.split())}
    honorific = next((w.lower() for w in name.split() if w.lower() in speech.GENDER_OF_WORD), None)
    wanted = speech.GENDER_OF_WORD[honorific] if honorific is not None else gender
    if len(fulls) == 1:
        full = fulls.pop()
        if wanted is not None and usual_given_name_gender(full.split()[0]) not in (None, wanted):
            return " ".join(words)  # "Mr. Roe" is not "Susan Roe", though she is the only Roe named in full
        return full
    if fulls:
        # Two people share the surname: the one an honorific points to ("Ms. Trump" is the
        # daughter, not the father), else the one named last before the quote.
        if wanted is not None:
            fitting = {f for f in fulls if _given_name_gender(f.split()[0]) == wanted}
            if len(fitting) == 1:
                return fitting.pop()
        # The story's own person, whom the headline names ("Uma Thurman", not "her father, Robert Thurman").
        headlined = fulls & names.title_names
        if len(headlined) == 1:
            return headlined.pop()
        owner = _surname_owner(fulls, names, at)
        if owner is not None:
            return owner
    if len(words) == 1 and _INITIALS.fullmatch(words[0]) and not names.full_names.get(words[0]):
        # Initials alone, no one's surname, are the one person the article names in full with them: "T.J." is
        # "T.J. Roe" (not any given name: "Ban" is "Ban Ki-moon"'s surname, "Tom" may be another Tom).
        given = {f for fulls in names.full_names.values() for f in fulls if f.split()[0] == words[0]}
        if len(given) == 1:
            return given.pop()
    return " ".join(words)


def _near_miss(name: str, known: set[str], names: _ArticleNames) -> str:
    """A name the article gives once, one edit from another speaker's name, is that name (a typo); not when
    the given names differ ("Harry Reid" is not "Ian Read")."""
    words = name.split()
    last = words[-1]
    if names.token_counts.get(last, 0) > 1 or len(last) < 4:
        return name
    close = {
        k
        for k in known
        if Levenshtein.distance(k.split()[-1], last) == 1
        and names.token_counts.get(k.split()[-1], 0) > 1
        and (len(words) == 1 or len(k.split()) == 1 or k.split()[0] == words[0])
    }
    return close.pop() if len(close) == 1 else name


# A platform's user named by a handle, which no given name and surname read: "Weibo user S_AND_YY", "one account
# called @vell_brix" (a handle has a letter, and an underscore, a figure or an at sign).
_USER_HANDLE = re.compile(
    rf"((?:[\w'’.-]+\s+){{0,3}}?(?:{'|'.join(sorted(speech.USER_WORDS))})(?:\s+(?:called|named))?)\s+"
    r"(@[A-Za-z\d_.]+|(?=[\w.]*[A-Za-z])[A-Za-z\d.]*(?:_|\d)[A-Za-z\d_.]*)"
)


# After a body's name, up to its reporting verb: an apposition set off by commas, an adverb ("Acme, a non-profit
# group, said", "Acme also said").
_BODY_REPORTS = re.compile(r"(?:\s*,[^.;:,]{1,80},)?\s+(?:[a-z]+ly\s+|also\s+)?([a-z]+)\b")


# What follows the subject of a reporting verb: "Jo Roe said", "…, Jo Roe, also said", "Jo Roe, a director, said".
_SUBJECT_REPORTS = re.compile(r",?" + _BODY_REPORTS.pattern)


def _reporting_person(mention: Mention, paragraph: str) -> bool:
    """Whether a name the entities stage did not take for a person is one here: a given name and a surname (two or
    three capitalised words, no body's), the subject of a reporting verb ("The new head of the bank, Ana Ruiz, also
    said …"): "he" or "she" may be them."""
    words = mention.text.split()
    verb = _SUBJECT_REPORTS.match(paragraph, mention.end)
    # A word in capitals ("TV", "CNN") names a body's channel or brand, no person ("France TV Info reported")
    initials = any(len(w) > 1 and w.isupper() and w.lower() not in speech.NAME_SUFFIXES for w in words)
    return (len(words) in (2, 3) and all(_is_cap(w) for w in words) and not initials and not _is_body(mention.text)
            and _given_name_gender(words[0]) is not None and verb is not None
            and verb.group(1) in speech.REPORTING_VERBS)


def _is_body(name: str) -> bool:
    """Whether a name is an organisation's ("the Justice Department"): never "he" or "she"."""
    return bool({w.lower().strip(".,") for w in name.split()} & speech.BODY_WORDS)


@functools.lru_cache(maxsize=1 << 16)
def _clean_name(name: str | None) -> str | None:
    """A name without the function words a headline or a sentence glued to it ("Of Obama") or a day after it; none
    when only they, a pronoun, or a word that names nobody ("However", "November") are left."""
    words = (name or "").split()
    while words and words[0].lower() in speech.GLUED_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in speech.TIME_WORDS:
        words.pop()  # "President Obama Monday": the day the sentence tells of, no part of the name
    if not words or (len(words) == 1 and words[0].lower().strip(".,") in speech.NOT_NAMES):
        return None
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+\.", words[0]):
        return None  # a lone abbreviation ("Colo.", "Calif.") names a place, never a speaker
    if re.fullmatch(r"I(?:['’](?:ll|d|ve|m))?", words[-1]):
        return None  # "Did I say", "Bet I’ll say": the writer, no one the article names
    if _people_serving_a_person(words):
        return None
    return " ".join(words)


def _people_serving_a_person(words: list[str]) -> bool:
    """ "Lawyers for Jo Roe", "Aides to Jo Roe": people a role ties to a person the article names, no one's name;
    the words are theirs, not the person's. (A cause after the plural names a body: "Veterans for Peace".)"""
    return (len(words) >= 3 and words[0].endswith("s") and words[0][:-1].lower() in speech.ROLE_NOUNS
            and words[1] in ("for", "of", "to") and words[2] in given_names())
