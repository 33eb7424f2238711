"""Measure claim finding and grouping against hand-made gold claims.

    .venv/bin/python scripts/eval_claims.py [--show-errors]
    .venv/bin/python scripts/eval_claims.py --show-misses  # only ECB+ dev: the chains not recovered, and why

For the seeds (tests/gold/claims_seeds.yml) and for PolNeAR dev
(tests/gold/claims_polnear.yml, skipped when ../shared/corpora is absent) it prints:

* detection recall: the share of gold statements found as statements at all;
* grouping recall: for each gold claim of two or more statements, the largest share of its
  statements that land in one predicted claim, averaged over those gold claims;
* purity: over the predicted claims holding gold statements, the share of those statements
  that belong to the claim's majority gold claim (pooled);
* for PolNeAR, the share of all reported-speech contents (attributions without quotation
  marks) whose sentence is found as a statement;
* for the pairs of tests/gold/claims_apart.yml (events stories), how many pairs of different facts share a
  claim and how many pairs of one fact do, and how many pairs of rival figures of one thing share a claim
  whose figures are not shown to disagree (a false "agreed").

Articles are built directly (title = first line, paragraphs = the other non-empty lines) so
the measure does not depend on the reader stage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.claims import find_statements, group_claims  # noqa: E402
from dossier.claims.features import PairFeatures, story_pair_features  # noqa: E402
from dossier.claims.statements import is_group_source  # noqa: E402
from dossier.claims.terms import _CLAIM_SIMILARITY, _COMMON_ONLY_SIMILARITY, _TOPIC_SIMILARITY  # noqa: E402
from dossier.entities import find_mentions  # noqa: E402
from dossier.quotes import find_quotes  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402
from dossier.structure import Article, Claim, Mention, Statement  # noqa: E402

GOLD = ROOT / "tests" / "gold"


def corpora_folder(option: str | None) -> Path:
    """--corpora, else $DOSSIER_CORPORA, else <repo>/../shared/corpora (the project's layout),
    else /work/shared/corpora (a worktree one level deeper than the main checkout)."""
    chosen = option or os.environ.get("DOSSIER_CORPORA")
    if chosen:
        return Path(chosen)
    default = ROOT.parent / "shared" / "corpora"
    return default if default.is_dir() else Path("/work/shared/corpora")


@dataclass
class Scores:
    detection: float
    recall: float
    purity: float
    gold_statements: int
    gold_claims: int


def run(articles: list[Article]) -> tuple[list[Statement], list[Claim]]:
    statements, claims, _ = run_full(articles)
    return statements, claims


def run_full(articles: list[Article]) -> tuple[list[Statement], list[Claim], dict[str, list[Mention]]]:
    """Statements and claims as the build makes them: with each article's mentions and quotes."""
    mentions = {a.id: find_mentions(a) for a in articles}
    statements = [s for a in articles for s in find_statements(a, find_quotes(a, mentions[a.id]), mentions[a.id])]
    return statements, group_claims(statements), mentions


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _locate(statements: list[Statement], article: str, text: str) -> Statement | None:
    needle = _norm(text)
    return next((s for s in statements if s.article == article and needle in _norm(s.text)), None)


def _match_gold(
    statements: list[Statement], gold: list[dict], show_errors: bool
) -> tuple[dict[int, str], list[tuple[dict, list[Statement | None]]]]:
    """Find each gold claim's statements among ``statements`` (None where not detected).

    Returns the gold claim id of every found statement (keyed by ``id()``) and, per gold claim,
    its statements as found."""
    found: dict[int, str] = {}
    matched = []
    for claim in gold:
        located = [_locate(statements, Path(item["file"]).stem, item["text"]) for item in claim["statements"]]
        for item, statement in zip(claim["statements"], located, strict=True):
            if statement is None:
                if show_errors:
                    print(f"  missed statement [{claim['id']}] {item['file']}: {item['text']}")
            else:
                found[id(statement)] = claim["id"]
        matched.append((claim, located))
    return found, matched


def _purity_counts(claims: list[Claim], found: dict[int, str], show_errors: bool) -> tuple[int, int]:
    """Of the gold statements in predicted claims, how many sit with their claim's majority, of how many."""
    pure = judged = 0
    for claim in claims:
        members = Counter(found[id(s)] for s in claim.statements if id(s) in found)
        if not members:
            continue
        pure += members.most_common(1)[0][1]
        judged += sum(members.values())
        if show_errors and len(members) > 1:
            print(f"  impure predicted claim [{claim.id}] mixes {dict(members)}")
            for s in claim.statements:
                if id(s) in found:
                    print(f"      {found[id(s)]:40.40}  {s.text[:80]}")
    return pure, judged


def evaluate(gold_path: Path, folder: Path, show_errors: bool = False) -> Scores:
    """Score find_statements + group_claims on the articles of ``folder`` against the gold."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["claims"]
    # Every article of the folder, not only the gold ones: misgrouping with the others counts.
    articles = [read_uncleaned(path) for path in sorted(folder.glob("*.txt"))]
    statements, claims = run(articles)

    found, matched = _match_gold(statements, gold, show_errors)
    detected = sum(s is not None for _, located in matched for s in located)
    total = sum(len(located) for _, located in matched)
    recalls = []
    for claim, located in matched:
        landed = Counter(s.claim for s in located if s is not None)
        if len(located) > 1:
            best = max(landed.values(), default=0)
            recalls.append(best / len(located))
            if show_errors and best < len(located):
                print(f"  split gold claim [{claim['id']}]:")
                for item, statement in zip(claim["statements"], located, strict=True):
                    where = statement.claim if statement else "(not detected)"
                    print(f"      {where:45.45}  {item['text'][:70]}")
    pure, judged = _purity_counts(claims, found, show_errors)
    return Scores(
        detection=detected / total if total else 0.0,
        recall=sum(recalls) / len(recalls) if recalls else 0.0,
        purity=pure / judged if judged else 0.0,
        gold_statements=total,
        gold_claims=len(recalls),
    )


@dataclass
class StoryScores:
    detection: float
    recall: float
    purity: float
    stance: float  # share of found gold statements whose stance is the gold stance
    stance_judged: int
    disputes_found: int  # gold disputes shown as disputes
    disputes_gold: int
    disputes_shown: int  # gold statements shown as disputes
    figures: float  # share of gold claims with a figures verdict that the tool matches
    figures_judged: int


def evaluate_stories(gold_path: Path, corpora: Path, show_errors: bool = False) -> StoryScores | None:
    """Score the hand gold of tests/gold/claims_stories.yml: each story built on its own, as a
    dossier of its folder (with mentions and quotes, as the build runs them)."""
    detected = total = pure = judged = stance_right = stance_judged = 0
    disputes_found = disputes_gold = disputes_shown = figures_right = figures_judged = 0
    recalls: list[float] = []
    for story in yaml.safe_load(gold_path.read_text(encoding="utf-8"))["stories"]:
        folder = corpora / story["folder"]
        if not folder.is_dir():
            return None
        statements, claims = run([read_uncleaned(path) for path in sorted(folder.glob("*.txt"))])
        found, matched = _match_gold(statements, story["claims"], show_errors)
        for claim, located in matched:
            total += len(located)
            landed = Counter(s.claim for s in located if s is not None)
            for item, statement in zip(claim["statements"], located, strict=True):
                if statement is None:
                    continue
                detected += 1
                stance_judged += 1
                stance_right += statement.stance == item["stance"]
                disputes_gold += item["stance"] == "disputes"
                disputes_found += item["stance"] == statement.stance == "disputes"
                disputes_shown += statement.stance == "disputes"
                if show_errors and statement.stance != item["stance"]:
                    print(f"  stance {statement.stance} (gold {item['stance']}) [{claim['id']}]: {statement.text[:90]}")
            if len(claim["statements"]) > 1:
                recalls.append(max(landed.values(), default=0) / len(claim["statements"]))
            if "figures_disagree" in claim and landed:
                predicted = next(c for c in claims if c.id == landed.most_common(1)[0][0])
                figures_judged += 1
                figures_right += predicted.disagreement == claim["figures_disagree"]
                if show_errors and predicted.disagreement != claim["figures_disagree"]:
                    shown = ", ".join(f"{f.text} ({f.counted}, {f.when})"
                                      for s in predicted.statements for f in s.figures)
                    print(f"  figures disagree {predicted.disagreement} (gold {claim['figures_disagree']})"
                          f" [{claim['id']}]: {shown}")
        story_pure, story_judged = _purity_counts(claims, found, show_errors)
        pure, judged = pure + story_pure, judged + story_judged
    return StoryScores(
        detection=detected / total if total else 0.0, recall=sum(recalls) / len(recalls) if recalls else 0.0,
        purity=pure / judged if judged else 0.0, stance=stance_right / stance_judged if stance_judged else 0.0,
        stance_judged=stance_judged, disputes_found=disputes_found, disputes_gold=disputes_gold,
        disputes_shown=disputes_shown, figures=figures_right / figures_judged if figures_judged else 0.0,
        figures_judged=figures_judged)


def _made_up(articles: dict[str, list[str]]) -> list[Article]:
    """A made-up story of claims_apart.yml: each file name → its title and paragraphs."""
    return [Article(id=Path(name).stem, source_file=name, title=lines[0], paragraphs=lines[1:])
            for name, lines in sorted(articles.items())]


def evaluate_pairs(gold_path: Path, corpora: Path, show_errors: bool = False
                   ) -> tuple[int, int, int, int, int, int] | None:
    """Score the pairs of tests/gold/claims_apart.yml, each story built on its own: how many pairs that must stay
    apart share a claim, of how many found; how many that must stay together do, of how many found; and how many
    pairs of rival figures share a claim that does not show its figures disagree, of how many found."""
    joined = apart = kept = together = agreed = rivals = 0
    for story in yaml.safe_load(gold_path.read_text(encoding="utf-8"))["stories"]:
        if "articles" in story:
            articles = _made_up(story["articles"])
        elif (corpora / story["folder"]).is_dir():
            articles = [read_uncleaned(path) for path in sorted((corpora / story["folder"]).glob("*.txt"))]
        else:
            return None
        statements, claims = run(articles)
        disagreeing = {claim.id for claim in claims if claim.disagreement}
        for kind in ("apart", "together", "rivals"):
            for pair in story.get(kind, []):
                first, second = (_locate(statements, Path(item["file"]).stem, item["text"]) for item in pair)
                if first is None or second is None:
                    if show_errors:
                        print(f"  missed pair ({kind}): {pair[0]['text']} / {pair[1]['text']}")
                    continue
                same = first.claim == second.claim
                if kind == "rivals":
                    shown_agreed = same and first.claim not in disagreeing
                    rivals, agreed = rivals + 1, agreed + shown_agreed
                    if show_errors and shown_agreed:
                        print(f"  agreed (rivals): {first.text[:70]} / {second.text[:70]}")
                    continue
                if kind == "apart":
                    apart, joined = apart + 1, joined + same
                else:
                    together, kept = together + 1, kept + same
                if show_errors and same == (kind == "apart"):
                    print(f"  {'joined' if same else 'split'} ({kind}): {first.text[:70]} / {second.text[:70]}")
    return joined, apart, kept, together, agreed, rivals


# --- ECB+ dev: cross-document event chains -----------------------------------------------


@dataclass
class EcbDoc:
    article: Article
    offsets: list[int]  # where each paragraph starts in the file
    chains: list[tuple[int, int, str, int]]  # (start, end, chain, sentence) of the event mentions


def _ecb_article(path: Path) -> tuple[Article, list[int], int]:
    """One ECB+ file as an article: ``ecbplus`` files open on a headline (the title), ``ecb``
    files on their first sentence (a paragraph). Returns the offset where the body begins."""
    raw = path.read_text(encoding="utf-8")
    lines, offsets, position = [], [], 0
    for line in raw.split("\n"):
        if line.strip():
            lines.append(line.strip())
            offsets.append(position + len(line) - len(line.lstrip()))
        position += len(line) + 1
    headline = path.stem.endswith("ecbplus") and len(lines) > 1
    title = lines[0] if headline else ""
    body, body_offsets = (lines[1:], offsets[1:]) if headline else (lines, offsets)
    article = Article(id=path.stem, source_file=path.name, title=title, paragraphs=body)
    return article, body_offsets, body_offsets[0] if body_offsets else 0


def _ecb_cluster(articles_folder: Path, annotations_folder: Path) -> list[EcbDoc]:
    """The cluster's documents with the event mentions of its cross-document chains:
    ACTION_* other than ACTION_REPORTING, in a fully annotated sentence, out of the headline,
    with a chain found in two or more documents."""
    docs, raw_mentions = [], []
    for path in sorted(articles_folder.glob("*.txt")):
        article, offsets, body_start = _ecb_article(path)
        annotation = annotations_folder / f"{path.stem}.json"
        mentions = json.loads(annotation.read_text(encoding="utf-8"))["mentions"] if annotation.exists() else []
        kept = [(m["start"], m["end"], m["chain"], m["sentence"]) for m in mentions
                if m["type"].startswith("ACTION_") and m["type"] != "ACTION_REPORTING" and m.get("chain")
                and m.get("in_coref_selected_sentence") and m["start"] >= body_start]
        docs.append(EcbDoc(article, offsets, []))
        raw_mentions.append(kept)
    documents_per_chain = Counter(chain for kept in raw_mentions for chain in {m[2] for m in kept})
    for doc, kept in zip(docs, raw_mentions, strict=True):
        doc.chains = [m for m in kept if documents_per_chain[m[2]] >= 2]
    return docs


def _statement_span(doc: EcbDoc, statement: Statement) -> tuple[int, int] | None:
    paragraph = doc.article.paragraphs[statement.paragraph]
    written = statement.written or statement.text
    at = paragraph.find(written)
    if at < 0:
        return None
    start = doc.offsets[statement.paragraph] + at
    return start, start + len(written)


@dataclass
class EcbScores:
    recall: float
    chains: int
    coverage: float
    sentences: int
    purity: float
    pairs: int
    titles: list[str]
    sources: list[tuple[str | None, bool]]  # (source as written, names an entity or is empty)


@dataclass
class EcbMiss:
    """A chain no claim recovers, by its closest pair of statements of two documents."""

    cluster: str
    chain: str
    score: float  # the pair's score as grouping uses it (0 where only the dossier's common words are shared)
    verdict: str  # what keeps the pair, or the two claims it is in, apart
    texts: tuple[str, str]


def evaluate_ecb(folder: Path, show_errors: bool = False, misses: list[EcbMiss] | None = None) -> EcbScores:
    """Recall, coverage and purity over the ECB+ clusters (see the module docstring). With
    ``show_errors``: each chain not recovered with the claims its statements landed in, and
    each cross-document pair of one claim that shares no chain. ``misses``, when given, receives each chain not
    recovered (``_miss``)."""
    recovered = carried_total = covered = sentences = pure = pairs = 0
    titles: list[str] = []
    sources: list[tuple[str | None, bool]] = []
    for cluster in sorted(p for p in (folder / "articles").iterdir() if p.is_dir()):
        docs = _ecb_cluster(cluster, folder / "annotations" / cluster.name)
        statements, claims, mentions = run_full([d.article for d in docs])
        by_id = {d.article.id: d for d in docs}
        carried: dict[int, set[str]] = {}  # id(statement) → chains its sentence carries
        covered_sentences: set[tuple[str, int]] = set()
        for statement in statements:
            doc = by_id[statement.article]
            span = _statement_span(doc, statement)
            chains = {c for s, e, c, _ in doc.chains if span and span[0] <= s and e <= span[1]}
            covered_sentences |= {(statement.article, n) for s, e, _, n in doc.chains
                                  if span and span[0] <= s and e <= span[1]}
            carried[id(statement)] = chains
            names = {m.text for m in mentions[statement.article]}
            sources.append((statement.source_name, statement.source_name is None or statement.source_name in names
                            or is_group_source(statement.source_name)))
        all_sentences = {(d.article.id, n) for d in docs for _, _, _, n in d.chains}
        sentences += len(all_sentences)
        covered += len(covered_sentences & all_sentences)
        chain_docs: dict[str, set[str]] = {}
        features = None  # the cluster's pair features, worked out for its first missed chain
        for statement in statements:
            for chain in sorted(carried[id(statement)]):
                chain_docs.setdefault(chain, set()).add(statement.article)
        for chain, documents in chain_docs.items():
            if len(documents) < 2:
                continue
            carried_total += 1
            found = any(len({s.article for s in claim.statements if chain in carried[id(s)]}) >= 2
                        for claim in claims)
            recovered += found
            if misses is not None and not found:
                features = features or story_pair_features(statements)
                misses.append(_miss(cluster.name, chain, [s for s in statements if chain in carried[id(s)]], claims,
                                    features))
            if show_errors and not found:
                print(f"  split chain {cluster.name} {chain}:")
                for s in statements:
                    if chain in carried[id(s)]:
                        print(f"      {s.claim:45.45}  {s.article:14} {s.text[:80]}")
        for claim in claims:
            members = [s for s in claim.statements if carried[id(s)]]
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a.article != b.article:
                        pairs += 1
                        pure += bool(carried[id(a)] & carried[id(b)])
                        if show_errors and not carried[id(a)] & carried[id(b)]:
                            print(f"  joined without a shared chain [{claim.id}]:\n      {a.text[:100]}"
                                  f"\n      {b.text[:100]}")
        # The titles of claims of two documents or more (ECB+ documents have no known outlet: page or none).
        titles += [claim.summary for claim in claims if len(claim.articles) > 1]
    return EcbScores(recall=recovered / carried_total if carried_total else 0.0, chains=carried_total,
                     coverage=covered / sentences if sentences else 0.0, sentences=sentences,
                     purity=pure / pairs if pairs else 1.0, pairs=pairs, titles=titles, sources=sources)


def _miss(cluster: str, chain: str, members: list[Statement], claims: list[Claim],
          features: Callable[[Statement, Statement], PairFeatures]) -> EcbMiss:
    """The chain's closest pair of statements of two documents (``members``: the statements carrying it), and what
    keeps it apart: a veto or the lack of words in common, or, for a pair at the bar, the average link of the two
    claims it lies in (their mean pair score) or ``_kept_apart``."""
    def score(first: Statement, second: Statement) -> float:
        found = features(first, second)
        return 0.0 if found.common_only and found.score < _COMMON_ONLY_SIMILARITY else found.score

    pairs = [(a, b, features(a, b)) for i, a in enumerate(members) for b in members[i + 1 :] if a.article != b.article]
    a, b, best = max(pairs, key=lambda pair: (score(pair[0], pair[1]), pair[2].part, pair[2].whole))
    closest = score(a, b)
    if closest >= _CLAIM_SIMILARITY:
        if best.kept_apart:
            verdict = "kept apart (_kept_apart)"
        else:
            claim_of = {claim.id: claim for claim in claims}
            first, second = claim_of[a.claim].statements, claim_of[b.claim].statements
            mean = sum(score(x, y) for x in first for y in second) / (len(first) * len(second))
            verdict = f"grouped apart (claims of {len(first)} and {len(second)}, mean {mean:.2f})"
    elif closest > 0:
        verdict = "under the bar"
    elif best.score and best.common_only:
        verdict = "only the dossier's common words"
    elif best.score or best.part:
        verdict = "veto: " + (", ".join(sorted(best.vetoes)) or "none named")
    elif best.shared < 2:
        verdict = "fewer than two words in common"
    else:
        verdict = "part score 0: " + ("under the topic bar" if best.whole < _TOPIC_SIMILARITY else "figures")
    return EcbMiss(cluster, chain, closest, verdict, (a.text, b.text))


# A claim title is a fragment when it is not a sentence a reader can take alone: it opens on
# a word that needs what came before (a personal pronoun, a conjunction or relative, an
# auxiliary, "to"/"of": "He would…", "And that…", "Was intended to…"), on a lower-case word,
# it leaves a bracket or quotation mark open or closed without its pair ("6 feet) wide"), it
# is under four words, or no word of it can be a verb ("Sutopo Purwo Nugroho of the National
# Disaster Mitigation Agency"). An opening preposition is allowed: "During the game, X broke…".
_FRAGMENT_OPENERS = set("""
he she it they we i you him her his its their them us our
and but or nor so yet because although though whereas whether than which who whom whose
to of
is are was were be been being has have had do does did will would shall should can could may might must
""".split())
_VERB_WORDS = set("""
is are was were be been has have had do does did will would shall should can could may might must
said told went sent made took gave found fell rose won lost held met left came saw began ran led
struck shot hit put set cut quit got kept paid sold bought brought thought knew became broke fled
""".split())


_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d|m)$", re.IGNORECASE)


def is_fragment(title: str) -> bool:
    words = re.findall(r"[\w'’$£€%.-]+", title)
    if len(words) < 4:
        return True
    first = _CONTRACTION.sub("", words[0].strip("."))  # "It's", "We're", "I'm": the pronoun opens it
    if first.lower() in _FRAGMENT_OPENERS or first[:1].islower():
        return True
    for left, right in ("()", "[]", "“”"):
        if title.count(left) != title.count(right):
            return True
    if title.count('"') % 2:
        return True
    lower = [w.lower() for w in words if w[:1].islower()]
    return not any(w in _VERB_WORDS or w.endswith(("ed", "s")) and not w.endswith("ss") for w in lower)


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
    parser.add_argument("--corpora", help="the corpora folder (default: $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--time-bbc", action="store_true",
                        help="time the claims stage (find_statements + group_claims) over the BBC corpus")
    parser.add_argument("--show-titles", type=int, default=0, metavar="N",
                        help="print N ECB+ claim titles (a sample spread over all) with the fragment verdict")
    parser.add_argument("--show-misses", action="store_true",
                        help="only ECB+ dev: list the chains no claim recovers, closest first, with what keeps their "
                             "closest pair apart, and count them by that")
    args = parser.parse_args()
    corpora = corpora_folder(args.corpora)
    if args.show_misses:
        return show_misses(corpora / "ecbplus-dev")

    if args.time_bbc:
        return time_bbc(corpora / "bbc")
    print("seeds:")
    seeds = evaluate(GOLD / "claims_seeds.yml", ROOT / "seeds", args.show_errors)
    _print(seeds)
    polnear = corpora / "polnear-dev"
    if not polnear.is_dir():
        print(f"polnear: skipped, {polnear} not found")
        return 0
    print("polnear-dev:")
    _print(evaluate(GOLD / "claims_polnear.yml", polnear / "text", args.show_errors))
    share, count = reported_speech_recall(polnear)
    print(f"  reported-speech detection recall {share:.3f} (of {count} contents)")
    stories = evaluate_stories(GOLD / "claims_stories.yml", corpora, args.show_errors)
    if stories:
        print("hand-gold basil-dev / events stories (tests/gold/claims_stories.yml):")
        print(f"  detection recall {stories.detection:.3f}")
        print(f"  grouping recall  {stories.recall:.3f}")
        print(f"  purity           {stories.purity:.3f}")
        print(f"  stance accuracy  {stories.stance:.3f} ({stories.stance_judged} gold statements found)")
        print(f"  disputes: {stories.disputes_found} of {stories.disputes_gold} gold disputes shown as disputes;"
              f" {stories.disputes_shown} statements shown as disputes")
        print(f"  figure verdicts  {stories.figures:.3f} ({stories.figures_judged} claims)")
    pairs = evaluate_pairs(GOLD / "claims_apart.yml", corpora, args.show_errors)
    if pairs:
        joined, apart, kept, together, agreed, rivals = pairs
        print("hand-picked pairs on events stories (tests/gold/claims_apart.yml):")
        print(f"  pairs of different facts joined {joined} of {apart}; pairs of one fact kept together {kept} of"
              f" {together}; rival figures shown agreed {agreed} of {rivals}")
    ecb = corpora / "ecbplus-dev"
    if ecb.is_dir():
        print("ecbplus-dev:")
        _print_ecb(evaluate_ecb(ecb, args.show_errors), args.show_titles)
    else:
        print(f"ecbplus-dev: skipped, {ecb} not found")
    return 0


def show_misses(folder: Path) -> int:
    """Print the ECB+ dev chains no claim recovers (``_miss``), the closest first, and how many of each kind."""
    if not folder.is_dir():
        print(f"ecbplus-dev: skipped, {folder} not found")
        return 0
    misses: list[EcbMiss] = []
    scores = evaluate_ecb(folder, misses=misses)
    for miss in sorted(misses, key=lambda m: (-m.score, m.cluster, m.chain)):
        print(f"{miss.score:.2f}  {miss.cluster} {miss.chain}: {miss.verdict}")
        for text in miss.texts:
            print(f"      {text[:150]}")
    print(f"{len(misses)} of {scores.chains} chains not recovered (recall {scores.recall:.3f}), by kind:")
    for kind, count in Counter(m.verdict.split(" (")[0] for m in misses).most_common():
        print(f"  {count:4}  {kind}")
    return 0


def _print_ecb(scores: EcbScores, show_titles: int) -> None:
    fragments = [t for t in scores.titles if is_fragment(t)]
    named = [s for s in scores.sources if s[0] is not None]
    good = sum(ok for _, ok in scores.sources)
    print(f"  chain recall     {scores.recall:.3f} ({scores.chains} chains carried by statements of 2+ documents)")
    print(f"  coverage         {scores.coverage:.3f} ({scores.sentences} chain sentences)")
    print(f"  purity           {scores.purity:.3f} ({scores.pairs} cross-document statement pairs)")
    print(f"  fragment titles  {len(fragments) / max(1, len(scores.titles)):.3f} ({len(scores.titles)} claim titles)")
    print(f"  sources entity, group or empty {good / max(1, len(scores.sources)):.3f}"
          f" ({len(named)} of {len(scores.sources)} statements name a source)")
    step = max(1, len(scores.titles) // max(1, show_titles)) if show_titles else 0
    for title in scores.titles[::step][:show_titles] if step else []:
        print(f"    {'FRAGMENT' if is_fragment(title) else 'ok':8} {title}")
    for source, ok in scores.sources if show_titles else []:
        if not ok:
            print(f"    not an entity: {source}")


def time_bbc(folder: Path) -> int:
    """Seconds the claims stage takes over every BBC article, one core, mentions and quotes
    made beforehand (they belong to other stages): wall and CPU time."""
    if not folder.is_dir():
        print(f"bbc: skipped, {folder} not found")
        return 0
    articles = [read_uncleaned(path) for path in sorted(folder.glob("*.txt"))]
    mentions = {a.id: find_mentions(a) for a in articles}
    quotes = {a.id: find_quotes(a, mentions[a.id]) for a in articles}
    started, cpu = time.perf_counter(), time.process_time()
    statements = [s for a in articles for s in find_statements(a, quotes[a.id], mentions[a.id])]
    found, found_cpu = time.perf_counter(), time.process_time()
    claims = group_claims(statements)
    done, done_cpu = time.perf_counter(), time.process_time()
    print(f"bbc: {len(articles)} articles, {len(statements)} statements, {len(claims)} claims"
          f" ({sum(1 for c in claims if c.url)} with a page)")
    print(f"  find_statements {found - started:.1f} s, group_claims {done - found:.1f} s,"
          f" claims stage {done - started:.1f} s (CPU {done_cpu - cpu:.1f} s: find {found_cpu - cpu:.1f},"
          f" group {done_cpu - found_cpu:.1f}; wall time varies with the machine's load)")
    return 0


def _print(scores: Scores) -> None:
    print(f"  detection recall {scores.detection:.3f} ({scores.gold_statements} gold statements)")
    print(f"  grouping recall  {scores.recall:.3f} ({scores.gold_claims} multi-statement gold claims)")
    print(f"  purity           {scores.purity:.3f}")


if __name__ == "__main__":
    sys.exit(main())
