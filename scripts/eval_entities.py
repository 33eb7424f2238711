"""Score the entities stage: hand gold, CoNLL-2003 dev, ECB+ dev, and its speed on the BBC corpus.

    .venv/bin/python scripts/eval_entities.py [--show-errors] [gold files...]   # hand gold
    .venv/bin/python scripts/eval_entities.py --conll      # CoNLL-2003 dev (testa): P/R/F1 per kind
    .venv/bin/python scripts/eval_entities.py --ecbplus    # ECB+ dev: cross-document B-cubed F1
    .venv/bin/python scripts/eval_entities.py --ecbplus --show-errors   # ... and the split and mixed entities
    .venv/bin/python scripts/eval_entities.py --speed      # find_mentions + resolve_entities, BBC

Corpora are read from --corpora (default: $DOSSIER_CORPORA, else ../shared/corpora beside the
repository).

Hand gold (tests/gold/entities/): per kind (person, organization, place), precision and recall of
the set of distinct entities each article mentions. Aliases: pairwise precision and recall of how
the surface forms of a dossier are clustered into entities, and the number of wrong merges (one
entity holding forms of two gold entities). Articles are built directly (title = first line,
paragraphs = the other non-empty lines), so this does not depend on the reader stage.

CoNLL-2003 (docs/testa): each document is an article whose paragraphs are its non-empty lines
(headline included, as the gold counts its names). Standard CoNLL scoring: a predicted name is
right when its span and kind equal a gold name's exactly; person = PER, organization = ORG,
place = LOC; MISC gold names and the stage's "other" mentions are left out of both sides.

ECB+ (ecbplus-dev): one dossier per event cluster (``annotations/<cluster>/``: one story told by
several documents; the chain ids are the cluster's own). Gold mentions: types HUMAN_PART_PER,
HUMAN_PART_ORG, HUMAN_PART_GPE and LOC_* that carry a chain id; the chain is the gold entity. A
gold mention is matched to the system mention that holds its head word (its minimum span, as in
head-match scoring of ACE and MINA: the last word before a post-modifier, past a leading
preposition or article: "in Bern, Switzerland" -> Bern, "Brooklyn mother" -> mother, "Obama's" ->
Obama); the smallest such mention if several. ECB+ annotates whole phrases ("a Huntsville
prison", "Oklahoma man", "in the Yida camp in South Sudan"), so matching by mere overlap gave the
place the stage found inside a phrase the phrase's own entity, and counted a place and the person
or building the phrase names as one merged entity that the stage never merged. B-cubed precision
and recall are computed over the gold mentions a system mention holds the head of ("resolution":
how well the names the stage found are grouped); gold mentions without one (mostly pronouns and
common nouns, "he", "the company", "Brooklyn mother") are reported as coverage, and a second
B-cubed figure counts them as singletons ("all mentions"). Both are standard B-cubed (per-mention
precision and recall, averaged over the gold mentions of all clusters). Note that ECB+ links some
participants only within one document (``INTRA_`` chains): the same person named in two documents
is then two gold entities, and joining them counts against precision; the gold is scored as
annotated.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("DOSSIER_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))
GOLD = ROOT / "tests" / "gold" / "entities"
KINDS = ("person", "organization", "place")
sys.path.insert(0, str(ROOT))

from dossier.entities import find_mentions, resolve_entities  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402
from dossier.structure import Article, Dossier  # noqa: E402


def norm(form: str) -> str:
    form = re.sub(r"\s+", " ", form.replace("’", "'").replace("‘", "'")).strip()
    return re.sub(r"^the ", "", form.lower())


def resolve_path(file: str, corpora: Path = CORPORA) -> Path:
    return ROOT / file if file.startswith("seeds/") else corpora / file


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


def evaluate(gold_files: list[Path], corpora: Path = CORPORA) -> Scores:
    """Run the stage over every gold article (the corpora's, in ``corpora``) and compare."""
    scores = Scores()
    groups: dict[str, list[tuple[Article, dict]]] = defaultdict(list)
    for gold_file in gold_files:
        data = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        for entry in data["articles"]:
            path = resolve_path(entry["file"], corpora)
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


def conll_articles(corpora: Path, split: str = "testa") -> list[tuple[Article, list[set]]]:
    """Each CoNLL document as an article, with its gold names per paragraph: {(start, end, kind)}."""
    out = []
    for text_file in sorted((corpora / "conll2003" / "docs" / split).glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        names = json.loads(text_file.with_suffix("").with_suffix(".entities.json").read_text(encoding="utf-8"))
        paragraphs, gold, offset = [], [], 0
        for line in text.split("\n"):
            if line.strip():
                paragraphs.append(line)
                gold.append({(g["start"] - offset, g["end"] - offset, CONLL_KINDS[g["type"]]) for g in names
                             if g["type"] in CONLL_KINDS and offset <= g["start"] < offset + len(line)})
            offset += len(line) + 1
        out.append((Article(text_file.stem, text_file.name, paragraphs[0], paragraphs), gold))
    return out


CONLL_KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}


def conll(corpora: Path, show_errors: bool) -> str:
    tp, pred, gold = Counter(), Counter(), Counter()
    for article, gold_names in conll_articles(corpora):
        found: list[set] = [set() for _ in article.paragraphs]
        for m in find_mentions(article):
            if m.kind in KINDS:
                found[m.paragraph].add((m.start, m.end, m.kind))
        for k, (p, g) in enumerate(zip(found, gold_names, strict=True)):
            for kind in KINDS:
                pk, gk = {x for x in p if x[2] == kind}, {x for x in g if x[2] == kind}
                tp[kind] += len(pk & gk)
                pred[kind] += len(pk)
                gold[kind] += len(gk)
            if show_errors:
                line = article.paragraphs[k]
                for s, e, kind in sorted(p - g):
                    print(f"{article.id}: extra {kind} {line[s:e]!r}  | {line[:100]}")
                for s, e, kind in sorted(g - p):
                    print(f"{article.id}: missed {kind} {line[s:e]!r}  | {line[:100]}")
    lines = [f"CoNLL-2003 dev (testa)\n{'kind':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}"]
    for kind in (*KINDS, "all"):
        t_, p_, g_ = (sum(c.values()) if kind == "all" else c[kind] for c in (tp, pred, gold))
        precision, recall = t_ / p_ if p_ else 0.0, t_ / g_ if g_ else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lines.append(f"{kind:<14}{precision:>10.3f}{recall:>8.3f}{f1:>7.3f}{g_:>7}")
    return "\n".join(lines)


ECB_TYPES = ("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE")


def ecbplus(corpora: Path, show_errors: bool) -> str:
    errors: list[tuple[float, str]] = []
    total, covered, figures = ecbplus_scores(corpora, errors)
    lines = [f"ECB+ dev: {len(list((corpora / 'ecbplus-dev' / 'annotations').iterdir()))} event clusters, "
             f"{total} gold entity mentions, {covered / total:.3f} found by the stage"]
    if show_errors:
        lines[:0] = [text for _, text in sorted(errors, key=lambda e: (-e[0], e[1]))]
    for label, (precision, recall, f1) in figures.items():
        lines.append(f"B-cubed {label}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    return "\n".join(lines)


def ecbplus_scores(
    corpora: Path, errors: list[tuple[float, str]] | None = None
) -> tuple[int, int, dict[str, tuple[float, float, float]]]:
    """(gold mentions, those a system mention holds the head of, {figure: (B-cubed P, R, F1)}).
    ``errors`` receives (cost, line) for each gold chain split over several entities and each
    entity holding several chains, among the found mentions."""
    root = corpora / "ecbplus-dev"
    topics: dict[str, list[Path]] = defaultdict(list)
    for folder in sorted((root / "annotations").iterdir()):
        topics[folder.name].extend(sorted(folder.glob("*.json")))
    matched_b3, all_b3, covered, total = [], [], 0, 0
    for topic in sorted(topics):
        articles, gold = [], []
        for ann_file in topics[topic]:
            ann = json.loads(ann_file.read_text(encoding="utf-8"))
            text = (root / "articles" / ann_file.parent.name / f"{ann_file.stem}.txt").read_text(encoding="utf-8")
            article_id = ann_file.stem
            lines, starts, offset = [], [], 0
            for line in text.split("\n"):
                lines.append(line)
                starts.append(offset)
                offset += len(line) + 1
            articles.append(Article(article_id, ann_file.name, lines[0], lines))
            for m in ann["mentions"]:
                if m.get("chain") and (m["type"] in ECB_TYPES or m["type"].startswith("LOC_")):
                    k = max(n for n, s in enumerate(starts) if s <= m["start"])
                    head_start, head_end = gold_head(m["text"])
                    start = m["start"] - starts[k]
                    gold.append(((article_id, k), start + head_start, start + head_end, m["chain"], m["text"]))
        dossier = Dossier(articles=articles)
        for article in articles:
            dossier.mentions += find_mentions(article)
        resolve_entities(dossier, None)
        by_article: dict[str, list] = defaultdict(list)
        for m in dossier.mentions:
            if m.entity:
                by_article[(m.article, m.paragraph)].append(m)
        system = []
        for where, head_start, head_end, _, _ in gold:
            holders = [(m.end - m.start, m.start, m.entity) for m in by_article[where]
                       if m.start <= head_start and head_end <= m.end]
            system.append(min(holders)[2] if holders else None)
        chains = [g[3] for g in gold]
        total += len(gold)
        covered += sum(s is not None for s in system)
        kept = [n for n, s in enumerate(system) if s is not None]
        matched_b3.append(_bcubed([chains[n] for n in kept], [system[n] for n in kept]))
        if errors is not None:
            errors += _ecbplus_errors(topic, [(chains[n], system[n], gold[n][4]) for n in kept])
        all_b3.append(_bcubed(chains, [s if s is not None else f"singleton-{n}" for n, s in enumerate(system)]))
    figures = {}
    for label, scores in (("resolution (found mentions)", matched_b3), ("all mentions (unfound = singletons)", all_b3)):
        n = sum(c for c, _, _ in scores)
        precision = sum(c * p for c, p, _ in scores) / n
        recall = sum(c * r for c, _, r in scores) / n
        figures[label] = (precision, recall, 2 * precision * recall / (precision + recall))
    return total, covered, figures


def _ecbplus_errors(topic: str, items: list[tuple[str, str, str]]) -> list[tuple[float, str]]:
    """(cost, line) for each gold chain split over entities ("split") and each entity holding several
    chains ("mixed"); the cost is the mentions' summed B-cubed loss, size x (1 - share), over the
    cells of the chain or entity."""
    out = []
    for label, key, other in (("split", 0, 1), ("mixed", 1, 0)):
        groups: dict[str, Counter] = defaultdict(Counter)
        forms: dict[tuple[str, str], set[str]] = defaultdict(set)
        for item in items:
            groups[item[key]][item[other]] += 1
            forms[(item[key], item[other])].add(item[2])
        for name, cells in groups.items():
            if len(cells) > 1:
                size = sum(cells.values())
                cost = sum(n * (1 - n / size) for n in cells.values())
                parts = " | ".join(f"{cell}: {sorted(forms[(name, cell)])[:4]}" for cell in sorted(cells))
                out.append((cost, f"{label} {cost:.1f} {topic} {name} :: {parts}"))
    return out


# A gold mention's head is its last word before a post-modifier: "in Bern, Switzerland" -> Bern,
# "the Yida Refugee Camp in South Sudan" -> Camp, "Brooklyn mother" -> mother, "Palin's" -> Palin.
_HEAD_OPENERS = frozenset("in at on of near from to into outside inside within off by for with who which "
                          "that where about across along around".split())
_LEADING = frozenset("in at on near from to into outside inside within off by the a an".split())


def gold_head(text: str) -> tuple[int, int]:
    """Character span of the head word of an ECB+ mention (its minimum span), relative to the text."""
    words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"[^\s,;:()\"]+|[,;:()\"]", text)]
    while len(words) > 1 and words[0][2].lower() in _LEADING:
        words.pop(0)
    phrase = words[:1]
    for word in words[1:]:
        if word[2].lower() in _HEAD_OPENERS or not re.search(r"\w", word[2]):
            break
        phrase.append(word)
    start, end, head = phrase[-1]
    possessive = re.search(r"['’]s?$", head)
    return start, end - (len(possessive.group()) if possessive and len(head) > 2 else 0)


def _bcubed(gold: list[str], system: list[str]) -> tuple[int, float, float]:
    """(mentions, mean B-cubed precision, mean recall) of one topic."""
    if not gold:
        return 0, 0.0, 0.0
    cells = Counter(zip(gold, system, strict=True))
    gold_sizes, system_sizes = Counter(gold), Counter(system)
    precision = sum(cells[(g, s)] / system_sizes[s] for g, s in zip(gold, system, strict=True)) / len(gold)
    recall = sum(cells[(g, s)] / gold_sizes[g] for g, s in zip(gold, system, strict=True)) / len(gold)
    return len(gold), precision, recall


def speed(corpora: Path) -> str:
    """Time the stage over the BBC corpus as one dossier, in one process: wall clock and CPU time
    (the CPU time does not count what other processes on a shared machine take)."""
    from dossier.reader import read_folder

    articles, _ = read_folder(corpora / "bbc", corpora)
    dossier = Dossier(articles=articles)
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        dossier.mentions += find_mentions(article)
    found_wall, found_cpu = time.perf_counter(), time.process_time()
    resolve_entities(dossier, None)
    done_wall, done_cpu = time.perf_counter(), time.process_time()
    return (f"BBC: {len(articles)} articles, {len(dossier.mentions)} mentions, {len(dossier.entities)} entities "
            f"(one process)\nfind_mentions: {found_wall - wall:.1f} s wall, {found_cpu - cpu:.1f} s CPU\n"
            f"resolve_entities: {done_wall - found_wall:.1f} s wall, {done_cpu - found_cpu:.1f} s CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: all)")
    parser.add_argument("--show-errors", action="store_true", help="list misses, extras and wrong merges")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the corpora folder (default: %(default)s)")
    parser.add_argument("--conll", action="store_true", help="score CoNLL-2003 dev (testa)")
    parser.add_argument("--ecbplus", action="store_true", help="score ECB+ dev cross-document resolution")
    parser.add_argument("--speed", action="store_true", help="time the stage over the BBC corpus")
    args = parser.parse_args()
    for flag, folder, run in ((args.conll, "conll2003", lambda: conll(args.corpora, args.show_errors)),
                              (args.ecbplus, "ecbplus-dev", lambda: ecbplus(args.corpora, args.show_errors)),
                              (args.speed, "bbc", lambda: speed(args.corpora))):
        if flag:
            if not (args.corpora / folder).is_dir():
                print(f"{args.corpora / folder} is absent")
                return 1
            print(run())
    if args.conll or args.ecbplus or args.speed:
        return 0
    files = args.gold or sorted(GOLD.glob("*.yml"))
    if not args.corpora.exists():
        print(f"{args.corpora} is absent: scoring the seeds only")
        files = [f for f in files if f.name == "seeds.yml"]
    scores = evaluate(files, args.corpora)
    if args.show_errors:
        print("\n".join(scores.errors))
    print(report(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
