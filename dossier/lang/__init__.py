"""Language vocabularies, one package per language."""
