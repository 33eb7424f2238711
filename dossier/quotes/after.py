"""The attribution patterns after the quote: the sentence's words from the closing mark on ('"…,"
Roe said', '"…" by Tom Lee, a professor').
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..entity_data import acronym_of
from ..lang.en import speech
from .before import _ACCORDING_TO, _NOT_SAYING, _SPEECH_WORDS, _relayed_source, _source_np
from .spans import _ArticleNames, _Attribution, _is_sentence_end, _Speaker
from .speakers import _PLATFORM_AFTER, _clean_role, _common_opener, _reporting_verbs
from .subjects import (
    _JOINED_NAME_AFTER,
    _bare,
    _clean_np,
    _describes_role,
    _is_cap,
    _looks_like_np,
    _subject_before,
    _tokens,
)

if TYPE_CHECKING:
    from .attribution import _Context


#
# After a quote that ended its sentence, only a bare attribution counts ('"…." Rutte said on
# Monday.'), not a new sentence with a verb of its own ('"…." Yoon echoed these concerns').


def _dash_signed(ctx: _Context) -> _Attribution | None:
    """'"…" — Jane Doe, The Daily Paper'."""
    signed = re.match(r"\s*[―—–-]+\s*([^,;:]+?)(?:,\s*[^,;:]+?)?\.?\s*$", ctx.tail)
    name = _post_signer(signed.group(1)) if signed else ""
    if name and _looks_like_np(name) and _signs(name) and not _opened_by_a_clause(ctx.head):
        return _Attribution(_Speaker(name, at=(ctx.p_close, ctx.at_close)), None)
    return None


def _signs(name: str) -> bool:
    """Whether the words after a dash can sign a quote: a name or a body, in capitals ("Jo Roe", "Jo Roe of the
    Acme Union"), or a described person ("a reader", "the campaign's spokeswoman"), not a clause ("the balloons fell
    on the crowd")."""
    words = name.split()
    minor = speech.TITLE_MINOR_WORDS | speech.NAME_PARTICLES
    people = speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS | speech.GROUP_NOUNS
    return all(_is_cap(w) or w.lower() in minor for w in words) or any(w.lower().strip(".") in people for w in words)


def _opened_by_a_clause(head: str) -> bool:
    """Whether words of the sentence's own come before the quote outside any quotation marks ("Lee said that his
    party was "…"--Jo Roe.", "When Lee wrapped up — "…" — the balloons fell"): the quote is part of a sentence,
    which a dash and a name after it sign as its reporter, not as the quote's speaker."""
    own = re.sub(r"[\"“][^\"“”]*[\"”]", " ", head)
    return any(w.islower() for w in re.findall(r"[A-Za-z]+", own))


# An embedded post's signature after the name: its account in brackets, then the day it was posted:
# "— Jo Roe (@joroe) February 5, 2016".
_POST_HANDLE = re.compile(r"\s*\(@\w+\)(?:\s+[A-Z][a-z]+\.?\s+\d{1,2})?$")
# A post's whole signature after its words, as the reader writes it (``reader._TWEET_SIGNATURE``).
_POST_SIGNATURE = re.compile(
    r"\s*[―—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s+(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4})\.?\s*$"
)
# A word of a display name with no Latin letter (the name again in another script, an emoji) and the marks that
# set a script's direction: the name is read from its Latin words ("Jo Roe ‎جو رو").
_DIRECTION_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNREAD_NAME_WORD = re.compile(r"(?<!\S)[^\sA-Za-z\u00c0-\u024f]+(?!\S)")


def _signs_post(name: str | None, signature: str) -> bool:
    """Whether the person ``name`` is who signs a post, though the signature is not written as a name the rules read:
    their surname is a word of it or in its account ("— jo roe (@joroe) May 2, 2018")."""
    words = (name or "").split()
    if not words:
        return False  # a speaker read from a pronoun or a role, not named: it signs nothing
    surname = words[-1].lower()
    handle = re.search(r"\(@(\w+)\)", signature)
    return len(surname) >= 3 and (surname in re.findall(r"\w+", signature.lower())
                                  or bool(handle) and len(surname) >= 4 and surname in handle.group(1).lower())


def _post_signer(signature: str) -> str:
    """The name a signature signs with: its post's account and day left out ("Jo Roe (@joroe) May 2"), and in a
    post's, the words a reader of the Latin script can't read."""
    name = _POST_HANDLE.sub("", signature)
    if name != signature:
        name = " ".join(_UNREAD_NAME_WORD.sub(" ", _DIRECTION_MARKS.sub(" ", name)).split())
    return name


# A post's signer written as an acronym and then capitalised words: an office's account of a body, the words after
# the acronym saying where the office is ("NWS Gray", "NWS Boston").
_OFFICE_ACCOUNT = re.compile(r"([A-Z]{2,6})(?:\s+[A-Z][\w'’.-]*)+")


def _office_account(speaker: _Speaker, names: _ArticleNames) -> None:
    """Give a post signed by an office's account to its body ("— NWS Gray (@NWSGray) …": the National Weather Service,
    never Gray, the office's town): the acronym, when the article names that body (the acronym as an organisation,
    or the name it abbreviates), else no one. A person's name after initials ("JR Smith") and an account the article
    takes whole for a body stay as read."""
    office = _OFFICE_ACCOUNT.fullmatch(speaker.text)
    if office is None or "person" in names.kinds.get(speaker.text.split()[-1], set()):
        return
    acronym = office.group(1)
    abbreviated = {acronym_of(body) for _, _, body in names.bodies}
    if "organization" in names.kinds.get(acronym, set()) or acronym in abbreviated:
        speaker.name, speaker.role, speaker.kind = acronym, None, "group"
    elif all(body != speaker.text for _, _, body in names.bodies):
        speaker.name, speaker.role, speaker.kind = None, None, "group"  # no one, not someone named before


_SIGNATURE = re.compile(r"\s*[―—–-]+\s*([^,;:]+?)(?:,\s*[^;:]+?)?\.?[\"”]?\s*$")


def _dash_signed_below(ctx: _Context) -> _Attribution | None:
    """A quote paragraph signed by the next paragraph alone: '"…"' then '- Jane Doe, Philadelphia.' (not a
    wire's credit under a paragraph of its own words: '… called him "my friend."' then '- Reuters.')."""
    below = ctx.p_close + 1
    if ctx.span is None:
        return None
    p_open, at_open = ctx.span.opened_at
    if (
        ctx.paragraphs[p_open][:at_open].strip()
        or ctx.tail.strip(" \"”")
        or ctx.at_close < len(ctx.paragraphs[ctx.p_close].rstrip(" \"”"))
        or below >= len(ctx.paragraphs)
    ):
        return None
    signed = _SIGNATURE.fullmatch(ctx.paragraphs[below])
    if signed is None or not _looks_like_np(signed.group(1)) or not _is_cap(signed.group(1).split()[-1]):
        return None
    return _Attribution(_Speaker(signed.group(1), at=(below, signed.start(1))), None)


def _tail_tokens(ctx: _Context) -> tuple[str, list[re.Match[str]]] | None:
    """The words after the quote, unless a conjunction opens a clause of its own ('"…," but he said')."""
    text = ctx.tail.lstrip(" ,—–-")
    tokens = _tokens(text)
    if not tokens or _bare(tokens[0]) in speech.CONJUNCTIONS:
        return None
    return text, tokens


def _cue_first(tokens: list[re.Match[str]]) -> bool:
    """Whether the words after the quote open with its reporting verb ('said Jane Doe'), not with a
    capitalised name or title that spells one ('State spokesman Jane Doe said', 'Read said', 'state Sen. Doe said')."""
    first = _bare(tokens[0])
    if _describes_role(first, tokens[1].group(0) if len(tokens) > 1 else None):
        return False  # "state Sen. Jane Doe said": the word describes the role after it
    return first in speech.REPORTING_VERBS and not first.endswith("ing") and not _is_cap(tokens[0].group(0))


def _cue_name_after(ctx: _Context) -> _Attribution | None:
    """'"…," said Jane Doe, a spokeswoman'."""
    found = _tail_tokens(ctx)
    if found is None or not _cue_first(found[1]) or _bare(found[1][0]) in ("told", "tells", "tell"):
        return None  # "…, told Reuters": whom the speaker told, never the speaker
    text, tokens = found
    rest = text[tokens[0].end() :]
    if platform := _PLATFORM_AFTER.match(rest):
        rest = rest[platform.end() :]  # 'wrote on Twitter Jo Roe': where the words were posted comes before who
    parts = re.split(r",\s*|\.\s*$", rest.strip(), maxsplit=1)
    # A clause about the speaker ends the name: 'said Jane Doe as she left', 'said a strategist who spoke on
    # condition of anonymity', 'said one official familiar with the talks'.
    parts[0] = _SPEAKER_CLAUSE.split(parts[0], maxsplit=1)[0]
    np = _clean_np(re.split(r"\s+(?:in|on|at|during|after|before|when|to|about|of|from)\s+", parts[0])[0])
    with_of = _clean_np(re.split(r"\s+(?:in|on|at|during|after|before|when|to|about|from)\s+", parts[0])[0])
    # A role with "of" before the name: "said master of ceremonies Asab Al-Tabchi".
    named_after_of = bool(with_of) and _is_cap(with_of.split()[-1]) and _looks_like_np(with_of)
    if np and not any(_is_cap(w) for w in np.split()) and named_after_of:
        np = with_of
    if np.lower() in speech.QUANTIFIERS and with_of.lower().startswith(f"{np.lower()} of "):
        np = with_of  # 'said one of those advisers, who …': one of a group, unnamed
    elif np.lower() == "another":  # '"…," tweeted another.': one more of those just quoted, unnamed
        return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))
    if not np or not _looks_like_np(np):
        return None
    role = _clean_np(parts[1]) if len(parts) > 1 and parts[1].strip() else None
    joined = _JOINED_NAME_AFTER.match(rest.strip())
    if joined:
        # '"…," said Jo Roe, the chairman, and Al Poe, his deputy.': two people speak, neither alone
        both = f"{np} and {_clean_np(joined.group(1))}"
        return _Attribution(_Speaker(both, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))
    # '"…," said the company's spokesman, Jane Doe.', '… said his father, Jo Roe, who raced in 1994.'
    named = role.split(",")[0].strip() if role else ""
    if named and _names_the_role(np, named):
        return _Attribution(_Speaker(re.sub(r"(\w{2,})\.$", r"\1", named), role=_clean_role(np),
                                     at=(ctx.p_close, ctx.at_close)),
                            tokens[0].group(0).rstrip("."))
    if role and not re.match(r"(?:the|a|an|who|\w+'s)\b", role, re.IGNORECASE):
        role = None
    if role and role.lower().startswith("who"):
        role = None
    if role and _is_sentence_end(role, len(role) - 1):
        role = role[:-1]  # '"…," said Jo Roe, a lawyer. He …': the sentence's full stop is no part of the role
    return _Attribution(_Speaker(np, role=role, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))


_SPEAKER_CLAUSE = re.compile(rf"\s+(?:{'|'.join(sorted(speech.SPEAKER_CLAUSE_OPENERS))})\s+")


# What opens a role that an apposition after it names: "the company's spokesman", "his father".
_ROLE_OPENERS = speech.POSSESSIVES | {"the"}


def _names_the_role(np: str, apposition: str) -> bool:
    """Whether ``apposition`` is the name of whoever holds the role ``np`` ("the Alpes-Maritimes sub-prefect",
    "Sebastien Humbert"; "his father", "Jos Verstappen"): a role in lower case after "the" or a possessive, then two
    to four capitalised words."""
    words, named = np.split(), apposition.split()
    return (
        len(words) >= 2 and words[0].lower() in _ROLE_OPENERS and words[-1].islower()
        and 2 <= len(named) <= 4 and all(_is_cap(w) for w in named) and named[0].lower() not in speech.DETERMINERS
    )


def _introduces_next(rest: str) -> bool:
    """Whether the words after a reporting verb end in a colon that introduces the next quote ('"…." Theresa
    May said: "…"', '… said on TV: "…"'), rather than a clause of its own ('… said, adding: "…"')."""
    words = rest.split()
    return (
        rest.rstrip().endswith(":")
        and "," not in rest
        and len(words) <= 4
        and not any(w.lower().strip(".:") in speech.SUBORDINATORS | _SPEECH_WORDS for w in words)
    )


# A quote running on into a lower-case word, with no mark between: a word the sentence uses ('"liked" photos').
_RUN_ON_WORD = re.compile(r" [a-z]")
# A relative pronoun right before the subject of the reporting verb: the verb is in a clause about a noun before it.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


# A modal of what is not yet said, maybe with "to" and one word that is no auxiliary, before a verb of saying.
_UNSAID_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.UNSAID_MODALS))})(?:\s+to)?\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.AUXILIARIES | {'have', 'has', 'be', 'been'}))})\s)[a-z]+\s+)?$"
)


def _name_cue_after(ctx: _Context) -> _Attribution | None:
    """'"…," Jane Doe said', '"…," Jane Doe, a spokeswoman, said'."""
    found = _tail_tokens(ctx)
    if found is None or _cue_first(found[1]) or _governed_by_head(ctx):
        return None
    text, tokens = found
    verbs = {v.start() for v in _reporting_verbs(text)}
    # Up to 25 words: '"…," Scott Pruitt, the attorney general of Oklahoma, one of the states
    # suing, said' keeps its verb far from the quote.
    for position, verb in enumerate(tokens[1:25], start=1):
        word = _bare(verb)
        if verb.start() in verbs and not word.endswith("ing"):
            if _UNSAID_BEFORE.search(text, 0, verb.start()):
                continue  # '"…," Seoul should instead respond to the North, Kim said': what Seoul ought to do
            clause = _IN_RELATIVE_CLAUSE.search(text, 0, verb.start())
            if clause and not _FINITE.search(clause.group(1)):
                continue  # '"…," Jo Roe, chair of the committee — where any inquiry must begin — said'
            subject = _subject_before(text, verb.start())
            if subject is None or (ctx.ended and _introduces_next(text[verb.end() :])):
                return None
            if _GOVERNS_NEXT_QUOTE.fullmatch(text, verb.end()) and _next_quote_follows(ctx):
                return None  # '“…” ― the congresswoman vowed to “impeach him”': her words are the next quote
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            # After a quote that ended its sentence, or one that runs on without a comma ('"…" Trump
            # Administration revealed an ambition'), only a bare attribution counts.
            # '"…" in her living room, she said, she …', '"…" in Mexico, Thurman says she handed …' (not after a
            # full stop: '"…." Then, she says, Weinstein …'; nor an object: '"…" Trump Administration revealed an …').
            punctuated = ctx.partial and (
                text[verb.end() : verb.end() + 1] in (",", ".")
                or (after is not None and _bare(after) in speech.COMPLEMENT_OPENERS & speech.PRONOUNS.keys())
            )
            if (ctx.ended or ctx.partial) and not (
                verb.group(0).endswith(".") or after is None or _bare(after) in speech.BARE_FOLLOWERS or punctuated
            ):
                return None
            rest = tokens[position + 1 :]
            while rest and _bare(rest[0]) in speech.BARE_FOLLOWERS:
                rest = rest[1:]
            if ctx.ended and rest and _bare(rest[0]) in speech.COMPLEMENT_OPENERS:
                return None  # '"…." Hendler warned Saturday that …': a new sentence reporting something else
            np, apposition = subject
            before_subject = text[: max(text.find(np), 0)]
            if _RUN_ON_WORD.match(ctx.tail) and _RELATIVE_BEFORE.search(before_subject):
                return None  # '"liked" photos that Mr. Roe posted': his verb's object is the photos, not the quote
            if ctx.ended and _common_opener(np, ctx.paragraphs):
                return None  # '"….” Similar attacks are being investigated': a sentence's first word, no name
            if ctx.ended and "," in before_subject:
                # '"…." The tram will be moved, Vell Police said.': after a clause of its own, the subject reports
                # the sentence it ends, not the quote before it.
                return None
            cue = verb.group(0).rstrip(".")
            relayed = _relayed_source(text, verb)
            if relayed is not None:
                # '"…," Reuters cited the Amaq website': the subject passes the words on; they are the object's
                # (unknown when it names no one), never the relayer's.
                source, role = relayed
                speaker = _Speaker(source, role=role, at=(ctx.p_close, ctx.at_close)) if source else None
                return _Attribution(speaker, cue)
            follow = text[verb.end() :].split()
            if cue.lower() in ("told", "tells") and follow and follow[0].lower().strip(".,") == "reporters":
                cue += " reporters"
            return _Attribution(_Speaker(np, role=apposition, at=(ctx.p_close, ctx.at_close)), cue)
    return None


def _governed_by_head(ctx: _Context) -> bool:
    """Is the quote the object of a verb of saying just before it ('the congresswoman vowed to “impeach him,” referring
    to Roe ― Lee said it was free speech', 'Jones called it “a disaster,” Smith said')? Then the words are that
    verb's subject's, and a name with a verb after the quote reports them, or says something else."""
    return any(_GOVERNED.fullmatch(ctx.head, verb.end()) and not _NOT_SAYING.search(ctx.head, 0, verb.start())
               for verb in _finite_head_verbs(ctx))


def _finite_head_verbs(ctx: _Context) -> list[re.Match[str]]:
    """The verbs of saying before the quote that may report it: not a participle ("referring to") nor a capitalised
    opening ("Asked about it, …")."""
    return [verb for verb in ctx.verbs if not verb.group(0).endswith("ing") and not verb.group(0)[:1].isupper()]


# A relative clause still open before a verb, and no verb of its own before it: the verb is the clause's ("— where any
# inquiry must begin"), not the sentence's ("…, who is chairman of Vell Pac said").
_IN_RELATIVE_CLAUSE = re.compile(r"[,—–―]\s+(?:who|whom|whose|which|where)\s([^,—–―]*)$")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]+ed)\b")
# After a verb of saying, the words that leave the quote its object: "vowed to “…”", "called it “…”".
_GOVERNED = re.compile(r"\s+(?:to|that|it|them|this|as)\s*")
_GOVERNS_NEXT_QUOTE = re.compile(r"\s+(?:to|that)\s*")


def _next_quote_follows(ctx: _Context) -> bool:
    """Does another quote open right where the words after this one stop?"""
    return ctx.paragraphs[ctx.p_close][ctx.at_close + len(ctx.tail) :][:1] in ("“", '"', "‘")


def _reported_in_head(ctx: _Context) -> bool:
    """Does a verb of saying before the quote report it ('Roe stated that it was “…”', 'Roe called it “…”')?"""
    return _governed_by_head(ctx) or any(re.match(r"\s+that\b", ctx.head[verb.end():])
                                         for verb in _finite_head_verbs(ctx))


def _according_to_after(ctx: _Context) -> _Attribution | None:
    """'"…," according to Jane Doe.': whose words the sentence gives, right after the quote (in lower case:
    not a new sentence opening "According to …", which reports something else)."""
    opening = re.match(r"\s*[,—–-]?\s*(?=according to\b)", ctx.tail)
    according = _ACCORDING_TO.match(ctx.tail, opening.end()) if opening is not None else None
    if according is None or _reported_in_head(ctx):
        return None  # "The fire report stated that the gorilla was '…,' according to WLWT": the report's words
    # A title's full stop is no sentence's end: "according to Dr. Jo Roe".
    np = _source_np(re.split(r"[—–]", according.group(1))[0])
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), "according to") if np is not None else None


# A passive report of the words set off after them in their sentence: ', as reported by the Courier', '– as described by
# Jo Roe –'.
_AS_REPORTED_BY = re.compile(
    r"[^.;:!?\"“”]{0,80}?(?:,|\s[—–-])\s*as\s+(?:[a-z]+ly\s+)?([a-z]+)\s+by\s+([^,.;:!?—–\"“”]+)"
)


def _as_reported_by_after(ctx: _Context) -> _Attribution | None:
    """'being "extremely careless" with the files – as described by Jo Roe –': who reported the words, named after
    them, in a comment clause of their sentence."""
    found = _AS_REPORTED_BY.match(ctx.tail)
    if found is None or ctx.ended or not found.group(1).endswith(("ed", "en")):
        return None
    if found.group(1) not in speech.REPORTING_VERBS:
        return None
    np = _clean_np(found.group(2))
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close + found.start(2))), found.group(1)) if (
        _looks_like_np(np)) else None


def _report_ends_sentence(ctx: _Context) -> _Attribution | None:
    """'"…" for Clinton, said Kunin.': a quote inside a sentence that names nobody before it and ends by
    saying whose words the sentence gives, after a comma, as a bare attribution."""
    if ctx.verbs or ctx.ended:
        # 'Jones called it "a disaster", said Smith': the words are Jones's; '"…." Ann Lee said the MPC faced …':
        # a new sentence, whose attribution is another quote's
        return None
    for comma in reversed(list(re.finditer(r",\s+", ctx.tail))):
        if not ctx.tail[: comma.start()].strip(" \"”’'"):
            break  # right after the quote: the patterns before this one read it
        clause = dataclasses.replace(ctx, tail=ctx.tail[comma.start() :], ended=True)
        first = _tokens(clause.tail)[:1]
        if first and first[0].group(0).lower().startswith(speech.NOT_VOICING_STEMS):
            continue  # ", told Business Insider": whom the subject told, not who spoke
        found = _cue_name_after(clause) or _name_cue_after(clause)
        if found is not None:
            return found
    return None
