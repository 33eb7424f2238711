"""Corrections by hand (``content/quotes.yml``) and the review list of quotes whose speaker
is in doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths, safe_yaml
from ..lang.en import speech
from ..structure import Quote, QuoteGroup
from ..words import counted


@dataclass
class Correction:
    """One entry of content/quotes.yml: the quote it picks (by id, or by words of its text, in one
    article or any) and the speaker to give it (None: no speaker)."""

    speaker: str | None
    quote: str | None = None
    text: str | None = None
    article: str | None = None

    def picks(self, quote: Quote) -> bool:
        if self.quote is not None:
            return quote.id == self.quote
        if self.article is not None and quote.article != self.article:
            return False
        return self.text is not None and _folded(self.text) in _folded(quote.text)


def _folded(text: str) -> str:
    return " ".join(normalise(text))


def load_corrections(path: Path) -> list[Correction]:
    """Parse ``content/quotes.yml`` (absent or empty: no corrections)."""
    if not path.exists():
        return []
    data = safe_yaml.load_file(path, safe_yaml.MAX_CURATION_CHARS)
    entries = data.get("corrections") or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'corrections' must be a list of entries")
    corrections = []
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "speaker" not in entry or not (entry.get("quote") or entry.get("text")):
            raise ValueError(f"{path}: correction {n} needs 'speaker' (a name, or null) and 'quote' or 'text'")
        speaker = entry["speaker"]
        corrections.append(
            Correction(
                speaker=str(speaker).strip() or None if speaker is not None else None,
                quote=str(entry["quote"]) if entry.get("quote") else None,
                text=str(entry["text"]) if entry.get("text") else None,
                article=str(entry["article"]) if entry.get("article") else None,
            )
        )
    return corrections


def apply_corrections(quotes: list[Quote], corrections: list[Correction]) -> list[str]:
    """Set or clear the speaker of every quote an entry picks (later entries win); returns a
    message for each entry that picks no quote."""
    messages = []
    for n, correction in enumerate(corrections, start=1):
        picked = [q for q in quotes if correction.picks(q)]
        if not picked:
            what = correction.quote or f"text {correction.text!r}"
            messages.append(f"content/quotes.yml: correction {n} ({what}) matches no quote")
        for quote in picked:
            quote.speaker_name = quote.speaker_text = correction.speaker
            quote.speaker_role = quote.cue = quote.speaker = None
            quote.attribution, quote.confidence = "correction", 1.0
    return messages


REVIEW_LENGTH = 10  # attributions listed for review at each build


def review_list(quotes: list[Quote], groups: list[QuoteGroup], corrections: Path | None,
                length: int = REVIEW_LENGTH) -> list[str]:
    """The named attributions the build was least sure of, least sure first, one line each; then how many quotes
    have no known speaker, counted as the site lists them (a group of wordings once); last, how to correct one
    (``corrections``: the story's quotes.yml; None: the build has no content folder)."""
    # Only the quotes the site shows under a speaker: a name the dossier keeps as no speaker ("Park" of kind other)
    # leaves its quote among the unattributed ones, counted below.
    named = [q for q in quotes if q.speaker and q.attribution not in ("correction", "group")]
    # One line per quote and speaker: copies of one text would otherwise fill the list with the same attribution.
    group_of = {id(q): group.id for group in groups for q in group.quotes}
    carried: dict[tuple[str, str], list[Quote]] = {}
    for quote in sorted(named, key=lambda q: (q.confidence, q.id)):
        carried.setdefault((group_of.get(id(quote), quote.id), quote.speaker), []).append(quote)
    shown = list(carried.values())[:length]
    unknown = [group for group in groups if not group.speaker]

    lines = [f"least sure attributions: the {len(shown)} least sure of the {len(carried)} quotes given a named "
             f"speaker (a quote several articles carry counted once), lowest confidence first; each line: confidence, "
             f"quote id: speaker (the rule or model naming them) “words”"] if shown else []
    lines += [_review_line(least_sure, others) for least_sure, *others in shown]
    # However sure the model is, "he" read past someone else (another person who spoke, an unnamed spokesman) may be
    # that someone: a wrong speaker the confidence does not show.
    doubted = [quotes for quotes in carried.values() if quotes not in shown and any(q.doubt for q in quotes)]
    if doubted:
        lines.append(f"{counted(len(doubted), 'more attribution')} whose pronoun was read past someone else"
                     + (":" if len(doubted) <= length else f"; the first {length}:"))
        for least_sure, *others in doubted[:length]:
            doubt = next(q.doubt for q in (least_sure, *others) if q.doubt)
            lines.append(f"{_review_line(least_sure, others)}: {doubt}")
    if unknown:
        # The rules leave a speaker unknown when unsure: a person may know who it is.
        lines.append(f"{counted(len(unknown), 'quote')} {'has' if len(unknown) == 1 else 'have'} no known speaker, "
                     f"listed on the site's {paths.url(paths.UNATTRIBUTED)} page"
                     + (":" if len(unknown) <= length else f"; the first {length}:"))
        lines += [f"  {group.quotes[0].id}: “{_shortened(group.quotes[0].text)}”" for group in unknown[:length]]
    if lines:
        # How to correct one, once for every list, with an id of the lists as the example.
        example = shown[0][0].id if shown else unknown[0].quotes[0].id
        lines.append(f"to correct a speaker, add the quote's id and its speaker under corrections: in {corrections}, "
                     f"e.g. “- quote: {example}” and “  speaker: Jane Doe” (“speaker: null”: no known speaker)"
                     if corrections else "to correct a speaker, build with a content folder holding a quotes.yml "
                     "(--content DIR, made by --init DIR)")
    return lines


def _review_line(least_sure: Quote, others: list[Quote]) -> str:
    """One attribution of the review list, with the other articles that carry its quote."""
    # Articles, not quotes: a quote split in two by its cue ("…," she said, "…") is two quotes of one article.
    elsewhere = {q.article for q in others} - {least_sure.article}
    also = f" (also in {counted(len(elsewhere), 'more article')})" if elsewhere else ""
    return (f"  {least_sure.confidence:.2f} {least_sure.id}: {least_sure.speaker_name} "
            f"({least_sure.attribution}) “{_shortened(least_sure.text)}”{also}")


def _shortened(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 3] + "…"


# An abbreviated title as its word: "for Gen. Flynn" and "for General Flynn" are one wording.
_ABBREVIATED_TITLE = re.compile(rf"\b(?:{'|'.join(re.escape(short) for short in sorted(speech.ROLE_ABBREVIATIONS))})",
                                re.IGNORECASE)


def normalise(text: str) -> list[str]:
    """Lowercased words without punctuation, abbreviated titles written out, editors' brackets kept as words."""
    text = _ABBREVIATED_TITLE.sub(lambda title: speech.ROLE_ABBREVIATIONS[title[0].lower()], text)
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))
