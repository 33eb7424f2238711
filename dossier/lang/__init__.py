"""Language data: the words each stage looks for, one package per language (see lang/en)."""
