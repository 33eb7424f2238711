"""Learn word clusters (dossier/models/clusters.tsv) from the corpora's unlabelled news text.

    .venv/bin/python scripts/train_clusters.py [--corpora DIR] [--check] [--out FILE]

Words that occur in the same contexts fall in the same cluster: "Reuters", "Interfax" and "AFP";
"Ajax", "Feyenoord" and "PSV"; "Yeltsin" and "Netanyahu". The name tagger uses a word's clusters
as features (``dossier.models.ner``), so a name it never saw in its labelled train text is
recognised by the company it keeps in a few million words of unlabelled news: the classic
semi-supervised gain for named entities (Ratinov and Roth 2009; Turian et al. 2010), here with
distributional clusters instead of Brown's (much slower in Python).

Text: the BBC corpus, the events articles, PolNeAR's train split and CoNLL-2003's train split
(never a dev split), cut into words by the entities stage's own tokeniser. Each word seen
``MIN_COUNT`` times gets a vector of how often each of the ``CONTEXT_WORDS`` most frequent
(lower-cased) words stands one and two places to its left and right; counts are scaled by
positive pointwise mutual information, reduced to ``DIMENSIONS`` by a truncated SVD, normalised,
and grouped by spherical k-means at each of ``GRANULARITIES`` (started from the most frequent
words, a fixed number of rounds). Deterministic: files are read in sorted order, one thread,
no random start. ``--check`` relearns into a temporary file and compares bytes.

numpy is needed here only (requirements-dev.txt); the build reads the table as text.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one thread: the same sums in the same order, every run
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.entities import sentence_tokens  # noqa: E402
from dossier.models import ner  # noqa: E402

# The unlabelled text: (folder under the corpora, file pattern). Train splits and unannotated corpora only.
SOURCES = (
    ("bbc", "*.txt"),
    ("events/articles", "*/*.txt"),
    ("polnear-train/text", "*.txt"),
    ("conll2003/docs/train", "*.txt"),
)
MIN_COUNT = 4  # a word seen fewer times has too few contexts to place
CONTEXT_WORDS = 600  # the most frequent lower-case words, as contexts at each of four positions
DIMENSIONS = 80
GRANULARITIES = ner.CLUSTER_GRANULARITIES
ROUNDS = 25


def default_corpora() -> Path:
    return Path(os.environ.get("DOSSIER_CORPORA", ROOT.parent / "shared" / "corpora"))


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # a few BBC files are in a legacy encoding


def sentences(corpora: Path) -> Iterator[list[str]]:
    """The words of every sentence of the unlabelled text, file by file in sorted order."""
    for folder, pattern in SOURCES:
        for path in sorted((corpora / folder).glob(pattern)):
            for line in read_text(path).split("\n"):
                if line.strip():
                    for tokens in sentence_tokens(line):
                        yield [t.text for t in tokens]


def learn(corpora: Path) -> dict[str, tuple[int, ...]]:
    """word -> its cluster at each granularity."""
    import numpy as np

    text = list(sentences(corpora))
    counts = Counter(w for s in text for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: k for k, w in enumerate(vocab)}
    lower_counts = Counter(w.lower() for s in text for w in s)
    contexts = sorted(lower_counts, key=lambda w: (-lower_counts[w], w))[:CONTEXT_WORDS]
    cindex = {w: k for k, w in enumerate(contexts)}
    offsets = (-2, -1, 1, 2)
    matrix = np.zeros((len(vocab), len(offsets) * len(contexts)), dtype=np.float32)
    for s in text:
        lowers = [w.lower() for w in s]
        for k, word in enumerate(s):
            row = index.get(word)
            if row is None:
                continue
            for slot, off in enumerate(offsets):
                j = k + off
                col = cindex.get(lowers[j]) if 0 <= j < len(s) else None
                if col is not None:
                    matrix[row, slot * len(contexts) + col] += 1
    del text
    # Positive PMI: how much more often a context goes with the word than by chance.
    total = matrix.sum()
    rows = matrix.sum(axis=1, keepdims=True)
    cols = matrix.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (rows @ cols))
    matrix = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    # Truncated SVD through the small (contexts x contexts) Gram matrix.
    gram = matrix.T @ matrix
    values, vectors = np.linalg.eigh(gram)
    top = np.argsort(values)[::-1][:DIMENSIONS]
    basis = vectors[:, top]
    basis *= np.where(basis[np.abs(basis).argmax(axis=0), range(DIMENSIONS)] < 0, -1.0, 1.0)  # a fixed sign
    points = matrix @ basis
    points /= np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-12)
    labels = [kmeans(points, k, np) for k in GRANULARITIES]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def kmeans(points, k: int, np) -> list[int]:
    """Spherical k-means started from the k most frequent words (the first rows): no randomness."""
    centres = points[: min(k, len(points))].copy()
    assign = np.zeros(len(points), dtype=np.int64)
    for _ in range(ROUNDS):
        assign = (points @ centres.T).argmax(axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, points)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centres)  # an emptied cluster keeps its centre
    # Number the clusters by their most frequent word, so the ids do not depend on the start.
    first = {}
    for c in assign.tolist():
        first.setdefault(c, len(first))
    return [first[c] for c in assign.tolist()]


def write(table: dict[str, tuple[int, ...]], out: Path) -> None:
    lines = [f"# word clusters learned by scripts/train_clusters.py; granularities {GRANULARITIES}"]
    lines += ["\t".join([w, *map(str, ids)]) for w, ids in table.items()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora(),
                        help="the corpora folder (default: $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--check", action="store_true", help="relearn into a temporary file and compare it")
    parser.add_argument("--out", type=Path, default=ner.CLUSTERS_PATH, help="table to write")
    args = parser.parse_args()
    missing = [folder for folder, _ in SOURCES if not (args.corpora / folder).is_dir()]
    if missing:
        print(f"absent under {args.corpora}: {', '.join(missing)}: nothing to learn from", file=sys.stderr)
        return 1
    began = time.perf_counter()
    table = learn(args.corpora)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "clusters.tsv"
            write(table, out)
            same = out.read_bytes() == ner.CLUSTERS_PATH.read_bytes()
        print(f"relearned in {time.perf_counter() - began:.1f} s: "
              f"{'identical to' if same else 'DIFFERENT from'} {ner.CLUSTERS_PATH}")
        return 0 if same else 1
    write(table, args.out)
    print(f"{len(table)} words clustered in {time.perf_counter() - began:.1f} s")
    print(f"table: {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
