#!/usr/bin/env python3
"""Compare two builds of one story: which claims, quote groups and entities a change joined or split.

    .venv/bin/python scripts/compare_dossiers.py before/dossier.json after/dossier.json [--show 20]

The gold sets are small; a story of thousands of articles (the BBC corpus) shows what a rule does
to text nobody annotated. Build the same seeds before and after a change, then compare their
`dossier.json`: each group is the set of its members (a claim's statements, a quote group's quotes,
an entity's mentions), and a group found in one build but not the other was joined or split by the
change. Read the groups listed: a wrong join is the error a reader cannot see.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

Group = frozenset[tuple]


def claim_groups(data: dict) -> dict[Group, str]:
    """Each claim of two or more statements, as its statements (article, paragraph, text) → a label."""
    return {frozenset((s["article"], s["paragraph"], s["text"]) for s in claim["statements"]): claim["summary"]
            for claim in data["claims"] if len(claim["statements"]) > 1}


def quote_groups(data: dict) -> dict[Group, str]:
    """Each quote group of two or more quotes, as its quotes (article, paragraph, text) → its first words."""
    members: dict[str, set[tuple]] = {}
    for quote in data["quotes"]:
        if quote.get("group"):
            members.setdefault(quote["group"], set()).add((quote["article"], quote["paragraph"], quote["text"]))
    return {frozenset(group): min(text for _, _, text in group) for group in members.values() if len(group) > 1}


def entity_groups(data: dict) -> dict[Group, str]:
    """Each entity known by two or more forms, as its forms → its name."""
    return {frozenset((form,) for form in [entity["name"], *entity["aliases"]]): entity["name"]
            for entity in data["entities"] if entity["aliases"]}


KINDS = {"claims": claim_groups, "quote groups": quote_groups, "entities": entity_groups}


def compare(before: dict, after: dict, show: int) -> list[str]:
    lines = []
    for kind, groups_of in KINDS.items():
        old, new = groups_of(before), groups_of(after)
        joined = sorted(new.keys() - old.keys(), key=lambda g: (-len(g), new[g]))
        split = sorted(old.keys() - new.keys(), key=lambda g: (-len(g), old[g]))
        lines.append(f"{kind}: {len(old)} -> {len(new)} of two or more members; "
                     f"{len(joined)} only after the change, {len(split)} only before")
        for title, groups, labels in (("only after", joined, new), ("only before", split, old)):
            for group in groups[:show]:
                lines.append(f"  {title}: {labels[group][:100]}")
                lines += [f"      {' · '.join(str(part) for part in member)[:140]}" for member in sorted(group)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="dossier.json of the build before the change")
    parser.add_argument("after", type=Path, help="dossier.json of the build after the change")
    parser.add_argument("--show", type=int, default=10, help="groups listed per kind and side (default: %(default)s)")
    args = parser.parse_args()
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
    print("\n".join(compare(before, after, args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
