"""Trained models shipped with the package, and their loaders (``dossier.models.ner``)."""
