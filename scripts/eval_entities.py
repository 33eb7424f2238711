"""Score the entities stage against the hand-written gold in tests/gold/entities/.

    .venv/bin/python scripts/eval_entities.py [--show-errors] [gold files...]

Per kind (person, organization, place): precision and recall of the set of distinct entities each
article mentions. Aliases: pairwise precision and recall of how the surface forms of a dossier are
clustered into entities, and the number of wrong merges (one entity holding forms of two gold
entities). Articles are built directly (title = first line, paragraphs = the other non-empty
lines), so this does not depend on the reader stage.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GOLD = ROOT / "tests" / "gold" / "entities"
KINDS = ("person", "organization", "place")
sys.path.insert(0, str(ROOT))

from dossier.entities import find_mentions, resolve_entities  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402
from dossier.structure import Article, Dossier  # noqa: E402


def norm(form: str) -> str:
    form = re.sub(r"\s+", " ", form.replace("’", "'").replace("‘", "'")).strip()
    return re.sub(r"^the ", "", form.lower())


def resolve_path(file: str) -> Path:
    return ROOT / file if file.startswith("seeds/") else CORPORA / file


def dossier_key(gold_name: str, file: str) -> str:
    """Seeds and PolNeAR are one dossier each; every event folder is a dossier of its own."""
    return f"{gold_name}:{Path(file).parent.name}" if gold_name == "events" else gold_name


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    pair_tp: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    wrong_merges: int = 0
    errors: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0


def evaluate(gold_files: list[Path]) -> Scores:
    """Run the stage over every gold article and compare."""
    scores = Scores()
    groups: dict[str, list[tuple[Article, dict]]] = defaultdict(list)
    for gold_file in gold_files:
        data = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        for entry in data["articles"]:
            path = resolve_path(entry["file"])
            if not path.exists():
                print(f"skipped (absent): {entry['file']}")
                continue
            groups[dossier_key(data["dossier"], entry["file"])].append((read_uncleaned(path), entry))
    for key in sorted(groups):
        _score_dossier(key, groups[key], scores)
    return scores


def _score_dossier(key: str, items: list[tuple[Article, dict]], scores: Scores) -> None:
    dossier = Dossier(articles=[a for a, _ in items])
    for article in dossier.articles:
        dossier.mentions += find_mentions(article)
    resolve_entities(dossier, None)
    kinds = {e.id: e.kind for e in dossier.entities}
    units: dict[tuple[str, str], tuple[str, str]] = {}  # (article, form) -> (gold name, entity id)
    for article, entry in items:
        gold_kind = {g["name"]: g["kind"] for g in entry["entities"]}
        owners: dict[str, set[str]] = defaultdict(set)
        for g in entry["entities"]:
            for form in g["forms"]:
                owners[norm(form)].add(g["name"])
        forms_by_entity: dict[str, Counter] = defaultdict(Counter)
        for m in dossier.mentions:
            if m.article == article.id and m.entity:
                forms_by_entity[m.entity][norm(m.text)] += 1
        items_by_kind: dict[str, set] = defaultdict(set)
        for entity_id, forms in forms_by_entity.items():
            votes = Counter()
            for form, count in forms.items():
                for owner in owners.get(form, ()):
                    votes[owner] += count
            match = votes.most_common(1)[0][0] if votes else None
            kind = kinds[entity_id]
            items_by_kind[kind].add(match or ("unmatched", entity_id))
            if match is None and kind in KINDS:
                scores.errors.append(f"{article.id}: extra {kind} {entity_id} {sorted(forms)}")
            elif match and kind != gold_kind[match]:
                scores.errors.append(f"{article.id}: {match} is {gold_kind[match]}, predicted {kind}")
            for form in forms:
                if len(owners.get(form, ())) == 1:
                    units.setdefault((article.id, form), (next(iter(owners[form])), entity_id))
        for kind in KINDS:
            gold = {name for name, k in gold_kind.items() if k == kind}
            found = {x for x in items_by_kind[kind] if isinstance(x, str) and gold_kind.get(x) == kind}
            scores.gold[kind] += len(gold)
            scores.predicted[kind] += len(items_by_kind[kind])
            scores.tp[kind] += len(found)
            for name in sorted(gold - found):
                scores.errors.append(f"{article.id}: missed {kind} {name}")
    _score_pairs(key, units, scores)


def _score_pairs(key: str, units: dict[tuple[str, str], tuple[str, str]], scores: Scores) -> None:
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    cells = Counter(units.values())
    scores.pair_tp += pairs(cells)
    scores.pair_pred += pairs(Counter(entity for _, entity in units.values()))
    scores.pair_gold += pairs(Counter(gold for gold, _ in units.values()))
    golds_per_entity: dict[str, set[str]] = defaultdict(set)
    for gold, entity in units.values():
        golds_per_entity[entity].add(gold)
    for entity, golds in sorted(golds_per_entity.items()):
        if len(golds) > 1:
            scores.wrong_merges += 1
            scores.errors.append(f"{key}: wrong merge {entity} holds {sorted(golds)}")


def report(scores: Scores) -> str:
    lines = [f"{'kind':<14}{'precision':>10}{'recall':>8}{'gold':>6}"]
    for kind in KINDS:
        p = scores.ratio(scores.tp[kind], scores.predicted[kind])
        r = scores.ratio(scores.tp[kind], scores.gold[kind])
        lines.append(f"{kind:<14}{p:>10.3f}{r:>8.3f}{scores.gold[kind]:>6}")
    p = scores.ratio(scores.pair_tp, scores.pair_pred)
    r = scores.ratio(scores.pair_tp, scores.pair_gold)
    lines.append(f"{'alias pairs':<14}{p:>10.3f}{r:>8.3f}{scores.pair_gold:>6}")
    lines.append(f"wrong merges: {scores.wrong_merges}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--show-errors", action="store_true", help="list misses, extras and wrong merges")
    args = parser.parse_args()
    files = args.gold or sorted(GOLD.glob("*.yml"))
    if not CORPORA.exists():
        print(f"{CORPORA} is absent: scoring the seeds only")
        files = [f for f in files if f.name == "seeds.yml"]
    scores = evaluate(files)
    if args.show_errors:
        print("\n".join(scores.errors))
    print(report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
