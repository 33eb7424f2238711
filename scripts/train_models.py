#!/usr/bin/env python3
"""Retrain every model shipped in dossier/models/ from the corpora, in dependency order.

The ordinary-words list and the name tagger come first: the speaker model is trained on features of the names
they find.
Usage: .venv/bin/python scripts/train_models.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
# The speaker model is trained on the names the ordinary-words list and the tagger find: it comes last.
TRAINERS = ("train_words.py", "train_terms.py", "train_ner.py", "train_speakers.py")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", help="the corpora folder (default $DOSSIER_CORPORA or ../shared/corpora)")
    args = parser.parse_args()
    extra = ["--corpora", args.corpora] if args.corpora else []
    for trainer in TRAINERS:
        print(f"== {trainer}", flush=True)
        done = subprocess.run([sys.executable, str(SCRIPTS / trainer), *extra])
        if done.returncode:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
