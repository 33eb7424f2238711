"""Language data: the words each stage looks for, one module per language (see lang/en)."""
