"""Would a learned pair score group claims better than the hand rules? A study on hand-labelled pairs.

scripts/data/claim_pairs.yml holds pairs of statements of events stories none of the test golds holds, in two draws:
``scored``, pairs the rule score ``_pair_score`` puts where it decides (0.25-0.7), and ``vetoed``, pairs a veto of the
rules zeroes though two of their parts overlap (0.25 or more). Each pair is described by
``dossier.claims.features.story_pair_features``: the rule score, the best part score before lifts and vetoes, the
overlap of the whole clauses, the weighted containment and Jaccard of their shared terms, how many names they share,
main verbs and first propositions, each lift and each veto of the rules, and so on. A logistic regression over those
features (scripts/train_speakers.py's plain-Python fit: no randomness, no new dependency) is scored out of fold, the
folds split by story so that no story is both learned and scored, against the rule score alone:

* AUC: how often a pair of one fact outranks a pair of two facts;
* at the merge bar (``_MERGE_SIMILARITY``): the pairs the rule score joins, how many of them tell one fact, and how
  many of the pairs of one fact it joins; the model at the cut that joins as many pairs, and at probability 0.5;
* a paired bootstrap over stories of the AUC gain (how sure the gain is with so few labels);

first on the scored draw alone, then on both draws (a model that may learn how far to trust each veto). For the
vetoed draw it also prints, per veto, how many of its pairs tell one fact: where a veto is wrong.

Pairs of rival figures of one thing count as one fact (the project joins them in a claim that shows them
disagreeing). Nothing is written: the model is not used by the build.

Usage: python scripts/train_pairs.py [--corpora DIR] [--show N]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_claims import _locate, corpora_folder  # noqa: E402
from train_speakers import fit, probability  # noqa: E402

from dossier.claims import find_statements  # noqa: E402
from dossier.claims.features import PairFeatures, story_pair_features  # noqa: E402
from dossier.claims.terms import _MERGE_SIMILARITY  # noqa: E402
from dossier.entities import find_mentions  # noqa: E402
from dossier.quotes import find_quotes  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402
from dossier.structure import Statement  # noqa: E402

PAIRS = ROOT / "scripts" / "data" / "claim_pairs.yml"
FOLDS = 5
BOOTSTRAP = 1000
ONE_FACT = {"together": 1, "rivals": 1, "apart": 0}

Example = tuple[dict[str, float], int]


def as_inputs(found: PairFeatures) -> dict[str, float]:
    """The regression's inputs: numbers as they are, counts damped, each lift and veto its own indicator."""
    inputs = {
        "score": found.score, "part": found.part, "whole": found.whole, "containment": found.containment,
        "jaccard": found.jaccard, "shared": math.log1p(found.shared), "shared names": math.log1p(found.shared_names),
        "story share": found.story_share, "common only": float(found.common_only),
        "same predicate": float(found.same_predicate), "predicates shared": float(found.predicates_shared),
        "first": found.first, "side share": found.side_share, "same holder": float(found.same_holder),
        "happening": float(found.happening),
        "restated": float(found.restated), "kept apart": float(found.kept_apart), "ledes": float(found.ledes),
        "quoted": float(found.quoted), "at bar": float(found.score >= _MERGE_SIMILARITY),
    }
    inputs.update({f"lift: {name}": 1.0 for name in found.lifts})
    inputs.update({f"veto: {name}": 1.0 for name in found.vetoes})
    return inputs


def story_statements(folder: Path) -> list[Statement]:
    """The story's statements as scripts/eval_claims.py finds them (each article read as it is, with its mentions and
    quotes)."""
    statements = []
    for path in sorted(folder.glob("*.txt")):
        article = read_uncleaned(path)
        mentions = find_mentions(article)
        statements += find_statements(article, find_quotes(article, mentions), mentions)
    return statements


def examples(corpora: Path) -> tuple[dict[str, list[tuple[str, list[Example]]]], int]:
    """Per draw of the file, per story, its labelled pairs as (inputs, label); and how many pairs were not found (a
    statement the stages no longer find)."""
    draws: dict[str, list[tuple[str, list[Example]]]] = {}
    missed = 0
    for draw, stories in yaml.safe_load(PAIRS.read_text(encoding="utf-8")).items():
        draws[draw] = []
        for story in stories:
            statements = story_statements(corpora / story["folder"])
            features = story_pair_features(statements)
            rows = []
            for kind, label in ONE_FACT.items():
                for pair in story.get(kind, []):
                    first, second = (_locate(statements, Path(item["file"]).stem, item["text"]) for item in pair)
                    if first is None or second is None:
                        missed += 1
                        continue
                    rows.append((as_inputs(features(first, second)), label))
            draws[draw].append((story["folder"], rows))
    return draws, missed


def auc(scored: list[tuple[float, int]]) -> float:
    """The share of (one fact, two facts) pairs of examples in which the one fact scores higher (ties half)."""
    ranked = sorted(scored)
    positives = sum(label for _, label in ranked)
    negatives = len(ranked) - positives
    if not positives or not negatives:
        return 0.5
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(label for _, label in ranked[i:j])  # the tied run's mean rank
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def joined(scored: list[tuple[float, int]], cut: float) -> tuple[int, int, int]:
    """How many examples score at least ``cut``, how many of them tell one fact, and how many tell one fact at all."""
    chosen = [label for score, label in scored if score >= cut]
    return len(chosen), sum(chosen), sum(label for _, label in scored)


def out_of_fold(stories: list[tuple[str, list[Example]]]) -> list[tuple[int, float, float, int]]:
    """Each example as (its story's place among the story folders in order, rule score, model probability out of
    fold, label); a story's fold follows its place, so a story of both draws is in one fold."""
    folders = sorted({folder for folder, _ in stories})
    place = [folders.index(folder) for folder, _ in stories]
    fold_of = [at % FOLDS for at in place]
    scored = []
    for fold in range(FOLDS):
        train = [row for i, (_, rows) in enumerate(stories) if fold_of[i] != fold for row in rows]
        bias, weights = fit(train)
        for i, (_, rows) in enumerate(stories):
            if fold_of[i] == fold:
                scored += [(place[i], inputs["score"], probability(bias, weights, inputs), label)
                           for inputs, label in rows]
    return scored


def report(name: str, scored: list[tuple[float, int]], cut: float) -> None:
    count, right, ones = joined(scored, cut)
    print(f"  {name:<34} AUC {auc(scored):.3f}; joins {count:>3}, of one fact {right:>3} "
          f"(precision {right / max(1, count):.3f}), recall {right / max(1, ones):.3f}")


def bootstrap_gain(scored: list[tuple[int, float, float, int]], stories: int) -> tuple[float, float, float]:
    """The model's AUC gain over the rule score, and the 5th and 95th percentiles of it over story resamples."""
    by_story: dict[int, list[tuple[int, float, float, int]]] = {}
    for row in scored:
        by_story.setdefault(row[0], []).append(row)
    draw = random.Random(81)
    gains = []
    for _ in range(BOOTSTRAP):
        sample = [row for _ in range(stories) for row in by_story.get(draw.randrange(stories), [])]
        gains.append(auc([(p, y) for _, _, p, y in sample]) - auc([(s, y) for _, s, _, y in sample]))
    gains.sort()
    whole = auc([(p, y) for _, _, p, y in scored]) - auc([(s, y) for _, s, _, y in scored])
    return whole, gains[BOOTSTRAP // 20], gains[BOOTSTRAP - BOOTSTRAP // 20 - 1]


def compare(title: str, stories: list[tuple[str, list[Example]]]) -> None:
    """The model out of fold against the rule score, on ``stories``."""
    scored = out_of_fold(stories)
    rule = [(s, y) for _, s, _, y in scored]
    model = [(p, y) for _, _, p, y in scored]
    count, _, _ = joined(rule, _MERGE_SIMILARITY)
    # The model's cut that joins as many pairs as the rule score does at the merge bar: precision at equal reach.
    equal = sorted((p for p, _ in model), reverse=True)[count - 1] if count else 1.0
    print(f"{title}, out of fold ({FOLDS} folds by story):")
    report(f"rule score at the bar {_MERGE_SIMILARITY}", rule, _MERGE_SIMILARITY)
    report(f"model joining as many ({equal:.3f})", model, equal)
    report("model at probability 0.5", model, 0.5)
    gain, low, high = bootstrap_gain(scored, len({folder for folder, _ in stories}))
    print(f"  AUC gain of the model {gain:+.3f} (90% of {BOOTSTRAP} story resamples in {low:+.3f} .. {high:+.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", help="the corpora folder (default $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--show", type=int, default=12, help="how many of the model's weights to print")
    args = parser.parse_args()
    corpora = corpora_folder(args.corpora)
    if not (corpora / "events").is_dir():
        print(f"{corpora / 'events'} is absent: nothing to train on")
        return 1
    draws, missed = examples(corpora)
    for name, stories in draws.items():
        rows = [row for _, story_rows in stories for row in story_rows]
        print(f"{name}: {len(rows)} labelled pairs in {len(stories)} stories, {sum(label for _, label in rows)} of one "
              "fact")
    print(f"({missed} pairs not found)")
    vetoes: dict[str, list[int]] = {}
    for _, story_rows in draws["vetoed"]:
        for inputs, label in story_rows:
            for name in inputs:
                if name.startswith("veto: "):
                    vetoes.setdefault(name.removeprefix("veto: "), []).append(label)
    print("vetoed pairs by veto (pairs of several vetoes under each): of one fact / labelled")
    for name, labels in sorted(vetoes.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"  {name:<34} {sum(labels):>3} / {len(labels)}")
    for title, stories in (("the scored draw", draws["scored"]), ("both draws", draws["scored"] + draws["vetoed"])):
        compare(title, stories)
    rows = [row for stories in draws.values() for _, story_rows in stories for row in story_rows]
    bias, weights = fit(rows)
    print(f"the model on all pairs: bias {bias:+.3f}; heaviest weights:")
    for name, value in sorted(weights.items(), key=lambda item: (-abs(item[1]), item[0]))[: args.show]:
        print(f"  {name:<34} {value:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
