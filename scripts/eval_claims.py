"""Measure claim finding and grouping against hand-made gold claims.

    .venv/bin/python scripts/eval_claims.py [--show-errors]

For the seeds (tests/gold/claims_seeds.yml) and for PolNeAR dev
(tests/gold/claims_polnear.yml, skipped when ../shared/corpora is absent) it prints:

* detection recall: the share of gold statements found as statements at all;
* grouping recall: for each gold claim of two or more statements, the largest share of its
  statements that land in one predicted claim, averaged over those gold claims;
* purity: over the predicted claims holding gold statements, the share of those statements
  that belong to the claim's majority gold claim (pooled);
* for PolNeAR, the share of all reported-speech contents (attributions without quotation
  marks) whose sentence is found as a statement.

Articles are built directly (title = first line, paragraphs = the other non-empty lines) so
the measure does not depend on the reader stage.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.claims import find_statements, group_claims  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402
from dossier.structure import Article, Claim, Statement  # noqa: E402

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GOLD = ROOT / "tests" / "gold"


@dataclass
class Scores:
    detection: float
    recall: float
    purity: float
    gold_statements: int
    gold_claims: int


def run(articles: list[Article]) -> tuple[list[Statement], list[Claim]]:
    statements = [s for a in articles for s in find_statements(a, [], [])]
    return statements, group_claims(statements)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _locate(statements: list[Statement], article: str, text: str) -> Statement | None:
    needle = _norm(text)
    return next((s for s in statements if s.article == article and needle in _norm(s.text)), None)


def evaluate(gold_path: Path, folder: Path, show_errors: bool = False) -> Scores:
    """Score find_statements + group_claims on the articles of ``folder`` against the gold."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["claims"]
    # Every article of the folder, not only the gold ones: misgrouping with the others counts.
    articles = [read_uncleaned(path) for path in sorted(folder.glob("*.txt"))]
    statements, claims = run(articles)

    found: dict[int, str] = {}  # id(statement) → gold claim id
    detected, total, recalls = 0, 0, []
    for claim in gold:
        landed: Counter[str] = Counter()
        for item in claim["statements"]:
            total += 1
            statement = _locate(statements, Path(item["file"]).stem, item["text"])
            if statement is None:
                if show_errors:
                    print(f"  missed statement [{claim['id']}] {item['file']}: {item['text']}")
                continue
            detected += 1
            found[id(statement)] = claim["id"]
            landed[statement.claim] += 1
        if len(claim["statements"]) > 1:
            best = max(landed.values(), default=0)
            recalls.append(best / len(claim["statements"]))
            if show_errors and best < len(claim["statements"]):
                print(f"  split gold claim [{claim['id']}]:")
                for item in claim["statements"]:
                    statement = _locate(statements, Path(item["file"]).stem, item["text"])
                    where = statement.claim if statement else "(not detected)"
                    print(f"      {where:45.45}  {item['text'][:70]}")

    pure, judged = 0, 0
    for claim in claims:
        members = Counter(found[id(s)] for s in claim.statements if id(s) in found)
        if not members:
            continue
        majority = members.most_common(1)[0][1]
        pure += majority
        judged += sum(members.values())
        if show_errors and len(members) > 1:
            print(f"  impure predicted claim [{claim.id}] mixes {dict(members)}")
            for s in claim.statements:
                if id(s) in found:
                    print(f"      {found[id(s)]:40.40}  {s.text[:80]}")
    return Scores(
        detection=detected / total if total else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        purity=pure / judged if judged else 0.0,
        gold_statements=total,
        gold_claims=len(recalls),
    )


def reported_speech_recall(folder: Path) -> tuple[float, int]:
    """Share of PolNeAR reported-speech contents whose sentence is found as a statement."""
    texts, annotations = folder / "text", folder / "attributions"
    seen, hits, total = set(), 0, 0
    for ann in sorted(annotations.glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        if stem in seen or not (texts / f"{stem}.txt").exists():
            continue  # several annotators for one text: any one will do
        seen.add(stem)
        raw = (texts / f"{stem}.txt").read_text(encoding="utf-8")
        statements, _ = run([read_uncleaned(texts / f"{stem}.txt")])
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T"):
                offsets = parts[1].split(" ", 1)[1]
                spans[parts[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
            elif parts[0].startswith("E"):
                events.append(dict(arg.split(":") for arg in parts[1].split()[1:]))
        for event in events:
            pieces = spans.get(event.get("Content", ""))
            if not pieces:
                continue
            content = " ".join(raw[a:b] for a, b in pieces)
            if re.search(r"[\"“”]", content) or "\n" in content.strip():
                continue  # direct quotes are the quotes stage's business
            total += 1
            start = pieces[0][0]
            head = _norm(raw[start : start + 40])
            if any(head in _norm(s.text) for s in statements):
                hits += 1
    return (hits / total if total else 0.0), total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list missed and misgrouped statements")
    args = parser.parse_args()

    print("seeds:")
    seeds = evaluate(GOLD / "claims_seeds.yml", ROOT / "seeds", args.show_errors)
    _print(seeds)
    polnear = CORPORA / "polnear-dev"
    if not polnear.is_dir():
        print(f"polnear: skipped, {polnear} not found")
        return 0
    print("polnear-dev:")
    _print(evaluate(GOLD / "claims_polnear.yml", polnear / "text", args.show_errors))
    share, count = reported_speech_recall(polnear)
    print(f"  reported-speech detection recall {share:.3f} (of {count} contents)")
    return 0


def _print(scores: Scores) -> None:
    print(f"  detection recall {scores.detection:.3f} ({scores.gold_statements} gold statements)")
    print(f"  grouping recall  {scores.recall:.3f} ({scores.gold_claims} multi-statement gold claims)")
    print(f"  purity           {scores.purity:.3f}")


if __name__ == "__main__":
    sys.exit(main())
