"""Train the name tagger (dossier/models/ner.crfsuite) on the CoNLL-2003 English train split.

    .venv/bin/python scripts/train_ner.py [--corpora DIR] [--validate | --check] [--out FILE]

Reads ``conll2003/docs/train`` (one Reuters document a file, one sentence a line, gold names as
character offsets) and cuts it into tokens with the entities stage's own tokeniser, so the model
learns on the tokens it will see when tagging. Labels are BIO tags of PER, ORG, LOC and MISC.
Training is deterministic: sorted documents, fixed parameters (``dossier.models.ner.TRAIN_PARAMS``),
L-BFGS. ``--validate`` holds out the last tenth of the train documents and scores on it
(the way parameters were chosen: the dev split, testa, is only for reporting). ``--check``
retrains into a temporary file and says whether it is byte-identical to the shipped model.
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
            out.append((ner.sentence_features(words, gaps, ctx, ner.is_all_caps(words)), labels))
    return out


def train(docs: list, model_path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for doc in docs:
        for xseq, yseq in labelled_sentences(doc):
            trainer.append(xseq, yseq)
    trainer.set_params(ner.TRAIN_PARAMS)
    trainer.train(str(model_path))


def score(docs: list, model_path: Path) -> dict[str, tuple[float, float, float]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    tp, pred, gold = {}, {}, {}
    for doc in docs:
        for xseq, yseq in labelled_sentences(doc):
            p = set(ner.spans(tagger.tag(xseq)))
            g = set(ner.spans(yseq))
            for kind in ("PER", "ORG", "LOC", "MISC"):
                tp[kind] = tp.get(kind, 0) + len({s for s in p & g if s[2] == kind})
                pred[kind] = pred.get(kind, 0) + len({s for s in p if s[2] == kind})
                gold[kind] = gold.get(kind, 0) + len({s for s in g if s[2] == kind})
    out = {}
    for kind in tp:
        precision = tp[kind] / pred[kind] if pred[kind] else 0.0
        recall = tp[kind] / gold[kind] if gold[kind] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = (precision, recall, f1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora(),
                        help="folder holding conll2003/ (default: $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--validate", action="store_true",
                        help="train on 90%% of the train split and score the other 10%% (no model written)")
    parser.add_argument("--check", action="store_true",
                        help="retrain into a temporary file and compare it with the shipped model")
    parser.add_argument("--out", type=Path, default=ner.MODEL_PATH, help="model file to write")
    args = parser.parse_args()
    if not (args.corpora / "conll2003" / "docs" / "train").is_dir():
        print(f"{args.corpora}/conll2003/docs/train is absent: nothing to train on", file=sys.stderr)
        return 1
    docs = load_split(args.corpora, "train")
    began = time.perf_counter()
    if args.validate:
        cut = len(docs) * 9 // 10
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "validation.crfsuite"
            train(docs[:cut], out)
            print(f"trained on {cut} documents in {time.perf_counter() - began:.1f} s")
            for kind, (p, r, f) in sorted(score(docs[cut:], out).items()):
                print(f"{kind:<5} precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
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
