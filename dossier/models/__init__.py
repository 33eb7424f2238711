"""Trained models shipped with the package (see scripts/train_speakers.py)."""
