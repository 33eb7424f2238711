"""The curator's ``content/entities.yml`` (format documented at the top of that file), applied
last.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import safe_yaml
from ..entity_data import ascii_fold, gazetteer, place_form
from ..lang.en.names import CORPORATE_SUFFIXES, DESCRIPTIVE_WORDS, FUNCTION_WORDS, REGION_WORDS, US_STATE_ABBREVIATIONS
from ..models import ordinary_words
from ..structure import ENTITY_KINDS, Mention, slugify
from .keys import _THE_AND_WORD, _is_role_only, _name_key, _surface, _titled_surface
from .mentions import _particle_surname
from .people import _cluster_kind
from .spellings import _one_word_misspelt
from .tokens import ORG, PERSON, PLACE


@dataclass
class Curation:
    """The curator's decisions from ``content/entities.yml``, keyed by the name they refer to."""

    entries: dict[str, dict] = field(default_factory=dict)


def load_curation(path: Path) -> Curation:
    """Parse the curator's ``content/entities.yml`` (absent or empty file: no curation)."""
    if not path.exists():
        return Curation()
    data = safe_yaml.load_file(path, safe_yaml.MAX_CURATION_CHARS)
    entries = data.get("entities") or {}
    if not isinstance(entries, dict):
        raise ValueError(f"{path}: 'entities' must be a mapping of names to settings")
    return Curation({str(k): dict(v or {}) for k, v in entries.items()})


def _apply_curation(
    clusters: list[list[Mention]], curation: Curation
) -> tuple[list[list[Mention]], dict[int, dict], list[str]]:
    """Apply the curator's entries; returns clusters, settings per cluster index, messages."""
    messages: list[str] = []

    def lookup(ref: str) -> int | None:
        key = _name_key(ref)
        slug = _slug(ref)
        for n, cluster in enumerate(clusters):
            if any(_name_key(m.text) == key for m in cluster) or _slug(_canonical(cluster)) == slug:
                return n
        return None

    settings: dict[int, dict] = {}
    for ref, entry in curation.entries.items():
        target = lookup(ref)
        if target is None:
            messages.append(f"curation: no entity matches '{ref}' in content/entities.yml")
            continue
        for other in entry.get("merge") or []:
            n = lookup(str(other))
            if n is None:
                messages.append(f"curation: '{ref}' merge: no entity matches '{other}'")
            elif n != target:
                clusters[target] += clusters[n]
                clusters[n] = []
        for alias in entry.get("aliases") or []:
            key = _name_key(str(alias))
            for n, cluster in enumerate(clusters):
                if n != target:
                    moved = [m for m in cluster if _name_key(m.text) == key]
                    clusters[n] = [m for m in cluster if _name_key(m.text) != key]
                    clusters[target] += moved
        for form in entry.get("split") or []:
            key = _name_key(str(form))
            clusters.append([m for m in clusters[target] if _name_key(m.text) == key])
            clusters[target] = [m for m in clusters[target] if _name_key(m.text) != key]
            settings[id(clusters[-1])] = {"name": str(form)}
        if entry.get("ignore"):
            for m in clusters[target]:
                m.entity = None
            clusters[target] = []
            continue
        kind = entry.get("kind")
        if kind is not None and kind not in ENTITY_KINDS:
            messages.append(f"curation: '{ref}' kind must be one of {', '.join(ENTITY_KINDS)}")
            entry = {k: v for k, v in entry.items() if k != "kind"}
        settings[id(clusters[target])] = entry
    kept = [c for c in clusters if c]
    return kept, {n: settings[id(c)] for n, c in enumerate(kept) if id(c) in settings}, messages


def _canonical(cluster: list[Mention], kind: str | None = None, makers: frozenset[str] = frozenset()) -> str:
    """The name an entity goes by: the gazetteer form of a place, else its most used full form (``kind``: the
    cluster's ``_cluster_kind``, if known; ``makers``: the dossier's one-word names of bodies)."""
    names = [m for m in cluster if not _is_role_only(m)] or cluster
    kind = kind or _cluster_kind(cluster)
    counts = Counter(_titled_surface(m.text) for m in names)
    for form in [f for f in counts if _THE_AND_WORD.fullmatch(f) and f[4:] in counts]:
        counts[form] += counts.pop(form[4:])  # "the Vellian", "The Vellian reported": its own "The", once written
    if kind == PLACE:
        for form, _ in counts.most_common():
            # "Kursk region" and "Kursk Oblast" go by the gazetteer's "Kursk".
            words = form.split()
            while len(words) > 1 and words[-1].lower() in REGION_WORDS:
                words.pop()
            name = US_STATE_ABBREVIATIONS.get(" ".join(words), " ".join(words))  # "Calif" goes by "California"
            name = place_form(name) or name  # a dateline's "MOSCOW" goes by "Moscow"
            if name in gazetteer().places:
                known = gazetteer().places[name]
                # The gazetteer's own spelling, unless it is a foreign one no article writes ("Cologne", not "Köln").
                return name if ascii_fold(known) != known and known not in counts else known
    if kind == PERSON:
        full = Counter({f: c for f, c in counts.items() if len(f.split()) >= 2})
        given = Counter({f: c for f, c in full.items() if not _particle_surname(f, strict=False)})
        counts = given or full or counts  # "Robert De Niro" over "De Niro"; "Den Watts" alone is a full name
    if kind == ORG:
        if whole := _form_holding_the_others(list(counts)):
            return whole
        # "UN Security Council" over its "Security Council", however often the short form is used (a one-word
        # tail is a name of its own: the "Texans"); a thing's name after its maker's is no tail ("Zorvex Vell Mark")
        tails = {f for f in counts if " " in f and any(g.endswith(" " + f) and g[:-len(f) - 1] not in makers
                                                       for g in counts)}
        counts = Counter({f: c for f, c in counts.items() if f not in tails}) or counts
        # Of two spellings a letter apart, the one the reports read as a body's, however often the other is used:
        # another outlet's misspelling ("Globax") is read by fewer cues than the body's own name ("Globex"). Not
        # capitals ("PlayStation", "Playstation"), which say no more of a misspelling than of a house style.
        read = {_surface(m.text) for m in names if m.kind == ORG}
        counts = Counter({f: c for f, c in counts.items() if f in read or not any(
            g in read and len(g.split()) == len(f.split()) and f.lower() != g.lower()
            and _one_word_misspelt(f.split(), g.split())
            for g in counts)})
    best = max(counts, key=lambda f: (counts[f], len(f), f))
    # A dateline's capitals ("RAMALLAH, West Bank —") or a transcript's speaker label ("JO ROE, HOST:") give way to
    # the name as the text writes it (a body's capitals are its acronym: "NASA", some outlets' "Nasa").
    written = [form for form in counts if form.lower() == best.lower() and not form.isupper()]
    if kind in (PLACE, PERSON) and best.isupper() and written:
        return max(written, key=lambda f: (counts[f], f))
    if kind == PERSON and best.isupper() and " " in best:
        return best.title()  # a label's "JO ROE" the prose never writes: a name, not shouting
    return best


def _form_holding_the_others(forms: list[str]) -> str | None:
    """The one form of which every other is a run of words: "Green Bay Packers" (not "Green Bay", written
    more often) is the body that "Green Bay" and "Packers" abbreviate. A legal form's suffix is no better
    name ("Experian" over "Experian Plc"), nor an ordinary or describing word before it ("Labour" over
    "New Labour"), unless with it the words name a place ("New York Jets" over "Jets"), nor a common noun
    after it ("PS4" over the "PS4 Team" of "PS4 Team Tournaments")."""
    longest = max(forms, key=lambda f: (len(f.split()), f))
    padded = f" {longest} "
    added = [w for w in longest.split() if not any(w in form.split() for form in forms if form != longest)]
    qualified = " ".join(added) not in gazetteer().places and (
        any(w.lower() in FUNCTION_WORDS or w in DESCRIPTIVE_WORDS for w in added)
        or bool(added) and all(w.lower() in ordinary_words() for w in added))
    if (len(forms) > 1 and longest.split()[-1].lower().rstrip(".") not in CORPORATE_SUFFIXES and not qualified
            and all(f" {form} " in padded for form in forms)):
        return longest
    return None


@functools.lru_cache(maxsize=100_000)  # an entity's slug is asked for when sorting and when naming it
def _slug(name: str) -> str:
    return slugify(name, "entity")
