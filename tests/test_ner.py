"""The name tagger: word clusters learned by scripts/train_clusters.py and the features that read them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dossier.entities import find_mentions
from dossier.models import ner
from dossier.structure import Article

ROOT = Path(__file__).resolve().parents[1]


def load_trainer():
    spec = importlib.util.spec_from_file_location("train_clusters", ROOT / "scripts" / "train_clusters.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpora(root: Path, trainer) -> None:
    """A tiny corpus: company names only after "shares of", towns only after "flew to"."""
    companies, towns = ["Acme", "Globex", "Initech", "Umbrella"], ["Oslo", "Lima", "Hanoi", "Quito"]
    lines = []
    for k in range(12):
        lines.append(f"Shares of {companies[k % 4]} rose sharply after the results.")
        lines.append(f"The minister flew to {towns[k % 4]} yesterday for talks.")
    for folder, pattern in trainer.SOURCES:
        path = root / folder / pattern.replace("*/", "sub/").replace("*", "doc")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_words_used_alike_share_a_cluster_and_relearning_gives_the_same_table(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("numpy", reason="numpy (requirements-dev.txt) learns the clusters")
    trainer = load_trainer()
    monkeypatch.setattr(trainer, "GRANULARITIES", (2, 8))
    monkeypatch.setattr(trainer, "MIN_COUNT", 2)
    write_corpora(tmp_path, trainer)
    table = trainer.learn(tmp_path)
    coarse = {word: ids[0] for word, ids in table.items()}
    assert coarse["Acme"] == coarse["Globex"] == coarse["Initech"] == coarse["Umbrella"]
    assert coarse["Oslo"] == coarse["Lima"] == coarse["Hanoi"] == coarse["Quito"]
    assert coarse["Acme"] != coarse["Oslo"]
    out1, out2 = tmp_path / "one.tsv", tmp_path / "two.tsv"
    trainer.write(table, out1)
    trainer.write(trainer.learn(tmp_path), out2)
    assert out1.read_bytes() == out2.read_bytes()


def test_a_headline_in_capitals_reads_the_clusters_of_the_usual_spelling() -> None:
    assert ner.cluster_features("Kremlin")
    assert ner.cluster_features("KREMLIN") == ner.cluster_features("Kremlin")
    assert ner.cluster_features("Kremlinx") == ()


def test_a_long_unseen_organisation_name_is_one_organisation() -> None:
    # The cue word ("Authority") stands three words past the name's first word, beyond the
    # tagger's window of neighbours: the run of capitalised words carries it back.
    text = "Officials at the Ostrava Regional Transit Authority said fares would rise in March."
    found = {m.text: m.kind for m in find_mentions(Article("a", "a.txt", "Title", [text]))}
    assert found.get("Ostrava Regional Transit Authority") == "organization"
