"""Who a speaker's words name (``_resolve``): a name, a role or a pronoun bound to the person the
article named last or in the sentences before; a body and who speaks for it; the reporter of a quote; the subject
of a sentence and its reporting verbs; what the dossier's entities tell about a speaker (``can_be_speaker``,
``person_gender``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import outlets
from ..entity_data import (
    gazetteer,
    given_name_gender,
    given_name_of_both_genders,
    name_gender_detector,
    usual_given_name_gender,
)
from ..lang.en import speech
from ..lang.en.names import SOCIAL_PLATFORMS
from ..sentences import DATELINE
from ..structure import Entity, Quote
from .marks import _NAME_LINE
from .names import (
    _AGE_ROLE,
    _BODY_REPORTS,
    _OWNED_ROLE,
    _SPEAKS_FOR,
    _USER_HANDLE,
    _clean_name,
    _fullest,
    _is_body,
    _names_someone_else,
    _of_age,
    _role_holders,
    _role_words,
    _same_count,
    _speaks_for_a_person,
)
from .spans import (
    _DOUBLE_MARKS,
    _SINGLE_MARKS,
    CLOSING,
    PRONOUNS,
    _ArticleNames,
    _head,
    _is_sentence_end,
    _sentence_begin,
    _Speaker,
)
from .subjects import (
    _FOR_SOMEONE,
    _GROUP_SUBJECT,
    _INITIALS,
    _PLACE_BEFORE,
    _bare,
    _clean_np,
    _given_name_gender,
    _is_cap,
    _is_given_name,
    _is_group_name,
    _looks_like_np,
    _places,
    _regions,
    _split_name,
    _tokens,
)

# Only a conjunction between an earlier quote of the sentence and the reporting verb: '… opposes "…" and recalled'.
_IN_MARKS = re.compile(r"[\"“][^\"“”]*[\"”]")  # an earlier quote's words, which name no one in the sentence


def _common_opener(np: str, paragraphs: list[str]) -> bool:
    """Whether a one-word subject opening its sentence is a common word capitalised by its place
    ("Likewise", "Hastily", "Declaring"): the article never capitalises it inside a sentence, as
    it would a name ("… said Kasich", '"…," Kasich said')."""
    words = re.sub(r"['’]s$", "", np).split()
    if len(words) != 1 or words[0].lower() in speech.PRONOUNS:
        return False
    word = re.escape(words[0])
    return not any(re.search(rf"[\w,;][\"”’']?\s+{word}\b", text) for text in paragraphs)


# A body's description that may own a text: "the company" of "the company's statement".
_DESCRIBED_BODY_OWNER = re.compile(
    rf"[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(speech.BODY_DESCRIPTION_NOUNS))})"
)
_TEXT_NOUN = re.compile(rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?")


def _text_author(subject: str, rest: list[str]) -> str | None:
    """The name whose text a possessive subject gives ("Jo Roe's letter", "Roe's fundraising email"), or the body's
    description ("the company's statement", which ``_resolve`` reads as "the company"): the text's words are its
    author's; none for another possessive ("Roe's campaign", "Roe's aides")."""
    possessor = re.fullmatch(r"(.+?)['’]s?", subject)
    if possessor is None or not (_is_cap(possessor.group(1)) or _DESCRIBED_BODY_OWNER.fullmatch(possessor.group(1))):
        return None
    for word in rest[:3]:
        if _TEXT_NOUN.fullmatch(word.strip(",:")):
            return possessor.group(1)
        if not re.fullmatch(r"[a-z-]+", word):
            return None
    return None


_POSSESSED_TEXT = re.compile(r"(.+?['’]s?)\s+((?:[a-z-]+\s+){0,2}[a-z]+)")


# A participle or an adverb opening a phrase before the subject: "Continuing to explain", "Addressing the crowd",
# "Immediately after" (not a name: "Manning testified", "Kelly said").
_OPENING_PHRASE = re.compile(
    r"[A-Z][a-z]+(?:ing\s+(?:to|the|a|an|his|her|their|its|on|about|with)|ly\s+(?:after|before|following|during|in|on|at))\b"
)


# A phrase of time opening a clause without a comma, before its subject: "Last year he gave a speech".
_TIME_BEFORE_SUBJECT = re.compile(
    rf"^(?i:{'|'.join(sorted(speech.TIME_OPENERS | {'this'}))})\s+(?i:{'|'.join(sorted(speech.TIME_WORDS))})\s+"
    rf"(?=[A-Z]|(?:{'|'.join(sorted(w for w, kind in speech.PRONOUNS.items() if kind != 'thing'))})\b)"
)


def _sentence_subject(sentence: str) -> tuple[str, list[str]] | None:
    """The noun phrase that opens the sentence after any introductory phrase, and the words after it:
    "Sanders" in 'On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost, identified …'."""
    segments = DATELINE.sub("", sentence).split(",")
    for n, segment in enumerate(segments):
        segment = _TIME_BEFORE_SUBJECT.sub("", segment.strip(" \"“”'‘’"), count=1)
        if n and segment in _regions() and _PLACE_BEFORE.search(segments[n - 1]):
            continue  # the state after a town: "Speaking in Salem, New Hampshire, Trump went after Bush"
        np = _clean_np(_np_prefix(segment))
        if np.lower() in speech.NOT_NAMES and np.lower() not in PRONOUNS:
            if np.lower() in speech.DETERMINERS and _reporting_verbs(segment):
                return None  # "That article describes a breach at Acme, …": the clause's subject is no name
            continue  # "Here in Columbia, Sanders stepped up …": a word capitalised by its place
        if np and np.split()[0].lower() in speech.INTRODUCERS | speech.TIME_OPENERS:
            continue  # "Last Thanksgiving, she wished …", "By Thanksgiving, Thurman had begun …"
        if n < len(segments) - 1 and _OPENING_PHRASE.match(segment):
            continue  # "Continuing to explain his view, Carson rejected …", "Immediately after the attacks, Trump …"
        if np and _looks_like_np(np):
            named = _named_apposition(segments[n + 1 : n + 3]) if _split_name(np)[0] is None else None
            if named is not None:
                return named, segments[n + 2].split()  # "The head of the Tovar Party, Jo Roe, voiced …"
            return np, segment[segment.find(np) + len(np) :].split()
    return None


def _named_apposition(segments: list[str]) -> str | None:
    """A person's given name and surname alone between two commas after a subject naming nobody (a role), the
    next words going on with the sentence: who the role is ("The head of the party, Jo Roe, voiced")."""
    if len(segments) < 2:
        return None
    text = segments[0].strip()
    name = _split_name(text)[0]
    if name != text or len(name.split()) < 2 or not _is_given_name(name.split()[0]):
        return None
    return name


# Lower-case modifiers, a role noun and a name: the rest of a description that opened with a role word ("Former
# Republican| presidential candidate Jo Roe").
_DESCRIBED_NAME_AHEAD = re.compile(
    rf"(?:(?!(?:{'|'.join(sorted(speech.DETERMINERS | speech.PREPOSITIONS | speech.CONJUNCTIONS))})\s)"
    r"[a-z][a-z-]*\s+){1,2}"
    rf"(?i:{'|'.join(sorted(map(re.escape, speech.ROLE_NOUNS)))})\s+[A-Z]"
)


# A description opening a sentence: an article or "one", up to two words describing, then a noun for a person, a
# group, a source or a body ("The retired surgeon has …", "One senior operative tried …", "The Swiss company has …").
_DESCRIBED_SPEAKER_NOUNS = speech.DESCRIBED_PEOPLE_NOUNS | speech.BODY_DESCRIPTION_NOUNS.keys()
_DESCRIPTION_OPENING = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:{'|'.join(sorted(speech.NOT_DESCRIBING_WORDS))})\s)[A-Za-z][a-z-]+\s+)"
    rf"{{0,2}}(?:{'|'.join(sorted(map(re.escape, _DESCRIBED_SPEAKER_NOUNS)))})(?=[\s,]|$)"
)


# A title its holder had then or before: "then-Senator Jo Roe", "ex-President Roe", "then-candidate Roe".
_FORMER_TITLE = re.compile(rf"(?i:then|ex)-(?:[A-Z][\w.]*|(?:{'|'.join(sorted(speech.ROLE_NOUNS))}))")


def _np_prefix(segment: str) -> str:
    """The capitalised noun phrase that opens ``segment`` ("The Kremlin" in "The Kremlin dismissed"), or a description
    ending in a noun for a speaker ("The retired surgeon" in "The retired surgeon has provided")."""
    words = segment.split()
    opening = _DESCRIPTION_OPENING.match(segment)
    taken: list[str] = opening.group(0).split() if opening else []
    for i, word in enumerate(words[len(taken) :], start=len(taken)):
        bare = word.lower().strip(",.")
        described = (
            bool(taken)
            and taken[0].lower() in speech.ROLE_NOUNS
            and not any(_is_given_name(w) for w in taken)  # "Former Senator Jo Roe met rival candidate Al Poe"
            and _DESCRIBED_NAME_AHEAD.match(" ".join(words[i:]))
        )
        if taken and not (_is_cap(word) or bare in speech.ROLE_NOUNS or bare in ("of", "'s") or described):
            break
        if not taken and not (_is_cap(word) or bare in speech.DETERMINERS or bare in speech.PRONOUNS
                              or _FORMER_TITLE.fullmatch(word.strip(",."))):
            return ""
        taken.append(word)
    return " ".join(taken)


# A verb of using or quoting words, then the words' kind: "used the phrase", "coined the term".
_USING_A_PHRASE = re.compile(
    r"(?:us(?:e|es|ed)|invok(?:e|es|ed)|coin(?:s|ed)?|repeat(?:s|ed)?|utter(?:s|ed)?)\s+"
    r"(?:the\s+|that\s+|this\s+)?(?:phrase|term|words?|expression|slogan|label|line)\b"
)


# A form of "be", then "to" right before a verb: "is partly to blame".
_PREDICATE_INFINITIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?to\s+$")


# A platform after a verb of sharing: " on Twitter", " to her Instagram".
_PLATFORM_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.PLATFORM_LINKS))})\s+(?:(?:{'|'.join(sorted(speech.POSSESSIVES))}|the)\s+)?"
    rf"(?:{'|'.join(sorted(SOCIAL_PLATFORMS))})\b"
)


def _reporting_verbs(text: str) -> list[re.Match[str]]:
    """Reporting words used as verbs: not capitalised ("the United States", "Says" in a title) and
    not nouns ("his statement", "a tweet", "the claims", "a Bloomberg report")."""
    verbs = []
    tokens = _tokens(text)
    for i, token in enumerate(tokens):
        if _USING_A_PHRASE.match(text, token.start()):
            verbs.append(token)  # "Trump has used the phrase": the phrase is his words
            continue
        following = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        if speech.PARTICLE_REPORTING_VERBS.get(token.group(0)) == following.rstrip("."):
            verbs.append(token)  # "Trump shot back"
            continue
        if following.rstrip(".,") not in speech.OBJECT_REPORTING_VERBS.get(_bare(token), {following.rstrip(".,")}):
            continue  # "put in place", not "put it"
        if _bare(token) in speech.PLATFORM_REPORTING_VERBS and _PLATFORM_AFTER.match(text, token.end()):
            verbs.append(token)  # "she shared on Twitter": her words, the platform only where
            continue
        if _bare(token) not in speech.REPORTING_VERBS or _used_as_noun(tokens, i):
            continue
        if _is_cap(token.group(0)) and not _capitalised_mid_clause(tokens, i):
            continue
        if _PREDICATE_INFINITIVE.search(text, 0, token.start()):
            continue  # "the recession is partly to blame": what something is, not anyone's report
        if following == "to" and _bare(token).startswith(speech.INFINITIVE_TAKERS):
            continue  # "must continue to push", "vowed to fight": not reporting anything said
        verbs.append(token)
    return verbs


def _capitalised_mid_clause(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised reporting word at ``tokens[i]`` is a verb set in capitals by mistake: after the comma
    that closes a subject's apposition, a lower-case word after it ('Roe, the head of Acme, Tweeted on Friday'), not
    a title's capitals ("Roe Says Acme Will Close", "Roe, Lee Said to Meet")."""
    if not i or i + 1 >= len(tokens):
        return False
    gap = tokens[i].string[tokens[i - 1].end() : tokens[i].start()]
    following = tokens[i + 1].group(0)
    return "," in gap and not _is_cap(following) and following != "to"


# The modifiers between a determiner and its noun: an adjective or noun, maybe after a degree word or an adverb, or
# two joined ("his home state", "an unusually conciliatory note", "a more conciliatory and optimistic note").
_MODIFIER = rf"(?:(?:{'|'.join(sorted(speech.DEGREE_WORDS))})\s+)?(?:[a-z]+ly\s+)?[a-z]+"
_MODIFIERS = re.compile(rf"\s+{_MODIFIER}(?:,?\s+(?:and|or)\s+{_MODIFIER})?\s+")
_MODIFIERS_MAX_WORDS = 7


def _used_as_noun(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the reporting word at ``tokens[i]`` is a noun (or an adjective: "racially charged comments"): after a
    determiner or possessive ("Obama's remarks"), a plural after "of" and one word ("32% of Republican claims"), or an
    uninflected word after "a" and a name ("a Bloomberg report", "an AP interview")."""
    word = tokens[i].group(0)
    previous = tokens[i - 1].group(0).lower() if i else ""
    # What stands between the previous word and this one: "Sanders’ comments" (a plural's possessive mark,
    # which the word pattern leaves out), or a comma that ends a phrase ("a supporter of Trump, calls").
    gap = tokens[i].string[tokens[i - 1].end() : tokens[i].start()] if i else ""
    if gap.startswith(("'", "’")) or "," not in gap and (
            previous in speech.NOUN_MARKERS or re.search(r"['’]s$", previous)):  # not "… with Trump's, saying"
        return True
    if previous in speech.PLURAL_NOUN_MARKERS and word.endswith("s") and "," not in gap:
        return True  # "The bureau rejected any claims that …": the claims are a thing rejected, no one's report
    if i > 1 and tokens[i - 2].group(0).lower() == "of" and _bare(tokens[i]).endswith("s") and not gap.strip():
        return True
    if word.endswith("s") and word[:-1] in speech.PLURAL_NOUN_STEMS and not gap.strip() and _modifier_noun(previous):
        return True  # "Union pay rates": a noun's plural after the noun that modifies it
    following = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
    if (i > 1 and word.endswith("ed") and _qualifying_adverb(previous)
            and tokens[i - 2].group(0).lower() in speech.NOUN_MARKERS | speech.DEGREE_WORDS
            and following.isalpha() and following.islower() and following not in speech.NOT_DESCRIBING_WORDS):
        return True  # "more racially charged comments": an adjective of the noun after it (not "the rally denounced")
    if (
        word in speech.REPORTING_NOUN_STEMS
        and any(tokens[marker].group(0).lower() in speech.NOUN_MARKERS
                and _MODIFIERS.fullmatch(tokens[i].string[tokens[marker].end() : tokens[i].start()])
                for marker in range(max(i - _MODIFIERS_MAX_WORDS - 1, 0), i - 1))
        and not previous.endswith(("s", "ly"))
        and previous not in speech.AUXILIARIES
    ):
        return True  # "his home state", "a more conciliatory and optimistic note": modifiers, then the noun
    if (
        i > 2
        and (word in speech.REPORTING_NOUN_STEMS or word[:-1] in speech.REPORTING_NOUN_STEMS and word.endswith("s"))
        and tokens[i - 3].group(0).lower() in speech.PREPOSITIONS
        and tokens[i - 2].group(0).lower() in speech.NOUN_MARKERS
        and re.fullmatch(r"\s+[a-z]+\s+", tokens[i].string[tokens[i - 2].end() : tokens[i].start()])
        and previous not in speech.AUXILIARIES
    ):
        return True  # "in the strongest terms": the object of a preposition, a modifier, then the noun
    named_from = i
    while named_from > 0 and _is_cap(tokens[named_from - 1].group(0)):
        named_from -= 1
    if (named_from < i and named_from > 0 and word.endswith("s") and "," not in gap
            and tokens[named_from - 1].group(0).lower() in speech.PLURAL_QUANTIFIERS):
        return True  # "in many Asian states": a plural after a counting word and its capitalised modifiers
    opened = named_from
    while opened > 0 and re.fullmatch(r"[a-z]+ly", tokens[opened - 1].group(0)):
        opened -= 1  # an adverb before the name: "a heavily Democratic state"
    # (not after a comma that closes the phrase, nor a past tense: "Roe, who is a Mormon, said")
    return (0 < named_from < i and opened > 0 and tokens[opened - 1].group(0).lower() in ("a", "an")
            and _bare(tokens[i]) == word.lower() and not word.endswith(("s", "ed", "ing")) and "," not in gap
            and word.lower() not in speech.IRREGULAR_REPORTING_PAST)


def _qualifying_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly that may qualify an adjective ("unusually"), not a noun ("ally")."""
    return re.fullmatch(r"[a-z]+ly", word) is not None and word not in speech.LY_NOUNS


def _modifier_noun(word: str) -> bool:
    """Whether a lower-case word before a plural may be a noun modifying it ("pay" in "pay rates"): not a word that
    stands for a person or people, who would report, nor a function word or an adverb."""
    return (
        word.isalpha() and word.islower() and not word.endswith("ly")
        and word not in (speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS | speech.GROUP_NOUNS | set(speech.PRONOUNS)
                         | speech.AUXILIARIES | speech.BE_FORMS | speech.CONJUNCTIONS | speech.PREPOSITIONS
                         | speech.NOUN_MARKERS | speech.ADVERBS | speech.RELATIVE_PRONOUNS)
    )


def _resolve(speaker: _Speaker, names: _ArticleNames, last_person: str | None) -> _Speaker:
    """Fill name, role and kind from the words of the attribution."""
    text = re.sub(r"\s*\([^)]*\)", "", speaker.text)  # "Rep. Gwen Moore (D-Wis.)"
    lowered = text.lower()
    if lowered in speech.PRONOUNS:
        speaker.kind = "pronoun"
        speaker.name = last_person if speech.PRONOUNS[lowered] == "person" else None
        return speaker
    described = _apposed_body(speaker, names)
    if described is not None:
        speaker.name, speaker.role, speaker.kind = text, described, "group"
        return speaker
    if lowered in _COUNTED_SUBJECTS or _GROUP_SUBJECT.fullmatch(text):
        speaker.kind = "group"  # "Some chanted", "Several said", "Another added": some of a crowd, no one named
        return speaker
    owned = _POSSESSED_TEXT.fullmatch(text)
    author = _text_author(owned.group(1), owned.group(2).split()) if owned is not None else None
    if author is not None:
        # "Roe's statement read": Roe's words (the text the attribution names stays as written)
        written, speaker.text = speaker.text, author
        speaker = _resolve(speaker, names, last_person)
        speaker.text = written
        return speaker
    handle = _USER_HANDLE.fullmatch(text)
    if handle is not None:
        # "Weibo user S_AND_YY wrote": the user is named by the handle, as written
        speaker.name, speaker.role = handle.group(2), _clean_role(handle.group(1))
        return speaker
    name, role = _split_name(re.sub(r"['’]s$", "", text))
    body = next((b for _, _, b in names.bodies if name and b != name and b.endswith(" " + name)
                 and (text == b or text.endswith(" " + b))
                 and not _AFFILIATION_BEFORE.search(text[: len(text) - len(b)])
                 and not any("person" in names.kinds.get(w, set()) for w in b.split())), None)
    if body is not None:
        # "the official Science and Technology Daily": a body's name the article gives whole, which a lower-case
        # word inside it ("and") would cut; the words before it describe the body, no role of a person's (not a
        # person and their body read as one name: "Morgan of the Sierra Club")
        name, role = body, None
    if name and role and _names_someone_else(role.split(), names):
        speaker.kind = "group"  # "Mr. Pavel and the co-author Jo Roe said": two people speak, neither alone
        return speaker
    if name and role and _NAME_BEFORE_LINK.fullmatch(role) and not set(role.lower().split()) & speech.ROLE_WORDS:
        # "Citizens for Fair Votes", "the Government of the Republic of Korea": one organisation's name, not a
        # role of whom the name after "for" or "of" stands for (but "Rev. Ann Wright of the Union of …" is a person)
        if not any(
            "person" in names.kinds.get(w, set()) or _given_name_gender(w) is not None or w.endswith(".")
            for w in role.split()
            if _is_cap(w)
        ):
            name, role = f"{role} {name}", None
    if (
        name == text
        and re.fullmatch(r"[A-Z][a-z]+s", name)
        and _common_opener(name, names.paragraphs)
        and not names.kinds.get(name, set()) & _SPEAKING_KINDS
    ):
        speaker.kind = "group"  # a plural common noun capitalised as the sentence's first word: "Analysts said"
        return speaker
    if name and text.split()[0].lower() != "the" and _is_group_name(_fullest(name, names, speaker.at)):
        # "a New Hampshire Democrat said", "Americans say": no one person's name ("the Arizona
        # Republican" points back to someone named before, and stays as written).
        speaker.kind = "group"
        return speaker
    if name and role and re.search(r"['’]s$", role) and _is_cap(role) and name.split()[-1] in speech.BODY_HEADS:
        speaker.name, speaker.kind = text, "group"  # "Russia's Prosecutor General's Office"
        return speaker
    apposition = speaker.role
    speaker.role = role or (_clean_role(apposition) if apposition else None)
    described = bool(name and role) and len(name.split()) >= 2 and role.split()[-1].lower() not in speech.GLUED_WORDS
    if name and role and role[:1].islower() and not any(w in speech.ROLE_WORDS for w in role.lower().split()):
        # "a source close to Kim": the capitalised word is not the speaker's name; but a full name
        # right after a noun is described by it: "psychologist Nancy Doe".
        # So is a person the entities stage found, after one word saying how they were: "a jubilant Roe said" (not
        # "a source close to Kim", whose words end with whom they are close to).
        moved = (re.fullmatch(rf"(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+{re.escape(name)}", text) is not None
                 and "person" in names.kinds.get(name.split()[-1], set()))
        name = name if described or moved else None
    if name and role and _FOR_SOMEONE.search(role) and not set(role.lower().split()) & speech.SPEAKS_FOR_ROLE_WORDS:
        name = None  # "a lawyer for Smith", "an adviser to Obama", "officials at Acme": whom or where they work for
    if name and role and _SPEAKS_FOR.search(role) and _speaks_for_a_person(name, names):
        # "a spokesman for (candidate) Jo Roe": a spokesman's words are a body's ("a spokesman for Acme"), never a
        # person's own.
        name = None
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and _one_of_a_people(name, names):
        # "said the American": someone described by their country, no one named "American"
        speaker.name, speaker.role = _described_person(text, name, names, speaker.at), name
        speaker.kind = "name" if speaker.name else "role"
        return speaker
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and name.lower() in speech.STANDALONE_BODY_WORDS:
        speaker.name = name  # "the House", whatever else the article names with "House" ("the White House")
        return speaker
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and name.lower() in speech.BODY_WORDS:
        # "the Trust": the capitalised noun of a body stands for the one the article names in full ("Vell Health
        # Services NHS Trust"); of several, for none of them.
        bodies = _bodies_ending(name, names.text)
        if len(bodies) > 1:
            speaker.role, speaker.kind = name, "role"
            return speaker
        name = bodies.pop() if bodies else name
    if not name and role and _INITIALS.fullmatch(role) and _fullest(role, names, speaker.at) != role:
        name = role  # "T.J. said": the one person the article names in full with those initials
    if name:
        speaker.name = _fullest(_titled(name, text) or name, names, speaker.at)  # the honorific tells who
        if _shared_surname(text, speaker.name, names, speaker.at):
            speaker.name, speaker.kind = None, "role"
        return speaker
    new_person = text.split()[0].lower() in speech.NEW_PERSON_DETERMINERS
    if role and new_person and role.split()[-1].lower() in speech.ROLE_NOUNS:
        speaker.kind = "role"  # "One eyewitness said": someone new, not the eyewitness named before
        return speaker
    if role:
        wanted = role.lower()
        # "a longtime adviser" is not the one the article calls "adviser" (see _role_holders)
        indefinite = text.split()[0].lower() in speech.INDEFINITE_ARTICLES
        known = {
            n
            for r, n in names.roles
            if not indefinite
            and (r.endswith(wanted) or wanted.endswith(r) and not _OWNED_ROLE.search(wanted[: len(wanted) - len(r)]))
            and not (_role_words(r) - _role_words(wanted)) & speech.SUBORDINATE_ROLE_WORDS
            and _same_count(r, wanted)
        }
        # "a spokeswoman for (a body)" is someone new, not the spokeswoman of another body the article names
        if not (indefinite and _FOR_SOMEONE.search(wanted)):
            known = known or {n for r, n in names.roles if _role_words(r) == _role_words(wanted)}
        known = known or _role_holders(text, role, names, speaker.at) or _of_age(text, role, names)
        # One holder however often named: "President Obama" and "President Barack Obama".
        known = {_fullest(n, names, speaker.at) for n in known}
        if len(known) == 1:
            speaker.name = known.pop()
        elif known and (holder := _holder_named_before(text, role, known, names, speaker.at)) is not None:
            speaker.name = holder  # "the brother" of two, right after a sentence whose subject is one of them
        elif _names_a_body(text, role):
            speaker.name, speaker.role, speaker.kind = role, None, "group"  # "the Kremlin"
        elif not known and (owner := _body_spoken_for(text, role, names)) is not None:
            speaker.name = owner  # "a Nato spokesman", unnamed: Nato's words, as "a spokesman for Nato" are
        elif not known and (body := _described_body(text, role, names, speaker.at)) is not None:
            speaker.name, speaker.kind = body, "group"  # "the non-profit group": the one body the article names
        elif not known and (person := _described_person(text, role, names, speaker.at)) is not None:
            speaker.name = person
        elif not known and (body := _body_named_short(text, role, names, speaker.at)) is not None:
            speaker.name, speaker.kind = body, "group"  # "the transport police": "British Transport Police"
        elif not known and (author := _text_author_before(text, role, names, speaker.at)) is not None:
            speaker.name = author  # "the statement said": whoever the sentence before said it in a statement
        else:
            speaker.kind = "role"
    return speaker


def _body_named_short(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """The one body named before ``at`` whose name ends in the words of "the <words>", written in lower case: "the
    transport police" is "British Transport Police". Two words at least: "the police" may be any police force."""
    words = role.lower().split()
    if text.split()[0].lower() != "the" or len(words) < 2 or not role.islower():
        return None
    bodies = {name for (q, start), _, name in names.bodies
              if (q, start) < at and name.lower().split()[-len(words):] == words and len(name.split()) > len(words)}
    return bodies.pop() if len(bodies) == 1 else None


def _one_of_a_people(word: str, names: _ArticleNames) -> bool:
    """Whether ``word`` is a people's adjective or noun that may stand for one of them ("American", "Briton"; not
    "British", which names them all), and no body or person the article names."""
    return (word in gazetteer().demonyms and not word.endswith(speech.COLLECTIVE_DEMONYM_ENDINGS)
            and not names.kinds.get(word, set()) & _SPEAKING_KINDS)


_OWNER = re.compile(r"([A-Z][\w&.-]*)['’]s")  # "Acme's"


def _body_spoken_for(text: str, role: str, names: _ArticleNames) -> str | None:
    """The body an unnamed spokesman's role names between its article and its noun ("a Nato spokesman", "the Acme
    spokeswoman") or before it as its owner ("Acme's spokesperson"), when the article names that body as it is written
    there, or the words are a country's adjective and a body's word ("a German foreign ministry spokesman")."""
    words = role.split()
    owned = _OWNER.fullmatch(text.split()[0])
    if (len(words) < 2 or words[-1].lower() not in speech.SPEAKS_FOR_ROLE_WORDS
            or text.split()[0].lower() not in speech.ARTICLES and owned is None):
        return None
    if owned is not None:
        return owned.group(1) if any(name == owned.group(1) for _, _, name in names.bodies) else None
    owner = " ".join(words[:-1])
    if any(name == owner for _, _, name in names.bodies):
        return owner
    return owner if _country_body(words[:-1]) and _names_a_body(f"the {owner}", owner) else None


def _country_body(words: list[str]) -> bool:
    """Whether the words are a country's adjective, then a body's word after any others: "German foreign ministry"."""
    return len(words) >= 2 and words[-1].lower() in speech.BODY_WORDS and any(
        " ".join(words[:n]) in gazetteer().demonyms for n in (1, 2))


_APPOSED_BODY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(speech.APPOSED_BODY_NOUNS))})),\s+$"
)


def _apposed_body(speaker: _Speaker, names: _ArticleNames) -> str | None:
    """The description of a body whose name the speaker's words are, set in apposition after an organisers' or a
    group's noun ("The event organisers, It's Time for Vell, said"): the name stands whole, even in a clause's form."""
    p, at = speaker.at
    words = speaker.text.split()
    if p < 0 or not speaker.text[:1].isupper() or "person" in names.kinds.get(words[-1], set()):
        return None
    paragraph = names.paragraphs[p]
    found = paragraph.find(speaker.text + ",", at)
    before = _APPOSED_BODY.search(paragraph, max(0, found - 60), found) if found >= 0 else None
    if before is None or re.search(r"\b(?:of|for|to|with|from|in|at|by|on)\s+$", paragraph[: before.start()]):
        return None  # "a member of the group, Jo Roe, said": someone of the body
    return before.group(1)


def _shared_surname(text: str, chosen: str, names: _ArticleNames, at: tuple[int, int]) -> bool:
    """Whether the attribution is a bare surname two people of the article share ("Roe said", with a president and
    a vice minister named Roe), neither named in full in the paragraphs just before nor in the headline: nothing
    near tells which of them speaks (the last one named, many paragraphs back, is a guess)."""
    if len(text.split()) != 1:
        return False
    # People by given name, one each ("Donald Trump" and "Donald J. Trump" are one; "Team Trump" is no one).
    shared = {
        full for full in names.full_names.get(text, [])
        if _given_name_gender(full.split()[0]) is not None or not _common_word(full.split()[0], names)
    }
    if len({full.split()[0] for full in shared}) < 2 or shared & names.title_names:
        return False
    def named(full: str, n: str) -> bool:  # "Ann Roe de Fay" names "Ann Roe"
        return n.split()[0] == full.split()[0] and text in n.split()

    if any(pos <= at and at[0] - pos[0] <= SHARED_SURNAME_REACH and named(full, n)
           for pos, n in names.people for full in shared):
        return False
    # Nor when the one it was taken for is the article's person of that name, named in twice as many paragraphs as
    # any other.
    counts = sorted(
        (len({pos[0] for pos, n in names.people if named(full, n) and pos[0] >= 0}), full) for full in shared
    )
    counts = [(count, full) for count, full in counts if count]  # named in the body, not only in the headline
    if len(counts) < 2:
        return False
    return not (counts[-1][1] == chosen and counts[-1][0] >= 2 * counts[-2][0])


# Paragraphs back a person named in full still tells whom a surname they share with another person means.
SHARED_SURNAME_REACH = 10


def _bodies_ending(noun: str, text: str) -> set[str]:
    """The names in ``text`` of two or more capitalised words that end with ``noun`` ("Vell Health Services NHS
    Trust" for "Trust"), without a sentence's first word that opens no name ("The", "But")."""
    bodies = set()
    for run in re.finditer(rf"\b((?:[A-Z][\w&'’.-]*\s+){{1,6}}){re.escape(noun)}\b", text):
        words = run.group(0).split()
        while len(words) > 1 and words[0].lower() in speech.DETERMINERS | speech.SENTENCE_OPENERS:
            words = words[1:]
        if len(words) > 1:
            bodies.add(" ".join(words))
    return bodies


def _described_body(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """The one body named before ``at`` that "the <body noun>" stands for ("the non-profit group", "the space
    agency"): of the kind the noun says, by the last word of its name or by its own description right after it
    ("Acme, a rocket company"); None when no body or several could be meant."""
    words = role.split()
    heads = speech.BODY_DESCRIPTION_NOUNS.get(words[-1]) if words else None
    if (heads is None or text.split()[0].lower() != "the" or len(words) > 3 or not role.islower()
            or set(words) & speech.ROLE_NOUNS):
        return None
    subject = _body_opening_sentence(names, text, at)
    if subject is not None:
        return subject  # "Yahoo was hacked, and the company said": the body its own sentence is about
    bodies = set()
    for (q, start), end, name in names.bodies:
        if (q, start) >= at or any(r == q and a <= start < b for r, a, b in names.quoted):
            continue
        described = re.match(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(words[-1])}\b",
                             names.paragraphs[q][end:])
        if (name.split()[-1].lower() in heads or described) and not _cut_from_longer(names, q, start, name):
            bodies.add(name)
    # One body however named: "Acme Corporation", then "Acme", or its noun alone capitalised ("the Zoo's staff" after
    # "Cincinnati Zoo"); but "Aerospace Corporation" is not "China Aerospace Corporation".
    distinct = {b for b in bodies if not any(o != b and (o.startswith(b + " ") or b.lower() in heads
                                                         and o.endswith(" " + b)) for o in bodies)}
    if len(distinct) == 1:
        return distinct.pop()
    if len(words) == 1 and text.split()[0] in ("the", "The"):
        subject = _body_of_sentences_before(names, text, at, heads)
        if subject is None and not bodies and role in speech.MAIN_BODY_NOUNS:
            return _main_body(names, heads, at)
        return subject
    return None


# Times the article names the body it is about, at least, and how many times as often as any other that may be meant.
MAIN_BODY_MENTIONS = 3
MAIN_BODY_LEAD = 2


def _main_body(names: _ArticleNames, heads: frozenset[str], at: tuple[int, int]) -> str | None:
    """The body the article is about, whom "the company" at ``at`` stands for when the article names no body by that
    noun and no sentence just before has a body of its kind as subject: of that kind, named in the headline or the
    first paragraph, at least ``MAIN_BODY_MENTIONS`` times and ``MAIN_BODY_LEAD`` times as often as any other body
    that may be meant, and no such other body named since its last mention before ``at`` (a news outlet named since
    is whom it spoke to or who reported it: "told NPR", "a Bloomberg report")."""
    fitting = {name for _, _, name in names.bodies if _kind_fits(name, heads)}
    texts = [(-1, names.title), *enumerate(names.paragraphs)]
    found = {
        name: [(p, m.start()) for p, text in texts for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        for name in fitting
    }
    ranked = sorted(found, key=lambda name: (-len(found[name]), name))
    if not ranked:
        return None
    main = ranked[0]
    others = {name for name in ranked[1:] if not main.endswith(" " + name)}  # not its own name cut short
    said = found[main]
    if len(said) < MAIN_BODY_MENTIONS or any(len(said) < MAIN_BODY_LEAD * len(found[name]) for name in others):
        return None
    before = [pos for pos in said if pos < at]
    if not before or said[0][0] > 0:
        return None
    last = max(before)
    return None if any(last < pos < at and name in others - outlets.NAMES for pos, _, name in names.bodies) else main


def _cut_from_longer(names: _ArticleNames, p: int, start: int, name: str) -> bool:
    """Whether the body's name at ``start`` of paragraph ``p`` is the end of a longer body's name the text writes
    there whole ("Nippon Airways" read out of "All Nippon Airways"): the tagger's cut, no other body."""
    before = names.paragraphs[p][:start]
    return any(
        other.endswith(" " + name) and before.endswith(other[: -len(name)]) for _, _, other in names.bodies
    )


def _kind_fits(name: str, heads: frozenset[str]) -> bool:
    """Whether a body's name may be of the kind ``heads`` stands for: its last word is one of them, or says no kind
    at all ("Equifax", "United" may be a company or an airline; "the Justice Department" is no company)."""
    last = name.split()[-1].lower()
    if last in heads:
        return True
    said = speech.BODY_WORDS.union(*speech.BODY_DESCRIPTION_NOUNS.values()) | speech.NOT_A_SPEAKER_WORDS
    return last not in said


def _body_of_sentences_before(
    names: _ArticleNames, role: str, at: tuple[int, int], heads: frozenset[str]
) -> str | None:
    """The body "the company" stands for when the article names several of its kind: the body that is the subject
    of the nearest sentence before with a named subject (``_named_subject_before``: "Umbro said on Thursday it had
    signed … The firm said"); None when that subject is a person or a body of another kind."""
    subject = _named_subject_before(names, role, at)
    if subject is None or not subject[1]:
        return None
    return subject[0] if _kind_fits(subject[0], heads) else None


def _named_subject_before(names: _ArticleNames, role: str, at: tuple[int, int]) -> tuple[str, bool] | None:
    """The name that is the subject of the nearest sentence before the one of the ``role`` written from ``at``, in
    its paragraph or the one before it, that names someone (and whether the name is a body's); None when that
    sentence's subject is no name, or a noun phrase the name only opens or owns ("LAX police would not comment",
    "Acme's chief said"), or none of the ``SUBJECT_SENTENCES_BACK`` sentences before names anyone."""
    found = _named_subject_sentence(names, role, at)
    return found[:2] if found is not None else None


def _sentences_before(names: _ArticleNames, role: str, at: tuple[int, int]) -> Iterator[tuple[int, int, int]]:
    """(paragraph, start, end) of the sentences before the one where ``role`` stands at ``at``, nearest first: in
    its paragraph, then in the one before, ``SUBJECT_SENTENCES_BACK`` at most. A sentence opening on "the <role>"
    again ("The brother told CBS News …") is the same one, named further back: counted, not given. A sentence all
    inside a quote is someone's words, no telling of who did what: neither given nor counted."""
    p, offset = at
    where = names.paragraphs[p].find(role, offset)
    if where < 0:
        return
    end, looked = _sentence_begin(names.paragraphs[p], where), 0
    same_role = re.compile(rf"[\s\"”’']*[Tt]he\s+{re.escape(role)}\b")
    for q in (p, p - 1):
        if q < 0:
            return
        text = names.paragraphs[q]
        end = end if q == p else len(text)
        while end > 0 and looked < SUBJECT_SENTENCES_BACK:
            begin = _sentence_begin(text, end - 1)
            if not any(r == q and a <= begin and len(text[:end].rstrip()) <= b for r, a, b in names.quoted):
                looked += 1
                if not same_role.match(text, begin, end):
                    yield q, begin, end
            end = begin


def _named_in_sentence(names: _ArticleNames, q: int, begin: int, end: int) -> list[tuple[int, str, bool]]:
    """(start, name, whether a body) of the people and bodies named in paragraph ``q`` between ``begin`` and ``end``,
    in order, but for those inside quotation marks."""
    named = sorted(
        [(start, name, True) for (r, start), _, name in names.bodies if r == q and begin <= start < end]
        + [(start, name, False) for (r, start), name in names.people if r == q and begin <= start < end]
    )
    return [n for n in named if not any(r == q and a <= n[0] < b for r, a, b in names.quoted)]


def _named_subject_sentence(names: _ArticleNames, role: str, at: tuple[int, int]) -> tuple[str, bool, str] | None:
    """``_named_subject_before``, with the sentence it is the subject of."""
    for q, begin, end in _sentences_before(names, role, at):
        named = _named_in_sentence(names, q, begin, end)
        if named:
            # The sentence names someone: its subject, or a subject the name is no part of ("British team member
            # Jo Roe said"), which ends the search.
            text = names.paragraphs[q]
            start, name, body = named[0]
            if _opens_predicate(text, start + len(name)) and _SUBJECT_OPENING.fullmatch(text[begin:start]):
                return name, body, text[begin:end]
            # "Long-time Cubs fan Bob Newhart, who grew up in Chicago, tweeted": the person the words before describe
            person = next(((start, name) for start, name, body in named if not body), None)
            if (person is not None and _opens_predicate(text, person[0] + len(person[1]))
                    and _DESCRIBED_SUBJECT_OPENING.fullmatch(text[begin : person[0]])):
                return person[1], False, text[begin:end]
            return None
    return None


def _described_person(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """The person "the singer", "the gun control advocate" or "the American" stands for, a description of someone the
    article gives no one as a role: the person who is the subject of the nearest sentence before with a named subject
    ("Jo Roe boarded late. … The singer tweeted"), or whom that sentence describes so ("another brother, Jo Roe, said");
    None for a plural, an office ("the minister", held by whoever the article says) or a description of a body."""
    words = role.split()
    kin = words[-1].lower() in speech.KIN_NOUNS
    age = _AGE_ROLE.fullmatch(words[-1].lower())
    if (text.split()[0].lower() != "the"
            or not (kin or age or words[-1].lower() in speech.PERSON_NOUNS or _one_of_a_people(words[-1], names))
            or words[-1].lower() in speech.ROLE_WORDS):
        return None
    if _someone_before_in_sentence(names, text, at) and not _reports_after_comma(names, text, at):
        # "He recalled the pilot telling them": the pilot is someone the subject tells of (not "Roe was calm, the
        # brother said", where the brother tells it)
        return None
    subject = _named_subject_before(names, role, at)
    if subject is None:
        return _apposed_before(names, role, words[-1].lower(), at)
    if subject[1]:
        return None
    person = _fullest(subject[0], names, at)
    if age and _given_an_age(person, names):
        return None  # "the 76-year-old" is not one the article gives another age (_of_age found none of 76)
    # "the brother" is someone's kin: only a person the article calls so ("his brother, Eric Roe"), not any subject.
    return person if not kin or _kin_apposed(person, words[-1].lower(), names.text) else None


def _given_an_age(person: str, names: _ArticleNames) -> bool:
    """Whether the article gives ``person`` an age: "Ann Lee, 76," or "Ann Lee, aged 76,"."""
    return re.search(rf"\b{re.escape(person)},\s+(?:aged\s+)?\d{{1,3}}\b(?!-|\s*(?:per|%))", names.text) is not None


# A name that a preposition puts in another's phrase, no sentence's subject: "every former secretary of the Department".
_OBJECT_OF = re.compile(r"\b(?:of|for|at|from|by|to|on)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence opening on the description of a body that stands for the one the article is about: "The company".
_DESCRIBED_BODY = re.compile(rf"\W*([Tt]he\s+({'|'.join(sorted(speech.MAIN_BODY_NOUNS))}))\b")
# A reporting verb after a name, an aside and an adverb allowed: "<name>, its chief, later said".
_REPORTS_AFTER_NAME = re.compile(
    rf"(?:\s*,[^,.;:]*,)?\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b"
)


@functools.cache
def _text_author_patterns(role: str) -> tuple[re.Pattern[str], ...]:
    """``_text_author_before``'s patterns of a text noun ("statement"): a sentence that speaks of such a text, "In a
    statement, <title>" before a name, "<name> said in a statement" or "<name> released a statement" after it, "a
    statement issued by" or "a statement from" before it, and "said <title>" before it with "in a statement" after it.
    Made once per noun: those with the 2,000 reporting verbs are slow to compile, and ``re``'s own cache of 512
    patterns lets them go between two articles that need them."""
    put_out = rf"(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(role)}\b"
    verbs = "|".join(sorted(speech.REPORTING_VERBS))
    spoken_of = re.compile(rf"\b{put_out}", re.IGNORECASE)
    opening = re.compile(rf"\W*(?i:in|with)\s+{put_out}[^,.;:]{{0,60}}?,?\s+(?:[\w'’.-]+\s+){{0,3}}")
    after = re.compile(
        rf"(?:\s*,[^,.;:]*,)?\s+(?:[a-z]+ly\s+)?(?:(?:{verbs})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:in|with)|{'|'.join(sorted(speech.AUTHORING_VERBS))})\s+{put_out}"
    )
    authored_by = re.compile(
        rf"\b{put_out}\s+(?:(?:{'|'.join(sorted(speech.AUTHORED_BY_PARTICIPLES))})\s+)?(?:by|from)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    inverted = re.compile(rf"\b(?:{verbs})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$")
    in_text_after = re.compile(rf"\s+(?:in|with)\s+{put_out}")
    return spoken_of, opening, after, authored_by, inverted, in_text_after


# An acronym or a party in brackets after a name, before its verb: "All Nippon Airways (ANA) said".
_BRACKETED_AFTER_NAME = re.compile(r"\s*\([^()]{1,40}\)")


def _past_bracket(paragraph: str, at: int) -> int:
    """Where the words after a name go on, past a bracket right after it."""
    bracket = _BRACKETED_AFTER_NAME.match(paragraph, at)
    return bracket.end() if bracket is not None else at


def _puts_out_text(paragraph: str, begin: int, start: int, name: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether the name at ``start`` puts out the text the patterns are of, in the sentence opening at ``begin``: its
    subject ("Roe said in a statement", "In a statement, Acme spokeswoman Jo Roe said"), its author after it ("a
    statement issued by the Vell Space Agency", "a statement from Acme") or the subject of an inverted report ("…, said
    Rabbi Jo Roe in a statement")."""
    _, opening, after, authored_by, inverted, in_text_after = patterns
    if authored_by.search(paragraph, begin, start):
        return True
    if _OBJECT_OF.search(paragraph, begin, start):
        return False
    going_on = _past_bracket(paragraph, start + len(name))
    return (after.match(paragraph, going_on) is not None
            or opening.fullmatch(paragraph, begin, start) is not None
            and _REPORTS_AFTER_NAME.match(paragraph, going_on) is not None
            or inverted.search(paragraph, begin, start) is not None and in_text_after.match(paragraph, going_on))


def _text_author_before(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Who put out the text "the statement" stands for: the one name that puts out such a text in the nearest sentence
    before that speaks of one ("In a statement, Acme spokeswoman Jo Roe said", "Roe said in an emailed statement",
    "Roe released a statement"; not "The Times said Roe provided a statement"); None when no sentence within
    ``SUBJECT_SENTENCES_BACK`` speaks of one, or its sentence has no such name or several."""
    if role not in speech.AUTHORED_TEXT_NOUNS or text.split()[0] not in ("the", "The"):
        return None
    patterns = _text_author_patterns(role)
    spoken_of, after = patterns[0], patterns[2]
    for q, begin, end in _sentences_before(names, role, at):
        paragraph = names.paragraphs[q]
        if not spoken_of.search(_IN_MARKS.sub(lambda m: " " * len(m.group(0)), paragraph[begin:end])):
            continue  # a sentence that speaks of no such text
        authors = {
            name for start, name, _ in _named_in_sentence(names, q, begin, end)
            if _puts_out_text(paragraph, begin, start, name, patterns)
        }
        described = _DESCRIBED_BODY.match(paragraph, begin)
        if not authors and described is not None and after.match(paragraph, described.end()) is not None:
            # "The company, which …, said in a statement": the body "the company" stands for
            return _described_body(described.group(1), described.group(2), names, (q, begin))
        return _fullest(authors.pop(), names, at) if len(authors) == 1 else None
    return None


_COMMA_BEFORE = re.compile(r",\s+$")


def _reports_after_comma(names: _ArticleNames, text: str, at: tuple[int, int]) -> bool:
    """Whether the words ``text`` written from ``at`` come after a comma and before a reporting verb that ends the
    sentence: its closing reporter ("…, the brother said."), no one its subject tells of (not "When Roe won, the
    Australian said: …", the subject of a sentence a clause opens)."""
    p, offset = at
    paragraph = names.paragraphs[p]
    where = paragraph.find(text, offset)
    verb = _REPORTS_AFTER.match(paragraph, where + len(text)) if where >= 0 else None
    return (verb is not None and _COMMA_BEFORE.search(paragraph, max(0, where - 3), where) is not None
            and _SENTENCE_ENDS.match(paragraph, verb.end()) is not None)


_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")


def _apposed_before(names: _ArticleNames, role: str, noun: str, at: tuple[int, int]) -> str | None:
    """The one person the nearest sentence before that names anyone sets ``noun`` beside ("They moved often, another
    brother, Jo Roe, said. … the brother said"), whatever its subject: "the brother" points back to "another brother";
    None when that sentence sets the noun beside no one or beside two."""
    for q, begin, end in _sentences_before(names, role, at):
        named = _named_in_sentence(names, q, begin, end)
        if named:
            sentence = names.paragraphs[q][begin:end]
            apposed = {_fullest(name, names, at) for _, name, body in named
                       if not body and _kin_apposed(name, noun, sentence)}
            return apposed.pop() if len(apposed) == 1 else None
    return None


def _kin_apposed(person: str, kin: str, text: str) -> bool:
    """Whether ``text`` sets ``kin`` beside ``person``'s name: "his brother, Eric Roe", "Eric Roe, his brother"."""
    name = re.escape(person)
    return re.search(rf"\b{kin},\s+{name}\b|\b{name},\s+(?:\w+\s+){{0,2}}{kin}\b", text) is not None


def _holder_named_before(
    text: str, role: str, holders: set[str], names: _ArticleNames, at: tuple[int, int]
) -> str | None:
    """Which of the people the article gives ``role`` "the brother" stands for: the one who is the subject of the
    nearest sentence before with a named subject ("Eric Roe said … The brother told CBS News … "…," the brother
    said"); None when that subject holds no such role, when its sentence names another holder too, or for "a
    brother", someone new."""
    if text.split()[0].lower() != "the":
        return None
    subject = _named_subject_sentence(names, role, at)
    if subject is None or subject[1]:
        return None
    person = _fullest(subject[0], names, at)
    # "Tom Vell, chairman of …, and Jo Lane, chairman of …, met": a sentence about two holders tells neither.
    others = {n.split()[-1] for n in holders if n != person}
    return person if person in holders and not others & set(re.findall(r"[\w’'-]+", subject[2])) else None


def _someone_before_in_sentence(names: _ArticleNames, text: str, at: tuple[int, int]) -> bool:
    """Whether the sentence of the words ``text`` written from ``at`` has a person or a personal pronoun before
    them, outside quotes."""
    p, offset = at
    paragraph = names.paragraphs[p]
    where = paragraph.find(text, offset)
    if where < 0:
        return False
    begin = _sentence_begin(paragraph, where)
    before = list(paragraph[begin:where])
    for q, a, b in names.quoted:
        if q == p:
            before[max(0, a - begin) : max(0, b - begin)] = " " * len(before[max(0, a - begin) : max(0, b - begin)])
    words = "".join(before).lower().split()
    return (any(w.strip(",;:") in _PERSON_PRONOUNS for w in words)
            or any(q == p and begin <= start < where and not before[start - begin].isspace()
                   for (q, start), _ in names.people))


_PERSON_PRONOUNS = frozenset(w for w, kind in speech.PRONOUNS.items() if kind in ("person", "self", "group"))


# Sentences back the body that "the company" stands for is looked for as their subject.
SUBJECT_SENTENCES_BACK = 3
# Before a name that is its sentence's subject: nothing but "The" and an opening phrase of time or place set off by a
# comma ("In a statement on Monday, United did not apologize"; not "Flight 175 was carrying 226 passengers, CNN
# reported", "Through the Acme website, users").
_SUBJECT_OPENING = re.compile(
    rf"\W*(?:(?:{'|'.join(sorted(speech.INTRODUCERS | speech.TIME_WORDS))}|[a-z]+ly)\b[^,.;:]{{0,60}},\s*)?(?:The\s+)?",
    re.IGNORECASE,
)
# The words of a clause's grammar, none of which describes a person: where a description before a name stops.
_FUNCTION_WORDS = (speech.DETERMINERS | speech.PREPOSITIONS | speech.CONJUNCTIONS | speech.AUXILIARIES | speech.BE_FORMS
                   | speech.RELATIVE_PRONOUNS | set(speech.PRONOUNS))
# Before a person's name that is its sentence's subject, words that describe them, a body's name among them: "Long-time
# Cubs fan Bob Newhart, who …, tweeted", "Acme chief executive Jo Roe said" (no function word: not "Fans of Jo Roe").
_DESCRIBED_SUBJECT_OPENING = re.compile(
    _SUBJECT_OPENING.pattern
    + rf"(?:(?!(?:{'|'.join(sorted(_FUNCTION_WORDS))})\s)[\w'’.-]+\s+){{0,3}}"
    + rf"(?:{'|'.join(sorted(map(re.escape, speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS)))})\s+",
    re.IGNORECASE,
)
# After a subject's name: its verb, maybe after an adverb, or an apposition's comma ("Umbro, which …, said").
_SUBJECT_VERB = re.compile(r"\s*,|\s+(?:[a-z]+ly\s+|also\s+|not\s+)?([a-z]+)\b")


def _opens_predicate(text: str, end: int) -> bool:
    """Whether the words after a subject's name ending at ``end`` open its predicate or an apposition."""
    verb = _SUBJECT_VERB.match(text, end)
    return verb is not None and (verb.group(1) is None or _predicate_word(verb.group(1)))


def _predicate_word(word: str) -> bool:
    """Whether the word after a subject's name opens its predicate: an auxiliary, "has", a reporting verb or a
    verb in -ed; not a noun the name only modifies ("LAX police")."""
    return word in speech.AUXILIARIES | {"has", "had", "have"} or word in speech.REPORTING_VERBS or word.endswith("ed")


def _body_opening_sentence(names: _ArticleNames, role: str, at: tuple[int, int]) -> str | None:
    """The body whose name is the subject opening the sentence of the ``role`` written from ``at``, when it is the only
    body named there before the role: whom a "the company" later in that sentence stands for."""
    p, offset = at
    where = names.paragraphs[p].find(role, offset)
    if where < 0:
        return None
    text = names.paragraphs[p][:where]
    begin = _sentence_begin(text, len(text) - 1)
    bodies = sorted((start, name) for (q, start), _, name in names.bodies if q == p and begin <= start < where)
    people = [start for (q, start), _ in names.people if q == p and begin <= start < where]
    if len({name for _, name in bodies}) != 1 or people:
        return None
    start, name = bodies[0]
    # Not a name after a preposition, which opens a phrase before the subject: "On Twitter, the council said".
    before = text[begin:start].split()[-1:]
    after_preposition = bool(before) and before[0].lower() in speech.PREPOSITIONS | speech.INTRODUCERS
    return name if _subject_of_its_sentence(text, begin, start) and not after_preposition else None


_IT_OPENS = re.compile(r"\W*It\s")
_CLOSING_MARKS = "\"”’'"
# What the body is, before its name opening the sentence: "The animal advocacy group ".
_BODY_DESCRIBED_BEFORE = re.compile(
    rf"\W*(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,3}}(?:{'|'.join(sorted(speech.BODY_DESCRIPTION_NOUNS))})\s+"
)


# A sentence opening on a body's description as the subject of a verb: "The firm said", "The company, which …, said".
_DESCRIBED_BODY_REPORTS = re.compile(_DESCRIBED_BODY.pattern + _BODY_REPORTS.pattern)


def _reporting_body(names: _ArticleNames, opened_at: tuple[int, int]) -> str | None:
    """Whom "it" stands for in '"…," it said' or 'what it called "…"': the body that opens the sentence the quote
    opens in, or else the sentence right before the quote (or before the sentence opening on "It" that holds the
    quote), as the subject of a reporting verb ('Acme, a non-profit group, said the craft would burn up.'); None when
    that sentence reports no body's words, or names a person before it."""
    p, at = opened_at
    before = names.paragraphs[p][:at]
    if not before.strip():
        if p == 0:
            return None
        p, before = p - 1, names.paragraphs[p - 1]
    text = before.rstrip()
    # The stop closing the text closes its last sentence, maybe inside a closing mark: '… "out of respect."'
    begin = _sentence_begin(text, len(text.rstrip(_CLOSING_MARKS)) - 1)
    # A platform is where the body posted, never who: "Acme said …. It said on Twitter that …" is Acme's.
    def bodies_from(begin: int) -> list[tuple[int, int, str]]:
        return sorted((start, end, name) for (q, start), end, name in names.bodies
                      if q == p and start >= begin and name not in SOCIAL_PLATFORMS)

    bodies = bodies_from(begin)
    if not bodies and _IT_OPENS.match(text, begin) and (begin or p > 0):
        if begin:
            begin = _sentence_begin(text, len(text[:begin].rstrip()) - 1)
        else:  # 'It added: “…”' opening its paragraph: the last sentence of the paragraph before
            p, text = p - 1, names.paragraphs[p - 1].rstrip()
            begin = _sentence_begin(text, len(text.rstrip(_CLOSING_MARKS)) - 1)
        bodies = bodies_from(begin)
    people = [start for (q, start), _ in names.people if q == p and start >= begin]
    described = _DESCRIBED_BODY_REPORTS.match(text, begin)
    if not bodies and not people and described is not None and described.group(3) in speech.REPORTING_VERBS:
        # "The firm said yesterday that … It added:": the body "the firm" stands for
        return _described_body(described.group(1), described.group(2), names, (p, begin))
    if not bodies or any(start < bodies[0][0] for start in people):
        return None
    start, end, name = bodies[0]
    verb = _BODY_REPORTS.match(text, end)
    if verb is None or verb.group(1) not in speech.REPORTING_VERBS:
        return None
    if not (_subject_of_its_sentence(text, begin, start) or _BODY_DESCRIBED_BEFORE.fullmatch(text, begin, start)):
        return None
    return name


INTRODUCED_PARAGRAPHS_BACK = 1  # paragraphs before its own in which "the spokesperson" was "a spokesperson for …"


def _introduced_before(speakers: list[_Speaker], speaker: _Speaker) -> str | None:
    """Whom "the spokesperson" stands for: the nearest speaker before, in its paragraph or the one before, brought in
    as "a spokesperson for the US State Department" (the same noun after "a"), when the rules named them."""
    words = speaker.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    for earlier in reversed(speakers):
        if earlier.at >= speaker.at or speaker.at[0] - earlier.at[0] > INTRODUCED_PARAGRAPHS_BACK:
            continue
        introduced = earlier.text.split()
        if len(introduced) >= 2 and introduced[0].lower() in speech.INDEFINITE_ARTICLES and (
                introduced[1].lower() == words[1].lower()):
            return earlier.name
    return None


def _same_text_before(speakers: list[_Speaker], speaker: _Speaker) -> str | None:
    """Whose text "the statement" is when the speaker just before, in its paragraph or the one before, is "the
    statement" too and was given its author ('"…," the report read. "…," the report continued.'): the same text goes
    on. Only a text: "the spokesman" twice may be two spokesmen, of two bodies."""
    words = speaker.text.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in speech.AUTHORED_TEXT_NOUNS:
        return None
    previous = next((s for s in reversed(speakers) if s.at < speaker.at), None)
    if (previous is None or speaker.at[0] - previous.at[0] > INTRODUCED_PARAGRAPHS_BACK
            or previous.text.lower().split() != words):
        return None
    return previous.name


def _body_going_on(speakers: list[_Speaker], speaker: _Speaker, cue: str | None, names: _ArticleNames) -> str | None:
    """Whom "a spokesman added" speaks for: the body that is the speaker just before, in its paragraph or the one
    before ('British Transport Police confirmed "…". A spokesman added: "…"'), when no one is named between: adding
    goes on with what was said, and a spokesman speaks for a body (after a person, for no one the article names)."""
    words = speaker.text.lower().split()
    if ((cue or "").lower() not in speech.GOING_ON_VERBS or len(words) != 2
            or words[0] not in speech.INDEFINITE_ARTICLES or words[1] not in speech.SPEAKS_FOR_ROLE_WORDS):
        return None
    previous = next((s for s in reversed(speakers) if s.at < speaker.at), None)
    if previous is None or not previous.name or speaker.at[0] - previous.at[0] > INTRODUCED_PARAGRAPHS_BACK:
        return None
    if any(previous.at < pos < speaker.at for pos, _ in names.people):
        return None
    body = any(name == previous.name for _, _, name in names.bodies)
    return previous.name if body and not names.kinds.get(previous.name.split()[-1], set()) & {"person"} else None


def _plural_body_before(speakers: list[_Speaker], names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Whom "they" stands for in '"…," they said': the last speaker before it, when that is a body named after a plural
    noun ("The event organisers, It's Time for Vell, said") or "they" read so, and no one and no other body is named
    between the two (``_someone_else_between``)."""
    previous = next((s for s in reversed(speakers) if s.at < at), None)
    if previous is None or not previous.name:
        return None
    plural_body = previous.kind == "group" and (previous.role or "").endswith("s")
    if not plural_body and not (previous.kind == "pronoun" and previous.text.lower() == "they"):
        return None
    return None if _someone_else_between(names, previous, at) else previous.name


def _body_speaking_before(speakers: list[_Speaker], names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Whom "it" stands for in '"…," it added' when no sentence of it names a body that reports (``_reporting_body``):
    the last speaker before it, in its paragraph or the one before, when that is a body the article names ('"…," the
    ministry said. "…," it added.'; not a platform, which speaks for no one) and no one and no other body is named
    between the two, up to ``at`` (the later of "it" and the quote's opening mark)."""
    previous = next((s for s in reversed(speakers) if s.at < at), None)
    if (previous is None or not previous.name or at[0] - previous.at[0] > INTRODUCED_PARAGRAPHS_BACK
            or not any(name == previous.name for _, _, name in names.bodies) or previous.name in SOCIAL_PLATFORMS
            or "person" in names.kinds.get(previous.name.split()[-1], set())):
        return None
    return None if _someone_else_between(names, previous, at) else previous.name


def _described_body_going_on(
    speakers: list[_Speaker], speaker: _Speaker, names: _ArticleNames, at: tuple[int, int]
) -> str | None:
    """Whom "the company" stands for when the article names no body it can be by its words (``_described_body``): the
    body that is the speaker just before, in its paragraph or the one before, when its name may be of that kind
    ('"…," SpaceX confirmed. "…," the company added.') and no one else is named between the two, up to ``at``."""
    words = speaker.text.split()
    heads = speech.BODY_DESCRIPTION_NOUNS.get(words[-1]) if words else None
    if heads is None or words[0].lower() != "the" or len(words) > 3 or not " ".join(words[1:]).islower():
        return None
    body = _body_speaking_before(speakers, names, at)
    return body if body is not None and _kind_fits(body, heads) else None


def _someone_else_between(names: _ArticleNames, previous: _Speaker, at: tuple[int, int]) -> bool:
    """Whether a person, or a body other than the previous speaker, is named between it and ``at`` (a platform is
    where a body posted, no one who speaks: "said on Facebook")."""
    return any(previous.at < pos < at for pos, _ in names.people) or any(
        previous.at < pos < at and name != previous.name and name not in SOCIAL_PLATFORMS
        for pos, _, name in names.bodies)


def _spokesperson_going_on(names: _ArticleNames, opened_at: tuple[int, int], cue: str | None) -> str | None:
    """Whom "they added" speaks for in '"…," they added' after a sentence whose subject is an unnamed spokesperson of a
    body the article names ("A Vell Fire Brigade spokesman said they were called at six."): adding goes on with that
    sentence, and a spokesperson's singular "they" speaks for the body, as "a spokesman added" does."""
    if (cue or "").lower() not in speech.GOING_ON_VERBS:
        return None
    p, opened = opened_at
    _, begin = _head(names.paragraphs[p], opened, 0)
    q, end = (p, begin) if names.paragraphs[p][:begin].strip() else (p - 1, len(names.paragraphs[p - 1]) if p else 0)
    end = len(names.paragraphs[q][:end].rstrip()) if q >= 0 else 0
    if not end:
        return None
    start = _sentence_begin(names.paragraphs[q], end - 1)
    subject = _sentence_subject(names.paragraphs[q][start:end])
    if subject is None or not _reporting_verbs(" ".join(subject[1][:3])):
        return None
    words = subject[0].split()
    if words[-1].lower() not in speech.SPEAKS_FOR_ROLE_WORDS or words[0].lower() not in speech.ARTICLES:
        return None
    speaker = _resolve(_Speaker(subject[0], at=(q, start)), names, None)
    return speaker.name if speaker.name and any(speaker.name == name for _, _, name in names.bodies) else None


# "Wright of the Union of …": the body after "of" is whom the one named before speaks for, not the speaker
_AFFILIATION_BEFORE = re.compile(r"\bof(?: the)?\s*$", re.IGNORECASE)


def _names_a_body(text: str, role: str) -> bool:
    """Whether a subject that names no one names a body: a capitalised phrase with no role noun after an
    article ("the Kremlin"; not a description in lower case after a capitalised word, "a Democratic staffer in the
    room"), or without one when the words themselves say it is a body: a common noun of a body after a name ("Vell
    police", as "the Vell police") or an acronym alone ("KCNA", as "the KCNA"; not initials: "T.J. said" is someone's
    given name)."""
    words = role.split()
    # A body's word that ends a name in capitals is no role's ("the Associated Press"; not "the press secretary").
    named_body = words[-1][:1].isupper() and words[-1].lower() in speech.BODY_WORDS
    # Between a country's adjective and a body's word, what a body deals with qualifies the body, not a role: "the
    # German foreign ministry".
    qualifiers = speech.BODY_NAME_QUALIFIERS if _country_body(words) else frozenset()
    role_nouns = speech.ROLE_NOUNS - qualifiers
    if not _is_cap(role) or any(w.lower() in role_nouns for w in words[: -1 if named_body else None]):
        return False
    if words[-1] in speech.BODY_WORDS:
        return True
    if text.split()[0].lower() in ("the", "a", "an"):
        return all(_is_cap(w) or w in speech.TITLE_MINOR_WORDS for w in words)
    return all(w.isupper() and w.isalpha() and len(w) > 1 for w in words)


_SPEAKING_KINDS = frozenset({"person", "organization"})
# Capitalised words, maybe joined by "of", "for", "and" or "the", that end with "of" or "for": the start of a name
# that runs on ("Citizens for", "Government of the Republic of"), unless a role word heads it ("Spokesman for").
_NAME_BEFORE_LINK = re.compile(r"(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|the)\s+)*)+?(?:of|for)(?:\s+the)?")
# A quantifier or determiner standing alone as a subject: some of a group the sentence counts.
_COUNTED_SUBJECTS = speech.QUANTIFIERS | speech.DETERMINERS | frozenset({"others"})


_PARTY_STATE_FIRST = re.compile(rf"^\(?{speech.PARTY_STATE_LABEL}\)?(?:,\s*|$)")
# A participle, then a word that opens a clause or an object: "asked if he supported …", "speaking to reporters".
_CLAUSE_OPENING = re.compile(
    rf"(?:[a-z]{{2,}}(?:ed|ing)|{'|'.join(sorted(speech.IRREGULAR_PARTICIPLES))})\s+"
    rf"(?:{'|'.join(sorted(speech.CLAUSE_AFTER_PARTICIPLE))})\b"
)


_HOME_PLACE = re.compile(r"of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _clean_role(apposition: str) -> str | None:
    """The role an apposition gives, without its article, relative clause, an age or a lawmaker's party and state
    first ("Roe, D-N.Y., the ranking member"); none for an age alone ("Roe, 33, said") or a relative clause alone
    ("Roe, who is 33, said")."""
    role = re.split(r"(?:^|\s+)(?:who|which|that|whose)\s+", apposition.strip(" ,"))[0]
    role = _PARTY_STATE_FIRST.sub("", role.strip(" ,"))
    role = re.sub(r"^(?:aged\s+)?\d{1,3},\s*", "", role)  # an age first: "Roe, 46, a farmer, said"
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"), flags=re.IGNORECASE)
    if _CLAUSE_OPENING.match(role):
        return None  # "Roe, asked if he backed the bill, said": a clause about the speaker, no role
    home = _HOME_PLACE.fullmatch(role)
    if home and home.group(1) in _regions():
        return None  # "Mr. Roe, of California, said": the state or country the speaker is from, no role
    return None if not role or role.isdigit() else role


# A paragraph wholly in brackets, an aside the story goes on past: "(Tarantino aficionados spy an echo … Rose McGowan,
# die …)". Whom it names is no one a "she" after it speaks of.
_ASIDE_PARAGRAPH = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)[.\s]*")


def _last_person(
    names: _ArticleNames, speakers: list[_Speaker], at: tuple[int, int], pronoun: str | None = None
) -> str | None:
    """Who "he" or "she" at ``at`` most likely is: the person most recently named before it,
    outside any quote and any aside paragraph in brackets, skipping names that cannot speak and
    people the article shows to be of the other gender; of several people in that sentence, the
    one it opens with (its subject: "Sen. Bo Sand met Ann Lee. … he told reporters" is Sand)."""
    candidates = [
        (pos, n)
        for pos, n in names.people
        if pos < at
        and not _after_own_pronoun(names, pos, pronoun)
        and not (pos[0] >= 0 and _NAME_LINE.fullmatch(names.paragraphs[pos[0]]))
        and not (pos[0] >= 0 and pos[0] < at[0] and _ASIDE_PARAGRAPH.fullmatch(names.paragraphs[pos[0]]))
    ]
    # A pronoun already read as someone ("He said Obama …") keeps that person the sentence's subject.
    # (also one read where this sentence began: '“…,” said Ann Lee, a director, though she stressed “…”')
    candidates += [(s.at, s.name) for s in speakers if s.name and s.kind in ("name", "pronoun") and s.at <= at]
    candidates = [
        (pos, n)
        for pos, n in candidates
        if _speaks_here(n, names)
        and not _is_body(n)
        and not (pos[0] < 0 and not _named_in_text(n, names))
        and not _in_participle_after_report(names, pos)
        and not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)
    ]
    wanted = speech.PRONOUN_GENDER.get(pronoun or "")
    subject = _described_subject_before(names, at, pronoun) if wanted else None
    if subject is not None:
        # "The president stepped in Friday. The next day, he clarified": "he" is the one the sentence before is
        # about, whom its description names (the president the article names) or no one (not the last name read)
        held = subject.name if subject.kind == "name" and subject.name and not _is_body(subject.name) else None
        if held is None:
            return None
        if _gender(held, names) in (None, wanted):
            return held
    described = {s.name for s in speakers if s.role}  # "Lapp, executive director of …, said": a person
    fitting = sorted(
        (
            (pos, n)
            for pos, n in candidates
            if wanted is None
            or (
                _gender(_antecedent_name(n, names, at), names) in (None, wanted)
                and (n in described or not _only_organisation(n, names))
            )
        ),
        reverse=True,
    )
    reporter = _reporter_of_unsure_gender(names, candidates, at)
    if reporter is not None and (not fitting or fitting[0][0] < max(candidates)[0]):
        return reporter
    if not fitting:
        return None  # nobody of that gender named before: better unknown than the wrong person
    (p, latest), _ = fitting[0]
    if _unnamed_reporter_since(names.paragraphs, (p, latest), at):
        return None  # "A spokesman said … He stressed:": "he" is the spokesman, whom the article does not name
    if _gives_the_quotes_after(names, (p, latest), at):
        return _antecedent_name(fitting[0][1], names, at)
    sentence = (at[0], _head(names.paragraphs[at[0]], at[1], 0)[1]) if at[0] >= 0 else at
    if any(
        s.name is None and s.kind == "role" and s.text.split()[0].lower() in speech.OTHER_PERSON_DETERMINERS
        and s.text.split()[-1].lower() in speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS
        and (p, latest) < s.at < sentence and s.at[0] == at[0]
        for s in speakers
    ):
        # 'His old friend once called it “vile.” “…,” he said': "he" is the one quoted in a sentence before, unnamed
        return None
    if p >= 0:
        text = names.paragraphs[p]
        _, begin = _head(text, latest, 0)
        worn = _WORN_OR_HELD.search(text, begin, latest)
        if worn is not None:
            # "Kevin O'Brien, a lawyer wearing a Bruce Sutter jersey. “…,” he said": the name is on what is worn, "he"
            # the one wearing it when the sentence names them right before; else no one for sure
            wearer = _wearer(fitting, p, text, begin, worn.start())
            return _antecedent_name(wearer, names, at) if wearer else None
        ending = re.search(r"[.!?][\"”’']?(?:\s|$)", text[latest:])
        sentence_rest = text[latest : latest + ending.start()] if ending else text[latest:]
        reporter = _UNNAMED_REPORTER.search(sentence_rest) or _UNNAMED_REPORTER_AFTER_NAME.match(sentence_rest)
        if reporter is not None:
            # "Paddock's behavior was calm, the brother said.", "In an interview with Deadline, the director
            # said …": "he" is more likely the one reporting, whom the sentence does not name but may describe
            # as someone named before ("another brother, Jo Roe, said")
            return _unnamed_reporter_named(names, reporter.group("reporter"), (p, latest + reporter.start("reporter")),
                                           wanted)
        if _subject_of_unsure_gender(names, candidates, fitting, p, (begin, latest)):
            return None
        if _reports(text, begin, latest, fitting[0][1]):
            return _antecedent_name(fitting[0][1], names, at)
        if _reporter_before(names, fitting, p, (begin, latest + len(sentence_rest))):
            return None
        same = sorted((pos, n) for pos, n in fitting if pos[0] == p and begin <= pos[1] <= latest)
        first_at, first = same[0]
        if _subject_of_its_sentence(text, begin, first_at[1]):
            if at[0] > p and _other_subject_before(names, fitting, (p, begin), _antecedent_name(first, names, at)):
                return None  # "Jo Roe won. Lee Park finished second. “…,” he said": either man may have said it
            return _antecedent_name(first, names, at)
        if any(not _GLUED_WORD_BEFORE.search(text[begin : d.start()])
               for d in _PERSON_DESCRIPTION.finditer(text, begin, latest)):
            # The name is no subject, and a description of a person comes before it: "Incredibly, the teenager
            # stayed ahead of Roe", "The win meant the champion must beat Roe": "he" is more likely the one described
            return None
        if _outside_subject(text, latest, fitting[0][1]) or (
            _titled_object(text, latest) and any(n != fitting[0][1] for _, n in same)
        ):
            # No person is the sentence's subject and the last one named is an object, a possessive or after a
            # preposition ("Reports said his car would be blaring Jo Roe"): "he" continues someone named before it.
            # (After a title, only when someone else "he" may be is named before it in the sentence: "Just look at
            # Speaker Jo Roe. He said" is Roe.)
            reported = [n for (_, start), n in same if _reports(text, begin, start, n)]
            if reported and (at[0] == p or at[0] == p + 1 and names.paragraphs[at[0]].lstrip()[:1] in _OPENING_MARKS):
                # "…, said Jo Roe, who backs Abe's party. (new paragraph) “…,” he said": the one the sentence reports,
                # not whom its relative clause names or anyone before it (when nothing comes between them)
                return _antecedent_name(reported[-1], names, at)
            return _last_person(names, speakers, (p, begin), pronoun)
        if _NAMES_JOINED_BEFORE.search(text, max(0, latest - 120), latest):
            return None  # the last of people named together ("A, B and C were in the audience"): none of them alone
    return _antecedent_name(fitting[0][1], names, at)


_OPENING_MARKS = "\"“‘'"


# A phrase of what someone wears or holds, a name at its end before the thing's noun: "wearing a vintage Bruce
# Sutter", "holding an Al Poe"; not whom they do something with ("holding a meeting with Al Poe").
_WORN_OR_HELD = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.WORN_OR_HELD_PARTICIPLES))})\s+(?:an?|the|his|her|their)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.OBJECT_MARKERS))})\s)[a-z][\w'’-]*\s+){{0,3}}$"
)
# Between a person's name and the phrase of what they wear: "Jo Roe wearing", "Jo Roe, a Chicago lawyer wearing".
_BEFORE_WEARING = re.compile(r",?\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?)?")


def _wearer(fitting: list[tuple[tuple[int, int], str]], p: int, text: str, begin: int, worn: int) -> str | None:
    """The person of ``fitting`` who wears or holds what the phrase at ``worn`` in paragraph ``p``'s sentence from
    ``begin`` tells of: the one named right before it ("Jo Roe, a lawyer wearing …"), or else the sentence's subject
    ("Jo Roe stood by the gate wearing …"); None when neither is named."""
    before = sorted((pos[1], n) for pos, n in fitting if pos[0] == p and begin <= pos[1] < worn)
    if not before:
        return None
    start, name = before[-1]
    if _BEFORE_WEARING.fullmatch(text, start + len(name), worn):
        return name
    start, name = before[0]
    return name if _subject_of_its_sentence(text, begin, start) else None


# Words someone gave, and "from" before their name (and title): "prompting a furious response from President ".
_WORDS_FROM = re.compile(
    rf"\b(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(speech.WORDS_FROM_NOUNS))})s?\s+from\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
_QUOTE_OPENERS = tuple(mark for mark, direction in _DOUBLE_MARKS.items() if direction != CLOSING) + tuple(_SINGLE_MARKS)


def _gives_the_quotes_after(names: _ArticleNames, named: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether the paragraph's last sentence ends on words it says came from the person named at ``named`` ("…,
    prompting a furious response from President Jo Roe via Twitter."), and each paragraph after it up to ``at`` opens
    with a quote: those are the words, so the "he" of their attribution is that person, whoever the sentence was about
    (not the quote's own "Kim Jong Un just stated")."""
    p, latest = named
    if not 0 <= p < at[0] or not _WORDS_FROM.search(names.paragraphs[p], max(0, latest - 80), latest):
        return False
    text = names.paragraphs[p]
    ending = re.search(r"[.!?:][\"”’']?(?:\s|$)", text[latest:])
    if ending is None or text[latest + ending.end() :].strip():
        return False
    return all(names.paragraphs[q].lstrip().startswith(_QUOTE_OPENERS) for q in range(p + 1, at[0] + 1))


def _described_subject_before(names: _ArticleNames, at: tuple[int, int], pronoun: str | None) -> _Speaker | None:
    """When the pronoun at ``at`` is its sentence's subject, and the sentence right before it (in its paragraph, or
    the last of the paragraph before) opens on a description of a person ("The president first stepped into the
    fray"): that description, resolved as a speaker's would be (a name when the article gives one person that
    role); None otherwise."""
    p, offset = at
    if p < 0 or not pronoun:
        return None
    text = names.paragraphs[p]
    said = re.compile(rf"\b{re.escape(pronoun)}\b", re.IGNORECASE).search(text, offset)
    if said is None:
        return None
    _, begin = _head(text, said.start(), 0)
    opened = _sentence_subject(text[begin:])
    if opened is None or opened[0].lower() != pronoun or any(c in _DOUBLE_MARKS for c in text[begin : said.start()]):
        return None
    q, end = (p, begin) if text[:begin].strip() else (p - 1, len(names.paragraphs[p - 1]) if p > 0 else 0)
    if q < 0 or end == 0:
        return None
    before = names.paragraphs[q][:end].rstrip()
    if not before:
        return None
    start = _sentence_begin(before, len(before) - 1)
    if any(r == q and a < end and b > start for r, a, b in names.quoted):
        return None  # a sentence with someone's words in it is no narration of its subject
    described = _sentence_subject(before[start:])
    if described is None:
        return None
    words = described[0].split()
    name, role = _split_name(described[0])
    if (name is not None or not role or words[0] != "The" or len(words) > 4
            or words[-1] not in speech.HEAD_NOUNS or not described[0][4:].islower()):
        return None
    return _resolve(_Speaker(text=described[0], kind="name", at=(q, start)), names, None)


def _subject_of_unsure_gender(
    names: _ArticleNames, candidates: list[tuple[tuple[int, int], str]], fitting: list[tuple[tuple[int, int], str]],
    p: int, sentence: tuple[int, int]
) -> bool:
    """Whether the sentence of the person a pronoun would bind opens, before them, on a person (after their title)
    passed over only because the name dictionary gives their given name as *mostly* the other gender's ("On Sunday,
    Sen. Lindsey Graham suggested Trump might … “…,” he said"): the subject is the likelier speaker, the guess too
    weak to pass them over."""
    begin, latest = sentence
    text, chosen = names.paragraphs[p], {n for _, n in fitting}
    for pos, name in candidates:
        if pos[0] == p and begin <= pos[1] < latest and name not in chosen:
            given = _fullest(name, names, pos).split()[0]
            titled = _TITLE_BEFORE_NAME.search(text, begin, pos[1])
            if (name_gender_detector().get_gender(given).startswith("mostly_")
                    and _subject_of_its_sentence(text, begin, titled.start() if titled else pos[1])):
                return True
    return False


def _antecedent_name(name: str, names: _ArticleNames, at: tuple[int, int]) -> str:
    """The fullest form of ``name`` as a pronoun's antecedent: a bare surname two people share ("Trump": Donald and
    Melania Trump) stands for the one the headline names, else the one the article names first (its main person, not
    whoever it named last)."""
    if " " in name or len(names.full_names.get(name, [])) < 2:
        return _fullest(name, names, at)
    # People named in full in the text, in order (not a headline's misread: "Glenn Beck Says Trump", "Will Sanders")
    named = {n for pos, n in names.people if pos[0] >= 0}
    fulls = [f for f in dict.fromkeys(names.full_names[name]) if f in named and _given_name_gender(f.split()[0])]
    if len(fulls) < 2:
        return _fullest(name, names, at)
    headlined = [full for full in fulls if full in names.title_names]
    return headlined[0] if len(headlined) == 1 else fulls[0]


def _reporter_of_unsure_gender(
    names: _ArticleNames, candidates: list[tuple[tuple[int, int], str]], at: tuple[int, int]
) -> str | None:
    """The person named last before the pronoun at ``at``, when they open a sentence of its paragraph or the one
    before with a reporting verb ("Paul told CNN that …"), no unnamed reporter comes since, and nothing tells their
    gender but a given name the dictionary gives men and women alike ("Rand"): whom the next "he said" continues."""
    if not candidates:
        return None
    pos, name = max(candidates)
    if pos[0] < max(at[0] - 1, 0):
        return None
    full = _fullest(name, names, at)
    if len(full.split()) < 2 or not given_name_of_both_genders(full.split()[0]) or _article_gender(full, names):
        return None
    text = names.paragraphs[pos[0]]
    reports = _REPORTS_AFTER.match(_after_name(text, pos[1], name))
    if not reports or not _subject_of_its_sentence(text, _head(text, pos[1], 0)[1], pos[1]):
        return None
    return None if _unnamed_reporter_since(names.paragraphs, pos, at) else full


# A word that puts the name after it out of a subject's place: a preposition or an article ("a Roe fan").
_NO_SUBJECT_BEFORE = speech.OBJECT_POSITION_WORDS | speech.ARTICLES
_NAME_WORDS = r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*"
# Names joined to the one after them by "and" or "or" (and commas): "like Jo Roe, Al Poe and " holds the last
# name in the same place as the first.
_NAMES_JOINED_BEFORE = re.compile(rf"{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+(?:and|or)\s+$")
_TITLE_BEFORE_NAME = re.compile(rf"{_NAME_WORDS}\s+$")  # "Sen. ", "Energy Secretary "


# The words of a title before a name, capitalised or role words in lower case ("Democratic state House Speaker "),
# maybe after an article; and a preposition or a verb in -ing right before them, whose object the title and name are.
_ROLE_WORD = "|".join(sorted(map(re.escape, speech.ROLE_WORDS)))
_TITLE_BEFORE_OBJECT = re.compile(rf"(?<![\w.'’-])(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’-]*|{_ROLE_WORD})\s+){{1,6}}$")
_OBJECT_WORDS = "|".join(sorted(word.replace(" ", r"\s+") for word in speech.OBJECT_POSITION_WORDS))
_OBJECT_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{_OBJECT_WORDS}|[a-z]+ing)\s+$")


def _titled_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` in ``text`` comes after a title that a preposition or a verb in -ing takes ("an offer
    to Democratic state House Speaker Jo Roe", "beyond the policies of President Jo Roe"): an object all the same."""
    title = _TITLE_BEFORE_OBJECT.search(text, max(0, at - 80), at)
    if title is None:
        return False
    last = title.group(0).split()[-1]
    if not (_is_cap(last) or last.lower() in speech.HEAD_NOUNS):
        return False  # no title: "the kind of campaign Jo Roe ran"
    taken = _OBJECT_WORD_BEFORE.search(text, max(0, title.start() - 20), title.start())
    if taken is None:
        return False
    # "Director of National Intelligence Jo Roe": a preposition inside the title, after a capitalised word of it.
    before = text[max(0, taken.start() - 30) : taken.start()].split()[-1:]
    return not (before and _is_cap(before[0]) and taken.group(0).split()[0] in speech.ROLE_LINKS)


def _outside_subject(text: str, at: int, name: str) -> bool:
    """Whether the name at ``at`` in ``text`` is a verb's object in -ing, a preposition's object, a possessive or a
    word after an article ("a Roe fan", "the Hawks"), or joined by "and" to names that are ("rivals like Jo Roe and
    Al Poe")."""
    joined = _NAMES_JOINED_BEFORE.search(text, max(0, at - 120), at)
    first = joined.start() if joined else at
    # (a word in -ing after a hyphen is an adjective: "a confident-seeming Jo Roe")
    before = re.search(r"\b(\w+\s+)?(?<![\w-])([a-z]+)\s+$", text[max(0, first - 20) : first])
    if before and f"{before.group(1) or ''}{before.group(2)}".lower() in speech.TOPIC_PREPOSITIONS:
        return False
    if before and (f"{before.group(1) or ''}{before.group(2)}" in speech.OBJECT_POSITION_WORDS
                   or before.group(2) in _NO_SUBJECT_BEFORE or before.group(2).endswith("ing")):
        return True
    return text.startswith(speech.POSSESSIVE_ENDINGS, at + len(name))


# A preposition or another glued word right before a description: "The remarks from the candidate …" is no subject.
_GLUED_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(speech.GLUED_WORDS))})\s+$", re.IGNORECASE)
# An opening phrase that says what the sentence's subject is, not a clause: "As someone who had never seen it, ",
# "Like a man possessed, ".
_DESCRIBING_OPENING = re.compile(r"\W*(?:As|Like)\s+(?:an?|someone|one)\s[^,;:.!?]{1,80},\s*")


def _subject_of_its_sentence(text: str, begin: int, at: int) -> bool:
    """Whether the name at ``at`` is the subject of the sentence from ``begin``: only capitalised words or an
    article before it, or an opening phrase set off by a comma ("Earlier in the day, Ann Lee … denied"), and no
    subordinate clause; or a phrase saying what the subject is ("As someone new to the show, Ann Lee found")."""
    opening = text[begin:at]
    if _DESCRIBING_OPENING.fullmatch(opening):
        return True
    if any(word.lower() in speech.SUBORDINATORS for word in opening.split()):
        return False
    introduced = _INTRODUCED_SUBJECT.fullmatch(opening)
    return bool(introduced or re.fullmatch(r"\W*(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+)*", opening))


# An opening phrase, a description of the subject, or both, each set off by a comma: "Earlier in the day, ",
# "Two years ago, a cellist, " (whose name follows: a name in the apposition after it is no subject).
_INTRODUCED_SUBJECT = re.compile(r"(?:[^,]{1,40},\s*)?(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*)?")


def _other_subject_before(
    names: _ArticleNames, fitting: list[tuple[tuple[int, int], str]], sentence: tuple[int, int], subject: str
) -> bool:
    """Whether the sentence right before the one at ``sentence``, in its paragraph, opens with a fitting person
    other than ``subject``: two men named in turn, then a "he" in a later paragraph, and nothing tells which."""
    p, begin = sentence
    text = names.paragraphs[p][:begin].rstrip()
    if not text or not _is_sentence_end(text, len(text) - 1):
        return False
    opens = _head(text, len(text) - 1, 0)[1]
    before = sorted((pos[1], n) for pos, n in fitting if pos[0] == p and opens <= pos[1] < len(text))
    if not before or not _subject_of_its_sentence(text, opens, before[0][0]):
        return False
    return _fullest(before[0][1], names, (p, opens)) != subject


def _reporter_before(
    names: _ArticleNames, fitting: list[tuple[tuple[int, int], str]], p: int, sentence: tuple[int, int]
) -> bool:
    """Whether the last person named (``fitting[0]``), in a ``sentence`` of paragraph ``p`` that reports nothing
    ("The gunman, Sam Poe, opened fire"), comes after another person of that paragraph, the subject of a sentence that
    reports ("Chief Jo Roe said officers came") and is not quoted since: a later "he said" may be either."""
    text = names.paragraphs[p]
    if _reporting_verbs(text[sentence[0] : sentence[1]]):
        return False
    latest = _fullest(fitting[0][1], names, (p, sentence[0]))
    for (q, at), name in fitting[1:]:
        if q != p or at >= sentence[0] or _fullest(name, names, (p, sentence[0])) == latest:
            continue
        if any(r == p and at < a < sentence[0] for r, a, _ in names.quoted):
            continue  # their quote came in between: the paragraph has moved on from them
        _, opens = _head(text, at, 0)
        if not re.fullmatch(r"\W*(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+)*", text[opens:at]):
            continue  # not its sentence's subject: "TV Info reported a dad known as Kevin"
        closes = re.search(r"[.!?][\"”’']?(?:\s|$)", text[at:])
        if _reporting_verbs(text[opens : at + closes.start()] if closes else text[opens:]):
            return True
    return False


# A reporting verb, a comma and a participle that opens a phrase about what the speaker spoke of: "Roe said,
# describing Qaeda tactics", "Roe added, citing Lee".
_PARTICIPLE_AFTER_REPORT = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.REPORTING_VERBS))}),\s+(?:[a-z]+ly\s+)?[a-z]+ing\s+[^,.;:!?\"“”]*$"
)


_LONGEST_REPORTING_VERB = max(len(verb) for verb in speech.REPORTING_VERBS)


def _in_participle_after_report(names: _ArticleNames, pos: tuple[int, int]) -> bool:
    """Whether the name at ``pos`` is in a participle phrase after its sentence's reporting verb ("Roe said,
    describing Qaeda tactics"): whom the speaker spoke of, not whom a later "he" continues."""
    if pos[0] < 0:
        return False
    text = names.paragraphs[pos[0]]
    begin = _head(text, pos[1], 0)[1]
    # No comma follows the pattern's comma, so it is the last one before the name, right after the verb: the long
    # alternation of verbs is tried there only, not at every word of the sentence.
    comma = text.rfind(",", begin, pos[1])
    if comma < 0 or "ing" not in text[comma : pos[1]]:
        return False
    return _PARTICIPLE_AFTER_REPORT.search(text, max(begin, comma - _LONGEST_REPORTING_VERB), pos[1]) is not None


_SUBJECT_VERBS = speech.AUXILIARIES | speech.IRREGULAR_PAST | speech.SUBJECT_PAST_VERBS
# A description of a person as a clause's subject, a verb after it: "the teenager kept", "the reigning world champion
# stays", "his 19-year-old teammate said" (not "the ambassador to the UN Jo Roe", "told the pilot that"); one after a
# preposition is no subject ("The remarks from the candidate prompted …").
_PERSON_DESCRIPTION = re.compile(
    r"\b(?i:the|his|her)\s+(?:[a-z\d][\w-]*\s+){0,2}?"
    rf"(?:{'|'.join(sorted(map(re.escape, speech.HEAD_NOUNS | speech.PLAIN_PERSON_NOUNS)))}|\d+-year-old)\s+"
    rf"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|{'|'.join(sorted(_SUBJECT_VERBS))})\b"
)
# A sentence's first word, maybe after a word that links it to the sentence before: "He …", "But he …".
_OPENED_BY = re.compile(rf"\W*(?:(?:{'|'.join(sorted(speech.OPENERS))}),?\s+)?(\w+)\b", re.IGNORECASE)


def _after_own_pronoun(names: _ArticleNames, pos: tuple[int, int], pronoun: str | None) -> bool:
    """Whether the name at ``pos`` comes after the same pronoun opening its sentence: in "He portrayed Mr Ebbers
    as obsessed with costs" (or "But he …"), Ebbers is whom "he" speaks of, so a later "he said" is not Ebbers."""
    if speech.PRONOUN_GENDER.get(pronoun or "") is None or pos[0] < 0:
        return False
    head = _head(names.paragraphs[pos[0]], pos[1], 0)[0]
    opened = _OPENED_BY.match(head)
    return opened is not None and opened.group(1).lower() == (pronoun or "").lower()


# A sentence's closing attribution to someone it does not name: "…, the brother said".
_UNNAMED_AFTER_COMMA = r",\s+(?P<reporter>(?:the|his|her|their|a|an)\s+(?:[a-z-]+\s+){0,2})"  # ", the brother"
_UNNAMED_REPORTER = re.compile(rf"{_UNNAMED_AFTER_COMMA}(?:said|says|added|adds|told\s+\w+|recalled|explained)$")

# The same reporter right after the phrase ending with the name: "In an interview with Deadline, the director said …".
_UNNAMED_REPORTER_AFTER_NAME = re.compile(
    rf"[^,.;:]*{_UNNAMED_AFTER_COMMA}(?:said|says|added|adds|told|recalled|explained)\b"
)


def _unnamed_reporter_named(names: _ArticleNames, words: str, at: tuple[int, int], wanted: str | None) -> str | None:
    """The person a sentence's closing reporter ("the brother" of "…, the brother said") stands for, when the
    description points back to someone named in its paragraph or the one before and fits the pronoun's gender; None
    for anyone new ("a neighbor", "his lawyer"), unsure, or named further back (in a debate's story "the candidate"
    may be any of them, not the one the article once calls so)."""
    words = words.strip()
    if words.split()[0] != "the":
        return None
    speaker = _resolve(_Speaker(text=words, kind="name", at=at), names, None)
    if speaker.name is None or speaker.kind != "name" or _is_body(speaker.name):
        return None
    surname = speaker.name.split()[-1]
    if not any(at[0] - 1 <= pos[0] and pos < at and n.split()[-1] == surname for pos, n in names.people):
        return None
    return speaker.name if _gender(speaker.name, names) in (None, wanted) else None


# A sentence whose subject is someone new and unnamed who reports: "A Downing Street spokesman said …", "A
# journalist for Agence France-Presse said …", or one described by a clause or an apposition before the verb: "A man
# who gave his name as Ned, working at a cafe, said", "One woman leaving the hospital told …", "Another witness, a
# student, said".
_UNNAMED_REPORTER_SENTENCE = re.compile(
    r"(?:^\s*|[.!?][\"”’']?\s+)(?:A|An|One|Another)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{'|'.join(map(re.escape, sorted(speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS)))})"
    r"(?:\s+(?:for|of|at|in|with|from)\s+(?:[\w'’.-]+\s+){1,4}?"
    r"|,?\s+(?:who|whose|[a-z]+ing|known|aged|an?)\s[^.!?;:\"“”]{0,160}?,?)?\s*(?:said|says|told|added|stated)\b"
)


def _unnamed_reporter_since(paragraphs: list[str], named: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether a sentence from the one naming the person at ``named`` to the pronoun at ``at`` (in the pronoun's
    paragraph or any since that naming) opens with an unnamed reporter."""
    for p in range(max(named[0], 0), at[0] + 1):
        start = _head(paragraphs[p], named[1], 0)[1] if p == named[0] else 0  # from the sentence naming them
        end = at[1] if p == at[0] else len(paragraphs[p])
        if _UNNAMED_REPORTER_SENTENCE.search(paragraphs[p][start:end]):
            return True
    return False


# Someone new and unnamed who reports, anywhere in a sentence: "A spokesman in Berlin said", "…, a lawyer told
# reporters", "according to an aide".
_UNNAMED_PERSON = (
    r"(?i:a|an|one|another)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{'|'.join(map(re.escape, sorted(speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS)))})\b"
)
_UNNAMED_PERSON_REPORTS = re.compile(
    rf"\b(?i:according\s+to)\s+{_UNNAMED_PERSON}"
    rf"|\b{_UNNAMED_PERSON}[^.!?\"“”]{{0,80}}?\b(?:said|says|told|tells|added|adds|stated)\b"
)
# Someone who reports right after their name: "Lee said", "Lee, a senator, told", "Lee also added".
_REPORTS_AFTER = re.compile(
    rf"(?:,[^,.!?\"“”]{{1,60}},)?\s+(?:[a-z]+ly\s+|also\s+)?(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b"
)


def _bound_past(names: _ArticleNames, at: tuple[int, int], name: str, pronoun: str) -> str | None:
    """Why "he" at ``at``, read as ``name``, may be someone else: between the last mention of the person and the
    pronoun, another person is named or an unnamed one reports ("Jo Roe spoke first. A spokesman in Berlin said
    … “…,” he said"). None when nothing stands between them."""
    words = set(name.split())
    mentions = [pos for pos, n in names.people if pos < at and n.split()[-1] in words]
    if not mentions:
        return None
    since = max(mentions)
    # From the end of the sentence naming the person: an apposition there describes them ("Roe, a spokesman,"), a
    # name there is where they are or whom they work for ("Roe, a guard at the town hall of Erimo, said").
    named_in = re.search(r"[.!?][\"”’']?(?:\s|$)", names.paragraphs[since[0]][since[1]:]) if since[0] >= 0 else None
    after = (since[0], since[1] + named_in.end()) if named_in else (since[0] + 1, 0)

    def unquoted(pos: tuple[int, int]) -> bool:
        return not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)

    wanted = speech.PRONOUN_GENDER.get(pronoun.lower())
    others = sorted(
        {
            n
            for pos, n in names.people
            if after <= pos < at and pos[0] >= 0 and unquoted(pos) and not set(n.split()) & words
            and _REPORTS_AFTER.match(names.paragraphs[pos[0]], pos[1] + len(n))
            and _gender(_fullest(n, names, at), names) in (None, wanted)
        }
    )
    if others:
        return f"“{pronoun}” read past {others[-1]}"
    # A person named in the apposition of the one read ("Jo Roe, a friend of Tom Ray, told …"): the pronoun may be
    # either.
    described = sorted(
        {
            n
            for pos, n in names.people
            if since < pos < after and unquoted(pos) and not set(n.split()) & words
            and _APPOSITION_NAMING.fullmatch(names.paragraphs[since[0]][since[1] : pos[1]])
            and _gender(_fullest(n, names, at), names) in (None, wanted) and not _is_body(n)
            and _given_name_gender(n.split()[0]) is not None  # a person named in full, not a place or a programme
        }
    )
    if described:
        return f"“{pronoun}” read past {described[-1]}, named in the same sentence"
    for p in range(max(after[0], 0), at[0] + 1):
        text = names.paragraphs[p]
        start, end = (after[1] if p == after[0] else 0), (at[1] if p == at[0] else len(text))
        between = "".join(" " if not unquoted((p, i)) else c for i, c in enumerate(text[start:end], start))
        reporter = _UNNAMED_PERSON_REPORTS.search(between)
        if reporter:
            who = re.sub(r"^(?i:according\s+to\s+)", "", reporter.group(0)).split()[:3]
            return f"“{pronoun}” read past “{' '.join(who)}”"
    return None


# A name, then an apposition up to another name: "Jo Roe, a friend of President " (not a clause: "Roe did not sound
# sure when ").
_APPOSITION_NAMING = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:an?|the|his|her)\s+[^,;.!?]*")


def _named_in_text(name: str, names: _ArticleNames) -> bool:
    """Whether the article's text (its title aside) writes the last word of ``name``: a name its title alone gives
    is nobody "he" or "she" stands for ("… Conspiring To Do THIS At Vell Hearing": "Vell Hearing", split off a
    title-case headline's words, is no person)."""
    last = name.split()[-1]
    return last in names.text and re.search(rf"\b{re.escape(last)}\b", names.text) is not None


def _only_organisation(name: str, names: _ArticleNames) -> bool:
    """A name the article uses only for an organisation, never for someone it gives a role or a
    given name ("Alixandria Lapp, executive director of …" tagged as an organisation): never "he" or "she"."""
    words = name.split()
    return (
        bool(words)
        and names.kinds.get(words[-1], set()) == {"organization"}
        and _given_name_gender(words[0]) is None
        and not any(n.split()[-1] == words[-1] for _, n in names.roles + names.described)
    )


def _after_name(text: str, start: int, name: str) -> str:
    """The words after the name found from ``start`` (a role may come first: "said Gen. Ann Ode")."""
    last = name.split()[-1]
    found = text.find(last, start)
    return text[found + len(last) :] if found >= 0 else ""


# What may stand between an inverted reporting verb and the name it reports: nothing, an age or a title ("…, said
# Jo Roe", "…, said 23-year-old Jo Roe", "…, said Mayor Jo Roe"), not a clause ("said on Monday that Jo Roe").
_DESCRIBED_AFTER_VERB = re.compile(r"\s*(?:(?:\d+-year-old|[A-Z][\w.'’-]*)\s+){0,3}")


def _reports(text: str, begin: int, start: int, name: str) -> bool:
    """Whether the sentence from ``begin`` ends with an attribution naming the person at ``start``
    ('…, said Scott LaFoy, an analyst.', '…, Biden said.'): that person is whom the sentence reports,
    so a later "he said" continues them, not the person the sentence opened with ('While Kim is
    keen …', "Trump's accusation …")."""
    before, after = text[begin:start], _after_name(text, start, name)
    verbs = _reporting_verbs(before)
    if verbs and re.match(r"\s*(?:,|[.!?]|$)", after):  # not an object: "…, mocked Marco Rubio for …"
        verb = verbs[-1]
        inverted = not _bare(verb).endswith("ing") and _DESCRIBED_AFTER_VERB.fullmatch(before[verb.end() :])
        return bool(inverted) and before[: verb.start()].rstrip(" \"”'’").endswith(",")
    verb = re.match(r"\s+(\w+)\s*(?:[,.!?]|$)", after)
    return bool(verb) and verb.group(1) in speech.REPORTING_VERBS and before.rstrip(" \"”'’").endswith(",")


@functools.lru_cache(maxsize=1 << 16)
def _can_speak(name: str) -> bool:
    """Whether a name may name a speaker: not a place (a country speaks through its government:
    "Japan said"), a platform, a law, a document or a thing, by the name's last word ("Senate
    Bill", "Main Street", but "Bill Clinton")."""
    words = name.split()
    if len(words) >= 2 and _given_name_gender(words[0]) is not None:
        return _clean_name(name) == name  # a given name first: a person ("Mia Park", "Stuart Hall")
    countries, places = _places()
    place = name in places and name not in countries
    return _clean_name(name) == name and not place and words[-1].lower().strip(".,") not in speech.NOT_A_SPEAKER_WORDS


def _speaks_here(name: str, names: _ArticleNames) -> bool:
    """Whether a name may name a speaker in this article: one that can speak, or a one-word name the
    entities stage took for a person here, a surname that is also a town's ("Bolton said"); never a term the article
    gives whole in quotation marks and the entities stage took for no person, body or place ('what it calls "Humane
    Design"', then "Humane Design calls for …")."""
    if names.kinds.get(name.split()[-1]) == {"other"} and _given_in_marks(name, names):
        return False
    if _can_speak(name):
        return True
    return len(name.split()) == 1 and _clean_name(name) == name and "person" in names.kinds.get(name, set())


def _given_in_marks(name: str, names: _ArticleNames) -> bool:
    """Whether the article puts the name alone in quotation marks somewhere: 'what it calls "Humane Design,"'."""
    return any(names.paragraphs[p][a:b].strip(" \"“”‘’',.;:") == name for p, a, b in names.quoted)


def can_be_speaker(entity: Entity) -> bool:
    """Whether the entity a speaker's name resolved to may speak: a name that can ("the Arizona
    Republican") may resolve to one that cannot (the state of Arizona)."""
    return entity.kind in ("person", "organization") or _can_speak(entity.name)


def contradicts_pronoun(quote: Quote, gender: str | None) -> bool:
    """Whether a quote its article gives to "he" or "she" resolved to a person of the other gender (``gender``, from
    ``person_gender``). The article's lone surname may have been read as the wrong person's ("Tarantino leans in
    and Thurman smiles. … she says"): better unknown."""
    wanted = speech.PRONOUN_GENDER.get((quote.speaker_text or "").lower())
    return wanted is not None and gender not in (None, wanted)


def person_gender(entity: Entity, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender the dossier shows a person to be of, when all its cues agree: a given name the dictionary is
    sure of ("Quentin Tarantino", whichever report named him in full; not "Rand", both a man's and a woman's name), a
    title in one of their names ("Mr Zhu"), an honorific right before any mention ("Ms Roe" in another report), or
    their own pronoun after a mention that opens a clause ("Roe won his seat"). None for a body (a body's spokesman is
    "he": "A spokeswoman for Human Rights Watch said … She added" is the body's) or where nothing tells."""
    if entity.kind != "person":
        return None
    genders = set()
    for form in (entity.name, *entity.aliases):
        first, *rest = form.split()
        if not rest:
            continue
        if first.lower() in speech.GENDER_OF_NOUN:
            genders.add(speech.GENDER_OF_NOUN[first.lower()])
        elif (usual := usual_given_name_gender(first)) and not given_name_of_both_genders(first):
            genders.add(usual)  # not "Rand": two names, a man's and a woman's, whose count over countries tells nothing
    for m in entity.mentions:
        text = paragraphs.get(m.article)
        honorific = _HONORIFIC_BEFORE.search(text[m.paragraph], max(0, m.start - 6), m.start) if text else None
        if honorific:
            genders.add(speech.GENDER_OF_WORD[honorific.group(1).lower()])
        own = (_OWN_PRONOUN_AFTER.match(text[m.paragraph], m.end)
               if text and _CLAUSE_OPENS.search(text[m.paragraph], max(0, m.start - 4), m.start) else None)
        if own and not set(own.group(1).split()) & (speech.PRONOUN_BARRIERS | speech.REPORTING_VERBS):
            genders.add(speech.GENDER_OF_WORD[own.group(2)])
    return genders.pop() if len(genders) == 1 else None


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
# A subject's own pronoun, a few lower-case words on in its clause ("Roe won his"), where the name opens the clause
# ("told Roe he" is another's) and no comma comes between ("Ms Roe, someone he knew": an appositive's).
_OWN_PRONOUN_AFTER = re.compile(r"((?: [a-z][\w'’-]*?){0,4}?) (he|his|she)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,\"“”‘’'(]\s*)$")


def _misread(name: str) -> bool:
    """Whether the rules' speaker is words the subject was misread from, not a name: a topic led by
    a preposition ("Of Carson", "Like Corker"), or a participle opening the sentence ("Citing last
    week's attacks")."""
    words = name.split()
    if not words:
        return False
    first = words[0].lower()
    if first in speech.GLUED_WORDS and first not in speech.DETERMINERS:
        return True
    # A participle's phrase has lower-case words; a name ("Morning Consult") has none.
    return first.endswith("ing") and any(w[:1].islower() for w in words[1:])


def _common_word(name: str, names: _ArticleNames) -> bool:
    """Whether a one-word name is a common word capitalised by its place at the head of a
    sentence: an adverb or a participle ("Hastily", "Continuing"; not "Ebeling" of Betsy Ebeling), or a word the
    article also writes in lower case ("Safety")."""
    if " " in name:
        return False
    lowered = name.lower()
    if names.token_counts.get(lowered, 0) > 0:
        return True
    # Not the surname of someone the article names in full with a given name, however it ends ("Betsy Ebeling").
    return lowered.endswith(("ly", "ing")) and not any(
        _given_name_gender(full.split()[0]) for full in names.full_names.get(name, ()))


# An honorific and the spaces after it, and a word boundary: found once, then the name looked for right there, rather
# than a pattern made of each name, compiled anew for every one.
_HONORIFIC_THEN = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+")
_BOUNDARY = re.compile(r"\b")


def _titled(name: str, text: str) -> str | None:
    """The first "Mr./Mrs./Ms./Miss" right before ``name`` in ``text``, with the name ("Mr. Jo Roe"); None if none."""
    for match in _HONORIFIC_THEN.finditer(text):
        end = match.end() + len(name)
        if text.startswith(name, match.end()) and _BOUNDARY.match(text, end):
            return text[match.start() : end]
    return None


# After a name, a verb and the name's own "his" or "her": "Jan Brewer (R) announced her decision".
_OWN_POSSESSIVE_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?\s+[a-z]+(?:ed|s)\s+(his|her)\b")


def _own_possessives(name: str, text: str) -> set[str]:
    """The genders of the possessives right after ``name``'s verb in ``text`` (``_OWN_POSSESSIVE_AFTER``), each
    use of the name read from where the last one found ends."""
    genders, at = set(), text.find(name)
    while at >= 0:
        end = at + len(name)
        found = _BOUNDARY.match(text, at) and _BOUNDARY.match(text, end) and _OWN_POSSESSIVE_AFTER.match(text, end)
        if found:
            genders.add(speech.GENDER_OF_WORD[found.group(1).lower()])
        at = text.find(name, found.end() if found else at + 1)
    return genders


def _gender(name: str, names: _ArticleNames) -> str | None:
    """A person's gender from cheap cues: "Mr./Ms. Surname" or a gendered title ("spokeswoman")
    in the article, the given name (gender-guesser's dictionary: "Meredith" is a woman's), or
    the pronouns that follow the surname within its sentences. A surname the article gives two
    people of different genders ("Bill Clinton", "Hillary Clinton") tells nothing by itself, and
    cues that disagree tell nothing either."""
    words = name.split()
    if len(words) >= 2:
        given = _given_name_gender(words[0])
        # The person's own possessive right after their verb outweighs the dictionary's guess: "Jan Brewer (R)
        # announced her decision" ("Jan" is mostly a man's name).
        own = _own_possessives(name, names.text)
        if len(own) == 1 and given is not None:
            return own.pop()
        # So does a gendered role the article gives the person: "Niki Ode, the team chairman".
        titled = {
            speech.GENDER_OF_WORD[w]
            for role, holder in names.roles + names.described
            if holder == name
            for w in role.split()
            if w in speech.GENDER_OF_WORD and w not in speech.PERSONAL_PRONOUN_GENDER
        }
        if len(titled) == 1 and given is not None:
            return titled.pop()
        # A name one gender's in some countries and the other's in others ("Jan"), of the article's only person of
        # that surname: what the article says of them decides first ("Brewer will veto the bill, but she has not").
        either = given_name_gender(words[0]) is None and set(names.full_names.get(words[-1], [])) <= {name}
        if given is not None and usual_given_name_gender(words[0]) is not None and not either:
            return given
        if given is not None:
            # A name the dictionary finds mostly one gender's ("Lindsey", "Kelly"): what the article
            # says of this person ("Graham assures his audience") decides first.
            return _article_gender(name, names) or given
    return _article_gender(name, names)


def _article_gender(name: str, names: _ArticleNames) -> str | None:
    """The gender the article gives a person: by honorific, gendered role, or the pronouns after the surname."""
    words = name.split()
    surname = re.escape(words[-1])
    fulls = set(names.full_names.get(words[-1], [])) | ({name} if len(words) >= 2 else set())
    if len({_given_name_gender(f.split()[0]) for f in fulls} - {None}) > 1:
        return None
    # The patterns below are made of the surname, so each is compiled anew: not when the article lacks it.
    named = words[-1] in names.text
    honorifics = {
        speech.GENDER_OF_WORD[m.group(1).lower()]
        for m in (re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.]*\s+)*{surname}\b", names.text) if named else ())
    }
    if len(honorifics) == 1:
        return honorifics.pop()
    if honorifics:
        return None
    for role, holder in names.roles:
        genders = {speech.GENDER_OF_WORD[w] for w in role.split() if w in speech.GENDER_OF_WORD}
        if holder == name and len(genders) == 1:
            return genders.pop()
    # The first personal pronoun after each mention of the surname, in the same sentence: most
    # often the person themselves ("Bolton said he would"); a clear majority decides.
    pronoun_after = rf"\b{surname}\b([^.!?\n]{{0,80}}?)\b(he|his|him|himself|she|her|hers|herself)\b"
    votes = [speech.GENDER_OF_WORD[m.group(2).lower()]
             for m in (re.finditer(pronoun_after, names.text) if named else ())
             if _pronoun_may_be_named(names, m, words[-1])]
    for gender in ("m", "f"):
        if votes.count(gender) > 2 * (len(votes) - votes.count(gender)):
            return gender
    return None


_OBJECT_BEFORE_NAME = re.compile(rf"\b(?:{_OBJECT_WORDS}|[a-z]+ed)\s+(?:[A-Z][\w.'’-]*\s+)?$")


def _pronoun_may_be_named(names: _ArticleNames, found: re.Match[str], surname: str) -> bool:
    """Whether the pronoun after a surname may stand for its bearer, so tells their gender: not when another person is
    named in between ("Tarantino leans in and Thurman flashes a smile when she"), a quote opens in between, the
    surname is an object ("she reminded Tarantino that she"), or the sentence opened on that pronoun ("She says
    Tarantino noticed that she"), whom it goes on speaking of."""
    between = found.group(1)
    if any(mark in between for mark in '"“”') or any(
        "person" in names.kinds.get(word.strip(".,'’"), set()) and word.strip(".,'’") != surname
        for word in re.findall(r"[A-Z][\w'’-]*", between)
    ):
        return False
    sentence, _ = _head(names.text, found.start(), 0)
    if _OBJECT_BEFORE_NAME.search(sentence):
        return False
    opened = _OPENED_BY.match(sentence)
    pronoun = found.group(2).lower()
    return not (opened and speech.GENDER_OF_WORD.get(opened.group(1).lower()) == speech.GENDER_OF_WORD[pronoun])
