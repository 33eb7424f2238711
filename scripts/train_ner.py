"""Train the name tagger (dossier/models/ner.crfsuite) on the CoNLL-2003 English train split.

    .venv/bin/python scripts/train_ner.py [--corpora DIR] [--validate | --folds K | --check] [--out FILE]

Reads ``conll2003/docs/train`` (one Reuters document a file, one sentence a line, gold names as
character offsets) and cuts it into tokens with the entities stage's own tokeniser, so the model
learns on the tokens it will see when tagging. Labels are BIO tags of PER, ORG, LOC and MISC.
Training is deterministic: sorted documents, fixed parameters (``dossier.models.ner.TRAIN_PARAMS``),
L-BFGS. ``--validate`` holds out the last tenth of the train documents and scores on it
(the way ``THRESHOLDS`` were chosen: the dev split, testa, is only for reporting): per kind, P/R/F1
of all tagged names, at the shipped threshold and at the threshold of best F1, then the table of
thresholds. ``--folds K`` prints the same over K-fold cross-validation of the whole train split (K
contiguous blocks of documents, each tagged by a model trained on the others): the tenth holds
only about 400 organisations, so differences of a point between two feature sets are noise there,
while three folds score all 6,300. ``--check`` retrains into a temporary file and says whether it
is byte-identical to the shipped model. The features' word lists are the frozen ``ner_vocab.json``
the shipped model was trained with; ``--refresh-vocab`` first rewrites it from today's gazetteer and
vocabulary tables (then retrain and measure: the tagger's scores move with it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.entities import sentence_tokens  # noqa: E402
from dossier.models import ner  # noqa: E402


def default_corpora() -> Path:
    return Path(os.environ.get("DOSSIER_CORPORA", ROOT.parent / "shared" / "corpora"))


def load_split(corpora: Path, split: str) -> list[tuple[list[str], list[dict]]]:
    """(lines, gold names with offsets into the line) per document, in file order."""
    folder = corpora / "conll2003" / "docs" / split
    docs = []
    for text_file in sorted(folder.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        gold = json.loads(text_file.with_suffix("").with_suffix(".entities.json").read_text(encoding="utf-8"))
        lines, offset, per_line = [], 0, []
        for line in text.split("\n"):
            names = [dict(g, start=g["start"] - offset, end=g["end"] - offset) for g in gold
                     if offset <= g["start"] and g["end"] <= offset + len(line)]
            if line.strip():
                lines.append(line)
                per_line.append(names)
            offset += len(line) + 1
        docs.append((lines, per_line))
    return docs


def labelled_sentences(doc: tuple[list[str], list[list[dict]]]) -> list[tuple[list[list[str]], list[str]]]:
    return [(ner.sentence_features(words, gaps, ctx, ner.is_all_caps(words)), labels)
            for words, gaps, ctx, labels in labelled_items(doc)]


def labelled_items(
    doc: tuple[list[str], list[list[dict]]],
) -> list[tuple[list[str], list[str], ner.DocContext, list[str]]]:
    """(words, gaps, document context, gold BIO labels) of each sentence of a document."""
    lines, per_line = doc
    tokenised = [sentence_tokens(line) for line in lines]
    ctx = ner.doc_context(
        [ner.sentence_items(s, line) for line, sents in zip(lines, tokenised, strict=True) for s in sents])
    out = []
    for line, sentences, names in zip(lines, tokenised, per_line, strict=True):
        for tokens in sentences:
            labels = []
            for token in tokens:
                label = "O"
                for g in names:
                    if g["start"] <= token.start < g["end"]:
                        label = ("B-" if token.start <= g["start"] else "I-") + g["type"]
                labels.append(label)
            words, gaps = ner.sentence_items(tokens, line)
            out.append((words, gaps, ctx, labels))
    return out


def train(docs: list, model_path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for doc in docs:
        for xseq, yseq in labelled_sentences(doc):
            trainer.append(xseq, yseq)
    trainer.set_params(ner.TRAIN_PARAMS)
    trainer.train(str(model_path))


KINDS = ("PER", "ORG", "LOC", "MISC")
# Candidate confidence thresholds. The threshold of best F1 is the one shipped; the table also
# gives F0.5, which weighs precision twice as much as recall, to show what a stricter one would cost.
GRID = tuple(round(0.05 * k, 2) for k in range(0, 20))
BETA = 0.5


def tagged_spans(docs: list, model_path: Path) -> tuple[list[tuple[str, float, bool]], dict[str, int]]:
    """(kind, confidence, right) of every span the model tags in ``docs``, tagging each sentence the
    way the entities stage does (``ner.tag_sentence``: capitalised stretches, lowest marginal of the
    span's labels), and the number of gold names per kind."""
    spans, gold = [], dict.fromkeys(KINDS, 0)
    model = ner.open_tagger(model_path)
    for doc in docs:
        for words, gaps, ctx, labels in labelled_items(doc):
            g = set(ner.spans(labels))
            for _, _, kind in g:
                gold[kind] += 1
            for a, b, kind, confidence in ner.tag_sentence(words, gaps, ctx, model):
                spans.append((kind, confidence, (a, b, kind) in g))
    return spans, gold


def cross_validate(docs: list, folds: int) -> tuple[list[tuple[str, float, bool]], dict[str, int]]:
    """The spans of every fold's documents, tagged by a model trained on the other folds, and the gold counts."""
    spans, gold = [], dict.fromkeys(KINDS, 0)
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(folds):
            lo, hi = len(docs) * fold // folds, len(docs) * (fold + 1) // folds
            out = Path(tmp) / f"fold{fold}.crfsuite"
            train(docs[:lo] + docs[hi:], out)
            fold_spans, fold_gold = tagged_spans(docs[lo:hi], out)
            spans += fold_spans
            for kind in KINDS:
                gold[kind] += fold_gold[kind]
    return spans, gold


def report(spans: list[tuple[str, float, bool]], gold: dict[str, int]) -> str:
    """Per kind: P/R/F1 of all spans, at the shipped threshold and at the threshold of best F1; then the table."""
    table = threshold_table(spans, gold)
    lines, rows_text = [], []
    for kind, rows in table.items():
        shipped = next(row for row in rows if row[0] >= ner.THRESHOLDS[kind])
        best = max(rows, key=lambda row: (row[3], -row[0]))
        for label, (t, p, r, f, _) in (("all", rows[0]), ("shipped", shipped), ("best F1", best)):
            lines.append(f"{kind} {label:>8} {t:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}  (gold {gold[kind]})")
        rows_text += [f"{kind} {t:.2f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  F{BETA} {fb:.3f}" for t, p, r, f, fb in rows]
    return "\n".join([*lines, "per kind, keeping spans at least this sure:", *rows_text])


def fbeta(precision: float, recall: float, beta: float) -> float:
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall else 0.0


def threshold_table(spans: list[tuple[str, float, bool]], gold: dict[str, int]) -> dict[str, list[tuple]]:
    """Per kind, (threshold, precision, recall, F1, F-beta) of keeping the spans at least that sure."""
    table: dict[str, list[tuple]] = {}
    for kind in KINDS:
        rows = []
        for t in GRID:
            kept = [right for k, c, right in spans if k == kind and c >= t]
            tp = sum(kept)
            precision = tp / len(kept) if kept else 0.0
            recall = tp / gold[kind] if gold[kind] else 0.0
            rows.append((t, precision, recall, fbeta(precision, recall, 1.0), fbeta(precision, recall, BETA)))
        table[kind] = rows
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora(),
                        help="folder holding conll2003/ (default: $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--validate", action="store_true",
                        help="train on 90%% of the train split and score the other 10%% (no model written)")
    parser.add_argument("--folds", type=int, default=0,
                        help="cross-validate on the train split in this many folds (no model written)")
    parser.add_argument("--check", action="store_true",
                        help="retrain into a temporary file and compare it with the shipped model")
    parser.add_argument("--out", type=Path, default=ner.MODEL_PATH, help="model file to write")
    parser.add_argument("--refresh-vocab", action="store_true",
                        help=f"rewrite {ner.VOCAB_PATH.name} from today's tables before training")
    args = parser.parse_args()
    if not (args.corpora / "conll2003" / "docs" / "train").is_dir():
        print(f"{args.corpora}/conll2003/docs/train is absent: nothing to train on", file=sys.stderr)
        return 1
    if args.refresh_vocab:
        lists = json.dumps(ner.vocab_from_tables(), indent=0, ensure_ascii=False, sort_keys=True)
        ner.VOCAB_PATH.write_text(lists + "\n", encoding="utf-8")
        ner.feature_vocab.cache_clear()
        print(f"{ner.VOCAB_PATH}: word lists rewritten from today's tables")
    docs = load_split(args.corpora, "train")
    began = time.perf_counter()
    if args.validate or args.folds:
        if args.folds:
            spans, gold = cross_validate(docs, args.folds)
            print(f"{args.folds}-fold cross-validation on {len(docs)} train documents")
        else:
            cut = len(docs) * 9 // 10
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "validation.crfsuite"
                train(docs[:cut], out)
                spans, gold = tagged_spans(docs[cut:], out)
            print(f"trained on {cut} documents, held out the last {len(docs) - cut}")
        print(report(spans, gold))
        print(f"in {time.perf_counter() - began:.1f} s")
        return 0
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "check.crfsuite"
            train(docs, out)
            same = out.read_bytes() == ner.MODEL_PATH.read_bytes()
        print(f"retrained in {time.perf_counter() - began:.1f} s: "
              f"{'identical to' if same else 'DIFFERENT from'} {ner.MODEL_PATH}")
        return 0 if same else 1
    train(docs, args.out)
    print(f"trained on {len(docs)} documents in {time.perf_counter() - began:.1f} s")
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
