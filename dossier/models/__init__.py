"""Trained models shipped with the package and their loaders; retrain with scripts/train_models.py."""
